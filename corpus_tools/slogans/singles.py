"""The slogan test for one quoted phrase (or a quoted two-part motto): rule flags, features, learned model.

A quoted phrase on a county page is a formula (“雪亮工程”, “问题清单”), a name (a product, brand,
platform, festival, honour title, nickname), a quoted word or metaphor (“最后一公里”, “金钥匙”) or a
fragment of speech. :func:`rule_flags` computes the cues the hand-written rules use (the frame
around the quote, name heads, the corpus quote share; the cues that stand alone are in
:mod:`~corpus_tools.slogans.singlecues`); :func:`features` adds the phrase's shape, its repetition on the
page and its neighbouring characters; :class:`QuoteModel` (:mod:`~corpus_tools.slogans.quotemodel`) is a
logistic regression over those features, trained by ``training/slogans/quote_model.py`` on the development
gold (seed pages, People's Daily county reports, hand-written pages) and a hand-labelled sample of
People's Daily candidates, and shipped as ``data/slogan_quote_model.json``. :func:`decide` returns
the evidence for a phrase the model accepts, or None.
"""

from __future__ import annotations

import math
import re
from typing import Mapping

from corpus_tools.slogans.core import series_parts
from corpus_tools.slogans.buildframe import builds_label
from corpus_tools.slogans.brandframe import brand_motto
from corpus_tools.slogans.dotmarks import DOTS_RE, EPITHET_RE, dot_motto, dotted_title
from corpus_tools.slogans import quoteshare
from corpus_tools.slogans.placenames import city_stem_start, is_division_stem, is_place_name, starts_with_division
from corpus_tools.slogans.callframes import thing_name
from corpus_tools.slogans.wordshape import campaign_year
from corpus_tools.slogans.singlecues import (INNER_HEADS, LABEL_HEADS, MODIFIED_HEAD_RE, NUMERALS, PRACTICE_HEADS,
                                            REQUIRE_BEFORE_RE, SYSTEM_AFTER_RE, OwnPlaces, given_title, is_name,
                                            labels_quote, own_practice, person_head)
from corpus_tools.slogans.quotemodel import (NAME_VETOES, QuoteModel, active_quote_model, load_quote_model, model_decision,
                                            use_model)
from corpus_tools.text import CJK_RE

__all__ = ["own_practice", "rule_flags", "rule_evidence", "features", "QuoteModel", "decide", "judge", "load_quote_model",
           "use_model", "model_decision", "NAME_VETOES", "VENUE_AFTER", "is_name", "person_head", "labels_quote",
           "given_title", "OwnPlaces", "decide_dotted"]


# Verbs that take a slogan as object right before the opening quote.
GOVERNING = ("实施", "实行", "推行", "坚持", "开展", "落实", "贯彻", "践行", "深化", "依托",
             "按照", "围绕", "结合", "推进", "推广", "树立", "对标", "细化", "聚焦", "争创",
             "创建", "抓好", "做好", "持续", "确定", "秉持", "遵循", "弘扬", "学习借鉴",
             "借鉴", "实现", "确保", "强化", "深入", "启动", "打响", "聚力", "倡导", "牢记",
             "实行了", "开展了", "实施了", "提出", "提出了", "做到", "喊出", "写有")
# Heads after the quote that use it as the name of a campaign, method or requirement (besides
# LABEL_HEADS): “X”的防控策略, “X”绿色发展服务活动, 写有“X”的横幅.
LABEL_USE_HEADS = ("策略", "方式", "方法", "措施", "活动", "实践活动", "主题活动", "系列活动", "服务活动",
                   "标语", "口号", "横幅", "承诺", "路子", "新路", "成果",
                   # a campaign naming an era (“上山下乡”的年代), a motto held as an ideal
                   # (“以天下为己任”的理想, “为国履职、为民尽责”的情怀)
                   "年代", "时期", "理想", "追求", "情怀", "信念", "愿景",
                   # a campaign fought as a battle (打好“抗灾夺丰收”这一仗, pages26; 打好“山川秀美”第一仗, pages26o; the
                   # “打假”战役 and “扫黄”“打非”战役 of People's Daily 1998): all three such quotes of the open page sets
                   # are gold
                   "这一仗", "第一仗", "这场仗", "攻坚战", "大会战", "战役", "歼灭战", "总体战", "阻击战")
