"""Where a project's name starts and whether its head word ends it.

The head rule for PROJECT (:func:`corpus_tools._entity_rules.heads.find_projects`) scans left from
项目, 工程, 行动, 计划 or 试点 until a stop word. Three forms of county news need more than the scan:

* a product after an output quantity (GUIDE: ``年产2万吨阴极碳素高端石墨新材料项目`` → ``阴极碳素高端石墨新材料项目``):
  the product name runs from the quantity to the head, even when one of its words (包装, 加工) is a verb
  that stops the scan elsewhere (年产30万套|医药包装项目);
* a time phrase right before the head (通报一季度项目建设进展, 上半年项目): the projects of a period, a kind,
  no name;
* 计划 right after 项目 or 工程 (金辉现代农业示范园项目计划投资4500万元): the verb of 计划投资, not the head of
  a plan named after the project.

The township in front of a project's name is split off after the spans are chosen
(:mod:`corpus_tools._entity_rules.project_townships`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from corpus_tools._entity_rules.lexicon import PROJECT_GENERIC, Cand

__all__ = ["JOINED_BY", "after_output", "designated_start", "economic_plan", "facility_works", "firm_bounds", "paired_action_start", "period_body", "plan_after_head",
           "stage_bounds"]

#: an output or capacity with its quantity: 年产30万套, 年加工2000吨, 日处理污水5000立方米 is not one (a
#: word between); the product's name follows the unit
_OUTPUT_RE = re.compile(
    r"(?:年|日)(?:产|生产|加工|处理|出栏|存栏|屠宰|发电|仓储|吞吐|产能)(?:能力)?(?:达|约|超)?"
    r"[0-9０-９.．一二三四五六七八九十百千万亿两]+(?:余|多)?[万亿千百]?"
    r"(?:吨|套|件|台|辆|头|只|羽|箱|片|条|双|个|组|张|平方米|立方米|千瓦时|千瓦|度|米|吨级)(?:以上|左右)?的?")
#: the most characters the quantity may add to a name the left scan found (none found: the product is the name)
_MAX_TAKEN = 4
#: characters after a place that make it part of a project's name: a road from it to another place, two places
#: joined (艾亭镇至杨桥镇公路改造工程, 水磨头村至孟山段道路改造工程)
JOINED_BY = frozenset("至到和与及、—－-~～")
#: the longest product name read after an output quantity
_MAX_PRODUCT = 16
#: a period that ends a body: 一季度, 上半年, 今年, 年度, 3月份 (the projects of that period)
_PERIOD_END_RE = re.compile(r"(?:季度|半年|今年|明年|去年|全年|本年|当年|年度|月份|本月|上月|下月)(?:重大|重点|新建|续建|在建)?$")
#: heads of works, after which two coordinated actions name the works (巩固提升工程); 计划 and 行动 are the objects of
#: a verb before them (制定|帮扶计划, 开展|整治行动)
_WORKS_HEADS = ("工程", "项目")
#: adverbs before a verb that make it the predicate of a clause (已完成, 将巩固)
_CLAUSE_ADVERBS = frozenset("已将正还也又都均再曾")
#: heads after which 计划 is the verb of the next words (项目计划投资, 工程计划工期), never a plan's head
_HEADS_BEFORE_PLAN = ("项目", "工程", "试点")


def after_output(text: str, s: int, h0: int) -> int:
    """Start of a product's name that follows an output quantity before the head at *h0*, else *s*.

    Parameters
    ----------
    text : str
        The text.
    s : int
        The start the left scan found.
    h0 : int
        Start of the head word.

    Returns
    -------
    int
        The end of the quantity when one ends within :data:`_MAX_PRODUCT` characters before *h0*
        with only Chinese characters between, else *s*.

    Examples
    --------
    >>> t = "举行年产30万套医药包装项目签约仪式"
    >>> t[after_output(t, 12, 12):14]
    '医药包装项目'
    >>> after_output("举行冷链物流项目签约仪式", 2, 6)
    2
    >>> t = "建成年产10万吨的有机肥项目"
    >>> t[after_output(t, 12, 12):14]
    '有机肥项目'
    """
    lo = max(0, h0 - _MAX_PRODUCT - 24)
    for m in _OUTPUT_RE.finditer(text, lo, h0):
        k = m.end()
        if (2 <= h0 - k <= _MAX_PRODUCT and all("\u4e00" <= ch <= "\u9fff" for ch in text[k:h0])
                and (s >= h0 or s - k <= _MAX_TAKEN)):  # (年产3000吨|茶叶带动周边农户发展|茶园项目: a clause)
            return k
    return s


def paired_action_start(text: str, s: int, h0: int, rescan: "Callable[[int], int]", stops: "frozenset[str]",
                        actions: "frozenset[str]", feats: "list[str] | None" = None) -> int:
    """Start of a works name whose scan stopped at a verb that pairs with the action word after it, else *s*.

    A works name (head 工程 or 项目) may close with two coordinated action words (饮水安全|巩固|提升工程, 侗寨保护|利用…): the first
    (巩固, 利用) is a stop word of the left scan, the second (提升, 改造) a generic works word. Where the scan found
    only the generic word, the pair is one kind of works and the name goes on to its left (pages25
    塘麦村饮水安全巩固提升工程, pages28o/pages29o and seed 农村饮水安全巩固提升工程).

    Parameters
    ----------
    text : str
        The text.
    s : int
        The start the left scan found.
    h0 : int
        Start of the head word (工程, 项目 …).
    rescan : callable
        The left scan from a position (returns the start it reaches).
    stops : frozenset of str
        The scan's stop words.
    actions : frozenset of str
        Generic works words (``project_generic.txt``: 提升, 改造 …).
    feats : list of str, optional
        The segmenter's per-character word features; with them both words of the pair must be verbs (巩固/v
        提升/v; 完成/v 路基/n is a verb and its object), without them an adverb before the stop word (已完成)
        marks a clause.

    Returns
    -------
    int
        The start before the pair when the scan reaches at least two characters past the stop word with no
        project head on the way, else *s*.

    Examples
    --------
    >>> t = "实施农村饮水安全巩固提升工程"
    >>> t[paired_action_start(t, 10, 12, lambda k: 2, frozenset({"巩固"}), frozenset({"提升"})):14]
    '农村饮水安全巩固提升工程'
    >>> paired_action_start("实施巩固提升工程", 4, 6, lambda k: 2, frozenset({"巩固"}), frozenset({"提升"}))
    4
    >>> t = "农村饮水安全巩固提升工程项目"
    >>> t[paired_action_start(t, 8, 12, lambda k: 0, frozenset({"巩固"}), frozenset({"提升"})):14]
    '农村饮水安全巩固提升工程项目'
    """
    body = text[s:h0][:-2] if text.endswith("工程", s, h0) else text[s:h0]  # 巩固|提升工程|项目 (seed: …工程项目)
    if s < 2 or text[s - 2:s] not in stops or body not in actions or text[h0:h0 + 2] not in _WORKS_HEADS:
        return s
    if feats is not None and len(feats) == len(text):
        if feats[s - 2] != "B-v" or feats[s][2:] not in ("v", "vn"):
            return s
    elif text[s - 3:s - 2] in _CLAUSE_ADVERBS:
        return s
    k = rescan(s - 2)
    if s - 2 - k < 2 or any(h in text[k:s - 2] for h in _HEADS_BEFORE_PLAN + ("计划", "行动")):
        return s
    return k


#: a level designation in front of a project's name (省级试点, 国家级示范, 省级文物保护单位): no part of it
_DESIGNATION_RE = re.compile(r"(?:国家级|省级|市级|县级|自治区级)(?:试点|示范|(?:重点)?文物保护单位)")
#: a national body opening the name (国家税务总局|税收计划, 国家发改委…): its 国家 stays
_NATIONAL_BODY_RE = re.compile(r"国家[\u4e00-\u9fff]{0,4}?(?:总局|局|委|部|署|院|办|中心)")
#: levels written after 我 as a deictic (我县, 我旗, 我市)
_DEICTIC_LEVELS = "省市县区旗州盟镇乡"


def designated_start(text: str, s: int, h0: int) -> int:
    """Start of a project's name after a level designation or a deictic level at or around *s*, else *s*.

    A designation (省级试点, 国家级示范, 省级文物保护单位: GUIDE, designations are not entities) and the level of a
    deictic 我县, 我旗 (GUIDE: deictic words are not annotated) are no part of the name that follows; the name keeps
    at least four characters before the head at *h0*.

    Examples
    --------
    >>> t = "近日，省级文物保护单位崇福寺大殿维修工程通过验收"
    >>> t[designated_start(t, 9, 18):20]
    '崇福寺大殿维修工程'
    >>> t = "今年，我县高标准农田建设项目"
    >>> t[designated_start(t, 4, 12):14]
    '高标准农田建设项目'
    >>> designated_start("省级试点项目", 0, 4)
    0
    >>> t = "列入国家天然林资源保护工程"
    >>> t[designated_start(t, 2, 11):13]
    '天然林资源保护工程'
    """
    for m in _DESIGNATION_RE.finditer(text, max(0, s - 12), h0):
        if m.end() > s and h0 - m.end() >= 4:
            s = m.end()
    if text[s - 1:s] == "我" and text[s:s + 1] in _DEICTIC_LEVELS and h0 - s > 4:
        s += 1
    if text.startswith("国家", s) and not text.startswith("国家级", s) and h0 - s - 2 >= 4 \
            and not _NATIONAL_BODY_RE.match(text, s, h0):
        s += 2  # 国家|天然林资源保护工程: the national scope is no part of the programme's name (no open gold opens with it)
    return s


#: the economic and social plan of a year or a five-year period before 计划 (国民经济和社会发展|计划, 社会发展“十五”|计划)
_ECONOMIC_PLAN_RE = re.compile(r"社会发展(?:“[^，。”]{1,4}”)?$")


def economic_plan(text: str, h0: int) -> bool:
    """Whether the 计划 at *h0* is the economic and social plan of a year or a five-year period (国民经济和社会发展计划,
    经济和社会发展“十五”计划: a document of the government, no undertaking; open gold pages28, pages29 leave it out).

    >>> economic_plan("审议1998年国民经济和社会发展计划", 16)
    True
    >>> economic_plan("实施社会发展示范计划", 8)
    False
    """
    return _ECONOMIC_PLAN_RE.search(text, max(0, h0 - 12), h0) is not None


def quoted_start(text: str, s: int, h0: int, h1: int) -> int:
    """Start of a project's name that a pair of quotes encloses whole (“再就业工程”, “百千万工程”), else *s*.

    The leftward scan stops at an adverb or a number word (再, 百) one or two characters after the opening
    quote; when the head at ``[h0, h1)`` closes the quote and only Chinese characters stand between the quote
    and *s*, the quote bounds the name (open gold: “再就业工程” in pages30o and pages31o, “百千万工程” in
    pages29o, each read as the whole quoted name).

    Examples
    --------
    >>> t = "县里启动“再就业工程”，"
    >>> t[quoted_start(t, 6, 8, 10):10]
    '再就业工程'
    >>> quoted_start("启动再就业工程", 3, 5, 7)
    3
    >>> quoted_start("实施“十大工程”", 4, 5, 7)
    4
    """
    q = text.rfind("“", max(0, s - 3), s)
    if q < 0 or text[h1:h1 + 1] != "”" or h0 - q > 12 or not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", text[q + 1:s]):
        return s
    if re.fullmatch(r"[一二三四五六七八九十两几]+[大项]", text[q + 1:h0]):
        return s  # “十大工程”, “十项行动”: a count of undertakings, no name
    return q + 1


def facility_works(cands: list[Cand], text: str) -> list[Cand]:
    """*cands* with each head-rule PROJECT that starts inside a FAC candidate ending before the project's head
    grown to the facility's start: the works of a named facility (GUIDE: 西外环人行天桥下恢复工程,
    平遥古城基础设施提升改造项目; pages29o 通榆站前广场绿化工程, where the body trim cut at 站/v and left
    广场绿化工程 against the FAC 通榆站前广场).

    Examples
    --------
    >>> t = "通榆站前广场绿化工程完工"
    >>> [(t[c.start:c.end], c.label) for c in facility_works([Cand(0, 6, "FAC", prio=2), Cand(4, 10, "PROJECT")], t)]
    [('通榆站前广场', 'FAC'), ('通榆站前广场绿化工程', 'PROJECT')]
    """
    facs = [c for c in cands if c.label == "FAC" and c.end - c.start >= 3 and c.prio >= 2]  # owned or listed (通榆|站前广场)
    if not facs:
        return cands
    out = []
    for c in cands:
        if c.label == "PROJECT" and c.source == "rule":
            f = next((f for f in facs if f.start < c.start < f.end <= c.end - 4), None)
            if f is not None and not any(ch in text[f.start:c.end] for ch in "，。、；：\n"):
                c = replace(c, start=f.start)
        out.append(c)
    return out


def period_body(body: str) -> bool:
    """True when *body* ends in a period (通报一季度, 上半年, 2024年度): the projects of a time, no name.

    >>> period_body("通报一季度"), period_body("恒达智能装备制造基地"), period_body("一季度重大")
    (True, False, True)
    """
    return bool(_PERIOD_END_RE.search(body))


def plan_after_head(text: str, h0: int) -> bool:
    """True when the head 计划 at *h0* follows 项目, 工程 or 试点 (示范园项目|计划投资): a verb, no head.

    >>> plan_after_head("示范园项目计划投资", 5), plan_after_head("振兴行动计划", 4)
    (True, False)
    """
    return text[max(0, h0 - 2):h0] in _HEADS_BEFORE_PLAN



#: a stage of a named works after its name (…集中供热工程主体工程, …防洪堤工程城区段主体工程): the name ends at its
#: own head (pages24, pages28o); the stage alone (路基工程) is a generic word of ``project_generic.txt``
_STAGE_RE = re.compile(r"(.{2,}?(?:工程|项目))(?:[\u4e00-\u9fff]{1,6}段)?(?:主体|附属|路基|路面|土建|基础|配套)工程$")
#: the segmenter's tags of a verb and its complement or adverb (抓/v 实/a, 抓实/v); the first word must be a verb
_VERB_TAGS = frozenset(("v", "vd", "a", "ad", "d"))


def stage_bounds(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with each PROJECT cut at its own head before a stage of the works (县城集中供热工程|主体工程), and a
    verb word glued in front of a quoted programme dropped (抓实|“百村示范、千户创建”行动: pages28o; the scan reads
    the verb as the name's first word when the segmenter does not know it as a project verb).

    >>> t = "县城集中供热工程主体工程日前完工，抓实“百村示范”行动"
    >>> f = ["S-n"] * 17 + ["B-v", "E-v"] + ["S-w"] * 8
    >>> [t[c.start:c.end] for c in stage_bounds([Cand(0, 12, "PROJECT"), Cand(17, 27, "PROJECT")], t, f)]
    ['县城集中供热工程', '“百村示范”行动']
    """
    out = []
    for c in ents:
        if c.label == "PROJECT":
            name = text[c.start:c.end]
            m = _STAGE_RE.fullmatch(name)
            if m:
                c = Cand(c.start, c.start + len(m.group(1)), "PROJECT", prio=c.prio, source=c.source)
            elif feats is not None and len(feats) == len(text) and "“" in name[2:5]:
                q = c.start + name.index("“")
                if feats[c.start][:1] in ("B", "S") and feats[q - 1][:1] in ("E", "S") and feats[c.start][2:] in ("v", "vd") \
                        and all(f[2:] in _VERB_TAGS for f in feats[c.start:q]):  # 抓/v 实/a: a verb and its complement
                    c = Cand(q, c.end, "PROJECT", prio=c.prio, source=c.source)
        out.append(c)
    return out


