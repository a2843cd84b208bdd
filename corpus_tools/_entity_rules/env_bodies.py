"""Bodies, plants and projects of environmental reporting, mended after the spans are chosen (mend35b, user35).

- **a reformed county bureau**: since the 2019 reform a county's 生态环境局 is a branch of its city's and carries
  the city's name (淮安市金湖生态环境局): a city GPE right before an ORG that opens with one of its own counties'
  short names and ends in 生态环境局 joins it (one ORG, the GUIDE's directly attached prefix);
- **inspection teams**: 中央第三生态环境保护督察组, 省环境保护督察组 are ORG;
- **plants and stations** (GUIDE: 县污水处理厂 is FAC): an ORG ending in 污水处理厂 / 污水处理站 is a FAC; a flow
  verb inside it is cut off (尾水接入|金湖县污水处理厂); a water's monitoring station or ecological corridor is
  one FAC with the water (白马湖水质自动监测站, 利农河生态廊道); a plant named by a coined two-character name
  (银涂污水处理厂) and a park or plant after a flow verb (尾水接入|柳树湾湿地公园) are FAC;
- **projects on a plant or a basin**: a plant and its phase or upgrade (城南污水处理厂一期工程), a basin and the
  campaign on it (长江流域重点水域禁捕退捕行动) are one PROJECT; a zone that builds a project is a FAC apart
  (金湖经济开发区|建设|分布式光伏发电项目);
- **a named day's main event**: 世界环境日金湖主场活动 is one EVENT.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand, common_words
from corpus_tools._entity_rules.names import is_word

__all__ = ["env_bodies"]

_TEAM = re.compile(r"(?:中央|省|自治区|市)(?:第[一二三四五六七八九十]+)?(?:生态环境保护|环境保护|生态环境|环保)督察组")
_PLANT_ENDS = ("污水处理厂", "污水处理站")
_FLOW_VERBS = re.compile(r"^.*?(?:接入|排入|进入|送入|汇入|纳入)")
_STATION = re.compile(r"(?:水质)?(?:自动)?监测站|生态廊道")
_PLANT = re.compile(r"([\u4e00-\u9fff]{2,3})(污水处理[厂站])")
_PHASE = re.compile(r"[一二三四五]期(?:扩建|提标改造)?工程|扩建工程|提标改造工程")
_DAY_EVENT = re.compile(r"世界(?:环境|水|地球|海洋)日[\u4e00-\u9fff]{0,4}主场活动")
#: a park or a plant a flow verb names (尾水接入柳树湾湿地公园)
_FLOW_TARGET = re.compile(r"(?:接入|排入|汇入|流入)([\u4e00-\u9fff]{2,6}?(?:湿地公园|森林公园|污水处理厂|污水处理站))")
#: a zone that builds a project, printed as one span (金湖经济开发区建设|分布式光伏发电项目)
_ZONE_BUILDS = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:经济开发区|开发区|工业园区|产业园区|园区))(?:建设|新建|实施)")


def _overlaps(ents: list[Cand], s: int, e: int) -> list[Cand]:
    return [c for c in ents if c.start < e and s < c.end]


def _put(ents: list[Cand], s: int, e: int, label: str, inside_ok: bool = True) -> list[Cand]:
    """*ents* with s:e as *label* over the entities inside it; unchanged when one crosses it."""
    over = _overlaps(ents, s, e)
    if any(c.start < s or c.end > e for c in over) or (over and not inside_ok):
        return ents
    return [c for c in ents if c not in over] + [Cand(s, e, label, prio=0, source="rule")]


def _city_bureaus(ents: list[Cand], text: str) -> list[Cand]:
    by_start = {c.start: c for c in ents}
    for g in [c for c in ents if c.label == "GPE" and text[c.end - 1] == "市"]:
        org = by_start.get(g.end)
        if org is None or org.label != "ORG" or not text[org.start:org.end].endswith("生态环境局"):
            continue
        city = [d for d in gz.lookup(text[g.start:g.end]) if d.level == "city"]
        body = text[org.start:org.end]
        if city and any(d.level == "county" and any(d.code.startswith(x.code[:4]) for x in city)
                        for n in (2, 3) for d in gz.lookup(body[:n])):
            ents = [c for c in ents if c is not g and c is not org] + [Cand(g.start, org.end, "ORG", source="rule")]
    return ents


def _plants(ents: list[Cand], text: str) -> list[Cand]:
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if c.label in ("ORG", "FAC") and name.endswith(_PLANT_ENDS):
            m = _FLOW_VERBS.match(name)
            s = c.start + (m.end() if m and m.end() < len(name) - 4 else 0)
            out.append(Cand(s, c.end, "FAC", source="rule"))
        else:
            out.append(c)
    for m in _PLANT.finditer(text):  # 银涂污水处理厂: a coined name before the plant
        if not _overlaps(out, m.start(), m.end()) and not is_word(m.group(1)[-2:]) \
                and m.group(1)[-2:] not in common_words():
            out.append(Cand(m.end(1) - 2, m.end(), "FAC", source="rule"))
    for m in _FLOW_TARGET.finditer(text):
        out = _put(out, m.start(1), m.end(1), "FAC")
    for c in [c for c in out if c.label == "LOC"]:
        m = _STATION.match(text, c.end)
        if m:
            out = _put(out, c.start, m.end(), "FAC")
    return out


def _projects(ents: list[Cand], text: str) -> list[Cand]:
    for c in [c for c in ents if c.label == "PROJECT"]:
        m = _ZONE_BUILDS.match(text[c.start:c.end])
        if m and c.end - c.start - m.end() >= 4:
            ents = [x for x in ents if x is not c] + [Cand(c.start, c.start + m.end(1), "FAC", source="rule"),
                                                      Cand(c.start + m.end(), c.end, "PROJECT", source="rule")]
    for c in [c for c in ents if c.label == "FAC" and text[c.start:c.end].endswith(_PLANT_ENDS)]:
        m = _PHASE.match(text, c.end)
        if m:
            ents = _put(ents, c.start, m.end(), "PROJECT")
    by_start = {c.start: c for c in ents}
    for c in [c for c in ents if c.label == "LOC"]:  # 长江|流域重点水域|禁捕退捕行动
        if not text.startswith("流域", c.end):
            continue
        for k in range(c.end + 2, min(len(text), c.end + 9)):
            p = by_start.get(k)
            if p is not None and p.label == "PROJECT" and all("\u4e00" <= ch <= "\u9fff" for ch in text[c.end:k]):
                ents = _put(ents, c.start, p.end, "PROJECT")
                break
    return ents


def env_bodies(ents: list[Cand], text: str, county_code: "str | None") -> list[Cand]:
    """*ents* with the mends of the module docstring.

    Examples
    --------
    >>> t = "省生态环境保护督察组检查了城东污水处理厂一期工程。"
    >>> [(t[c.start:c.end], c.label) for c in env_bodies([Cand(13, 20, "FAC")], t, None)]
    [('省生态环境保护督察组', 'ORG'), ('城东污水处理厂一期工程', 'PROJECT')]
    """
    ents = _city_bureaus(ents, text)
    ents = _plants(ents, text)
    ents = _projects(ents, text)
    for rx, label in ((_TEAM, "ORG"), (_DAY_EVENT, "EVENT")):
        for m in rx.finditer(text):
            ents = _put(ents, m.start(), m.end(), label)
    return sorted(ents, key=lambda c: c.start)
