"""Bare township names of the page's county named side by side (在中云、阜安两处, 胶北、胶西一带, 到大岭、平山的企业).

A county paper names its townships without their head (镇, 乡, 街道) when it lists them: 在中云、阜安两处设立
职业介绍所. The short-form readings of :mod:`~corpus_tools._entity_rules.places` leave out the stems of 街道 and
the stems that are words (平山, 大岭), which alone are too often something else. Two stems of the county's
townships joined by 、 vouch for each other: the county's gazetteer lists both, and a list of two places of the
same county is no accident of the words. Each such stem that no entity covers becomes a TOWNSHIP; a township
printed whole (稔山镇) or already found counts as an item of the list too, so 平山、稔山镇 gives 平山. The other bare
mentions of a stem so established (。中云的下岗女工) follow when the stem is no word of the lexicon and stands apart:
after a boundary or 在/到/从 and before punctuation or a particle.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word
from corpus_tools.text import CJK_RE

__all__ = ["county_stems", "listed_township_stems"]

#: the heads a township's name ends with, longest first
_HEADS = ("民族乡", "街道", "苏木", "乡", "镇")
#: what may follow the last stem of a list: punctuation, a particle, a count of the places, 一带, 等
_AFTER = frozenset("、，。；：！？”）的等两三四几各一和及与\n \u3000")
#: what may stand before another bare mention of an established stem
_BEFORE = frozenset("在到从于和与及，。；：！？“（\n \u3000")


@lru_cache(maxsize=256)
def county_stems(county_code: str) -> dict[str, str]:
    """Stem and whole name -> name for the townships of *county_code* (六位): 中云 and 中云街道 -> 中云街道.

    Examples
    --------
    >>> s = county_stems("370281")
    >>> s.get("阜安"), s.get("里岔镇")
    ('阜安街道', '里岔镇')
    """
    out: dict[str, str] = {}
    for d in gz.children(county_code[:6], level="township"):
        out[d.name] = d.name
        for head in _HEADS:
            if d.name.endswith(head) and len(d.name) - len(head) >= 2:
                out.setdefault(d.name[:-len(head)], d.name)
                break
    return out


def _ending_at(stems: dict[str, str], text: str, e: int) -> "tuple[int, bool] | None":
    """(start, bare) of the longest stem or name of *stems* that ends at *e*."""
    for n in range(min(8, e), 1, -1):
        w = text[e - n:e]
        if w in stems:
            return e - n, w != stems[w]
    return None


def _starting_at(stems: dict[str, str], text: str, s: int) -> "tuple[int, bool] | None":
    """(end, bare) of the longest stem or name of *stems* that starts at *s* and ends before a list's end."""
    for n in range(min(8, len(text) - s), 1, -1):
        w = text[s:s + n]
        if w in stems and (s + n == len(text) or text[s + n] in _AFTER or not CJK_RE.match(text[s + n])):
            return s + n, w != stems[w]
    return None


def listed_township_stems(ents: list[Cand], text: str, county_code: "str | None") -> list[Cand]:
    """*ents* with TOWNSHIP spans for the bare stems of the county's townships in a 、 list of two or more of them
    (module docstring). A stem that an entity overlaps is left alone.

    Examples
    --------
    >>> t = "在中云、阜安两处设立职业介绍所，胶北、胶西一带的企业也来了。中云的女工说好。"
    >>> [t[c.start:c.end] for c in listed_township_stems([], t, "370281")]
    ['中云', '阜安', '胶北', '胶西', '中云']
    >>> listed_township_stems([], t, None) == []
    True
    """
    if not county_code or "、" not in text:
        return ents
    stems = county_stems(str(county_code)[:6])
    if not stems:
        return ents
    taken = bytearray(len(text))
    for c in ents:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    spans: dict[tuple[int, int], bool] = {}
    for i, ch in enumerate(text):
        if ch != "、":
            continue
        left, right = _ending_at(stems, text, i), _starting_at(stems, text, i + 1)
        if left is None or right is None:
            continue
        spans[(left[0], i)] = left[1]
        spans[(i + 1, right[0])] = right[1]
    added = [Cand(s, e, "TOWNSHIP", prio=1, source="gazetteer") for (s, e), bare in sorted(spans.items())
             if bare and not any(taken[s:e])]
    for stem in {text[c.start:c.end] for c in added if not is_word(text[c.start:c.end])}:
        at = text.find(stem)
        while at >= 0:
            e = at + len(stem)
            if (at, e) not in spans and not any(taken[at:e]) and (at == 0 or text[at - 1] in _BEFORE) \
                    and (e == len(text) or text[e] in _AFTER):
                added.append(Cand(at, e, "TOWNSHIP", prio=1, source="document"))
            at = text.find(stem, e)
    if not added:
        return ents
    return sorted(ents + added, key=lambda c: c.start)
