"""Facilities and projects cut at a place's short form, or glued to the township in front.

The short form of one of the county's villages or townships right before a facility or project is
the first part of its name (依陇|藏药材种植基地, 拉市|海湿地保护工程, 石鼓|大桥重建工程), as
:func:`~corpus_tools._entity_rules.fac_owned.short_form_facilities` keeps it for 高定鼓楼; where a
rule cut the name after the stem (the stem read as the place), :func:`stem_facilities` joins them; so
too a county's short form before a park (玉龙|黄山工业园区), as the open sets keep 广昌工业园区. A full township name in front (宝山乡|果乐花椒产业示范基地)
is a higher-level place: it stands apart (docs/guidelines.md, "only the immediate owner stays").
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.fac_works import WORKS_SOURCE
from corpus_tools._entity_rules.lexicon import Cand, common_or_frequent

__all__ = ["stem_facilities"]

_LABELS = ("FAC", "PROJECT")
_UNIT_ENDS = ("村", "乡", "镇", "街道", "社区")
_PARK_HEADS = ("工业园区", "产业园区", "工业园", "产业园", "开发区", "园区")


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


def _county_before(ents: "list[Cand]", text: str, c: Cand) -> int:
    """Start of a county's short form (GPE without 县/市/区) right before the park *c* (玉龙|黄山工业园区), or -1:
    a park keeps the county's name in every open set (广昌工业园区, 上犹工业园区, 夷陵经济开发区)."""
    if not text.endswith(_PARK_HEADS, c.start, c.end):
        return -1
    g = next((o for o in ents if o.label == "GPE" and o.end == c.start), None)
    if g is None or g.length < 2 or text[g.end - 1] in "县市区省州旗":
        return -1
    return g.start


def _township_front(index: dict, text: str, c: Cand) -> int:
    """End of a full township name of the county at the front of *c*, or -1."""
    name = text[c.start:c.end]
    for n in range(6, 2, -1):
        head = name[:n]
        if head.endswith(("乡", "镇", "街道")) and head in index and any(len(code) == 9 for code in index[head]) \
                and len(name) - n >= 6 and name[n] not in "至到—－-、和与及":  # 艾亭镇至杨桥镇公路: the road's end
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
    >>> t = "加快玉龙黄山工业园区建设"
    >>> [(t[c.start:c.end], c.label) for c in stem_facilities([Cand(2, 4, "GPE"), Cand(4, 10, "FAC")], t, "530721")]
    [('玉龙黄山工业园区', 'FAC')]
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
        # 孟家溪镇中心学校安置点: a work named by its owner's venue keeps the township (fac_works)
        k = _township_front(index, text, c) if c.source != WORKS_SOURCE else -1
        if k > 0:
            out = [o for o in out if o is not c] + [Cand(c.start, k, "TOWNSHIP", source="gazetteer"),
                                                    Cand(k, c.end, c.label, prio=c.prio, source=c.source)]
            continue
        k = _stem_before(index, text, c.start)
        if k < 0:
            k = _county_before(out, text, c)
        if k < 0:
            continue
        before = [o for o in out if o.label != "_" and o.start < c.start and k < o.end]
        if any(not (o.start == k and o.end == c.start and o.label in ("VILLAGE", "TOWNSHIP", "GPE")) for o in before):
            continue
        out = [o for o in out if o is not c and o not in before] + [Cand(k, c.end, c.label, prio=c.prio, source=c.source)]
    return sorted(out, key=lambda c: (c.start, c.end))
