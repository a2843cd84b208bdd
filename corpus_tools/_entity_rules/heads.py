"""Head-based names: projects, organisations, communities, events (facilities: fac_heads; documents and the
fixed lists of rivers/mountains and countries: listed_heads)."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS, GOVERNMENT_LEVELS, GOVERNMENT_VILLAGE_LEVELS, TOWNSHIP_SUFFIXES, TOWN_LEVELS
from corpus_tools._entity_rules.lexicon import (CN_NUM, Cand, EVENT_GENERIC, EVENT_HEADS, EVENT_PREFIX_RE,
                                                all_stops, common_or_frequent, ORG_BARE_OK, ORG_GENERIC, ORG_HEADS, ORG_STOPS,
                                                PROJECT_GENERIC, PROJECT_HEADS, SURNAMES, frequent2,
                                                longest_first_re, national_orgs, words, words_tuple)
from corpus_tools._entity_rules import firms, org_forms, org_founding, orgparts, orgspan, owners
from corpus_tools._entity_rules.events import battles, historic_events, named_events, numbered_events
from corpus_tools._entity_rules.event_frames import more_events
from corpus_tools._entity_rules.festival_names import minority_festivals
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.org_shapes import shattered_name
from corpus_tools._entity_rules.project_bounds import (after_output, designated_start, economic_plan, paired_action_start, period_body,
                                                      plan_after_head, quoted_start)
from corpus_tools._entity_rules.words import descriptive, one_word_kind
from corpus_tools._entity_rules.firms import FIRM_INDUSTRY
from corpus_tools._entity_rules.scan import Scanner, generic_only, strip_quotes
from corpus_tools._entity_rules.titled_units import unit_head_chars
from corpus_tools._entity_rules.unlisted_places import community_body_ok

# --------------------------------------------------------------------------- head-based names

_PROJECT_RE = longest_first_re(PROJECT_HEADS)
_ORG_RE = longest_first_re(ORG_HEADS)
_EVENT_RE = longest_first_re(EVENT_HEADS)



PROJECT_VERBS = words_tuple("project_verbs")


#: Heads of firms that carry their own trade name (硕峰合作社, 永盛家庭农场).
TRADE_HEADS = frozenset(("公司", "有限公司", "集团", "合作社", "家庭农场", "厂"))
_COUNTED_RE = re.compile(r"[一二两三四五六七八九十几多数][家个所座]")
_SCOPED_RE = re.compile(r"(?:全|各|每个?)[省市县区州旗镇乡村级类项地]")


#: one-character adverbs that make the next word a verb (还计划, 将计划)
_ADVERB_CHARS = frozenset("还将也又正已都均曾就只再仍拟")


def _verb_object(feats: "list[str] | None", h0: int) -> bool:
    """True when the character before *h0* is a one-character verb of the segmenter after a word of
    two or more characters (一班人|跑|项目); after another one-character word it may be part of the
    name the segmenter broke (中水|回|用|项目).

    >>> _verb_object(["B-n", "I-n", "E-n", "S-v", "B-n", "E-n"], 4)
    True
    >>> _verb_object(["B-n", "E-n", "S-d", "S-v", "B-n", "E-n"], 4)
    False
    >>> _verb_object(["B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n"], 4)
    False
    """
    if not feats or h0 < 2 or len(feats) < h0:
        return False
    return feats[h0 - 1] in ("S-v", "S-vn") and feats[h0 - 2][:1] == "E"


def _one_segment(feats: "list[str] | None", s: int, h0: int) -> bool:
    """Whether ``[s, h0)`` is exactly one segmenter word of three or more characters (高新技术)."""
    return feats is not None and 3 <= h0 - s and h0 <= len(feats) and _one_word(feats, s, h0)


def find_projects(text: str, sc: Scanner) -> list[Cand]:
    out = []
    for m in _PROJECT_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        head = m.group()
        if head == "计划" and (text[h1:h1 + 2] in ("生育", "单列", "项目", "工程") or text[h1:h1 + 1] in ("书", "表", "经")
                               or text[h0 - 1:h0] in _ADVERB_CHARS):
            continue  # 公司还计划, 将计划: after an adverb 计划 is a verb
        if head == "计划" and plan_after_head(text, h0):
            continue  # 示范园项目|计划投资: the verb of 计划投资
        if head == "计划" and economic_plan(text, h0):
            continue  # 国民经济和社会发展计划, 社会发展“十五”计划: the yearly or five-year plan, no undertaking (pages28, pages29)
        if text[h1:h1 + 1] in ("部", "办", "处", "科", "组", "区", "库", "点"):  # 项目部, 工程师? (师 not a name char issue)
            continue
        if head == "工程" and text[h1:h1 + 1] in ("师", "队", "院", "局", "公司", "车", "兵"):
            continue
        s = sc.left(h0, max_len=24, in_word=True)  # 城乡供水|一体|化项目: 一体 inside 一体化 is no stop
        if _one_segment(sc.words, s, h0):
            s = sc.left(h0, max_len=24)  # 对|高新|技术项目: a single word stays a kind (one_word_kind)
        s = paired_action_start(text, s, h0, lambda k: sc.left(k, max_len=20, in_word=True), all_stops(), PROJECT_GENERIC,
                                sc.words)  # 饮水安全|巩固提升工程: a pair of actions, one kind of works
        s = after_output(text, s, h0)  # 年产30万套|医药包装项目: the product after the quantity
        s = next((a for a, (e, lab) in sc.place_ends.items() if a < s < e <= h0 - 2 and lab == "GPE"), s)  # 太和|县…: not inside a county
        s = quoted_start(text, s, h0, h1)  # “再就业工程”, “百千万工程”: the quote, not an adverb or a number, opens it
        s, e = strip_quotes(text, s, h1)
        body = text[s:h0]
        if body.endswith(("段", "级", "计划", "”计划")):
            continue
        if text[s:s + 1] == "原":
            s += 1
        if head == "计划" and sc.place_ends.get(s, (None,))[0] == h0:
            continue  # 榕江县计划拿出5亿元: a place that plans, no plan named after it
        for verb in PROJECT_VERBS:
            if body.startswith(verb) and len(body) - len(verb) >= 2:
                s += len(verb)
                body = body[len(verb):]
                break
        s = designated_start(text, s, h0)  # 省级试点|东篱田园综合体项目, 我|旗京津风沙源治理工程: no part of the name
        body = text[s:h0]
        if period_body(body):
            continue  # 通报一季度项目, 上半年项目: the projects of a period, no name
        core = body.replace("“", "").replace("”", "")
        if re.fullmatch(r"[一二三四五六七八九十头]号", core):
            continue  # 一号工程, 头号工程: a priority, not a named undertaking
        if len(core) < 2 or generic_only(core, PROJECT_GENERIC):
            continue
        if _SCOPED_RE.match(core) or _SCOPED_RE.fullmatch(text[max(0, s - 2):s]) or (len(core) <= 4 and core.endswith("性")):
            continue  # a scope (全区…试点, 各类…项目) or an attribute (标志性工程, 示范性项目) names a kind
        if head == "项目" and body.startswith("“") and body.endswith("”") and body.count("“") == 1:
            continue  # “飞地经济”项目, “四型”项目: a kind of project; quoted programmes are 行动/工程/计划
        if one_word_kind(text, sc.words, s, h0, head):
            continue  # 农业项目, 入股项目, 脱贫计划, 超常规行动: a kind, not one undertaking
        if head == "项目" and _verb_object(sc.words, h0):
            continue  # 一班人跑项目, 抓项目, 争项目: the object of a one-character verb, no name
        out.append(Cand(s, e, "PROJECT", prio=1))
    return out


NOT_ORGS = words("not_orgs")


GOV_HEADS = owners.GOV_HEADS
_ORG_BAD_NEXT = {
    "中心": "城区村校组任工环思主镇线点", "局": "面势部限长域", "办": "法理学公事好成起实", "社": "会区交保科团员", "部": "分门署队位件长",
    "队": "伍员长", "团": "结队体员长", "厂": "房区长家", "学校": "党教生老毕阶时期", "小学": "党教生老毕阶时期语数",
    "中学": "党教生老毕阶时期", "大学": "生", "医院": "长", "公司": "长", "集团": "长", "合作社": "员长", "协会": "员长",
    "工作室": "", "农场": "主工员", "幸福院": "长", "敬老院": "长", "养老院": "长", "人大": "师代常", "政协": "委", "政府": "工", "学院": "派", "银行": "卡", "党校": "",
}
#: First characters of verbs ending in 办 (举办, 创办, 承办, 兴办): 办 after them is no office.
_VERB_BAN = frozenset("举创承主开兴合督包代帮协筹试")
#: Party units of a department (林业和草原局|党委).
_DEPT_UNITS = frozenset(("党委", "党组", "党总支", "党支部", "机关党委"))
# heads whose name must start with an administrative level or a place (县教育局, 平遥县融媒体中心)
_ADMIN_HEADS = frozenset(("中心", "办", "站", "所", "部", "厅"))
ORG_GENERIC_BODY = words("org_generic_body")
#: Verbs of :data:`ORG_STOPS` that also sit inside names of firms and offices
#: (旅游开发有限公司, 扶贫开发办公室, 经营管理公司): they end the scan only at a name's start.
INSIDE_ORG_WORDS = frozenset(("开发", "经营"))
MEDIA_ORGS = words("media_orgs")


#: How the learned span model (:mod:`corpus_tools._entity_rules.orgspan`) joins the head rules,
#: chosen by leave-one-report-out on the development reports (training/ner/train_org_span.py
#: --cv): ``add`` is the probability its best span needs where the rules found no organisation;
#: ``move`` the lead over the rule's own start its best start needs to replace it; ``drop`` the
#: probability below which a rule span with a plain body (no place, administrative level or
#: quote in front of a non-government head) is dropped.
ORG_SPAN_POLICY = {"add": 0.8, "move": 2.0, "drop": 0.1}


def find_orgs(text: str, sc: Scanner) -> list[Cand]:
    feats = sc.words
    if feats is not None and len(feats) != len(text):
        feats = None
    out = []
    pstarts = frozenset(sc.place_starts)
    pends = frozenset(e for e, _ in sc.place_ends.values())
    head_ends = set()
    for m in _ORG_RE.finditer(text):
        if feats is not None and orgparts.head_in_verb(feats, m.start(), m.group()):
            head_ends.add(m.end())
            continue  # 省直单位承办: the head closes a verb
        if feats is not None and len(m.group()) == 1 and feats[m.start()][:1] == "B":
            continue  # 集团|团伙, 县|局长: a one-character head that opens a longer word is none
        c = _rule_org(m, text, sc)
        if feats is not None and m.start() > 0:
            c = _learned_org(c, m, text, feats, pstarts, pends)
            head_ends.add(m.end())
        if c is not None:
            out.append(c)
    if feats is not None:
        out = [_with_subunit(c, text, feats) if c.label == "ORG" else c for c in out]
        # heads learned from the 1998 organisations (…院, …委, …协, 电视台): word ends only
        all_ends = set(head_ends)
        for m in _learnedlongest_first_re().finditer(text):
            all_ends.add(m.end())
            if m.start() > 0 and m.end() not in head_ends and feats[m.end() - 1][:1] in ("E", "S") \
                    and not (len(m.group()) == 1 and feats[m.start() - 1][:1] == "B"
                             and text[m.start() - 1:m.end()] in common_or_frequent()):  # 西关村发展|庭院|经济
                c = _learned_org(None, m, text, feats, pstarts, pends)
                if c is not None:
                    out.append(c)
        # 县委县政府, 县人社局和县妇联: two bodies, each an organisation
        # 会理县彰冠镇|三合村党支部, 田坝村|驻村工作队: the immediate owner, a village, stays in the name
        out = [orgparts.village_team(orgparts.own_unit(x, text, feats), text, feats) if x.label == "ORG" else x for c in out
               for x in (orgparts.split_bodies(c, text, feats, all_ends) if c.label == "ORG" else [c])]
        out = [c for c in out if c.label != "ORG" or orgparts.village_body_owned(c, text, feats, pends)]
        out = [owners.after_province(owners.after_country(c, text), text) if c.label == "ORG" else c for c in out]
        out = orgparts.join_affiliated(out, text)  # 复旦大学|附属|华山医院: one name
        out = org_forms.affiliated_hospitals(out, text)  # 广西医科大学|第一附属医院
        # 晨鸣纸业, 伊利乳业: a trade name and a mined industry word, without a legal form
        out += firms.trade_firms(text, feats, [(a, e) for a, (e, _) in sc.place_ends.items()])
        out += firms.mined_trade_names(text, feats)  # 新希望集团, 中储粮: trade names mined from the 2019–2020 news
        out += firms.bracketed_firms(text, feats)  # 捷普电子（广州）有限公司
    out += firms.named_businesses(text)  # 民宿，名叫“游家小院”
    out += org_founding.founded_bodies(text, feats, ORG_GENERIC_BODY, sc.place_starts)  # 成立旅游稽查大队: one body, named by its remit
    out += org_forms.group_names(text, sc.place_ends) + org_forms.hotline_offices(text, sc.place_ends)  # 县委…工作专班, 县12345热线办
    out += org_forms.abbreviated_bodies(text, feats)  # 县农技站, 县防汛办: a level and one abbreviated word
    listed = _listed_orgs(text)
    if feats is not None:
        # a listed short form inside a longer word is none (集|中办|公 is no 中办)
        listed = [c for c in listed if feats[c.start][:1] in ("B", "S")]
    return [c for c in out if c.label != "ORG" or not firms.indefinite_kind(text, c.start, c.end)] + listed  # 一家|食品公司


#: A sub-unit written right after its organisation (县人民医院儿科, 浙江大学茶学系, 崇左市商务局市场科,
#: 汝城县卫生健康局医政股): one span by the annotation guide (省儿童医院新生儿重症医学科, 山西省文物局文物管理处).
_SUBUNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:科|系|处|室|所|办|股|分公司|支行|分行|工厂)")
#: The longest sub-unit tried after an organisation (characters).
_SUBUNIT_MAX = 9


@lru_cache(maxsize=1)
def _subunit_re() -> re.Pattern:
    """:data:`_SUBUNIT_RE` with the unit characters of the mined titles (站长: …茶叶站, 校长: …附属小学校)."""
    chars = "".join(sorted(unit_head_chars() - {"会"}))  # 会 also ends meetings (常务会, 全会)
    return re.compile(_SUBUNIT_RE.pattern[:-1] + f"|[{chars}])")
#: Rooms of a body written after it (…会议室, …活动室): places in its building, not sub-units.
ROOM_WORDS = ("会议室", "活动室", "阅览室", "接待室", "展览室", "陈列室", "休息室", "值班室", "教室", "大院")
#: People of a body written after it (税务局|干部): members, not a unit.
_MEMBER_WORDS = ("干部",)
_SUBUNIT_TAGS = frozenset(("n", "nz", "j", "b", "vn", "ns", "an"))
#: A numbered ward or section (内|一|科, 外|二|科): a direction and a numeral before the unit character.
_NUMBERED_SUBUNIT_RE = re.compile(r"[内外妇儿东西南北中][一二三四五六七八九十]?[科室股区]")


def _subunit_end(c: Cand, text: str, feats: list[str], e: int) -> bool:
    """Whether ``text[c.end:e]`` is a sub-unit of the organisation *c* (see :func:`_with_subunit`)."""
    if feats[e - 1][:1] not in ("E", "S"):
        return False
    last = e - 1
    while last > c.end and feats[last][:1] not in ("B", "S"):
        last -= 1
    unit = text[c.end:e]
    if any(ch in GOVERNMENT_LEVELS and orgparts.level_word(text, feats, c.end + k) for k, ch in enumerate(unit)):
        return False  # 农业农村局|联合县林业局: a level starts another body
    if text.endswith(ROOM_WORDS + _MEMBER_WORDS, c.end, e) or unit in ("科室", "处室", "室内"):
        return False  # 党群服务中心|会议室: a room of the body, not a sub-unit; 税务局|干部: its people
    if _NUMBERED_SUBUNIT_RE.fullmatch(unit):
        return True  # 县人民医院|内一科
    remit = ("vn",) if last == e - 1 and last - c.end >= 2 and text[last] in "所站股科" and feats[last] == "S-u" else ()
    if remit:  # 卫生|监督|所 (所 read as the particle) after two or more characters of its remit
        last, e = last - 1, e - 1
    return feats[last][2:] in ("n", "nz", "j", *remit) and all(
        f[2:] in _SUBUNIT_TAGS for f in feats[c.end:e] if f[:1] in ("B", "S"))  # 县委联系(专家): a verb, no sub-unit


def _with_subunit(c: Cand, text: str, feats: list[str]) -> Cand:
    """*c* with the sub-unit written right after it, the longest that ends a segmenter word and
    holds only nouns (崇左市商务局|市场科, not |市场)."""
    if c.end >= len(text) or feats[c.end][:1] not in ("B", "S") or text[c.end] in "和及与同暨":
        return c  # 县饭店协会|和美团: a conjunction joins another body, even where the segmenter reads 和美
    pattern = _subunit_re()
    for e in range(min(len(text), c.end + _SUBUNIT_MAX), c.end + 1, -1):
        if pattern.fullmatch(text, c.end, e) and _subunit_end(c, text, feats, e):
            return Cand(c.start, e, c.label, c.prio, c.code, c.source)
    return c


@lru_cache(maxsize=1)
def _learnedlongest_first_re() -> re.Pattern:
    return longest_first_re(set(orgspan.span_model().get("heads", ())) - set(ORG_HEADS))


def _learned_org(c: "Cand | None", m: re.Match, text: str, feats: list[str], pstarts, pends) -> "Cand | None":
    """The rule's candidate for the head *m*, its start moved or a span added by the span model."""
    h0, h1 = m.start(), m.end()
    p = orgspan.span_scores(text, feats, h0, m.group(), pstarts, pends)
    if not p:
        return c
    best = max(p, key=p.get)
    if c is None or (c.label == "_" and c.end == h1 and best < c.start
                     and (text[best] in ADMIN_CHARS or best in pstarts)):
        # nothing from the rules, or a generic blocker (中心) inside a longer name (敖汉旗农业技术推广中心)
        if p[best] >= ORG_SPAN_POLICY["add"]:
            return Cand(best, h1, "ORG", prio=1, source="rule")
        return c
    if c.label != "ORG" or c.end != h1:
        return c
    if text[c.start:c.start + 1] != "原":
        k = text.find("原", c.start, h0)
        if k > c.start and k in pends and h0 - k >= 3:
            c = Cand(k + 1, h1, "ORG", c.prio, c.code, c.source)  # 山东原|寿光县委: the former body
    if m.group().endswith("合作社") and c.prio < 2:
        k = orgparts.coop_name_start(text, feats, c.start, h0)
        if k is not None:
            # 兴旺养牛专业合作社 has a name of its own; 花椒种植专业合作社 only says what it does
            return Cand(k, h1, "ORG", c.prio, c.code, c.source) if k >= 0 else None
    k = orgparts.after_quoted_clause(text, c.start, h0)
    if k != c.start:
        if h0 - k < 2:
            return None
        c = Cand(k, h1, "ORG", c.prio, c.code, c.source)
    k = orgparts.after_clause(text, feats, c.start, h0)
    if k != c.start and m.group() in TRADE_HEADS and (firms.only_industry(text[k:h0]) or (
            text.endswith(firms.LEGAL_FORMS, c.start, h1) and descriptive(text[k:h0], FIRM_INDUSTRY))):
        # 紫云县富民|农业科技有限公司, 浙江嘉鸿供销再生|资源有限公司: what the cut leaves has no trade
        # name, so the word cut off is (part of) it
        k = c.start
    if k != c.start:
        # 办起|家具合作社, 要谢就得谢|政府: a verb, adverb or preposition ends the clause before the name
        if h0 - k < 2 and not (h0 - k == 1 and text[k] in GOVERNMENT_LEVELS):
            return None  # 报请|县委 stays, 运|煤公司 goes
        if p.get(k, 1.0) >= p.get(c.start, 0.0):
            c = Cand(k, h1, "ORG", c.prio, c.code, c.source)
    if best != c.start and p[best] >= p.get(c.start, 0.0) + ORG_SPAN_POLICY["move"]:
        return Cand(best, h1, "ORG", c.prio, c.code, c.source)
    form = next((f for f in firms.LEGAL_FORMS if text.endswith(f, c.start, h1)), "")
    # a registered firm with a trade name (陇原农业发展有限责任公司; not 农业发展有限公司)
    legal = bool(form) and h1 - len(form) - c.start >= 2 and not firms.only_industry(text[c.start:h1 - len(form)])
    if (c.prio < 2 and m.group() not in GOV_HEADS and not legal
            and not (m.group().endswith(KEEP_BARE_HEADS) and (_one_word(feats, c.start, h0)
                                                              or (m.group() == "局" and _one_word(feats, c.start, h1))))
            and p.get(c.start, 1.0) < ORG_SPAN_POLICY["drop"] and text[c.start:c.end] not in ORG_BARE_OK
            and not _ORG_RE.search(text, c.start, h0)
            and _plain(text, c.start, h0, pstarts, pends) and _known_words(text, feats, c.start, h0)):
        return None  # a kind of body (劳务公司, 公共卫生室), not one organisation (but 宝聚源公司)
    g0 = h0
    while (g := next((w for w in PLAIN_GOV_HEADS if text.endswith(w, c.start, g0)), "")) and g0 - c.start > len(g):
        g0 -= len(g)  # 地方党委政府, 基层党委政府: the kind of two bodies written together
    if (m.group() in PLAIN_GOV_HEADS and c.prio < 2 and text[c.start:c.end] not in ORG_BARE_OK
            and text[g0 - 1] not in ADMIN_CHARS and not _ORG_RE.search(text, c.start, g0)
            and _plain(text, c.start, g0, pstarts, pends) and _known_words(text, feats, c.start, g0)):
        return None  # 地方政府, 法治政府, 清楚|政府: no level, place or name owns the government
    return c