# A goal the place sets itself to build (要建设“生态某市”, 着力建设“万亿临港经济带”, 加快建设“轨道上的京津冀”):
# 建设 with a modal or an adverb of effort before it is a verb. Bare 建设 before a quote is as often a noun
# (定居点建设“令人担忧”) or builds a thing (违规建设“小码头”): in People's Daily 2019-2020 (gold pool skipped,
# slogan13 round) 33 quotes after bare 建设 or 构建 that no other cue takes are about half formulae; the six after
# 着力/加快/共同建设 are all goals.
# (为建设“X”, a purpose: 为建设“森林峨山”添绿, pages26; People's Daily 2019-2020 prints 为建设“一带一路”, 为建设“强富美高”…, goals)
_BUILD_BEFORE_RE = re.compile(r"(?:要|着力|加快|全力|努力|共同|大力|积极|致力于|奋力|为)建设$")
# Verbs that take a quoted two-character label too (确保问题“清零”, 开展“回头看”).
GOVERNING_SHORT = ("确保", "实现", "做到", "开展", "实施", "推行", "落实")
# A count after the quote: “稳农业保供应”10条措施, “免费送戏下乡”85场, “X”三大战略.
_COUNTED_AFTER_RE = re.compile(r"(?:等)?(?:\d+|[一二两三四五六七八九十]+)(?:条|项|场|期|批|大|个方面)")
_ROLE_AFTER = ("为主题", "为抓手", "为主线", "为引领", "为载体", "为目标", "为核心", "为重点", "为主要内容",
               "为契机", "为导向", "为统领",
               # the points a measure starts from or aims at (以“X”为着力点; both such quotes in People's Daily 2019-2020
               # are formulae)
               "为着力点", "为突破口", "为切入点", "为落脚点", "为着眼点",
               "作为", "的要求", "的原则", "的目标", "的理念",
               "的思路", "的方针", "的标准", "的模式", "的工作", "的部署", "的效果", "要求")
# What follows a name, brand or platform.
_NAME_AFTER = ("平台", "品牌", "APP", "app", "公众号", "小程序", "客户端", "公众版", "系列", "灯组", "商标", "产品",
               "等品牌", "等灯组", "调研团", "旅游公路", "云平台")
# (评选, 评比, 挂牌 after a quote: a title households or posts are given, 开展“党员示范户”评选 / 挂牌活动; two writers,
# pages35o and pages36o; a title created, “党员示范岗”创建, stays a campaign)
_TITLE_AFTER = ("称号", "光荣称号", "荣誉", "字样", "奖", "探测器", "牌匾", "证书", "化石", "嘉年华",
                "（", "(", "评选", "评比", "挂牌")
_NAME_AFTER_RE = re.compile(r"^(?:.{0,4}平台|微信群|QQ群|群里|群聊)")
#: Heads of a scenic spot or site after a quoted name (“三孔”景区, “槟榔谷”景区, “呀诺达”景区: all nine such quotes in
#: People's Daily 2019-2020 name the spot, or a web fashion, “网红”景点; slogan20 round): the quote names the place.
VENUE_AFTER = ("景区", "景点", "风景区", "旅游区", "古城", "古镇", "古村", "遗址", "故居", "纪念馆", "博物馆")
# What a place is famous for (柳沟村以“柳沟火盆锅”闻名): a product, dish or sight, never a formula; 以 before the quote
# is no label use then (slogan20 round; no quote in People's Daily 2019-2020 stands in this frame).
_FAME_AFTER = ("闻名", "著称", "出名", "而闻名", "而著称", "而出名", "享誉", "远近闻名", "见长", "而知名")
_HONOURS = ("标兵", "能手", "之星", "模范", "先进个人")
# Honour and contest titles open with a superlative or a ranking (最美乡村医生, 十佳农民, 优秀共产党员)
# or name a household (书香家庭, 文明家庭, 五好家庭).
_HONOUR_PREFIXES = ("最美", "十佳", "百佳", "十大", "优秀", "先进")
_HONOUR_HEADS = ("家庭", "之家")
_SCARE_AFTER = ("作用", "效应", "问题", "难题")

