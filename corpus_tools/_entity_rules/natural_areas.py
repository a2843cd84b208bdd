"""Protected natural areas are regions, not facilities: a nature reserve, a geopark, a national scenic area or
a national forest park is one LOC (GUIDE: LOC are "natural or non-administrative regions").

The facility head rules read 坎布拉国家森林公园, 红石林国家地质公园, 南滚河国家级自然保护区 as FAC (their heads
公园 and 保护区 also close squares and parks). The invented county pages of five writers annotate such areas LOC
(pages24 仙米国家森林公园, pages25 闽江源国家级自然保护区, pages26 火石寨国家地质公园 and 八大公山自然保护区,
pages26o 南山国家级风景名胜区 and 恐龙河州级自然保护区, pages27 坎布拉国家森林公园 and 红石林国家地质公园,
pages27o 小溪国家级自然保护区, pages30o 洪泽湖湿地自然保护区: 11 LOC against 2 FAC); a plain town park
(龙潭公园, 汶河湿地公园, 青龙湾森林公园) stays FAC, and so does a wetland park (FAC in 6 of 8 gold mentions).
A bare wetland (洪泽湖湿地) is a landscape like a grassland (张北草原), LOC; a reservoir is a body of water
(:func:`~corpus_tools._entity_rules.fac_acting.water_bodies`).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, common_or_frequent

__all__ = ["AREA_HEAD_RE", "natural_areas"]

#: the end of a protected natural area's name: a reserve, a geopark, a scenic area of a state level, a
#: national forest park, a bare wetland, a reservoir
AREA_HEAD_RE = re.compile(r"(?:自然保护区|地质公园|风景名胜区|国家级?森林公园|湿地|水库)$")


def natural_areas(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each FAC whose name ends in a protected natural area's head (:data:`AREA_HEAD_RE`)
    relabelled LOC; the name needs two characters before the head that are no common word (建设|自然保护区
    names no area).

    Examples
    --------
    >>> t = "坎布拉国家森林公园和龙潭公园"
    >>> [(t[c.start:c.end], c.label) for c in natural_areas([Cand(0, 9, "FAC"), Cand(10, 14, "FAC")], t)]
    [('坎布拉国家森林公园', 'LOC'), ('龙潭公园', 'FAC')]
    """
    out = []
    for c in ents:
        if c.label == "FAC":
            m = AREA_HEAD_RE.search(text, c.start, c.end)
            if m is not None and m.end() == c.end and m.start() - c.start >= 2 \
                    and text[c.start:m.start()] not in common_or_frequent():
                c = Cand(c.start, c.end, "LOC", prio=c.prio, code=c.code, source=c.source)
        out.append(c)
    return out
