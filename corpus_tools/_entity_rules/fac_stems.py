"""Facilities and projects cut at a place's short form, or glued to the township in front.

The short form of one of the county's villages or townships right before a facility or project is
the first part of its name (依陇|藏药材种植基地, 拉市|海湿地保护工程, 石鼓|大桥重建工程), as
:func:`~corpus_tools._entity_rules.fac_owned.short_form_facilities` keeps it for 高定鼓楼; where a
rule cut the name after the stem (the stem read as the place, or its last character as a word:
冲|江河), :func:`stem_facilities` joins them. A full township name in front (宝山乡|果乐花椒产业示范基地)
is a higher-level place: it stands apart (docs/guidelines.md, "only the immediate owner stays").
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand, common_or_frequent

__all__ = ["stem_facilities"]

_LABELS = ("FAC", "PROJECT")
_UNIT_ENDS = ("村", "乡", "镇", "街道", "社区")


def _stem_before(index: dict, text: str, s: int) -> int:
    """Start of the county unit's short form (2–4 characters) that ends at *s*, or -1."""
    for n in (4, 3, 2):
        k = s - n
        if k < 0:
            continue
        stem = text[k:s]
        if stem in index and not stem.endswith(_UNIT_ENDS) and stem not in common_or_frequent() and all("\u4e00" <= ch <= "\u9fff" for ch in stem):
            return k
    return -1


def _township_front(index: dict, text: str, c: Cand) -> int:
    """End of a full township name of the county at the front of *c*, or -1."""
    name = text[c.start:c.end]
    for n in range(6, 2, -1):
        head = name[:n]
        if head.endswith(("乡", "镇", "街道")) and head in index and any(len(code) == 9 for code in index[head]) \
                and len(name) - n >= 6:
            return c.start + n
    return -1


def stem_facilities(ents: "list[Cand]", text: str, county_code: "str | None") -> "list[Cand]":
    """*ents* with facilities and projects joined to a unit's short form before them (see the module docstring).

    Examples
    --------
    >>> t = "塔城乡依陇藏药材种植基地的工人"
    >>> es = [Cand(0, 3, "TOWNSHIP"), Cand(3, 5, "VILLAGE"), Cand(5, 12, "FAC")]
    >>> [(t[c.start:c.end], c.label) for c in stem_facilities(es, t, "530721")]
    [('塔城乡', 'TOWNSHIP'), ('依陇藏药材种植基地', 'FAC')]
    >>> t = "宝山乡果乐花椒产业示范基地扩种花椒"
    >>> [(t[c.start:c.end], c.label) for c in stem_facilities([Cand(0, 13, "FAC")], t, "530721")]
    [('宝山乡', 'TOWNSHIP'), ('果乐花椒产业示范基地', 'FAC')]
    """
    if not county_code:
        return ents
    try:
        index = gz.county_index(str(county_code)[:6])
    except (KeyError, ValueError):
        return ents
    out = list(ents)
    for c in list(ents):
        if c.label not in _LABELS or c not in out:
            continue
        k = _township_front(index, text, c)
        if k > 0:
            out = [o for o in out if o is not c] + [Cand(c.start, k, "TOWNSHIP", source="gazetteer"),
                                                    Cand(k, c.end, c.label, prio=c.prio, source=c.source)]
            continue
        k = _stem_before(index, text, c.start)
        if k < 0:
            continue
        before = [o for o in out if o.label != "_" and o.start < c.start and k < o.end]
        if any(not (o.start == k and o.end == c.start and o.label in ("VILLAGE", "TOWNSHIP")) for o in before):
            continue
        out = [o for o in out if o is not c and o not in before] + [Cand(k, c.end, c.label, prio=c.prio, source=c.source)]
    return sorted(out, key=lambda c: (c.start, c.end))