#: the heads after a quote that make it a campaign's own name whatever its last word (“清洁家园”行动)
_CAMPAIGN_HEADS = ("行动", "工程")
#: heads after a quoted place title that the place attains rather than a programme it runs (达到“小康村”标准)
_TITLE_HEADS = ("标准", "创建", "品牌创建", "示范", "的标准", "的创建", "的示范")
_SPEECH_NEAR_RE = re.compile(r"(?:说|道|表示|认为|感慨|感叹|笑着|坦言|告诉记者)")
# A role a person is given (小巷管家, 代办员, 先行官; slogan20 round). In People's Daily 2019-2020 the single quoted
# phrases ending so are roles (“代办员” 8 times, “大管家” 8, “先行官” 4, “调解员”, “护水员”, “首席服务官”); none is a
# slogan in the open gold (430 items), where roles count only in a series (保洁员、护林员、安全员) or numbered (两长两员),
# which are judged before a single phrase. A programme head after the quote keeps it (“大学生村官”等项目), and 收官
# ends a task, not a role.
_ROLE_RE = re.compile(r"[\u4e00-\u9fff]{2,}(?:员|(?<!收)官|管家)")
_PROGRAMME_AFTER_RE = re.compile(r"等?(?:项目|计划|工程|行动|专项)")
# A rank a task is given (把党建作为“头号工程”, 列为“一号工程”, “天字号工程”): the priority, not a formula. People's Daily
# 2019-2020 quotes such a rank 7 times (`xzcat people_daily_2019_2020/articles.jsonl.xz | grep -oE
# '“(头|一|天字|头等)号(工程|任务|项目)”'`), four after 列为 / 作为 … 的 and all seven the rank of a task or a project
# (湖北省水利“一号工程”, 工委2019年“一号工程”); the slogans-dev and pages26o writers list neither (头号工程, 天字号工程).
_RANK_RE = re.compile(r"(?:头|一|天字|头等)号(?:工程|任务|项目)")


# A descriptive count or measurement (最后一公里, 1200斤, 24小时) or a calendar date (三月三, 五一):
# the guide's "descriptive counts", not formulae.
_MEASURE_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万]+)(?:公里|千米|米|斤|公斤|吨|亩|小时|分钟|点半|元)")
_DATE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)月(?:\d+|[一二三四五六七八九十]+)")








# A working model or mechanism named after the quote with a short modifier between (“稻渔共生”综合种养模式,
# “百姓点单”服务模式, “六联一”陪伴制度 is counted elsewhere): slogan15 round, hand labels of 150 unseen reports.
_GAP_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:模式|机制|工作法)")
# A programme head after a modifier of one to three characters without 的 (“村村通”油路工程, “清河护水”专项行动, “美加净”
# 变身计划, “四送一服”双千工程): all 13 such quotes of the open gold sets (pages22-27o, dev7-dev9: eight writers) are gold;
# in People's Daily 2019-2020 the frame names programmes (“百个公园”示范工程, “双引双培”人才计划) but for a mascot
# (“小水杉”统一行动) once 的 is left out (“占有一席之地”的战略目标, “不忘初心、牢记使命”的实际行动: descriptions)
_GAP_PROGRAMME_RE = re.compile(r"(?:(?![的之])[\u4e00-\u9fff]){1,3}?(?:工程|行动|计划)")


# A word of manner (一站式, 口袋式, 地毯式; 一对一, 点对点, 多对一): it says how a service is given, it names no
# formula (the guide's 一站式). In 150 unseen People's Daily reports (slogan15 round) the rules took six such quotes,
# none a slogan.
_MANNER_RE = re.compile(r"[\u4e00-\u9fff]{1,3}(?<![模方形仪公样程格正款制])式(?:服务|办理)?|[\u4e00-\u9fff]对[\u4e00-\u9fff]")


# A substitution the policy makes, by its shape alone (以奖代补, 以工代赈, 以购代捐; 煤改电, 营改增, 散改集: one thing
# changed into another): People's Daily 2019-2020 quotes 7 phrases 以X代Y and 9 X改Y (改 not opening a word:
# 改造, 改变 …), all substitution formulae except 退改签, which the last class leaves out (slogan20 round).
_SUBSTITUTION_RE = re.compile(r"以[\u4e00-\u9fff]代[\u4e00-\u9fff]|[\u4e00-\u9fff]改[^造变革进善正良签动]")




# A programme head after the quote, or after the run of quotes it opens (“菜篮子”“米袋子”建设).
_PROGRAMME_HEAD_RE = re.compile(r"(?:[”’]?[“‘][^”’]{1,8}[”’])*(?:的)?(?:工程|建设|计划|行动|项目)")


# A meeting the page puts into practice as a working method (推行“屋场会”议事制度, “板凳会”议事方式): a body or an
# event is founded or held (成立“…协会”, 举办“…大会”), a method is carried out or has a method head after it.
_PRACTICE_BEFORE = ("推行", "推广", "实行", "用好", "创新")
_METHOD_AFTER_RE = re.compile(r"(?:的)?(?:议事|协商|工作|调解)?(?:制度|方式|机制|模式|方法|工作法)")