#: Government heads that name one body only with a level, a place or a name in front (县政府,
#: 自治区政府, 中国政府, 吴城镇党委): with common words only (地方政府, 基层党委) they name a kind.
PLAIN_GOV_HEADS = frozenset(("政府", "党委"))


_PROPER_TAGS = frozenset(("nr", "ns", "nz", "j"))


def _known_words(text: str, feats: list[str], s: int, h0: int) -> bool:
    """Every segmenter word of ``text[s:h0]`` is a common word: one character, a two-character
    word of People's Daily 1998, or a longer word not tagged as a name (a trade name such as
    宝聚源 or 永盛 is none of these)."""
    if h0 - s <= 6 and shattered_name(text, feats, s, h0):
        return False  # 天|润|农业: a name the segmenter does not know, broken into characters (a short body:
        # a clause's person, 董事长曾|兆|军办, is shattered too)
    i = s
    while i < h0:
        j = i + 1
        while j < h0 and feats[j][:1] in ("I", "E"):
            j += 1
        tag = feats[i][2:]
        if tag in _PROPER_TAGS or (j - i == 2 and not is_word(text[i:j])):
            return False
        i = j
    return True


#: Heads whose bare one-word forms the guide counts as one specific body (移动公司, 自来水公司,
#: 中医院, 交通局, 畜牧局): the span model, which learned named organisations, does not drop them.
KEEP_BARE_HEADS = ("公司", "医院", "局")


