"""Lists of people that give each person's unit or post in parentheses (吉克阿依（大田村第一书记）、海来拉格（高卓营乡）).

An honour roll (光荣榜), a 公示 or a list of the advanced names people one after another, each followed by
their unit, village or post in parentheses, the items parted by 、, ； or a line break. The rules for lists of
names (:func:`~corpus_tools._entity_rules.persons.list_people`) want a name right before or after the 、, which
the parentheses keep apart, and a minority name (海来拉格, 呼和巴特尔) carries no surname for the other rules. Here
the list vouches: in a run of two or more such items where one item's name is already a PERSON (document
context), every other item's name that reads as a name (a surname and a given name, a name of sound characters
or a run of them) is a PERSON too.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, not_names
from corpus_tools._entity_rules.names import BAIJIAXING, is_word
from corpus_tools._entity_rules.person_roles import is_role
from corpus_tools._entity_rules.person_sound_runs import is_sound_run
from corpus_tools._entity_rules.sound_names import sound_span
from corpus_tools.text import CJK_RE

__all__ = ["unit_list_names"]

#: an item: a name of two to six characters, an optional line break or padding, its unit in parentheses
_ITEM_RE = re.compile(r"([\u4e00-\u9fff·]{2,6})\n?[ \u3000]*[（(]([^（）()]{1,40})[）)]")
#: what may stand right before an item's name: the list's colon, a separator, a line's start or padding
_ITEM_BEFORE = frozenset("：:、；;\n \u3000")
#: what parts two items (after the first one's closing parenthesis)
_SEPARATOR_RE = re.compile(r"[、；;\n \u3000]+")


def _items(text: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive items, each as the (start, end) of its name."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _ITEM_RE.finditer(text):
        s, e = m.span(1)
        if s and text[s - 1] not in _ITEM_BEFORE:
            last_end = -1
            continue
        if runs and last_end >= 0 and _SEPARATOR_RE.fullmatch(text, last_end, s):
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
        last_end = m.end()
    return [r for r in runs if len(r) >= 2]


def _reads_as_name(text: str, s: int, e: int) -> bool:
    """A surname and a given name (no word across them), a name of sound characters, or a run of them."""
    w = text[s:e]
    if not all(CJK_RE.match(c) or c == "·" for c in w) or w in not_names() or is_role(w) or is_word(w):
        return False
    if len(w) in (2, 3) and w[0] in BAIJIAXING and not is_word(w[:2]) and not is_word(w[1:]):
        return True
    return (len(w) <= 4 and sound_span(text, s, e)) or (len(w) >= 4 and is_sound_run(w))


def unit_list_names(ents: list[Cand], text: str, resolve) -> list[Cand]:
    """*ents* with the names of the lists of people with their units (module docstring) that one tagged name
    vouches for; *resolve(cands, n)* makes the added spans flat. A name overlapping an entity other than a part of
it tagged PERSON (巴特尔 of 呼和巴特尔) is not added; such parts give way to the whole name.

    Examples
    --------
    >>> from corpus_tools._entity_rules import resolve
    >>> t = "先进个人：格桑卓嘎（新村党支部书记）、钟文华（县教育局）、海来拉格（高卓营乡）。"
    >>> ents = [Cand(19, 22, "PERSON"), Cand(31, 33, "PERSON")]
    >>> [t[c.start:c.end] for c in unit_list_names(ents, t, resolve)]
    ['格桑卓嘎', '钟文华', '海来拉格']
    """
    persons = {(c.start, c.end) for c in ents if c.label == "PERSON"}
    added, parts = [], set()
    for run in _items(text):
        if not any(item in persons for item in run):
            continue
        for s, e in run:
            inside = [c for c in ents if c.start < e and s < c.end]
            if (s, e) in persons or not _reads_as_name(text, s, e) \
                    or any(c.label != "PERSON" or c.start < s or c.end > e for c in inside):
                continue
            parts.update(id(c) for c in inside)
            added.append(Cand(s, e, "PERSON", prio=-1, source="list"))
    if not added:
        return ents
    kept = [c for c in ents if id(c) not in parts]
    return sorted(kept + resolve(added, len(text)), key=lambda c: c.start)
