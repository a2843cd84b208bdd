"""Numbered formulae: counting formulae (五个进一步, 两学五抓, 百局联百村) and numeric codes (1252, 4+1, 一+五).

The guide's kind ``numbered`` rests on the numerals of a phrase, whatever its quotation marks say:
:func:`numbered_item` is the test for one item (a series is numbered when every item passes it);
:func:`numeric_code` reads an arithmetic code and :func:`chain_end` the chains it counts (“4+1”重点产业链; before any
other noun the code stands alone, its shortest quoted form: “1+3+4”现代工业产业体系 → 1+3+4); :func:`counted_ratio`
one count per another (1名党员联系5户群众); :func:`numbered_actors` a counted group of actors and the task it takes on (五级书记抓防控); :func:`counted_venue` a counted venue
(两乡馆, 三线厂), which is a name, not a formula. :mod:`~corpus_tools.slogans.detect` applies them to the
quoted spans of a page.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from corpus_tools.slogans import quoteshare
from corpus_tools.slogans.core import is_cjk
from corpus_tools.slogans.singlecues import person_head
from corpus_tools.slogans.wordshape import word_tags
from corpus_tools.text import normalize_text

__all__ = ["CN_DIGITS", "COUNT_START", "numbered_item", "numeric_code", "chain_end", "counted_ratio", "counted_tail",
           "numbered_actors", "counted_venue", "venue_head"]

#: Chinese numerals, with 双 (a second count: 一抓双促).
CN_DIGITS = "一二两三四五六七八九十百千万双"
#: Numerals that open a counting formula on their own (一 does not: 一些, 一直).
COUNT_START = "两三四五六七八九十双"

# numerals that start a word without counting anything (三晋 = Shanxi, 一些 = some ...)
_NOT_COUNTS = ("三晋", "一些", "一切", "一直", "一起", "一体", "一线", "一流", "万人", "千万",
               "万亩", "百姓", "百年", "千年", "万家", "十分", "三维", "一定", "一批", "一系列",
               "两岸", "双方", "双赢", "双向", "双重", "双手", "十足", "百货", "万象", "四季", "四面", "八方", "四处", "两眼")



#: The longest word of data/numeral_words.txt (十字路口党, 三花接骨散).
_NUMERAL_WORD_MAX = 5


@functools.lru_cache(maxsize=1)
def _numeral_words() -> frozenset[str]:
    """Words of the lexicon that open with a numeral and count nothing (七彩, 八路军, 一线: ``data/numeral_words.txt``,
    mined from People's Daily 1998 by ``training/slogans/numeral_words.py``)."""
    text = resources.files("corpus_tools").joinpath("data", "numeral_words.txt").read_text(encoding="utf-8")
    words = frozenset(line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#"))
    # _lexical_numeral looks up prefixes of two to five characters
    bad = sorted(w for w in words if not 2 <= len(w) <= _NUMERAL_WORD_MAX)
    if bad:
        raise ValueError(f"data/numeral_words.txt: words must have 2 to {_NUMERAL_WORD_MAX} characters, got {bad[:5]}")
    return words


def _lexical_numeral(s: str) -> bool:
    """Whether *s*, holding one numeral, opens with a word whose numeral counts nothing: a word of the lexicon
    (七彩瑶服, 八路军的故乡, 一线工作法; the bare word, 三宝, may still be a county's count) or one the tagger reads as a
    name of three characters or more (八卦城 ns)."""
    if not is_cjk(s) or sum(ch in CN_DIGITS for ch in s) != 1 or s[0] not in CN_DIGITS:   # 一带N counts N
        return False
    words = _numeral_words()
    if any(s[:k] in words for k in range(2, min(len(s), _NUMERAL_WORD_MAX + 1))):   # a proper prefix of s
        return True
    tags = word_tags(s)
    # names only: _NAME_TAGS (below) adds the time tag t for _count_opens_word; whether a time word opening a
    # phrase with one numeral counts nothing was never measured, so t is not read here
    return bool(tags) and len(tags[0][0]) >= 3 and tags[0][1].startswith(("ns", "nr", "nt"))


# a count of time, animals, floors or land opening the phrase describes (三年, 两个月, 两只手, 双层龙凤糕,
# 一年一撕); a formula's numeral counts its components (五个一批, 四好农村公路)
# A distance or a sum of money is a description too (八百里洞庭, 1英镑买房团, 3元吃饱饭, 五毛零食), and so is a count of
# countries (两国方案, 三国展: People's Daily 2019-2020 quotes 26 phrases opening so, none a formula of governance; user19's
# crawl tables listed 五毛零食 and 两国方案 as marked slogans; 一国两制 opens with 一, which counts no countries, and
# 两国双园 counts a second thing).
_DESCRIPTIVE_COUNT_RE = re.compile(f"[{CN_DIGITS}]+个?(?:年|月|天|周|日|只|层|亩|斤|头|棵|株|匹|辆|吨|岁|小时|分钟"
                                   "|里|公里|米|元|块钱|毛|分钱|英镑|美元|欧元)|\\d+(?:里|公里|米|元|块钱|毛|英镑|美元|欧元)"
                                   f"|[两三四五六七八九十]国(?!.*[{CN_DIGITS}\\d])")

# a part of an arithmetic code: digits, one Latin letter, or up to three Chinese numerals (4+1, 1+5+N, 一+五)
_CODE_PART_RE = re.compile(f"\\d+|[A-Za-z]|[{CN_DIGITS}]{{1,3}}")

# one count per another (1名党员联系5户群众, 一个党员联系5户群众)
_PER_RE = re.compile(r"(?:[一二两三四五六七八九十]|\d+)[个名位户人家][^\d一二两三四五六七八九十]{1,5}"
                     r"(?:[一二两三四五六七八九十]|\d+)[个名位户人家]")

# a counted group of actors (五级书记, 四级干部, 两委班子) and the task it takes on (抓X, 进X, 包X)
_COUNTED_ACTOR_RE = re.compile(r"([一两二三四五六七八九十]级?[\u4e00-\u9fff]{2,3}?)[抓促进包帮联][\u4e00-\u9fff]{2,5}")

# A counted name is a venue, not a formula: 两乡馆, 三线厂, 十八洞村 (one number, then a venue head; 一园六中心 counts
# its parts, 百镇千村 has a second number). A number, two to four characters and the head of an event or a group
# names a festival, show or troupe (双品网购节, 十大庙会, 1英镑买房团; the guide excludes festivals and events;
# not 两会, nor 四不上会, a rule for meetings).
# A numeral, one sign and 级 is a rating (五星级, 五椰级, 一星级; not 双升级, a formula: 升/降 are verbs).
_PLACE_HEAD = f"[{CN_DIGITS}\\d]{{1,3}}[^{CN_DIGITS}\\d]{{1,3}}[馆厂店院站所村]"
_PLACE_HEAD_RE = re.compile(_PLACE_HEAD)
_VENUE_RE = re.compile(_PLACE_HEAD
                       + f"|[{CN_DIGITS}\\d]{{1,3}}[^{CN_DIGITS}\\d]{{2,4}}[节团赛杯展]"
                       f"|[{CN_DIGITS}\\d]{{1,3}}[^{CN_DIGITS}\\d]{{1,4}}[晚庙灯歌盛博]会"
                       f"|[{CN_DIGITS}\\d]+[^{CN_DIGITS}\\d升降]级")


# A count of merits before a venue head is the standard a village or road is built to (“四好村”: 住上好房子、过上好日子…,
# pages26, and “四好村”创建 in slogan_held36; the guide's 四好农村公路), a formula, not a venue's name; a title given
# (评为“五好党支部”) or a 称号 after it is still a title (given_title, _TITLE_AFTER)
_MERITS_RE = re.compile(f"[{CN_DIGITS}]好[^{CN_DIGITS}]{{0,2}}村")


def numbered_item(s: str) -> bool:
    """Whether the single item *s* is a counting formula or a numeric code.

    Parameters
    ----------
    s : str
        One item: a quoted phrase, or one part of a quoted series (normalised here).

    Returns
    -------
    bool
        True for a counting formula (五个进一步, 两学五抓, 一园六中心, 百局联百村, 十三五) or a numeric
        code (1252, 4+1, 1+N); False for a numeral that counts nothing (一些, 三晋) or describes
        (三年, 两个月, 百亩千头).

    Examples
    --------
    >>> numbered_item("五个进一步"), numbered_item("两学五抓"), numbered_item("4+1")
    (True, True, True)
    >>> numbered_item("三年"), numbered_item("一些"), numbered_item("七一")
    (False, False, False)
    """
    s = normalize_text(s)
    if re.fullmatch(r"\d{3,}", s):                 # 1252
        return True
    if re.fullmatch(r"\d+(?:\+\d+)+", s) or re.fullmatch(r"\d+\+[A-Za-z]", s):  # 4+1, 1+N
        return True
    # 百千万工程: a run of three round numbers before a programme head counts what each part names (百县千镇万村):
    # pages27, pages27o, pages29o. Two (千万工程, 千村示范、万村整治) count the villages a programme reaches, not parts of
    # the formula: the lexicon's kind, quoted, which eleven of the twenty-one open pages printing it record (every
    # writer from pages32o on but one); 千万 alone is "by all means", below
    if re.fullmatch(r"[十百千万]{3}(?:工程|行动|计划)", s):
        return True
    if any(s.startswith(w) for w in _NOT_COUNTS) or _DESCRIPTIVE_COUNT_RE.match(s) or _lexical_numeral(s):
        return False
    if re.fullmatch(r"一[\u4e00-\u9fff]{1,2}通办?", s):  # 一卡通, 一网通办: one X for everything
        return True
    if re.fullmatch(f"[{CN_DIGITS}]+", s):        # 十三五 (but not 七一, a date)
        return len(s) >= 3
    # 一园六中心, 一厅四室, 一室多用, 两牛一羊, 两学五抓
    if re.fullmatch(r"[一两二三四五六七八九十双]{1,2}[^\d一二两三四五六七八九十百千万双]{1,2}"
                    r"(?:[一两二三四五六七八九十多双]{1,2}[^\d一二两三四五六七八九十百千万]{1,3}){1,2}", s) \
            and is_cjk(s):
        return True
    # 一带三, 一帮一, 三带一, 1带3: one (or a few) taking on others, a ratio of actors the page sets (党员“一带三”
    # 帮扶机制); not 一对一, a manner (singles._MANNER_RE)
    if re.fullmatch(r"(?:[一两二三四五六七八九十]{1,2}|\d{1,2})[带帮扶包联拖](?:[一两二三四五六七八九十多]{1,2}|\d{1,2}|N)", s):
        return True
    # 百局联百村, 万企帮万村, 百镇千村: two groups each opened by a round number (People's Daily 2019-2020 quotes
    # 11 such strings, 万企帮万村 nine times: nine campaign names and two lines of poetry, 千磨万击 and 千门万户, by
    # training/slogans/cue_counts.py; a unit after the number is a description, above)
    if re.fullmatch(r"[百千万][^\d一二两三四五六七八九十百千万]{1,3}[百千万][^\d一二两三四五六七八九十百千万]{1,3}", s) \
            and is_cjk(s):
        return True
    # 五个进一步, 八大职责清单, 三不变, 四下基层, 四好农村公路, 六新, 五大员, 双提升
    # (二 opens a count only as 二十: the “二十字”方针 of pages34o, twenty characters of a policy)
    m = re.fullmatch(f"([{COUNT_START}][{CN_DIGITS}]?|二十(?![{CN_DIGITS}])|\\d)(个|大|项|条|类|种|张|支)?(.+)", s)
    if m and is_cjk(m.group(3)):
        body = m.group(3)
        limit = 6 if m.group(2) else 5
        if 1 <= len(body) <= limit and not body[0] in "年月日号次元万亿岁点时分秒":   # 三点半 is a clock time
            return True
    return False


def numeric_code(s: str) -> bool:
    """Whether the normalised phrase *s* with ``+`` is an arithmetic code: every part digits, one Latin
    letter or Chinese numerals alone (4+1, 1+5+N, 一+五); not a ``+`` model of words (党建+扶贫).

    Parameters
    ----------
    s : str
        A normalised quoted phrase holding ``+`` (4+1, 党建+扶贫).

    Returns
    -------
    bool
        True for an arithmetic code (4+1, 1+5+N), False otherwise (党建+扶贫).

    Examples
    --------
    >>> numeric_code("1+5+N"), numeric_code("一+三"), numeric_code("党建+扶贫")
    (True, True, False)
    """
    return all(_CODE_PART_RE.fullmatch(p) for p in s.split("+") if p)


#: a few words qualifying the chains a code counts, then 产业链 (“4+1”重点产业链), not across 的 or 之
_CHAIN_RE = re.compile(r"(?:(?![的之])[\u4e00-\u9fff]){0,4}?产业链")


def chain_end(text: str, close: int) -> int:
    """The end of the chains an arithmetic code counts (“4+1”重点产业链: four chains and one), when 产业链 follows the
    closing quotation mark at *close* within four qualifying characters; *close* itself otherwise.

    Before any other noun the code stands alone: a system, model or mechanism is the whole the code's parts make up,
    not what it counts (“1+3+4”现代工业产业体系, “1+N”结对帮扶机制). Every open gold set records such codes alone (17 items
    of five writers; a user's “1+3+N”产业体系); the guide's own example, 4+1重点产业链 on the seed pages, keeps its chains.

    Parameters
    ----------
    text : str
        The text.
    close : int
        The offset of the closing quotation mark after the code.

    Returns
    -------
    int
        The end offset of 产业链, or *close*.

    Examples
    --------
    >>> t = "“4+1”重点产业链工程"
    >>> t[1:chain_end(t, 4)]
    '4+1”重点产业链'
    >>> chain_end("“1+3+4”现代工业产业体系", 6)
    6
    """
    if not 0 <= close < len(text):
        raise ValueError(f"close={close!r} must be an offset inside the text (0 to {len(text) - 1})")
    m = _CHAIN_RE.match(text, close + 1)
    return m.end() if m else close


def counted_ratio(s: str) -> bool:
    """Whether the short phrase *s* (at most 14 characters) sets one count per another (1名党员联系5户群众).

    Parameters
    ----------
    s : str
        A short phrase, such as 1名党员联系5户群众.

    Returns
    -------
    bool
        True when *s* sets one count per another.

    Examples
    --------
    >>> counted_ratio("1名党员联系5户群众"), counted_ratio("党员联系群众")
    (True, False)
    """
    return len(s) <= 14 and _PER_RE.search(s) is not None


def numbered_actors(s: str) -> bool:
    """Whether *s* is a counted group of actors and the task it takes on (五级书记抓防控, 三级书记抓安全):
    a numbered head (not an idiom), then 抓, 促, 进, 包, 帮 or 联 and two to five characters.

    Parameters
    ----------
    s : str
        The candidate, e.g. 五级书记抓防控 or 书记抓防控.

    Returns
    -------
    bool
        Whether a numbered head of actors, a verb of taking on and a task make it up.

    Examples
    --------
    >>> numbered_actors("五级书记抓防控"), numbered_actors("书记抓防控")
    (True, False)
    """
    head = _COUNTED_ACTOR_RE.fullmatch(s)
    return bool(head) and numbered_item(head.group(1)) and not quoteshare.is_saying(head.group(1))


def counted_venue(s: str) -> bool:
    """Whether *s* is one number and a venue head (两乡馆, 三线厂, 十八洞村), a village rank (十差村), an event or a
    group (双品网购节, 1英镑买房团) or a rating (五星级): a name, not a formula.

    Parameters
    ----------
    s : str
        A numbered phrase: a name (两乡馆, 双品网购节) or a formula (一园六中心).

    Returns
    -------
    bool
        True for a name of a venue, village rank, event, group or rating.

    Examples
    --------
    >>> counted_venue("两乡馆"), counted_venue("双品网购节"), counted_venue("一园六中心"), counted_venue("两会")
    (True, True, False, False)
    >>> counted_venue("四好村")
    False
    """
    return _VENUE_RE.fullmatch(s) is not None and not _MERITS_RE.match(s)


def venue_head(s: str) -> bool:
    """Whether *s* has the form of :func:`counted_venue`'s venues and villages (one number, a few characters
    and 馆厂店院站所村: 两乡馆, 十八洞村, but also a county's own 五美乡村); festivals, events and ratings aside.

    Parameters
    ----------
    s : str
        A numbered phrase; 两乡馆 and 四美庭院 have the form, 双品网购节 not.

    Returns
    -------
    bool
        Whether *s* ends in 馆, 厂, 店, 院, 站, 所 or 村 after one number and a few characters.

    Examples
    --------
    >>> venue_head("两乡馆"), venue_head("四美庭院"), venue_head("双品网购节")
    (True, True, False)
    """
    return _PLACE_HEAD_RE.fullmatch(s) is not None


# units and measure words: a numeral before one counts units (三届, 五人, 两年), no parts of a formula
_UNITS = "条分点省市县年月天次个只件位名户人元角岁层期届国"
# tags of a word that names one thing or a time: a numeral inside such a word counts nothing (三峡 ns, 三板 t)
_NAME_TAGS = ("nr", "ns", "nt", "t")


def _count_opens_word(s: str, k: int) -> bool:
    """Whether the tagger, reading *s* whole, starts a word at *k* that is no name or time word: the count then
    opens a formula of its own (清|四|乱, 党员|三联三帮), not a word of the whole (金三角, 第三|方, 老三|届) or a name a
    modifier qualifies (大|三峡 ns, 新|三板 t)."""
    pos = 0
    for word, tag in word_tags(s):
        if pos == k:
            return not tag.startswith(_NAME_TAGS)
        pos += len(word)
        if pos > k:
            return False
    return False


#: Prefixes that own what follows rather than act on it (中国五冶, 全国五一: a firm, a name).
_OWNER_PREFIXES = frozenset(("中国", "全国", "中"))
#: The persons or households an honour with a count names (三好学生, 五好家庭, 十佳青年): a title, not a formula
#: (四好农村路 ends in what is built and stays one).
_HONOUR_ENDS = ("学生", "家庭", "青年", "少年", "干部", "职工", "教师", "党员", "标兵", "个人", "媳妇")


def counted_tail(s: str) -> str:
    """The counting formula that ends *s* after a prefix of one or two characters: a verb or a domain word the
    page prints inside the quotation marks with the formula (清|四乱, 党员|三联三帮, 志智|双扶, 门前|三包).

    The guide records a formula by its shortest *quoted* form, and the writers of pages22, pages23 and pages26o all
    list such quotes whole and as ``numbered`` (“清四乱”专项行动, 开展“党员三联三帮”): the numeral counts the parts
    of the formula, the prefix says what is done to them or whose they are.

    Parameters
    ----------
    s : str
        A quoted phrase (normalised).

    Returns
    -------
    str
        The counted tail (a :func:`numbered_item` of two or more characters opened by a numeral from two up
        and counting no unit, no venue, :func:`counted_venue`), or ``""`` when *s* is no such phrase or is a
        counting formula itself. The tagger, reading *s* whole, must start a word at the tail that is no name or
        time word: an ordinary word holding a numeral (金三角, 新四军, 第三方, 老三届) or a name after a modifier
        (大三峡, 新三板) has no counted tail.

    Examples
    --------
    >>> counted_tail("清四乱"), counted_tail("党员三联三帮"), counted_tail("志智双扶")
    ('四乱', '三联三帮', '双扶')
    >>> counted_tail("四乱"), counted_tail("民族团结一家亲"), counted_tail("人人都是艺术家")
    ('', '', '')
    >>> counted_tail("金三角"), counted_tail("第三方"), counted_tail("大三峡")
    ('', '', '')
    >>> counted_tail("中国五冶"), counted_tail("阿三哥"), counted_tail("评三好学生"), counted_tail("建四好农村路")
    ('', '', '', '四好农村路')
    """
    if not isinstance(s, str) or not re.fullmatch(r"[\u4e00-\u9fff]{3,8}", s) or numbered_item(s):
        return ""
    for k in (1, 2):
        tail = s[k:]
        if s[:k] in _OWNER_PREFIXES or person_head(tail) or tail.endswith(_HONOUR_ENDS):
            continue  # 中国|五冶: a firm's owner; 阿|三哥, 小|五娃: a nickname (singlecues.person_head); 评|三好学生: an honour
        if len(tail) >= 2 and tail[0] in COUNT_START and tail[1] not in _UNITS \
                and not any(c in CN_DIGITS for c in s[:k]) and numbered_item(tail) and not counted_venue(tail) \
                and _count_opens_word(s, k):
            return tail
    return ""