def _one_word(feats: list[str], s: int, h0: int) -> bool:
    """``text[s:h0]`` is one segmenter word (or one character)."""
    return h0 - s == 1 or (feats[s][:1] == "B" and feats[h0 - 1][:1] == "E"
                           and all(f[:1] == "I" for f in feats[s + 1:h0 - 1]))


def _plain(text: str, s: int, h0: int, pstarts, pends) -> bool:
    """No place (listed, or a named village or township: :func:`orgparts.unit_owner`),
    administrative first character, digit or quote in the body ``text[s:h0]``."""
    body = text[s:h0]
    if not body or body[0] in ADMIN_CHARS or s in pstarts or any(ch in body for ch in "“”‘’\"0123456789"):
        return False
    if orgparts.unit_owner(body):
        return False  # 坪上镇卫生院: a township the gazetteer lacks owns the body
    return not any(k in pends for k in range(s + 1, h0 + 1))


#: A township name (two or three characters + 乡/镇) opening a body: 张完乡卫生院.
_TOWNSHIP_FIRST_RE = re.compile(rf"(?!乡镇)[\u4e00-\u9fff]{{2,3}}[{TOWN_LEVELS}](?=[\u4e00-\u9fff]{{2}})")


def _rule_org(m: re.Match, text: str, sc: Scanner) -> "Cand | None":
    """The head rules' candidate for one head match, or None."""
    h0, h1 = m.start(), m.end()
    head = m.group()
    nxt = text[h1:h1 + 1]
    if head not in GOV_HEADS and nxt and nxt in _ORG_BAD_NEXT.get(head, "长员") and not (
            head == "部" and nxt == "长" and text[h0 - 2:h0] in ("组织", "宣传", "统战")):
        return None  # but 县委组织部长: the body 县委组织部 and the title 长  # 局面, 部分, 办法, 队伍, 社会, 学校党组织, 人大师
    if head == "办" and text[h0 - 1:h0] in _VERB_BAN:
        return None  # 国马社区举办, 合作社创办: a verb ending in 办, no office
    if text[h0 - 1:h1] in NOT_ORGS and not (head == "局" and is_word(text[h0 - 2:h0])):
        return None  # 政局, but 县财政局, 民政局, 邮政局
    if (head in GOV_HEADS and text[h1:h1 + 1] in ("员", "会") and head not in ("委员会", "常委会")
            and text[h1:h1 + 2] not in ("会计", "会议", "会上", "会同")):
        return None  # 党委员, 县委会? (but 村委会会计, 党委会议)
    if head == "党组" and nxt in ("织", "成"):
        return None
    s = sc.left(h0, max_len=20, extra_stops=ORG_STOPS - INSIDE_ORG_WORDS)
    for w in INSIDE_ORG_WORDS:  # 开发旅游合作社: the verb does not start a name, it may sit inside one
        if text.startswith(w, s) and h0 - s - len(w) >= 2:
            s += len(w)
    if head in orgparts.DEPT_HEADS or head in _DEPT_UNITS:
        s = orgparts.merged_department_start(text, s, h0, sc.place_ends, unit=head in _DEPT_UNITS)
    # 保定|市委组织部: the scan stopped inside a place whose 市/县 suffix starts the body; take the place
    # 广州市从|化区荔农…: the scan stopped at a stop character inside a place (从, 和, 向); take the place
    for a in range(max(0, s - 6), s):
        end, _ = sc.place_ends.get(a, (0, ""))
        if s < end <= h0:
            s = a
            break
    if head in TRADE_HEADS and text.endswith(firms.LEGAL_FORMS, max(0, h0 - 4), h1):
        s = firms.registered_start(text, sc, s, h0)
    if text[s - 1:s] == "和" and s >= 2:
        # 县文化和旅游局, 县住房和城乡建设局: 和 inside a department name that starts at 县/市/省
        s2 = sc.left(s - 1, max_len=5, extra_stops=ORG_STOPS)
        if ((text[s2:s2 + 1] in orgparts.DEPT_LEVELS or s2 in sc.place_starts) and s - 1 - s2 >= 2
                and text[s - 2] not in "局委部办厅院会司队社所站心府组"  # not 县教育局和县委
                and sc.place_ends.get(s2, (0, ""))[0] != s - 1):  # not 纳日松镇和旗能源局: a place and a body
            s = s2
    s, e = strip_quotes(text, s, h1)
    if text[s:s + 1] == "原":
        s += 1
    if text[s:s + 1] in "该本" and text[s + 1:s + 2] in "县市":
        s += 1  # 该县, 本市: a deictic word is no part of a name
    if text[s:s + 1] in "县市" and (sc.place_ends.get(s + 1, (0, ""))[1] == "TOWNSHIP"
                                   or _TOWNSHIP_FIRST_RE.match(text, s + 1, h1)):
        s += 1  # 该县|张完乡卫生院: a bare level before a township is not the body's owner
    while s < h0 - 1 and text[s] in "个所家名位座一二三四五六七八九十两几" and s not in sc.place_starts:
        s += 1  # 3个村党支部 -> 村党支部, but 三水区委 keeps the place 三水区
    for gw in ("属地", "企业", "历届", "各级", "有关", "相关", "当地", "上级", "下级"):
        if text.startswith(gw, s) and (h0 - s - len(gw) >= 2 or (gw.endswith("级") and text[s + 2] in GOVERNMENT_LEVELS)):
            s += len(gw)  # 上级|县委: a relative level is no part of the body
    k = text.rfind("企业", s, h0 - 3) + 2
    if head in TRADE_HEADS and k > s + 1 and not firms.only_industry(text[k:h0]):
        s = k  # 高科技企业|金发科技股份有限公司: a class of firms described before the firm's name
    # 东莞一家电子公司: a count with its classifier starts a description, the name follows it
    cnt = max((m.end() for m in _COUNTED_RE.finditer(text, s, h0)), default=0)
    if cnt and cnt > s and cnt not in sc.place_starts:
        s = cnt
    # 平遥县消防救援大队联合县教育局, 联合中医院: the last of coordinated bodies
    cut = max((m.end() for m in re.finditer(r"联合(?![会党社体国站办])|会同|协同", text[s:h0])), default=0)
    if cut and h0 - (s + cut) >= 2:
        s += cut
    if head in TRADE_HEADS:
        # 烽火乡永盛家庭农场: a firm with its own trade name does not take the township in front
        k = after_township(text, s, h0, sc.place_ends)
        if k != s and not generic_only(text[k:h0], ORG_GENERIC_BODY) and text[k:h0] not in frequent2():
            s = k
        if head == "家庭农场" and text[s:h0] in frequent2():
            return None  # 发展家庭农场: a verb, not a trade name
    name = text[s:e]
    body = text[s:h0]
    if name in ORG_BARE_OK:
        return Cand(s, e, "ORG", prio=1)
    if len(head) == 1 and len(body.strip("“”")) < 2:
        return None  # 排好几天队 is no 天队
    if len(name) < 2 or name in ORG_GENERIC or generic_only(body, ORG_GENERIC_BODY):
        return Cand(s, e, "_", prio=1)  # blocks shorter matches inside a generic phrase
    if head in _ADMIN_HEADS and not (body[:1] in GOVERNMENT_LEVELS or s in sc.place_starts
                                     or re.search("公司|集团|局|院|社|委", body)):
        return None
    if head == "部" and not (body.endswith(("组织", "宣传", "统战", "武装", "政法", "社会工作", "人力资源")) or len(body) >= 3):
        return None
    if head == "工作室" and not (body[:1] in SURNAMES and len(body) >= 4 and "名" not in body[:2] and "“" not in body):
        return Cand(s, e, "_", prio=1)
    return Cand(s, e, "ORG", prio=0 if head in ("厂", "中心") else 1)


