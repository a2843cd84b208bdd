"""Organisation names whose body the head scan cannot read: working groups named by their task,
a university's affiliated hospital, the 12345 hotline office.

The head rules grow a name leftwards from its head until a clause word stops them. Three kinds of
names have a body made of such words, or of words the rules hold generic:

* a party or government working group named by its task after its level
  (县委全面深化改革领导小组, 县民族团结进步创建工作领导小组, 县委疫情防控工作专班,
  县委理论学习中心组): the level (县, 县委, 市政府 or a county name) is the evidence;
* a university's numbered affiliated hospital (广西医科大学第一附属医院, …大学附属第二医院): the
  university found by the head rules is extended;
* the citizens' hotline office, named by the national number 12345 (县12345热线办);
* a county body written short, the level and one abbreviated word of three characters (县农技站, 县防汛办,
  县扫黑办, 县豫剧团, 县发改委): the segmenter reads the abbreviation as one word ending in the head.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, TOWN_LEVELS
from corpus_tools._entity_rules.lexicon import Cand

#: Heads of working groups.
GROUP_HEADS = ("工作领导小组", "领导小组", "领导组", "工作专班", "理论学习中心组", "指挥部", "督导组", "宣讲团")
#: An ordinal that numbers one of several groups (省委…第二督导组).
_GROUP_ORDINAL = r"(?:第[一二三四五六七八九十]{1,2})?"
_LEVEL = rf"[{COUNTY_LEVELS}{TOWN_LEVELS}州盟省](?:委|政府|人民政府)?"
_GROUP_RE = re.compile(rf"(?P<lv>{_LEVEL})(?P<topic>[\u4e00-\u9fff]{{0,16}}?)"
                       rf"{_GROUP_ORDINAL}(?P<head>{'|'.join(GROUP_HEADS)})(?P<office>办公室)?")
#: Characters that never stand inside a task name (clause words, other organisations' heads).
_NOT_TOPIC = frozenset("的了是在着过把被对向于为和与及等局院所部办厅站队会司社")
#: Verbs that introduce a group rather than stand in its task (县政府成立…领导小组).
_INTRO_RE = re.compile("成立|组建|设立|召开|印发|调整|成为|决定|任命|担任|牵头|联合|随即")
#: Characters a name may follow when its level stands alone (经县…领导小组研究, 由县委…专班).
_BEFORE_LEVEL = frozenset("经由在据向对与和、及将从于按给让请同")
_ORDINAL = "一二三四五六七八九十"
_AFFILIATED_RE = re.compile(rf"(?:第[{_ORDINAL}]{{1,2}}附属(?:[\u4e00-\u9fff]{{1,2}}?)?|附属第[{_ORDINAL}]{{1,2}})医院")
_HOTLINE_RE = re.compile(rf"[{COUNTY_LEVELS}](?:12345)(?:政务服务|便民服务|便民)?热线(?:办公室|办|中心)")


def _level_start(text: str, p: int, place_ends: "dict[int, tuple[int, str]]") -> "int | None":
    """Where a name whose level character is ``text[p]`` starts: the start of the place that ends
    with it (会宁县|委…), *p* after a boundary or a preposition (经|县…), else None."""
    for a in range(max(0, p - 8), p):
        end, label = place_ends.get(a, (0, ""))
        if end == p + 1 and label in ("GPE", "TOWNSHIP"):
            return a
    if p == 0 or not ("\u4e00" <= text[p - 1] <= "\u9fff") or text[p - 1] in _BEFORE_LEVEL:
        return p
    return None


def group_names(text: str, place_ends: "dict[int, tuple[int, str]]") -> list[Cand]:
    """Working groups named by their task after a level (县委理论学习中心组, 县…工作领导小组,
    省委先进性教育活动第二督导组, 县委党的十九大精神宣讲团: 党的 opens a congress in the task).

    Examples
    --------
    >>> text = "经县民族团结进步创建工作领导小组研究，县委理论学习中心组开展学习"
    >>> [text[c.start:c.end] for c in group_names(text, {})]
    ['县民族团结进步创建工作领导小组', '县委理论学习中心组']
    >>> text = "省委先进性教育活动第二督导组组长出席，县委党的十九大精神宣讲团分三组宣讲"
    >>> [text[c.start:c.end] for c in group_names(text, {})]
    ['省委先进性教育活动第二督导组', '县委党的十九大精神宣讲团']
    >>> group_names("全县防汛指挥部", {})
    []
    """
    out = []
    for m in _GROUP_RE.finditer(text):
        topic, head = m.group("topic"), m.group("head")
        if (_NOT_TOPIC.intersection(topic.replace("党的", "党")) or _INTRO_RE.search(topic)
                or (len(topic) < 2 and head != "理论学习中心组")):
            continue
        s = _level_start(text, m.start(), place_ends)
        if s is not None:
            out.append(Cand(s, m.end(), "ORG", prio=2, source="rule"))
    return out


def affiliated_hospitals(cands: list[Cand], text: str) -> list[Cand]:
    """A university or college (an ORG ending in 大学 or 学院) extended by its numbered affiliated
    hospital (广西医科大学第一附属医院); the other candidates unchanged.

    Examples
    --------
    >>> text = "县医院与广西医科大学第一附属医院合作"
    >>> [text[c.start:c.end] for c in affiliated_hospitals([Cand(4, 10, "ORG")], text)]
    ['广西医科大学第一附属医院']
    """
    out = []
    for c in cands:
        if c.label == "ORG" and text.endswith(("大学", "学院"), c.start, c.end):
            m = _AFFILIATED_RE.match(text, c.end)
            if m:
                c = Cand(c.start, m.end(), "ORG", c.prio, c.code, c.source)
        out.append(c)
    return out


def hotline_offices(text: str, place_ends: "dict[int, tuple[int, str]]") -> list[Cand]:
    """The 12345 hotline office of a county or city (县12345热线办, 茶陵县12345热线办: from the place the
    level ends, as in :func:`group_names`).

    Examples
    --------
    >>> text = "（县12345热线办供稿）"
    >>> [text[c.start:c.end] for c in hotline_offices(text, {})]
    ['县12345热线办']
    """
    out = []
    for m in _HOTLINE_RE.finditer(text):
        s = _level_start(text, m.start(), place_ends)
        out.append(Cand(m.start() if s is None else s, m.end(), "ORG", prio=2, source="rule"))
    return out


#: Heads of the abbreviated bodies a level writes as one word (农技|站, 防汛|办, 豫剧|团, 发改|委).
_SHORT_HEADS = frozenset("办站团委")
#: Levels that may end another word (报告县|防汛办: the segmenter glued 县 to the verb); 市 and 区 end too many words
#: (城市, 社区, 景区) and count only as words of their own.
_GLUED_LEVELS = frozenset("县旗")
#: Characters before a level that make it a scope or a deixis (全县, 本市, 我县), not the body's owner.
_SCOPE_BEFORE = frozenset("全本我该各此同外邻跨")


def abbreviated_bodies(text: str, feats: "list[str] | None") -> list[Cand]:
    """County bodies written short: a level (县, 旗; 市 or 区 as a word of its own) and the segmenter's word of
    three characters that ends in 办, 站, 团 or 委 (县农技站, 县防汛办, 县扫黑办, 县豫剧团, 县发改委), seen on the pages of
    four writers. A scope before the level (全县, 本市) is no owner; a county name the level ends (饶平县, tagged
    ``ns``) stays in the name (饶平县潮剧团).

    Parameters
    ----------
    text : str
        The text the segmenter's features describe.
    feats : list of str or None
        Per-character word features (``B-j``, ``E-n`` …); None gives no candidates.

    Returns
    -------
    list of Cand
        One ORG per abbreviated body, level included.

    Examples
    --------
    >>> text = "在县农技站技术员指导下"
    >>> feats = ["S-p", "S-n", "B-j", "I-j", "E-j", "B-n", "I-n", "E-n", "B-v", "E-v", "S-f"]
    >>> [text[c.start:c.end] for c in abbreviated_bodies(text, feats)]
    ['县农技站']
    >>> text = "饶平县潮剧团走进村里"
    >>> feats = ["B-ns", "I-ns", "E-ns", "B-n", "I-n", "E-n", "S-v", "S-v", "B-n", "E-n"]
    >>> [text[c.start:c.end] for c in abbreviated_bodies(text, feats)]
    ['饶平县潮剧团']
    >>> text = "邀请县农技站专家"        # the segmenter reads 邀请县 as a place name; no county is called so
    >>> feats = ["B-ns", "I-ns", "E-ns", "B-j", "I-j", "E-j", "B-n", "E-n"]
    >>> [text[c.start:c.end] for c in abbreviated_bodies(text, feats)]
    ['县农技站']
    >>> text = "全县共建成服务站"
    >>> abbreviated_bodies(text, ["B-n", "E-n", "S-d", "B-v", "E-v", "B-n", "I-n", "E-n"])
    []
    """
    if feats is None or len(feats) != len(text):
        return []
    out = []
    for p in range(len(text) - 3):
        lv = text[p]
        if lv not in _GLUED_LEVELS and not (lv in "市区" and feats[p][:1] == "S"):
            continue
        if lv in _GLUED_LEVELS and feats[p][:1] not in ("S", "E"):
            continue  # 县城, 县域: the level opens a word of its own
        if p > 0 and text[p - 1] in _SCOPE_BEFORE:
            continue
        if text[p + 3] in _SHORT_HEADS and feats[p + 1][:1] == "B" and feats[p + 2][:1] == "I" \
                and feats[p + 3][:1] == "E":
            s = p
            if feats[p] == "E-ns":  # 饶平县|潮剧团: the county's own body keeps its name (GUIDE: 平遥县书法协会)
                while s > 0 and feats[s][:1] in ("I", "E"):
                    s -= 1
                if text[s:p + 1] not in gz.upper_names():
                    s = p  # 邀请县|农技站 (user28 F9): a verb the segmenter glued to the level, no county of the gazetteer
            out.append(Cand(s, p + 4, "ORG", prio=2, source="rule"))
    return out