def practice_meeting(before: str, after: str) -> bool:
    """Whether a quoted phrase ending in 会 is a working method by its frame, not a body or an event: a verb of
    putting into practice before it, or a method head after it (推行“屋场会”议事制度, “板凳会”议事方式).

    Parameters
    ----------
    before, after : str
        The text before the opening and after the closing quotation mark.

    Returns
    -------
    bool
        True for such a frame.

    Examples
    --------
    >>> practice_meeting("各村推行", "议事方式，"), practice_meeting("成立了", "，会员")
    (True, False)
    """
    return before.endswith(_PRACTICE_BEFORE) or bool(_METHOD_AFTER_RE.match(after))


def rule_flags(s: str, before: str, after: str, places: tuple[str, ...] = (), *,
               corpus_page: str = "", own: "OwnPlaces" = ()) -> dict[str, bool]:
    """The cues of the hand-written single-phrase rules for the quoted phrase *s*; *corpus_page* is
    the page's text when the page is one of the articles the quote shares were counted on
    (:func:`~corpus_tools.slogans.quoteshare.share_elsewhere`); *places* and *own* are the page's
    county stems (:func:`own_practice`).

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).
    before, after : str
        Up to eight characters before the opening and after the closing quotation mark.
    places : tuple of str
        The page's place stems.
    corpus_page : str
        The page's text when it is a corpus article of the quote shares, else ``""``.
    own : sequence of str or callable
        The page's own county stems (:func:`own_practice`).

    Returns
    -------
    dict of str to bool
        Every cue by name (``label_use``, ``name_suffix``, ``honour``, ``scare_after`` …).

    Examples
    --------
    >>> f = rule_flags("草畜平衡", "严格落实", "制度，")
    >>> f["labelled"], f["label_use"], f["honour"]
    (True, True, False)
    """
    n = len(s)
    local = own_practice(s, places, own)
    labelled = (any(after.startswith(h) or after.startswith("的" + h) for h in LABEL_HEADS)
                or bool(_GAP_HEAD_RE.match(after)) or bool(_GAP_PROGRAMME_RE.match(after))
                or after.startswith(_ROLE_AFTER) or bool(re.match(r"制(?![定作造成品订])", after))
                # 以“X”为理念 / 为原则: 为 and any label head (the frame is gold in 10 of the 13 such quotes of the open
                # gold sets, pages21-26o and the reports; 3 in People's Daily 2019-2020, all formulae); only in
                # that frame: 推选“老黄牛”为工作组组长 names a person for a post
                or (before.endswith("以") and after[:1] == "为" and after[1:].startswith(LABEL_HEADS)))
    governing = n >= 3 and (any(before.endswith(v) for v in GOVERNING) or bool(_BUILD_BEFORE_RE.search(before))
                            or builds_label(s, before, after))
    fame = before.endswith("以") and after.startswith(_FAME_AFTER)
    yi = n >= 4 and before.endswith("以") and not after.startswith(("为", "的")) and not fame
    # a year named after the work it sets is the campaign's own head (今年是“项目建设年”; wordshape.campaign_year)
    inner_head = (s.endswith(INNER_HEADS) and n >= 4) or campaign_year(s)
    # a phrase that ends with a label head names a tool or programme itself (问题清单, 名师名医名家工作室)
    label_use = (labelled or governing or yi or inner_head or (n >= 4 and s.endswith(LABEL_HEADS))
                 or bool(_SUBSTITUTION_RE.fullmatch(s))
                 or any(after.startswith(h) or after.startswith("的" + h) for h in LABEL_USE_HEADS)
                 or any(after.startswith("等" + h) for h in LABEL_HEADS)     # “农光互补”等模式
                 or (n == 2 and any(before.endswith(v) for v in GOVERNING_SHORT))
                 or bool(_COUNTED_AFTER_RE.match(after) or REQUIRE_BEFORE_RE.search(before)
                         or SYSTEM_AFTER_RE.match(after) or MODIFIED_HEAD_RE.match(after)))
    return {
        "bad_shape": n < 2 or bool(re.fullmatch(r"[\d.%]+", s)) or not CJK_RE.search(s)
        or bool(_MEASURE_RE.search(s) or _DATE_RE.search(s)),
        # a county's own name inside its dotted motto (仙居山水·共富先行) names no product
        # (the page's own county read off its text when no place is given: 依托“安福火腿”传统产业 on a 安福 page)
        # (but a programme or spirit the county names after itself is its formula: “右玉精神”, “平遥工程”; as division_start)
        "place_prefix": n >= 3 and _opens_with_own_place(s, places, own) and not local and not dot_motto(s)
        and not s.endswith(INNER_HEADS + ("精神",)),
        # a village, town or township head is no name when a programme head follows right after (“零污染村”的目标,
        # “电商进村”工程): People's Daily 2019-2020 (gold pool skipped; training/slogans/cue_counts.py --frames) prints
        # seven such quotes, all formulae; a standard or a creation campaign after it makes it a title the village
        # attains (达到“小康村”标准, “文明村镇”创建活动), and a real village or township stays a name
        # (学习“小岗村”精神: the gazetteer, consulted only for such quotes)
        # (the word shape, read last: a verb before a place head makes a requirement, 景区带村; a meeting put into
        # practice is a working method, 推行“板凳会”)
        # (any name head, not only a village's, is no name when 行动 or 工程 follows right after: “清洁家园”行动 on
        # pages25, “美丽乡村”工程; the action or project the phrase heads is the programme, slogan36)
        "name_suffix": is_name(s) and not (labelled and s[-1] in "村镇乡" and not after.startswith(_TITLE_HEADS)
                                           and not is_place_name(s))
        and not (n >= 4 and after.startswith(_CAMPAIGN_HEADS) and not is_place_name(s))
        and not (s[-1] == "会" and practice_meeting(before, after)) and is_name(s, shape=True),
        "name_after": after.startswith(_NAME_AFTER + VENUE_AFTER) or after.startswith(_TITLE_AFTER) or fame
        or bool(_NAME_AFTER_RE.match(after)),
        # a place's epithet (书画之乡·水晶之都): a name of the place
        "epithet": bool(DOTS_RE.search(s)) and any(EPITHET_RE.fullmatch(p) for p in DOTS_RE.split(s)),
        "honour": s.endswith(_HONOURS + _HONOUR_HEADS) or s.startswith(("星级",) + _HONOUR_PREFIXES)
        or (person_head(s) and n >= 3),
        "role_name": bool(_ROLE_RE.fullmatch(s)) and not _PROGRAMME_AFTER_RE.match(after),
        "rank": bool(_RANK_RE.fullmatch(s)),
        # a programme a province, city or county names after itself (“某某省农村公路畅通工程”) is no product
        "division_start": (starts_with_division(s) or city_stem_start(s)) and not inner_head,
        "place_practice": s.endswith(PRACTICE_HEADS) and is_division_stem(s[:-2]) and not local,
        "ordinary": quoteshare.ordinary_word(s, page=corpus_page) or bool(_MANNER_RE.fullmatch(s)),
        "labelled": labelled,
        "governing": governing,
        "yi_before": yi,
        "role": labelled or governing or yi,
        "inner_head": inner_head,
        "label_use": label_use,
        "de_shi": bool(re.search(r"[的是]", s)),
        "scare_after": after.startswith(_SCARE_AFTER),
        "title_before": given_title(before),
        # a common word of general Chinese (脱贫“造血”机制, 总干渠“大动脉”), unless a goal frame, a responsibility
        # system or a programme head makes it the name of a target or programme (确保问题“清零”, 落实“菜篮子”市长
        # 负责制, 狠抓“菜篮子”“米袋子”建设)
        "plain_word": quoteshare.is_plain_word(s) and not (REQUIRE_BEFORE_RE.search(before)
                                                           or SYSTEM_AFTER_RE.match(after)
                                                           or _PROGRAMME_HEAD_RE.match(after)
                                                           or _GAP_PROGRAMME_RE.match(after)),
    }


