"""A county's or city's facility written after it is one FAC with it (会同县魔芋产业园, 古丈县污水处理厂).

The GUIDE keeps the name of a facility's immediate owner in its span; a county or city named right before the
facility is that owner. Every open page set and the People's Daily development gold write the county and the
facility as one span (30 such FAC, among them 嘉禾县铸造产业园, 拜城县人民广场, 莒南县第二污水处理厂, 乌什县农副产品
加工园, and not one GPE followed by a FAC), while a township before a facility is mostly apart (上江圩镇|女书园,
营前镇|红军标语博物馆: 18 apart, 11 joined), so only a GPE joins. The rules and the model sometimes leave the county
apart (the facility found from its head word, the county from the gazetteer); :func:`county_facilities` joins them
on the resolved entities. A province (省, 自治区) stays apart: a county or city, or its short form before a facility
that opens with its level (古丈|县污水处理厂), is the owner.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["county_facilities"]

#: the last characters of a full county or city name that owns a facility written after it
_OWNER_ENDS = ("县", "旗", "市", "区")
#: a facility that opens with a village or township of its own (延川县|梁家河村史馆): the nearer place owns it
_LOWER_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,5}?(?<!乡)(?:村|镇|乡(?!村)|街道)")
#: words after a scenic area's name, which the site rules keep apart from its county (临泽县|丹霞|景区)
_SIGHT_WORDS = ("景区", "风景", "旅游区", "景点", "国家地质公园", "地质公园")
#: level characters a facility written after a county's short form may open with (古丈|县污水处理厂)
_LEVEL_OPENINGS = ("县", "旗", "市")


def county_facilities(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each GPE that ends where a FAC starts joined to it as one FAC, when the GPE is a full county or
    city name (ending in 县, 旗, 市 or 区) or a short form and the FAC opens with a level (县, 旗, 市).

    Examples
    --------
    >>> t = "入驻会同县魔芋产业园，山西省博物馆"
    >>> ents = [Cand(2, 5, "GPE"), Cand(5, 10, "FAC"), Cand(11, 14, "GPE"), Cand(14, 17, "FAC")]
    >>> [(t[c.start:c.end], c.label) for c in county_facilities(ents, t)]
    [('会同县魔芋产业园', 'FAC'), ('山西省', 'GPE'), ('博物馆', 'FAC')]
    >>> t = "延川县梁家河村史馆"
    >>> len(county_facilities([Cand(0, 3, "GPE"), Cand(3, 9, "FAC")], t))
    2
    >>> t = "接入古丈县污水处理厂"
    >>> [(t[c.start:c.end], c.label) for c in county_facilities([Cand(2, 4, "GPE"), Cand(4, 10, "FAC")], t)]
    [('古丈县污水处理厂', 'FAC')]
    """
    out: list[Cand] = []
    for c in sorted(ents, key=lambda c: (c.start, c.end)):
        if out and _owner_of(out[-1], c, text):
            out[-1] = Cand(out[-1].start, c.end, "FAC", prio=c.prio, source=c.source)
        else:
            out.append(c)
    return out


def _owner_of(place: Cand, fac: Cand, text: str) -> bool:
    """*place* is a county or city GPE written right before the FAC *fac*, which opens with no place of its own."""
    if place.label != "GPE" or fac.label != "FAC" or fac.start != place.end or place.end - place.start < 2:
        return False
    if text.endswith("自治区", place.start, place.end) or fac.end - fac.start < 2 or text.startswith(_SIGHT_WORDS, fac.end):
        return False  # 临泽县|丹霞|景区: a scenic area is named apart from its county (sites)
    if not (text.endswith(_OWNER_ENDS, place.start, place.end) or text.startswith(_LEVEL_OPENINGS, fac.start)):
        return False
    return _LOWER_PLACE_RE.match(text, fac.start, fac.end) is None
