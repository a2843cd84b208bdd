"""Cues of a quoted phrase that stand alone: a title given, a person's head, a name's head, a label frame, the
page's own practice. The single-phrase test (:mod:`~corpus_tools.slogans.singles`) reads them with the rest of its
cues; the quote tests (:mod:`~corpus_tools.slogans.quotetest`) read some of them directly.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence, Union

from corpus_tools.slogans.placenames import is_division_stem
from corpus_tools.slogans.wordshape import campaign_year, verb_before_last, verb_clauses, verb_object_end

__all__ = ["OwnPlaces", "LABEL_HEADS", "INNER_HEADS", "NUMERALS", "TITLE_BEFORE_RE", "MODIFIED_HEAD_RE",
           "REQUIRE_BEFORE_RE", "SYSTEM_AFTER_RE", "PRACTICE_HEADS", "given_title", "person_head", "is_name",
           "labels_quote", "own_practice"]


#: The page's own county stems, or a function giving them (read off the text only when a quote needs them).
OwnPlaces = Union[Sequence[str], Callable[[], Sequence[str]]]


# Heads that name the quoted phrase as a campaign, model, requirement ... when they follow it.
LABEL_HEADS = ("要求", "行动", "标准", "举措", "工作", "模式", "理念", "原则", "思路", "方针",
               "工程", "计划", "战略", "机制", "体系", "建设", "项目", "制度", "目标", "任务",
               "改革", "试点", "清单", "路径", "方略", "政策", "经验", "做法", "专项", "攻坚",
               "战役", "主题", "精神", "格局", "品牌创建", "创建", "示范", "工作室", "专班")


# Heads inside the phrase that make it a programme name (雪亮工程, 枫桥经验). 融合 names a development formula
# (文旅融合, 产城融合, 医防融合): People's Daily 2019-2020 (gold pool skipped) quotes 12 phrases of two to four
# characters and 融合, 22 times, each a development formula, programme or principle (科艺融合, a design principle,
# the least formula-like).
INNER_HEADS = ("工程", "计划", "行动", "经验", "模式", "战略", "机制", "工作法", "体系", "革命",
               "攻坚战", "保卫战", "振兴", "融合",
               # a campaign named as a battle (“百日大会战”, pages25; People's Daily 2019-2020 quotes 16 phrases ending
               # in a battle head: campaigns, 天然气大会战, 百日破案会战, 长江生态保卫战 …, but a veteran's nickname,
               # 老会战, three characters, which the four-character test leaves out, and one ironic 专家保卫战)
               "会战", "战役")


# A requirement frame a few characters before the quote (确保问题“清零”) or a responsibility system after
# it (“菜篮子”市长负责制, “控辍保学”责任制).
REQUIRE_BEFORE_RE = re.compile(r"(?:确保|实现|做到|力争|达到)[\u4e00-\u9fff]{0,3}$")


# 的, a modifier of up to four characters and a label head: “种养加销结合”的现代农业模式.
# “把论文写在大地上”的生动实践: the page presents the quote as a principle put into practice.
MODIFIED_HEAD_RE = re.compile("的[\u4e00-\u9fff]{1,4}?(?:" + "|".join(("模式", "思路", "理念", "策略", "机制", "原则",
                                                                       "要求", "目标", "方针", "战略", "路径", "实践"))
                               + ")")


# Or a system, pattern or network the quote is the principle of (“大思政”育人格局, “天空地一体化”监测管控体系,
# “快进慢游”综合旅游交通网络; 网络 after three characters or more: a two-character word before it is often a verb,
# “AI算命”风靡网络). People's Daily 2019-2020 (gold pool skipped, slogan13 round): 12 quotes the other cues miss,
# ten of them formulae (一处失信、处处受限; 粮头食尾; 共抓大保护), the others a scare-quoted word (“闭环”管理制度体系)
# and a criticised yardstick (破除“SCI至上”后的评价体系).
SYSTEM_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,3}(?:负责制|责任制)|[\u4e00-\u9fff]{1,6}?(?:体系|格局)(?![\u4e00-\u9fff])"
                              r"|[\u4e00-\u9fff]{3,6}?网络(?![\u4e00-\u9fff])")


# Heads that make the quoted phrase the name of a thing rather than a formula (an event named by its period like
# a festival: 平遥中国年, 主题旅游季, 安全生产月 — People's Daily 2019-2020 quotes seven names ending in 月 or 季 that
# the rules took, all events. Of the eleven quoted single phrases ending in 日 the detector took in the whole crawl, 19
# mentions, ten are the days of an event or a reception (中国品牌日, 世界读书日, 国际博物馆日, 信访接待日 …), one a national
# programme (我们的节日); none of the 273 open slogan gold items ends in 日. A party day (主题党日, 固定党日) is a practice.)
_NAME_SUFFIXES = ("节", "年", "季", "月", "日", "号", "人物", "奖", "杯", "赛", "比武", "展", "会", "周", "团", "队", "馆",
                  "店", "村", "镇", "乡", "县", "市", "省", "局", "委", "部", "处", "公司", "协会",
                  "学校", "医院", "中心", "行", "社", "站", "台", "报", "网", "街", "路", "园区",
                  "班", "院", "营", "节目", "仪", "器", "巴士", "一日游", "事件",
                  # venues and rooms (议事厅, 农家书屋, 文化广场, 爱心超市, 幸福食堂, 百姓大舞台)
                  "厅", "屋", "驿站", "广场", "超市", "食堂", "讲堂", "舞台",
                  # a bridge named by the quote (中柬友谊大桥: People's Daily 2019-2020 quotes it 3 times; 桥 alone heads
                  # verbs and services too: 架桥, 索改桥, 连心桥)
                  "大桥",
                  # facilities, zones and businesses (讲习所, 示范区, 文化墙, 产业园, 农家乐)
                  "所", "区", "墙", "园", "基地", "厂", "场", "楼", "农家乐", "民宿")


_VERB_BEFORE_PLACE = "下进入到回兴强富建美治出上在驻留立"


# (园: 出户入园, a farm moved into a park; 进园, 入园 are verbs before it)
_PLACE_HEADS = "村镇乡县市省区街路园"


# 行 after an adverb or verb is "to go, to do" (共富先行, 知行合一 is not a name; 身体力行, 率先践行), not a firm (银行, 车行)
_GO_BEFORE = "先践力履奉同并"


# A place's practice: 青岛经验, 安吉模式 (the national ones, 枫桥经验 and 晋江经验, are known formulae).
PRACTICE_HEADS = ("经验", "模式", "做法", "样板")


# A question the page sets as a task (解决好“谁来种地”问题, 破解“钱从哪里来”难题) was a label cue from the slogan13
# round to the twentieth: a quoted phrase of four characters or more holding an interrogative before 问题/难题. The
# gold does not bear it out: of the four such quotes in the open development reports two are gold (谁来种地, 怎么种地,
# one national formula of 2013, now in data/formulae.tsv) and two are not (钱从哪儿来, and 钱从哪里来 in slogan30's
# invented reports); the cue was dropped in the slogan30 round, so a quoted question counts when it is a known
# formula or another cue takes it.
# An award, rank or list the quotation is given (被列为“X”, 授予“X”, 荣获“X”): the quote names a title or a prize-winning
# project, not a formula. People's Daily 2019-2020 (gold pool skipped; training/slogans/cue_counts.py --frames) prints
# 292 quotations right after such a verb, a sample of 25 all titles and prizes (national honours, medals); the five
# single phrases the detector took there were project names and prizes. Programmes with an inner head stay
# (列为“安居富民工程”).
TITLE_BEFORE_RE = re.compile(r"(?:授予|获得|荣获|获评|评为|列为|命名为)(?P<gap>[^，,。；;、：:\s]{0,4})$")


def given_title(before: str, *, gap: int = 4) -> bool:
    """Whether the text *before* a quotation gives it as a title, rank or prize (被评为当地的“X”, 荣获“X”),
    with at most *gap* characters between the verb and the quote.

    Parameters
    ----------
    before : str
        The text before the opening quotation mark.
    gap : int
        Most characters allowed between the verb (评为, 荣获 …) and the quote.

    Returns
    -------
    bool
        True when a title verb stands within *gap* characters before the quote.

    Examples
    --------
    >>> given_title("范宅村被评为当地的"), given_title("全面推行"), given_title("列为脱贫攻坚", gap=3)
    (True, False, False)
    """
    m = TITLE_BEFORE_RE.search(before)
    return m is not None and len(m.group("gap")) <= gap


NUMERALS = "一二两三四五六七八九十百千万双"


# Last characters of nicknames and person titles (kinship and trade words: 三郎, 大哥, 红嫂, 大王, 老汉; 打工妹, 五娃,
# 打工仔). 者 names a person by a role (领跑者, 逆行者, 守护者; slogan15 round). numbered.counted_tail reads the same
# list through person_head (阿三哥, 小五妹: a nickname on a birth-order numeral, no counted tail).
_PERSON_HEADS = "郎哥姐妹弟嫂婶婆娘爷叔伯娃伢仔妞汉王侠匠倌客者"


def person_head(s: str) -> bool:
    """Whether *s* ends like a nickname or a person's title (拼命三郎, 好婆婆, 苹果大王).

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True when its last character is a person's head (郎, 婆, 王 …) and not the predicate of 为
        (项目为王, 内容为王: "A comes first", a formula; 为 is the verb, 王 no person).

    Examples
    --------
    >>> person_head("苹果大王"), person_head("三治融合"), person_head("项目为王")
    (True, False, False)
    """
    return s[-1:] in _PERSON_HEADS and s[-2:-1] != "为"


def is_name(s: str, *, shape: bool = False) -> bool:
    """Whether the phrase *s* ends with the head of a name (a venue, facility, organisation, event).

    Parameters
    ----------
    s : str
        A quoted phrase that may name a venue, a facility, a body or an event.
    shape : bool
        Also read the phrase's word shape (:func:`~corpus_tools.slogans.wordshape.verb_before_last`): a
        one-character verb the tagger finds before a place head makes a requirement (景区带村, 电商进村) even
        where the verb is not one of the listed characters, and an actor, a one-character verb and a short object
        before any head (:func:`~corpus_tools.slogans.wordshape.verb_object_end`: 剪纸进校园) make a movement.

    Returns
    -------
    bool
        True when *s* ends in such a head and is no requirement or count (送戏下乡, 千企帮千村).

    Examples
    --------
    >>> is_name("爱心超市"), is_name("送戏下乡"), is_name("景区带村"), is_name("景区带村", shape=True)
    (True, False, True, False)
    """
    if not s.endswith(_NAME_SUFFIXES) or s.endswith(INNER_HEADS) or s.endswith(("之路", "党日")) \
            or (len(s) >= 3 and s[-2].isdigit()) or (s[-1:] == "行" and s[-2:-1] in _GO_BEFORE):
        return False
    # a year named after the work it sets (项目建设年) is a campaign, not an event named by its period (平遥中国年)
    if shape and campaign_year(s):
        return False
    # a verb before a place head makes a requirement (送戏下乡, 旅游兴县, 生态立县, 小病不出村), not a name, and so
    # does a count (千企帮千村, 万企兴万村)
    if len(s) >= 3 and s[-1] in _PLACE_HEADS:
        return not (s[-2] in _VERB_BEFORE_PLACE + NUMERALS
                    or (shape and (verb_before_last(s) or (len(s) >= 4 and verb_object_end(s)))))
    # an actor, a verb and its object before the head word (剪纸进校园, 山下建家园): a movement, not a venue; and two
    # verb-object clauses whose head the tagger reads inside the last verb (打伞|破网: no network)
    return not (shape and len(s) >= 4 and (verb_object_end(s) or verb_clauses(s)))


def labels_quote(before: str, after: str) -> bool:
    """Whether the frame around a quotation names it as a model, goal or requirement: a label head
    after it (“X”模式, “X”的要求, “X”的垃圾处理模式), a responsibility system or a system it is the principle of
    (“X、Y、Z”责任制, “X、Y、Z”的产业发展体系: the two uneven quoted series People's Daily 2019-2020 prints before
    one are formulae) or a requirement verb before it (实现了“X”).

    Parameters
    ----------
    before : str
        What the sentence prints before the opening quotation mark.
    after : str
        What it prints after the closing one.

    Returns
    -------
    bool
        True when the frame labels the quotation.

    Examples
    --------
    >>> labels_quote("建立了", "的垃圾处理模式，并试"), labels_quote("他说", "，大家都笑了")
    (True, False)
    """
    return bool(MODIFIED_HEAD_RE.match(after) or REQUIRE_BEFORE_RE.search(before) or SYSTEM_AFTER_RE.match(after)
                or any(after.startswith(h) or after.startswith("的" + h) for h in LABEL_HEADS))


def own_practice(s: str, places: "Sequence[str]" = (), own: "OwnPlaces" = ()) -> bool:
    """Whether *s* is the document's own place's practice (长汀经验 on a 长汀 page): a practice head
    (经验, 模式, 做法, 样板) after a stem of the page's county, from *places* (the page's metadata) or
    from *own* (stems, or a function giving them: read off the text only when asked). A county paper
    names its own county's model as a local formula; a report quoting another place's practice
    (青岛经验 in a national report) names that place's way of working (``place_practice``).

    Parameters
    ----------
    s : str
        A quoted phrase.
    places : sequence of str
        The page's place stems from its metadata.
    own : sequence of str or callable
        The page's own county stems, or a zero-argument function giving them (:class:`~corpus_tools.slogans.page.OwnCounty`).

    Returns
    -------
    bool
        True for a practice head after the page's own county stem.

    Examples
    --------
    >>> own_practice("长汀经验", ("长汀",)), own_practice("青岛经验", ("长汀",)), own_practice("长汀精神", ("长汀",))
    (True, False, False)
    >>> own_practice("盘山模式", own=lambda: ("盘山县", "盘山"))
    True
    """
    if not s.endswith(PRACTICE_HEADS) or len(s) < 4:
        return False
    stem = s[:-2]
    if stem in places:
        return True
    if not is_division_stem(stem):
        return False
    return stem in (own() if callable(own) else own)