def _opens_with_own_place(s: str, places: tuple[str, ...], own: "OwnPlaces") -> bool:
    """Whether *s* opens with one of the page's place stems: *places* when given, else the page's own county stems
    (*own*, asked only when *s* opens with a division's short name, so the county is inferred only then)."""
    if places:
        return any(s.startswith(p) for p in places if p)
    if not own or not any(is_division_stem(s[:k]) for k in (2, 3)):
        return False
    return any(len(p) >= 2 and s.startswith(p) for p in (own() if callable(own) else own))


def rule_evidence(s: str, f: Mapping[str, bool]) -> str | None:
    """The hand-written decision for a single quoted phrase from its :func:`rule_flags`.

    Parameters
    ----------
    s : str
        The quoted phrase.
    f : mapping of str to bool
        Its cues (:func:`rule_flags`).

    Returns
    -------
    str or None
        The evidence string when the rules take the phrase as a slogan, else None.

    Examples
    --------
    >>> rule_evidence("积分制", rule_flags("积分制", "推行", "管理。"))
    'role in sentence'
    """
    if f["bad_shape"] or f["place_prefix"] or f["name_suffix"] or f["name_after"] or f["honour"] \
            or f["division_start"] or f["place_practice"] or f["ordinary"] or f["role_name"] or f["epithet"] \
            or f["rank"]:
        return None
    if f["inner_head"]:
        return "programme name"
    if f["title_before"]:
        return None                  # a title or prize the quote is given (被列为“X”)
    if not f["label_use"]:
        return None                  # a quoted name, term, saying or piece of speech, not used as a label
    if f["de_shi"] and not f["labelled"]:
        return None                  # a description or statement (文明的冲突, 大门是敞开的)
    if len(s) >= 5:
        if f["scare_after"] and not f["role"]:
            return None
        return "long quoted phrase"
    if not f["scare_after"] and not f["plain_word"]:
        # a common word of general Chinese on a weak cue is a scare-quoted word (脱贫“造血”机制, 总干渠“大动脉”):
        # on 150 People's Daily articles of 2019-2020 judged by hand (slogan22) the four such finds were
        return "role in sentence"
    return None


