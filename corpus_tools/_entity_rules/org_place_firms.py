"""A firm, co-operative or association keeps the county or province printed right before it
(西吉县火家集马铃薯产销专业合作社, 新疆昆仑红枣制品有限公司).

A registered name opens with the place that registered it, and the GUIDE keeps a county prefix that is
directly attached and belongs to the name (平遥县书法协会). The span rules read such a name as a GPE and a
trade-name ORG after it (the trade name alone is the GUIDE's choice only after a village: 横坡村|硕峰合作社).
Over every open page set the writers keep a county or province before a firm whole 51 times and never
split it; with a township between them (2 whole, 1 split) and after a township or village alone they
differ, so those stay as they are. A chain of places (广东梅州市|梅盛专业合作社, People's Daily dev9) locates the firm
and stays apart.

A township right before a firm (朱口镇烤烟专业合作社, 同兴镇绿丰马铃薯协会, 佐坝乡水产协会) is its immediate
owner: over the open page sets of round 36 the writers keep it whole 8 times (pages27, 28, 30, 33, 35o, 36o) and
split it only where a village stands between (微山岛镇|杨村渔民合作社: the village owns the firm, GUIDE). After a
county and a township the writers differ (同心县韦州镇丰源肉牛养殖专业合作社 whole, 乌拉特中旗|温更镇|绿源牧业专业合作社
split), so a township with a place right before it stays apart.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, replace_inside

__all__ = ["FIRM_TAILS", "place_firms", "township_firms"]

#: an ORG that opens with a place of its own (梅州市|梅盛专业合作社): a place before it makes a chain
_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,5}[省市县旗]")

#: last words of a registered firm, co-operative or association name
FIRM_TAILS = ("合作社", "联合社", "公司", "协会", "商会", "传习所")


def place_firms(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with a GPE joined to the firm ORG that follows at once.

    Examples
    --------
    >>> t = "村里成立了西吉县火家集马铃薯产销专业合作社。"
    >>> out = place_firms([Cand(5, 8, "GPE"), Cand(8, 21, "ORG")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('西吉县火家集马铃薯产销专业合作社', 'ORG')]
    >>> t = "同心县韦州镇丰源肉牛养殖专业合作社"
    >>> len(place_firms([Cand(0, 3, "GPE"), Cand(3, 6, "TOWNSHIP"), Cand(6, 17, "ORG")], t))
    3
    >>> t = "广东梅州市梅盛专业合作社"
    >>> len(place_firms([Cand(0, 2, "GPE"), Cand(2, 5, "GPE"), Cand(5, 12, "ORG")], t))
    3
    >>> len(place_firms([Cand(0, 2, "GPE"), Cand(2, 12, "ORG")], t))
    2
    >>> t = "平遥县委书记"
    >>> len(place_firms([Cand(0, 2, "GPE"), Cand(2, 4, "ORG")], t))
    2
    """
    out = sorted(ents, key=lambda c: (c.start, c.end))
    by_end = {c.end: c for c in out if c.label == "GPE"}
    ends = {c.end for c in out if c.label in ("GPE", "LOC", "TOWNSHIP")}
    for c in list(out):
        if c.label != "ORG" or not text.endswith(FIRM_TAILS, c.start, c.end):
            continue
        before = by_end.get(c.start)
        if before is None or before.label != "GPE" or before.start in ends or _PLACE_OPENING.match(text, c.start, c.end):
            continue  # 广东|梅州市|梅盛专业合作社: a chain of places locates the firm, its name opens after it
        new = Cand(before.start, c.end, "ORG", prio=c.prio, source=c.source)
        out = replace_inside(out, new)
    return township_firms(out, text)


#: a firm's name that opens with its village (杨村渔民合作社, 红豆村生猪养殖协会): the village owns it
_VILLAGE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:村|嘎查|社区|屯)")


def township_firms(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with a TOWNSHIP joined to the firm ORG that follows at once, unless the firm's name opens with a
    village or a place stands right before the township (a chain of places).

    Examples
    --------
    >>> t = "朱口镇烤烟专业合作社"
    >>> [(t[c.start:c.end], c.label) for c in township_firms([Cand(0, 3, "TOWNSHIP"), Cand(3, 10, "ORG")], t)]
    [('朱口镇烤烟专业合作社', 'ORG')]
    >>> t = "同心县韦州镇丰源肉牛养殖专业合作社"
    >>> len(township_firms([Cand(0, 3, "GPE"), Cand(3, 6, "TOWNSHIP"), Cand(6, 17, "ORG")], t))
    3
    >>> t = "微山岛镇杨村渔民合作社"
    >>> len(township_firms([Cand(0, 4, "TOWNSHIP"), Cand(4, 11, "ORG")], t))
    2
    """
    out = sorted(ents, key=lambda c: (c.start, c.end))
    towns = {c.end: c for c in out if c.label == "TOWNSHIP"}
    places = {c.end for c in out if c.label in ("GPE", "TOWNSHIP", "LOC")}
    for c in list(out):
        if c.label != "ORG" or not text.endswith(FIRM_TAILS, c.start, c.end) or _VILLAGE_OPENING.match(text, c.start, c.end):
            continue
        town = towns.get(c.start)
        if town is None or town.start in places:
            continue
        out = replace_inside(out, Cand(town.start, c.end, "ORG", prio=c.prio, source=c.source))
    return out