def _listed_orgs(text: str) -> list[Cand]:
    out = []
    for w in MEDIA_ORGS | national_orgs():
        # every non-overlapping occurrence, as re.finditer(re.escape(w)) finds them, without
        # compiling one pattern per listed name (they overflow re's cache on every text)
        i = text.find(w) if w else -1
        while i >= 0:
            if w.endswith("党") and text[i + len(w):i + len(w) + 1] in ("员", "人"):
                out.append(Cand(i, i + len(w) + 1, "_", prio=2))  # 共产党员 names a member, not the Party
            else:
                out.append(Cand(i, i + len(w), "ORG", prio=2))
            i = text.find(w, i + len(w))
    # 党中央; 中央 standing for the central authorities (中央部署, 中央财政, 中央提出, 中央和自治区党委, 中央“八项规定”)
    for m in re.finditer(r"党中央|中央(?=部署|政策|财政|精神|决策|要求|指示|领导|批准|八项规定|和省|、省|和自治区|、自治区|关于|提出|“)",
                         text):
        out.append(Cand(m.start(), m.end(), "ORG", prio=1))
    # 县政府常务会 is a recurring meeting type, not an organisation mention
    for m in re.finditer(rf"[{GOVERNMENT_LEVELS}]?(?:政府|委)常务会议?", text):
        out.append(Cand(m.start(), m.end(), "_", prio=2))
    return out


