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

__all__ = ["AREA_HEAD_RE", "natural_areas", "reserve_names"]

#: the end of a protected natural area's name: a reserve, a geopark, a scenic area of a state level, a
#: national forest park, a bare wetland, a reservoir (the open gold: reserves 12 LOC / 1 FAC, geoparks 2 / 0,
#: reservoirs 12 / 1, national forest parks 8 LOC / 3 FAC in round 33: pages24, 27, 28, 31 against pages31o,
#: 33o, dev8); a plain forest park stays FAC (3 / 0), as a wetland park (national 2 / 2, plain 4 / 0)
AREA_HEAD_RE = re.compile(r"(?:自然保护区|地质公园|风景名胜区|国家级?森林公园|(?<!人工)湿地|水库)$")  # 人工湿地: a works
#: a national forest park's name, its body in group 1 (通天河|国家森林公园)
_NATIONAL_PARK_RE = re.compile(r"(.+)国家级?(森林公园)$")


def natural_areas(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each FAC whose name ends in a protected natural area's head (:data:`AREA_HEAD_RE`)
    relabelled LOC; the name needs two characters before the head that are no common word (建设|自然保护区
    names no area).

    Examples
    --------
    >>> t = "坎布拉国家地质公园和龙潭公园"
    >>> [(t[c.start:c.end], c.label) for c in natural_areas([Cand(0, 9, "FAC"), Cand(10, 14, "FAC")], t)]
    [('坎布拉国家地质公园', 'LOC'), ('龙潭公园', 'FAC')]
    """
    out = []
    for c in ents:
        if c.label == "FAC":
            m = AREA_HEAD_RE.search(text, c.start, c.end)
            if m is not None and m.end() == c.end and m.start() - c.start >= 2 \
                    and text[c.start:m.start()] not in common_or_frequent():
                c = Cand(c.start, c.end, "LOC", prio=c.prio, code=c.code, source=c.source)
        out.append(c)
    return _park_short_forms(out, text)


def _park_short_forms(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each FAC that writes a national forest park of the text without 国家 (通天河森林公园 after
    通天河国家森林公园, LOC) relabelled LOC: the same area (pages31 gold)."""
    short = set()
    for c in ents:
        m = _NATIONAL_PARK_RE.match(text, c.start, c.end) if c.label == "LOC" else None
        if m is not None:
            short.add(m.group(1) + m.group(2))
    if not short:
        return ents
    return [Cand(c.start, c.end, "LOC", prio=c.prio, code=c.code, source=c.source)
            if c.label == "FAC" and text[c.start:c.end] in short else c for c in ents]


#: a nature reserve of any level (八大公山自然保护区, 小溪国家级自然保护区, 恐龙河州级自然保护区)
_RESERVE_RE = re.compile(r"(?:国家级|省级|州级|市级|县级)?自然保护区")
#: segmenter tags of the words a reserve's name is made of (nouns, places, names, short forms, numerals)
_NAME_TAGS = frozenset(("n", "ns", "nz", "nr", "j", "m", "q", "b", "a", "s", "l", "vn", "Ng"))
#: landscape words the segmenter may tag as verbs (洪泽湖|湿地/v|自然保护区)
_LANDSCAPE_WORDS = frozenset(("湿地", "草原", "森林", "湖泊"))


def reserve_names(text: str, feats: "list[str] | None") -> list[Cand]:
    """Nature reserves named by the words in front of their head (LOC): the segmenter's words of names
    (:data:`_NAME_TAGS`) right before 自然保护区, two to seven characters, back to a verb, preposition,
    conjunction, particle or punctuation (及|八大公山自然保护区, 地处|闽江源国家级自然保护区, 将|洪泽湖湿地自然保护区).
    Without the segmenter's words, nothing.

    Examples
    --------
    >>> t = "地处闽江源国家级自然保护区"
    >>> f = ["B-v", "E-v", "B-ns", "I-ns", "E-ns", "B-b", "I-b", "E-b", "B-n", "I-n", "I-n", "I-n", "E-n"]
    >>> [(t[c.start:c.end], c.label) for c in reserve_names(t, f)]
    [('闽江源国家级自然保护区', 'LOC')]
    """
    if feats is None or len(feats) != len(text):
        return []
    out = []
    for m in _RESERVE_RE.finditer(text):
        h0 = m.start()
        s = h0
        while s > 0 and h0 - s < 7:
            a = s - 1
            while a > 0 and feats[a][:1] in ("I", "E"):
                a -= 1
            if text[s - 1] in "乡镇县市区村旗省州" and s < h0:
                break  # 畲族乡|闽江源…: a place in front is its own entity
            if feats[a][2:] == "ns" and s < h0 and feats[s][2:] == "ns":
                break  # 陕西|佛坪自然保护区: the higher place in front is its own entity (GUIDE)
            if (feats[a][2:] not in _NAME_TAGS and text[a:s] not in _LANDSCAPE_WORDS) or h0 - a > 7 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[a:s]):
                break
            s = a
        if h0 - s >= 2 and text[s:h0] not in common_or_frequent():
            out.append(Cand(s, m.end(), "LOC", prio=3, source="rule"))
    return out
