"""What follows an organisation's name in a county report: a sub-unit that belongs to the name (广元市委|第二督导组,
中国农业银行|和顺县支行, 大兴镇中心|完小) or a clause and a team that do not (县藏医院|组织医疗队, 县中医院|医疗队).

County papers send units out in teams and name them with their owner: 县中医院医疗队走进长征镇, 旗蒙医医院组织巡诊队
深入苏木. The writers annotate the hospital only (a medical team is no body with a name of its own), while the head
rules read the whole run up to 队 as one organisation. The other way round, a named sub-unit printed right after its
owner is one name in the gold (广元市委第二督导组, 省委先进性教育活动第二督导组; 中国农业银行和顺县支行, 中国农业发展
银行黑龙江省分行; 大兴镇中心完小), and the rules stop at the owner's head (委, 银行, 中心).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["org_tails"]

#: a numbered inspection or work group sent out by a committee (第二督导组, 第三巡察组)
_GROUP_RE = re.compile(r"第[一二三四五六七八九十0-9]{1,3}(?:督导|巡视|巡察|指导|工作|检查|考核|调研|帮扶|考察)组")
#: a branch of a bank or insurer named by its place (和顺县支行, 黑龙江省分行): place, level, branch word
_BRANCH_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区旗州盟](?:支行|分行|分公司|营业部)")
#: heads of an owner whose branches are named by place
_BRANCH_OWNER_ENDS = ("银行", "保险公司", "信用社", "邮政储蓄银行")
#: a central school after its township's 中心 (大兴镇中心|完小)
_SCHOOL_RE = re.compile(r"完小|小学|学校|幼儿园")
#: a unit, perhaps 组织 (a verb), then a medical team it sends (县中医院医疗队, 旗蒙医医院组织巡诊队)
_TEAM_RE = re.compile(r"(.+?(?:医院|卫生院|卫生所|卫生室|服务中心|卫生服务站))(?:组织)?[\u4e00-\u9fff]{0,3}?"
                      r"(?:医疗|巡诊|义诊|巡回医疗)(?:小分队|分队|队)")
#: a place, 组织 (a verb) and a team it forms (沐勋社区|组织彝族花鼓队): the place alone
_PLACE_TEAM_RE = re.compile(r"(.{1,8}?(社区|村|镇|乡|街道|苏木|嘎查))组织[\u4e00-\u9fff]{1,6}?队")
_PLACE_LABEL = {"社区": "COMMUNITY", "村": "VILLAGE", "嘎查": "VILLAGE", "镇": "TOWNSHIP", "乡": "TOWNSHIP",
                "街道": "TOWNSHIP", "苏木": "TOWNSHIP"}


def _free(ents: list[Cand], s: int, e: int, skip: Cand) -> bool:
    """No entity but *skip* and places (GPE, TOWNSHIP) overlaps ``[s, e)``."""
    return all(c is skip or c.end <= s or c.start >= e or c.label in ("GPE", "TOWNSHIP", "_") for c in ents)


def _grow(ents: list[Cand], c: Cand, end: int) -> list[Cand]:
    """*ents* with *c* grown to *end*, the entities inside the new part dropped."""
    grown = Cand(c.start, end, c.label, prio=c.prio, code=c.code, source=c.source)
    return [grown if x is c else x for x in ents if x is c or x.end <= c.end or x.start >= end]


def org_tails(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each ORG's tail read as above: a numbered group or a place-named branch after it joins the name,
    a 中心 takes the school after it, a medical team sent by a unit
    and a team a place forms are cut off.

    Examples
    --------
    >>> t = "广元市委第二督导组到会指导"
    >>> [(t[c.start:c.end], c.label) for c in org_tails([Cand(0, 4, "ORG")], t)]
    [('广元市委第二督导组', 'ORG')]
    >>> t = "中国农业银行和顺县支行发放贷款"
    >>> [(t[c.start:c.end], c.label) for c in org_tails([Cand(0, 6, "ORG"), Cand(6, 11, "ORG")], t)]
    [('中国农业银行和顺县支行', 'ORG')]
    >>> t = "县藏医院组织医疗队到宗塔乡巡诊"
    >>> [(t[c.start:c.end], c.label) for c in org_tails([Cand(0, 9, "ORG")], t)]
    [('县藏医院', 'ORG')]
    >>> t = "孩子在大兴镇中心完小就读"
    >>> [(t[c.start:c.end], c.label) for c in org_tails([Cand(3, 8, "ORG")], t)]
    [('大兴镇中心完小', 'ORG')]
    """
    out = sorted(ents, key=lambda c: (c.start, c.end))
    for c in list(out):
        if c.label != "ORG" or c not in out:
            continue
        name = text[c.start:c.end]
        m = _GROUP_RE.match(text, c.end)
        if m and _free(out, c.end, m.end(), c):
            out = _grow(out, c, m.end())
            continue
        m = _BRANCH_RE.match(text, c.end)
        if m and name.endswith(_BRANCH_OWNER_ENDS) and _free_or_org(out, c.end, m.end(), c):
            out = _grow(out, c, m.end())
            continue
        m = _SCHOOL_RE.match(text, c.end)
        if m and name.endswith("中心") and _free(out, c.end, m.end(), c):
            out = _grow(out, c, m.end())
            continue
        m = _TEAM_RE.fullmatch(name)
        if m:
            out = [Cand(c.start, c.start + m.end(1), "ORG", prio=c.prio, code=c.code, source=c.source)
                   if x is c else x for x in out]
            continue
        m = _PLACE_TEAM_RE.fullmatch(name)
        if m and not m.group(1).startswith(("县", "市", "全", "各", "本", "该")):
            out = [Cand(c.start, c.start + m.end(1), _PLACE_LABEL[m.group(2)], prio=c.prio, source=c.source)
                   if x is c else x for x in out]
    return sorted(out, key=lambda c: c.start)


def _free_or_org(ents: list[Cand], s: int, e: int, skip: Cand) -> bool:
    """Only places and ORGs inside ``[s, e)`` (和顺县支行 may be read as an ORG of its own), none crossing its ends."""
    return all(c is skip or c.end <= s or c.start >= e or (c.label in ("GPE", "TOWNSHIP", "ORG", "_")
                                                          and c.start >= s and c.end <= e) for c in ents)