def after_township(text: str, s: int, h0: int, place_ends: dict, *, villages: bool = False) -> int:
    """Where a facility's own name starts when a township (after its county, if any) comes first:
    三水区乐平镇郊外公园 -> 郊外公园; the places are entities of their own. With *villages*, a
    village too (横坡村硕峰合作社 -> 硕峰合作社)."""
    k = s
    last = s
    while k in place_ends:
        end, label = place_ends[k]
        if label == "TOWNSHIP" and text[k:end].endswith(TOWNSHIP_SUFFIXES):
            last = end
        elif villages and label == "VILLAGE" and text[k:end].endswith("村"):
            last = end
        elif label != "GPE":
            break
        k = end
    return last if last != s and h0 - last >= 2 else s


_ORDINAL_RE = re.compile(r"第[\u4e00-\u9fff0-9]{1,4}[届次批期]|首届|[0-9]+·[0-9]+")
_PLACE_START_RE = re.compile(rf"^[\u4e00-\u9fff]{{1,4}}[{GOVERNMENT_VILLAGE_LEVELS}]")
FESTIVAL_HEADS = words("festival_heads")


COMMUNITY_GENERIC = words("community_generic")
#: people of a community right after its name (凤凰社区居民, 桥南社区党员: the community is named, in the page gold of
#: eight writers), not a body (社区居民委员会, 社区党员服务中心)
_COMMUNITY_PEOPLE_RE = re.compile(r"(?:居民|党员|群众)(?!委员|服务|活动|中心|之家|议事)")