#: a registered firm's name closed by its legal form, then a body of one to three characters and the head (…有限公司|技改项目)
_FIRM_KIND_RE = re.compile(r"(.{2,}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团))([\u4e00-\u9fff]{1,4})(?:项目|工程)")
#: a registered firm's name closed by its legal form, then the project's own name (湖北广济药业股份有限公司|原料药技改扩能项目)
_FIRM_PROJECT_RE = re.compile(r"(.{2,}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团))([\u4e00-\u9fff“”]{4,}(?:项目|工程))")


def firm_bounds(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with a PROJECT that opens with a registered firm's name split in two: the firm an ORG, the project's own
    name a PROJECT (GUIDE: only an org's or project's immediate name is its span; the owner before it is an entity of
    its own). A user's pages print 武穴市祥云化工有限公司磷化工循环经济产业园项目; no gold set prints the joined form.

    >>> t = "武穴市祥云化工有限公司磷化工循环经济产业园项目开工"
    >>> [(t[c.start:c.end], c.label) for c in firm_bounds([Cand(0, 23, "PROJECT")], t)]
    [('武穴市祥云化工有限公司', 'ORG'), ('磷化工循环经济产业园项目', 'PROJECT')]
    >>> [t[c.start:c.end] for c in firm_bounds([Cand(11, 23, "PROJECT")], t)]
    ['磷化工循环经济产业园项目']

    A firm's works named only by a generic kind (技改项目, 技改扩建工程: GUIDE, 企业技改扩建工程 is no PROJECT; pages26
    云南峨山红塔铸造有限公司技改项目 is ORG only) leave the firm alone:

    >>> t = "武穴市祥云化工有限公司技改项目投产"
    >>> [(t[c.start:c.end], c.label) for c in firm_bounds([Cand(0, 15, "PROJECT")], t)]
    [('武穴市祥云化工有限公司', 'ORG')]
    """
    out = []
    for c in ents:
        m = _FIRM_PROJECT_RE.fullmatch(text[c.start:c.end]) if c.label == "PROJECT" else None
        if m is None:
            g = _FIRM_KIND_RE.fullmatch(text[c.start:c.end]) if c.label == "PROJECT" else None
            if g is not None and g.group(2) in PROJECT_GENERIC:
                c = Cand(c.start, c.start + g.end(1), "ORG", prio=c.prio, source=c.source)  # …有限公司|技改项目: a kind
            out.append(c)
            continue
        k = c.start + m.end(1)
        out.append(Cand(c.start, k, "ORG", prio=c.prio, source=c.source))
        out.append(Cand(k, c.end, "PROJECT", prio=c.prio, source=c.source))
    return out