_DEGREE = "很太真最挺"   # adverbs of degree opening a part: a feeling or quality, not a formula


def formula_pair(s: str, before: str, after: str) -> bool:
    """Whether the quoted two-part motto *s* has a formula's shape by itself: two parts of three to seven
    characters joined by 、 (a clause or a line of verse takes a comma) with one character in the same
    slot (派遣得准、指挥得动; 不漏一户、不漏一人; 一岗多能、全岗都通), not after or before 的 (a quality described).
    In the slogan15 crawl sample and the open dev4-dev8 reports, 6 of the 7 quoted pairs of this shape
    without a label or name cue are slogans (the seventh: 地面拼装、整体吊装, building steps); on 782 further
    local reports of People's Daily 2019-2020 (wider filter, gold pool and those samples skipped) it added
    9 finds: three states or feelings (以前是“穷在水上、困在水上”, “很喜欢、很感动”: the last guard, made
    from them), three formulae (在保护中发展、在发展中保护; 干什么、评什么) and three other phrases.

    Parameters
    ----------
    s : str
        The quoted phrase.
    before, after : str
        The text before and after the quotation.

    Returns
    -------
    bool
        True for the formula's shape outside a 的 phrase and a then-and-now description.

    Examples
    --------
    >>> formula_pair("谁参与、谁受益", "成为", "原则"), formula_pair("绿树村边合，青山郭外斜", "", "")
    (True, False)
    """
    parts = s.split("、")
    if len(parts) != 2 or len(parts[0]) != len(parts[1]) or not 3 <= len(parts[0]) <= 7:
        return False
    a, b = parts
    if not re.fullmatch(r"[\u4e00-\u9fff]+", a + b) or after.startswith(("的", "之")) or before.endswith(("的", "之")):
        return False
    if re.search(r"(?:以前|如今|曾经|过去|现在|原来|当年|从前)是$", before) or a[0] in _DEGREE or b[0] in _DEGREE:
        return False                 # a state described (以前是“穷在水上、困在水上”; “很喜欢、很感动”)
    return any(a[k] == b[k] for k in range(len(a)))