#: words that open the run before a community's name and are none of it (家住, 居住在, 镇区, 城区)
_COMMUNITY_LEAD_RE = re.compile(r"家住|居住在|住在|居住|镇区|城区|县城")


def find_communities(text: str, sc: Scanner) -> list[Cand]:
    """…社区 names that are not in the 2023 list (renamed or new communities)."""
    out = []
    for m in re.finditer("社区", text):
        h0, h1 = m.start(), m.end()
        nxt = text[h1:h1 + 1]
        if nxt and nxt in "居委员工服治干群党医卫活" and not _COMMUNITY_PEOPLE_RE.match(text, h1):
            continue  # 社区居委会, 社区党委 (the organisation is found by its own head); 凤凰社区|居民 stays
        s = sc.left(h0, max_len=6)
        # 青龙镇|元龙畲族社区: the body starts after a place that ends inside it (places helper)
        s = max([s] + [b for a, (b, _) in sc.place_ends.items() if a < h0 and s < b < h0 - 1])
        if text[s:s + 1] == "记" and h0 - s >= 3 and (s == 0 or text[s - 1] in "—\n" or (s + 1) in sc.place_ends):
            s += 1  # ——记|德胜社区书记郑秀兰 (user32b F18): a portrait's 记 opens no community's name
        lead = _COMMUNITY_LEAD_RE.match(text, s, h0)
        if lead and h0 - lead.end() >= 2:
            s = lead.end()  # 家住|桐北社区, 镇区|兴隆苑社区: where one lives, or the town's area, opens no name
        body = text[s:h0]
        if len(body) < 2 or generic_only(body, COMMUNITY_GENERIC) or body[-1] in "个的" or h0 - s == 6:
            continue
        if any(ch in body for ch in "进送上到入组织开展走"):
            continue
        if not community_body_ok(text, s, h0, sc.words):
            continue  # 忙着社区, 村镇社区 (places helper)
        out.append(Cand(s, h1, "COMMUNITY", prio=0, source="regex"))
    return out


