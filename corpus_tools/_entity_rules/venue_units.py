"""Venues, offices, accounts and committees of a county city, as GUIDE.md annotates them (user29 F2, F5, F11).

Once the spans are chosen:

- an organisation's name ending in 行政中心 names the building complex where meetings are held (市行政中心):
  a FAC, as GUIDE's squares and halls;
- a government followed by its office (高州市人民政府|征兵办公室) is one ORG, the office: a sub-unit is one
  span (GUIDE: 鑫宇煤气化公司园林部);
- a place followed by 发布 is the government's new-media account (高州发布, 诸暨发布: GUIDE lists 诸暨发布 as
  media, ORG), not the place;
- a village followed by its square, park or hall (和睦村文化广场) is one FAC, as GUIDE keeps a temple with its
  village (西海村龙王庙);
- a township followed by a 居委会 or 村委会 (潘州街道升平居委会, the 2000s print of a community) is the
  TOWNSHIP and the committee's ORG: GUIDE keeps only the immediate owner in an org's name; a 街道办事处 in
  front (潘州街道办事处东门居委会党支部) is an ORG of its own;
- a township's short form before a co-operative that only names its trade (根子|荔枝专业合作社) stays in the
  co-operative's name: the place is its only distinguishing word (GUIDE: 德胜村蔬菜种植专业合作社);
- a river printed right before a village that opens with 河 or 江 (鉴江|河木垌村) is a LOC of its own.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_coops import coop_name_start

__all__ = ["venue_units"]

#: an office after a government's name (征兵办公室, 扶贫开发领导小组办公室): up to eight name characters
_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?办公室")
#: bodies an office may belong to
_GOV_ENDS = ("人民政府", "政府", "委员会", "党委", "县委", "市委")
#: characters that end a clause, not an office's name (政府在办公室, 政府和办公室)
_CLAUSE_CHARS = frozenset("在和与及的了是为对把将向到从给让被等召设进来去说要请于")
#: what follows the name of a new-media account (“高州发布”客户端, 高州发布公众号)
_ACCOUNT_AFTER = ("”", "客户端", "公众号", "微信", "微博", "抖音", "APP", "App", "app", "视频号", "头条号", "平台")
#: a village's public venue after its name (文化广场, 休闲公园, 文化室)
_VENUE_RE = re.compile(r"(?:文化|休闲|健身|体育|村民)?(?:广场|公园|文化室|文化楼|礼堂)")
#: a committee after a community's or village's name (升平居委会, 东门居委会党支部)
_COMMITTEE_RE = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:社区居委会|居委会|居民委员会|村委会|村民委员会)"
                           r"(?:党支部|党总支|党委)?")
#: what comes before a river printed in front of a village (对鉴江彭村段开展巡查)
_RIVER_BEFORE = frozenset("对在沿把将为至到，、\n")
_COOP_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?专业合作社")


def _office(text: str, c: Cand, starts: set[int]) -> "Cand | None":
    if c.label != "ORG" or not text.endswith(_GOV_ENDS, c.start, c.end):
        return None
    m = _OFFICE_RE.match(text, c.end)
    if m is None or any(ch in _CLAUSE_CHARS for ch in m.group()) or any(c.end < k < m.end() for k in starts):
        return None
    return Cand(c.start, m.end(), "ORG", c.prio, c.code, c.source)


def _account(text: str, c: Cand) -> "Cand | None":
    if c.label not in ("GPE", "TOWNSHIP") or text[c.end:c.end + 2] != "发布":
        return None
    after = text[c.end + 2:c.end + 6]
    quoted = text[c.start - 1:c.start] in ("“", "「", "《") and after.startswith(("”", "」", "》"))
    if not quoted and not after.startswith(_ACCOUNT_AFTER):
        return None
    return Cand(c.start, c.end + 2, "ORG", c.prio, None, c.source)


def _committee(text: str, c: Cand, county_code: "str | None") -> "list[Cand] | None":
    """潘州街道|升平居委会 → TOWNSHIP + ORG; 城区潘州街道办事处|东门居委会党支部 → ORG + ORG."""
    if c.label != "ORG" or county_code is None:
        return None
    name = text[c.start:c.end]
    k = name.find("办事处")
    if k > 0 and _COMMITTEE_RE.fullmatch(name, k + 3):
        return [Cand(c.start, c.start + k + 3, "ORG", c.prio, None, c.source),
                Cand(c.start + k + 3, c.end, "ORG", c.prio, None, c.source)]
    from corpus_tools import gazetteer as gz  # the county's own townships, official names

    for n in range(min(6, len(name) - 3), 1, -1):
        head = name[:n]
        if head.endswith(("镇", "乡", "街道")) and _COMMITTEE_RE.fullmatch(name, n) \
                and any(code[:6] == county_code for code in gz.county_index(county_code).get(head, ())):
            code = next(code for code in gz.county_index(county_code)[head] if len(code) == 9)
            return [Cand(c.start, c.start + n, "TOWNSHIP", c.prio, code, "gazetteer"),
                    Cand(c.start + n, c.end, "ORG", c.prio, None, c.source)]
    return None


def venue_units(ents: list[Cand], text: str, county_code: "str | None" = None,
                words: "list[str] | None" = None) -> list[Cand]:
    """*ents* with venues, offices, accounts, committees and co-operatives labelled and bounded as GUIDE.md does.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    county_code : str, optional
        The page's county (its townships split off a committee's name).
    words : list of str, optional
        The segmenter's per-character word features of *text* (a co-operative's body is read with them).

    Returns
    -------
    list of Cand
        The spans, in text order.

    Examples
    --------
    >>> t = "在市行政中心召开，请到高州市人民政府征兵办公室报名"
    >>> [(t[c.start:c.end], c.label) for c in venue_units([Cand(1, 6, "ORG"), Cand(11, 18, "ORG")], t)]
    [('市行政中心', 'FAC'), ('高州市人民政府征兵办公室', 'ORG')]
    >>> t = "扫码下载“高州发布”客户端"
    >>> [(t[c.start:c.end], c.label) for c in venue_units([Cand(5, 7, "GPE")], t)]
    [('高州发布', 'ORG')]
    """
    ents = sorted(ents, key=lambda c: (c.start, c.end))
    starts = {c.start for c in ents if c.label != "_"}
    out: list[Cand] = []
    i = 0

    def inside(end: int, ok_org: bool = False) -> "int | None":
        """How many spans after ``ents[i - 1]`` start before *end*, if all are blockers of no name (文化广场 as
        ``_``) or, with *ok_org*, an ORG ending at *end* (the co-operative's head read alone); None otherwise."""
        k = i
        while k < len(ents) and ents[k].start < end:
            if not (ents[k].label == "_" or (ok_org and ents[k].label == "ORG" and ents[k].end == end)):
                return None
            k += 1
        return k - i

    while i < len(ents):
        c = ents[i]
        i += 1
        if c.label == "ORG" and text.endswith("行政中心", c.start, c.end):
            out.append(Cand(c.start, c.end, "FAC", c.prio, None, c.source))
            continue
        grown = _office(text, c, starts) or _account(text, c)
        if grown is not None:
            while i < len(ents) and ents[i].start < grown.end:  # the office's own spans are inside it now
                i += 1
            out.append(grown)
            continue
        split = _committee(text, c, county_code)
        if split is not None:
            out.extend(split)
            continue
        if c.label == "VILLAGE":
            m = _VENUE_RE.match(text, c.end)
            skip = inside(m.end()) if m else None
            if skip is not None:
                out.append(Cand(c.start, m.end(), "FAC", c.prio, None, "rule"))
                i += skip
                continue
            if c.code and c.start >= 3 and text[c.start - 1] in ("河", "江") and not (out and out[-1].end > c.start - 2) \
                    and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[c.start - 2:c.start]) and text[c.start - 2] not in "长大小" \
                    and text[c.start - 3] in _RIVER_BEFORE:  # 对鉴江|彭村段, 对鉴江|河木垌村段: the river before the village
                out.append(Cand(c.start - 2, c.start, "LOC", c.prio, None, "rule"))
        if c.label == "TOWNSHIP" and not text.endswith(("镇", "乡", "街道"), c.start, c.end) and words is not None:
            m = _COOP_RE.match(text, c.end)
            skip = inside(m.end(), ok_org=True) if m else None
            if skip is not None and coop_name_start(text, words, c.end, m.end() - 5) == -1:
                out.append(Cand(c.start, m.end(), "ORG", c.prio, None, "rule"))
                i += skip
                continue
        out.append(c)
    return out