def features(s: str, before: str, after: str, *, kind: str = "single", places: tuple[str, ...] = (),
             page: str = "", group: int = 1, in_corpus: bool = False, own: "OwnPlaces" = ()) -> dict[str, float]:
    """Features of the quoted phrase *s* (``kind`` "single" or "pair" for a two-part motto) between
    *before* and *after* (up to eight characters each) on a page whose text is *page*. With
    *in_corpus* the page is one of the articles the quote shares were counted on, and its own
    mentions are left out of them (:func:`~corpus_tools.slogans.quoteshare.share_elsewhere`).

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).
    before, after : str
        Up to eight characters before and after the quotation.
    kind : str
        ``"single"`` or ``"pair"``.
    places : tuple of str
        The page's place stems.
    page : str
        The page's text (for repetition on the page and the quote shares).
    group : int
        Length of the run of adjacent quotes the phrase is in.
    in_corpus : bool
        Whether the page is one of the articles the quote shares were counted on.
    own : sequence of str or callable
        The page's own county stems (:func:`own_practice`).

    Returns
    -------
    dict of str to float
        Feature name -> value: the rule flags (``flag=…``), the rule's decision (``rule=…``), kind, length
        bucket and the corpus evidence the quote model reads.

    Examples
    --------
    >>> f = features("党建提质增效", "实施", "行动。")
    >>> f["rule=long quoted phrase"], f["kind=single"]
    (1.0, 1.0)
    """
    corpus_page = page if in_corpus else ""
    f = rule_flags(s, before, after, places, corpus_page=corpus_page, own=own)
    if kind == "pair" and not f["label_use"] and group < 2 and formula_pair(s, before, after) \
            and not any(f[k] for k in ("place_prefix", "name_suffix", "name_after", "honour", "role_name",
                                       "division_start")):
        f["label_use"] = True        # its shape marks it as a formula (派遣得准、指挥得动)
    evidence = rule_evidence(s, f) if kind == "single" else "two-part motto" if f["label_use"] else None
    out: dict[str, float] = {f"flag={k}": 1.0 for k, v in f.items() if v}
    out[f"rule={evidence}"] = 1.0
    out[f"kind={kind}"] = 1.0
    n = len(re.sub(r"[、，,；;\s]", "", s))
    out["len=" + ("2" if n <= 2 else "3" if n == 3 else "4" if n == 4 else "5-6" if n <= 6
                  else "7-9" if n <= 9 else "10+")] = 1.0
    if re.search(r"\d", s):
        out["digit"] = 1.0
    if s[:1] in NUMERALS:
        out["starts_numeral"] = 1.0
    if n == 4 and (s[0] == s[2] or s[1] == s[3]):
        out["abac"] = 1.0                      # 共驻共建, 不忘初心 is not; 一户一档, 联防联控
    quoted, total = quoteshare.share_elsewhere(s, corpus_page)
    if total:
        out["qs_log_total"] = math.log1p(total) / 5
        out["qs_share"] = quoted / total
    else:
        out["qs_unseen"] = 1.0
    if page:
        q = page.count("“" + s + "”") + page.count("‘" + s + "’")
        plain = page.count(s) - q
        if q >= 2:
            out["page_quoted_2+"] = 1.0
        if plain >= 1:
            out["page_plain_1+"] = 1.0
    if kind == "pair":
        parts = series_parts(s)
        if len(parts) == 2 and len(parts[0]) == len(parts[1]):
            a, b = parts
            if a[0] == b[0] or a[-1] == b[-1] or any(a[k] == b[k] for k in range(1, len(a) - 1)):
                out["pair_shared_slot"] = 1.0  # 一手抓防疫、一手抓生产; 藏粮于地、藏粮于技
    if group >= 2:
        out["in_quote_run"] = 1.0
    if _SPEECH_NEAR_RE.search(before):
        out["speech_near"] = 1.0
    if after[:1] in "牌":
        out["brand_after"] = 1.0               # “天府粮仓”牌
    if after[:1] in "的之" or before[-1:] in "的之":
        out["de_frame"] = 1.0
    return out


def decide(s: str, before: str, after: str, *, kind: str = "single", places: tuple[str, ...] = (),
           page: str = "", group: int = 1, record: list | None = None, in_corpus: bool = False,
           own: "OwnPlaces" = ()) -> str | None:
    """The evidence for the quoted phrase *s* as a slogan, or None (see :func:`features`).

    With a model the model decides; without one (or with ``use_model(False)``) the hand-written
    rule does. *record*, when given, receives ``(s, kind, features)``.

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).
    before, after : str
        Up to eight characters before and after the quotation.
    kind : str
        ``"single"`` or ``"pair"`` (a two-part motto).
    places : tuple of str
        The page's place stems.
    page : str
        The page's text.
    group : int
        Length of the run of adjacent quotes the phrase is in.
    record : list or None
        Receives ``(s, kind, features)`` when given (training).
    in_corpus : bool
        Whether the page is one of the articles the quote shares were counted on.
    own : sequence of str or callable
        The page's own county stems (:func:`own_practice`).

    Returns
    -------
    str or None
        The evidence (the rule's, or ``"quote model"``), or None when the phrase is no slogan.

    Examples
    --------
    >>> decide("积分制", "推行", "管理。"), decide("新市民", "帮助", "融入城市")
    ('role in sentence', None)
    """
    return judge(s, before, after, kind=kind, places=places, page=page, group=group, record=record,
                 in_corpus=in_corpus, own=own)[0]