def find_events(text: str, sc: Scanner) -> list[Cand]:
    out = numbered_events(text, sc) + named_events(text, sc.words) + minority_festivals(text)  # 瑟宾节
    for m in re.finditer(rf"党的[{CN_NUM}]+大", text):
        out.append(Cand(m.start(), m.end(), "EVENT", prio=2))
    out += battles(text, sc) + historic_events(text)
    for m in _EVENT_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        if m.group().endswith("展") and text[h1:h1 + 1] in ("示", "览", "开", "出", "现", "望", "厅", "位", "区", "馆"):
            continue
        s = sc.left(h0, max_len=30)
        s, e = strip_quotes(text, s, h1)
        name = text[s:e]
        body = text[s:h0]
        if name in EVENT_GENERIC or len(body) < 2:
            continue
        if "周年" in name:
            # 纪念日昇昌票号创立 200周年主题展: the anniversary phrase starts at 纪念 / 庆祝
            j = max(text.rfind("纪念", max(0, s - 20), s), text.rfind("庆祝", max(0, s - 20), s))
            if j >= 0 and not re.search(r"[，。、；：\n]", text[j:s]):
                s = j
                name = text[s:e]
        specific = (m.group() in FESTIVAL_HEADS or EVENT_PREFIX_RE.match(name) or _ORDINAL_RE.search(name)
                    or _PLACE_START_RE.match(name) or "“" in name or "周年" in name
                    or re.match(r"[0-9]", name) or sc.place_starts & {s})
        if not specific:
            continue
        out.append(Cand(s, e, "EVENT", prio=1))
    return out + more_events(text, sc, out)
