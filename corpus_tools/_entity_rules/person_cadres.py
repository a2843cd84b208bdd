"""Names listed right after a word for cadres: 驻村干部帅杰、庹文帮助村民 (user27 finding 7).

County papers name the cadres sent to a village after 驻村干部, 村干部 or 帮扶干部 as they name leaders after
县领导 (:func:`~corpus_tools._entity_rules.person_frames.roll_call_names`), but the list ends in any verb
(帮助, 走访), not only in a verb of attending, and 干部 is no office title, so a name whose surname is
mostly an ordinary word (帅) or too rare for the surname table (庹) was lost. Here the frame decides: two
or more items joined by 、/和/与 right after 干部, each two or three characters (a compound surname
counts), a surname of the tables or 百家姓 or a character too rare to start a word first, no word or
frequent pair itself, given-name characters after the surname (or the segmenter's personal-name tag); the list ends in punctuation or where the
segmenter starts a verb, preposition, adverb or conjunction. One name alone needs the segmenter's
personal-name tag.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.names import p_longer, surname_length
from corpus_tools._entity_rules.person_context import given_like
from corpus_tools._entity_rules.person_frames import plain_name, surname_start
from corpus_tools._entity_rules.person_roles import ROLE_WORDS
from corpus_tools.text import CJK_RE

__all__ = ["cadre_names"]

#: the word for cadres the list follows
_CADRE_RE = re.compile("干部")
_SEPARATORS = "、和与"
#: segmenter tags of the word that may close the list (a verb, preposition, adverb, conjunction)
_NEXT_TAGS = frozenset(("v", "vd", "vn", "p", "d", "c"))


def _name_ok(text: str, words: "list[str] | None", s: int, e: int, sl: int) -> bool:
    name = text[s:e]
    tagged = bool(words) and any(w.endswith("-nr") for w in words[s:e])
    return (len(name) - sl in (1, 2) and (sl == 2 or surname_start(text[s]))
            and plain_name(name, sl, given_word=True, given_role=True) and name not in ROLE_WORDS
            and (given_like(text[s + sl:e]) or tagged))


def _closes(text: str, words: "list[str] | None", e: int) -> bool:
    """Whether the list may end at *e*: the text ends, punctuation follows, or the segmenter starts a
    clause word there."""
    if e >= len(text) or not CJK_RE.match(text[e]):
        return True
    return bool(words) and words[e][:1] in ("B", "S") and words[e].partition("-")[2] in _NEXT_TAGS


def cadre_names(text: str, words: "list[str] | None") -> list[tuple[int, int]]:
    """Names listed after 干部 (see the module's docstring); *words* are the segmenter's per-character tags.

    Examples
    --------
    >>> t = "驻村干部帅杰、庹文帮助村民销售莲藕"
    >>> w = ["S-v", "S-n", "B-n", "E-n", "B-nr", "E-nr", "S-w", "S-nr", "S-n", "B-v", "E-v"] + ["S-n"] * 6
    >>> [t[s:e] for s, e in cadre_names(t, w)]
    ['帅杰', '庹文']
    """
    if words is not None and len(words) != len(text):
        words = None
    out: list[tuple[int, int]] = []
    for m in _CADRE_RE.finditer(text):
        pos, items = m.end(), []
        while pos < len(text):
            sl = surname_length(text, pos)
            ends = [e for e in (pos + sl + 1, pos + sl + 2) if e <= len(text) and _name_ok(text, words, pos, e, sl)]
            inner = [e for e in ends if text[e:e + 1] in _SEPARATORS and e + 1 < len(text)]
            if inner:
                items.append((pos, inner[0]))
                pos = inner[0] + 1
                continue
            last = [e for e in ends if _closes(text, words, e)]
            if len(last) == 2:
                last = [last[1] if p_longer(text, pos + sl + 1) >= 0.5 else last[0]]
            if last:
                items.append((pos, last[0]))
            else:
                items = []  # the list does not close on a name: no frame
            break
        if len(items) >= 2 or (items and words and any(w.endswith("-nr") for w in words[items[0][0]:items[0][1]])):
            out += items
    return out