def judge(s: str, before: str, after: str, *, kind: str = "single", places: tuple[str, ...] = (),
          page: str = "", group: int = 1, record: list | None = None, in_corpus: bool = False,
          own: "OwnPlaces" = ()) -> tuple[str | None, dict[str, bool]]:
    """:func:`decide`'s evidence together with the rule flags it was decided on (:func:`rule_flags` of *s*), so a
    later test of the same phrase (:func:`~corpus_tools.slogans.coined.coined_evidence`) does not compute them again.

    Parameters
    ----------
    s, before, after, kind, places, page, group, record, in_corpus, own
        As for :func:`decide`.

    Returns
    -------
    tuple of (str or None, dict of str to bool)
        The evidence (or None) and the flags that are set (absent flags are False).

    Examples
    --------
    >>> evidence, flags = judge("积分制", "推行", "管理。")
    >>> evidence, flags["label_use"], flags.get("honour", False)
    ('role in sentence', True, False)
    """
    feats = features(s, before, after, kind=kind, places=places, page=page, group=group, in_corpus=in_corpus,
                     own=own)
    if record is not None:
        record.append((s, kind, feats))
    flags = {k[5:]: True for k in feats if k.startswith("flag=")}
    if "flag=bad_shape" in feats:
        return None, flags
    model = active_quote_model()
    rule = next((k[5:] for k in feats if k.startswith("rule=")), "None")
    rule = None if rule == "None" else rule
    evidence = rule if model is False or model is None else model_decision(model, feats, rule)
    if evidence in _WEAK_EVIDENCE and kind == "single" and thing_name(s) and not _named_as_programme(s, before, after):
        return None, flags
    return evidence, flags


#: the evidence of a single quote taken on a weak cue alone: a governing verb or a label head around it (the rule)
#: or the quote model's score
_WEAK_EVIDENCE = ("role in sentence", "quote model")


def _named_as_programme(s: str, before: str, after: str) -> bool:
    """Whether the page names the quote as a programme, tool or goal whatever its words: a label head ending it
    (问题清单) or right after it (“清化收”工作专班, “明白卡”制度), a substitution (煤改气), a responsibility system or a programme or model head after it (“菜篮子”
    市长负责制, “菜篮子”“米袋子”建设, “居民点菜”服务模式; not the experience of building a thing, “草库伦”建设经验)
    or 为建设 before it (为建设“森林武隆”)."""
    return (s.endswith(LABEL_HEADS) or (after.startswith(LABEL_HEADS) and not re.match(r"建设(?:的)?经验", after))
            or bool(_SUBSTITUTION_RE.fullmatch(s)) or bool(SYSTEM_AFTER_RE.match(after))
            or bool(_BUILD_BEFORE_RE.search(before))
            or bool(_PROGRAMME_HEAD_RE.match(after) and not re.match(r"建设(?:的)?经验", after))
            or bool(_GAP_HEAD_RE.match(after)) or bool(_GAP_PROGRAMME_RE.match(after)))


def decide_dotted(s: str, before: str, after: str, recurring: bool, *, places: tuple[str, ...] = (), page: str = "",
                  group: int = 1, record: list | None = None, in_corpus: bool = False,
                  own: "OwnPlaces" = ()) -> str | None:
    """The evidence for the dotted county motto *s* (:func:`dot_motto`): judged as a two-part motto by
    :func:`decide` (``kind="pair"``), or, where no frame marks it, taken when the corpus quotes it on several
    days and no title head follows it (:func:`dotted_title`) nor a rating frame precedes it.

    Parameters
    ----------
    s, before, after : str
        The motto (normalised) and the text before and after its quotation marks.
    recurring : bool
        Whether the corpus quotes it on several days (:func:`~corpus_tools.slogans.detect.recurring_numbered`).
    places, page, group, record, in_corpus, own
        Passed to :func:`decide` unchanged.

    Returns
    -------
    str or None
        The evidence (``"recurring dotted motto"`` when recurrence alone takes it), or None.
    """
    evidence = decide(s, before, after, kind="pair", places=places, page=page, group=group, record=record,
                      in_corpus=in_corpus, own=own)
    if evidence is None and recurring and not dotted_title(s, after) and not given_title(before):
        return "recurring dotted motto"
    if evidence is None and brand_motto(before, after):
        return "brand motto"   # 打造“X·Y”品牌 (brandframe.py)
    return evidence
