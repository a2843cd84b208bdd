"""Character classes and line-level predicates (what a line looks like on its own)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from corpus_tools.layout.bylines import DASH_CREDIT_RE, PLACE_DATELINE, STAFF_ROLES, parse_byline
from corpus_tools.layout.reprints import outlet_byline
from corpus_tools.text import CJK_RE, WS_RE, masthead_date


#: Punctuation that ends a sentence (a paragraph ending with it is complete).
FINAL_PUNCT = "。！？!?…"
#: Punctuation that separates clauses inside a sentence.
CLAUSE_PUNCT = "，,、；;：:"
CLOSERS = "”’」』)）》〉\"'"
DASH_RE = re.compile(r"^(?:——|──|--|－－|—|―)+\s*")
#: A news lead's opening: ``本报讯``, with a place dateline ``本报长甸讯``, ``本报记者``, ``本报通讯员``.
LEAD_RE = re.compile(r"^[\[【(（]?\s*本报(?:" + PLACE_DATELINE + r"|讯|记者|通讯员)")
BYLINE_INNER = r"[\u4e00-\u9fff·]{1,16}(?:[ \u3000、,，/]+(?:[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}|[\u4e00-\u9fff·]{1,7}))*"
BYLINE_LINE_RE = re.compile(r"^[(（]\s*(" + BYLINE_INNER + r")\s*[)）]$")
BYLINE_TAIL_RE = re.compile(r"(?<=[。！？!?…”’」』\"])\s*[(（]\s*(" + BYLINE_INNER + r")\s*[)）]\s*$")
#: A jump line, where an article goes on from or to another page (``（上接第1版）``, ``（下转第2版）``, ``(转A3版)``).
JUMP_LINE_RE = re.compile(r"^[(（]\s*(?:上接|下转|接|转)\s*(?:第?\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-H]\d{1,2}版?)\s*[)）]$")
CREDIT_RE = re.compile(
    r"^(?:[(（]?\s*本版.{0,30}(?:提供|供稿|供图|摄)|[(（]?(?:责任编辑|责编|编辑|校对|美编|组版|版式|排版)\s*[:：\s])")
CAPTION_START_RE = re.compile(r"^(?:图为|图[:：]|上图|下图|左图|右图|图片[:：])")
#: A photo mark opening a caption (``▲5月10日，游客…``, ``△收割机在稻田里作业``).
PHOTO_MARKS = "▲△"
PHOTO_MARK_RE = re.compile(r"^[" + PHOTO_MARKS + r"]\s*(?=\S)")
CAPTION_CUE_RE = re.compile(r"正在|现场|鸟瞰|合影|一角|远眺|近景|全景")
#: A caption closed by its photographer's credit on the same line (``图为…。 王川 摄``): a finished
#: sentence, then a name and ``摄`` (in brackets it is a byline, ``（王川 摄）``).
CAPTION_CREDIT_RE = re.compile(r"^[^（(]{4,}[。！？]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})?\s*摄$")
PLACE_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:县|乡|镇|街道))(?![域级委直])")
#: An enumerator opening a point: 一是, 第二, 三、, （四）, 5).
ENUM_RE = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[(（]?[一二三四五六七八九十\d]+[)）、.．])")
DIGIT_SPACE_RE = re.compile(r"(?<=[0-9%.])\s+(?=[0-9])|(?<=[0-9%])\s+(?=[^\x00-\x7f])"
                             r"|(?<=[^\x00-\x7f])\s+(?=[0-9])")
#: A wire or newsroom dateline opening a body: ``本报北京1月31日电``, ``本报1月31日讯``,
#: ``新华社雄安10月10日电``, ``据新华社电（记者 …）``, ``本报电 …`` (a dated line may break before its
#: 电; the whole line in brackets is a closing note, not a lead).
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATED_LEAD_RE = re.compile(
    r"^据?(?:本报|新华社|中新社)(?:[\u4e00-\u9fff]{0,8}?\s*" + _DAY + "月" + _DAY + r"日\s*(?:电|讯|$)"
    r"|[\u4e00-\u9fff]{0,6}?电(?=[\s(（]|$))")

#: A heading line is at most this many characters wide.
MAX_HEADING_WIDTH = 40
#: An unwrapped line this wide is a body paragraph, never a heading.
LONG_LINE_WIDTH = 40


def char_width(ch: str) -> float:
    """Display width of a character: 1 for CJK and full-width forms, 0.5 for ASCII."""
    return 0.5 if ord(ch) < 0x2E80 and not ("\u2018" <= ch <= "\u201d") else 1.0


#: Characters :func:`char_width` counts as half wide (ASCII and other narrow forms below U+2E80,
#: except the curly quotes ‘’‚‛“”).
_HALF_WIDTH_RE = re.compile("[\x00-\u2017\u201e-\u2e7f]")


@lru_cache(maxsize=1 << 16)  # a line's width is asked for many times per layout pass
def text_width(text: str) -> float:
    """Display width of a line without surrounding spaces (see :func:`char_width`).

    Counted as ``len - half/2`` (the sum of :func:`char_width` over the characters, the same
    float: every term is a multiple of 0.5), without a Python call per character.

    Examples
    --------
    >>> text_width(" 平遥 2024 ")
    4.5
    """
    t = text.strip()
    if t.isascii():
        return len(t) * 0.5
    return len(t) - len(_HALF_WIDTH_RE.findall(t)) * 0.5


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (closing quotes skipped)."""
    t = text.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] in FINAL_PUNCT


def has_inner_sentence_end(text: str) -> bool:
    """True if a sentence ends somewhere before the last character."""
    t = text.strip()
    return any(ch in FINAL_PUNCT for ch in t[:-1])


def is_dated_lead(text: str) -> bool:
    """True for a lead opened by a wire or newsroom dateline (:data:`DATED_LEAD_RE`,
    ``本报北京1月31日电``, ``据新华社电``) rather than by ``本报讯``; one report of several under a
    shared headline may open with one (``李克强栗战书分别会见…``: two datelined reports).

    Parameters
    ----------
    text : str
        A line or paragraph.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_dated_lead("本报北京1月31日电 （记者王迪）国务"), is_dated_lead("本报讯 近日，…")
    (True, False)
    """
    t = text.strip()
    return bool(DATED_LEAD_RE.match(t)) and not LEAD_RE.match(t)


def is_lead(text: str) -> bool:
    """True for a news lead such as ``本报讯 …`` that opens an article body.

    A line that is only a byline (``本报记者 王磊`` under a title) is not a lead.

    Examples
    --------
    >>> is_lead("本报讯 近日，…"), is_lead("本报记者 王磊")
    (True, False)
    """
    t = text.strip()
    if DATED_LEAD_RE.match(t):
        return True
    return bool(LEAD_RE.match(t)) and not (t.startswith("本报记者") and is_byline(t))


#: A news item's dated opening (``6月17日，…``, ``截至9月10日，…``); a year before it (``1520年4月6日，…``)
#: opens a feature's paragraph, after an in-body subhead as often as after a headline.
DATED_OPENING_RE = re.compile(r"^(?:截至|截止)?\d{1,2}月\d{1,2}日[，,]")


def opens_item(text: str) -> bool:
    """True for a line that opens an item: a news lead (:func:`is_lead`) or a dated opening
    (:data:`DATED_OPENING_RE`).

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool

    Examples
    --------
    >>> opens_item("10月13日，东明县举行"), opens_item("截至9月10日，全县"), opens_item("片推介展映、金鸡")
    (True, True, False)
    """
    return is_lead(text) or bool(DATED_OPENING_RE.match(text.strip()))


#: An article's closing note in brackets: the author's post (``（作者为北京大学…主任）``,
#: ``（作者单位：…）``; it may be cut by a line break, so only its opening is matched) or a
#: closing dateline (``（本报平壤10月5日电）``, ``（本报东京电）``) or the end of a series
#: (``（本系列评论到此结束）``).
CLOSING_NOTE_RE = re.compile(
    r"^[(（]\s*(?:作者(?:为|系|是|单位)|本(?:系列|组)[\u4e00-\u9fff]{0,8}(?:结束|完)\s*[)）]$|"
    r"(?:本报|新华社)[\u4e00-\u9fff]{0,8}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?电\s*[)）]$)")


def is_closing_note(text: str) -> bool:
    """True for a bracketed note that closes an article body (author's post, closing dateline).

    Parameters
    ----------
    text : str
        A line or the end of a paragraph.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_closing_note("（作者为北京大学文化资源研究中心主任）"), is_closing_note("（本报东京电）")
    (True, True)
    >>> is_closing_note("（记者 王磊）")
    False
    """
    return bool(CLOSING_NOTE_RE.match(text.strip()))


def is_subtitle_line(text: str) -> bool:
    """True for a ``——`` subtitle line (not a photographer's credit after a dash, ``——季长海　摄``)."""
    return bool(DASH_RE.match(text.strip())) and len(text.strip()) > 2 and not DASH_CREDIT_RE.match(text.strip())


def is_byline(text: str) -> bool:
    """True for a standalone byline: ``(张春燕 王瑞琴)``, ``（记者 王磊）``, ``本报记者 王磊``, ``（王磊 摄）``, an
    outlet's credit closing a reprint (``据《南充日报》（记者 孙悦）``, :func:`~corpus_tools.layout.reprints.outlet_byline`)."""
    return parse_byline(text) is not None or outlet_byline(text) is not None


def is_credit(text: str) -> bool:
    """True for a page credit (``本版文图均由…提供``, ``责任编辑：…``)."""
    return bool(CREDIT_RE.match(text.strip()))


def is_parallel(text: str) -> bool:
    """True for a headline of two or more space-separated clauses (``完善城市功能 提升城市品质``)."""
    t = text.strip()
    if any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT for ch in t) or is_lead(t):
        return False
    parts = WS_RE.split(DIGIT_SPACE_RE.sub("", t))  # "约 1.8万" is not two clauses
    return len(parts) >= 2 and all(len(CJK_RE.findall(p)) >= 2 for p in parts)


def is_parallel_pair(first: str, second: str) -> bool:
    """True for two lines that are the two clauses of one title printed one under the other
    (``千年梯田焕新颜`` / ``红米飘香富万家``): five to nine Chinese characters each, of equal
    length, without punctuation, the first no place name.

    Examples
    --------
    >>> is_parallel_pair("千年梯田焕新颜", "红米飘香富万家"), is_parallel_pair("网岭镇", "一村一品鼓起钱袋子")
    (True, False)
    """
    a, b = first.strip(), second.strip()
    return (5 <= len(a) <= 9 and len(a) == len(b) and all(CJK_RE.fullmatch(ch) for ch in a + b)
            and not is_place_line(a))


#: A lead-in naming who speaks or is portrayed (``外交部发言人``, ``陆军某扫雷排爆大队战士杜富国``).
_WHO_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:发言人|秘书长|校长|院长|教授|民警|教师|战士|书记|主任|局长|县长|市长|"
                     r"负责人|专家|部长|大使|队长|村民|医生|护士|记者)(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff·]{4,10})?$")
#: A title of its own: a short name and a colon before it (``余村：从“卖石头”到“卖风景”``).
COLON_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}：\S")
#: Marks a page prints before a brief item's title or a box's label (``■热水镇 “红色理论宣讲队”进村入户``).
ITEM_MARKS = "■□◆◇●▲★▶►"
#: Marks that open a brief of a column (``■鴜鷺树镇为云盘村…``): the item marks but the photo marks
#: (:data:`PHOTO_MARKS`), which open a caption under a picture among the briefs.
BRIEF_MARKS = "".join(ch for ch in ITEM_MARKS if ch not in PHOTO_MARKS)


def reads_as_kicker(first: str, second: str) -> bool:
    """True when ``first``, printed right above the title ``second`` without a dash, is a lead-in
    (kicker) rather than the title's first line: the title is a quotation of its own
    (``“一切都会好起来的”``) or a name and a colon (``余村：从“卖石头”到“卖风景”``), or the line
    above names who speaks or is portrayed (``外交部发言人``, ``…民警刘健``).

    Examples
    --------
    >>> reads_as_kicker("践行“绿水青山就是金山银山”理念", "余村：从“卖石头”到“卖风景”")
    True
    >>> reads_as_kicker("外交部发言人", "中方对当前中东事态高度关切")
    True
    >>> reads_as_kicker("千年梯田焕新颜", "红米飘香富万家")
    False
    """
    a, b = first.strip(), second.strip()
    if not a or not b or is_parallel_pair(a, b) or a[-1] in "。！？，；：":
        return False
    quoted = b[0] == "“" and b[-1] == "”" and "“" not in b[1:-1]
    return quoted or bool(COLON_TITLE_RE.match(b)) or bool(_WHO_RE.search(a))


_PLACE_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,14}?(?:省|市|县|区|旗|乡|镇|街道|社区|村)$")


def is_place_line(text: str) -> bool:
    """True for a line that is only a place name (``平遥县岳壁乡``, ``城西街道汇通社区``): a kicker.

    Examples
    --------
    >>> is_place_line("平遥县岳壁乡"), is_place_line("县政府召开防汛工作调度会")
    (True, False)
    """
    t = text.strip()
    return len(t) <= 14 and bool(_PLACE_LINE_RE.match(t))


def place_prefix(text: str, raw: str) -> str | None:
    """The place name a line starts with (``平遥县``, ``城东街道``), if the page uses it elsewhere.

    A place is a name ending in 县/乡/镇/街道 that occurs at least twice on the page, which
    rules out chance matches inside ordinary words.
    """
    m = PLACE_RE.match(text.strip())
    if m and raw.count(m.group(1)) >= 2:
        return m.group(1)
    return None


def split_byline(text: str) -> list[str]:
    """Names of a byline: ``"(张春燕 王瑞琴)"`` -> ``["张春燕", "王瑞琴"]`` (roles dropped)."""
    return [n for _, n in parse_byline(text) or []]

def is_credited_caption(text: str) -> bool:
    """A caption closed by its photographer's credit on the same line (:data:`CAPTION_CREDIT_RE`).

    Examples
    --------
    >>> is_credited_caption("图为正河村茶农采摘春茶。 王川 摄"), is_credited_caption("（王川 摄）")
    (True, False)
    """
    return bool(CAPTION_CREDIT_RE.match(text.strip()))


def has_caption_cue(text: str) -> bool:
    """A short line that says it describes a picture (``图为…``, ``…正在…``, ``…现场``)."""
    t = text.strip()
    if CAPTION_START_RE.match(t):
        return True
    return (text_width(t) <= 32 and not any(ch in CLAUSE_PUNCT for ch in t)
            and bool(CAPTION_CUE_RE.search(t)))


def cjk_bigrams(text: str) -> set[str]:
    """The set of adjacent Chinese-character pairs of ``text`` (other characters skipped).

    Examples
    --------
    >>> sorted(cjk_bigrams("平遥 古城"))
    ['古城', '平遥', '遥古']
    """
    chars = CJK_RE.findall(text)
    return {a + b for a, b in zip(chars, chars[1:])}


def turn_point(grams: set[str], parts: Sequence[set[str]], cuts: Iterable[int], *, floor: int = 0) -> int | None:
    """Where a run of text turns to a heading's words: the cut ``c`` of *cuts* (``0 < c < len(parts)``)
    at which the heading's character pairs *grams* shared with ``parts[c:]`` and not ``parts[:c]``,
    less those shared with ``parts[:c]`` and not ``parts[c:]``, gain most; the first such cut, and
    only when the gain is above *floor* (None otherwise). *parts* are the pair sets
    (:func:`cjk_bigrams`) of the paragraphs or lines in print order. Linear in ``len(parts)``.

    Examples
    --------
    >>> parts = [cjk_bigrams("春耕备耕有序"), cjk_bigrams("菜园开园"), cjk_bigrams("居民认领菜园")]
    >>> turn_point(cjk_bigrams("共享菜园开园"), parts, range(1, 3))
    1
    >>> turn_point(cjk_bigrams("共享菜园开园"), parts, range(1, 3), floor=3) is None
    True
    """
    own = [p & grams for p in parts]  # only the heading's pairs count
    before = [set()]
    for p in own:
        before.append(before[-1] | p)
    after = [set() for _ in range(len(own) + 1)]
    for c in range(len(own) - 1, -1, -1):
        after[c] = after[c + 1] | own[c]
    best, at = floor, None
    for c in cuts:
        gain = len(after[c] - before[c]) - len(before[c] - after[c])
        if gain > best:
            best, at = gain, c
    return at


#: A page number before a page's name (``A2 ``, ``第3版 ``).
PAGE_NUMBER_RE = re.compile(r"^(?:[A-H]\d{1,2}|第[\d一二三四五六七八九十]{1,3}版|\d{1,2}(?=\s*[|｜]))\s*(?:版\s*)?"
                            r"(?:[·|｜]\s*)?")
#: The page's editors printed at the end of the page line (``第3版 乡村振兴 责任编辑：刘　畅``,
#: ``主编：高　峰 责任编辑：魏雪莹``, ``版式：刘　畅``; with a space for the colon as the staff line prints
#: them, :data:`STAFF_LINE_RE`: ``第3版　综合新闻　　责任编辑　余清华``, ``要闻　值班主任：海　燕``).
EDITOR_TAIL_RE = re.compile(r"(?:\s+(?:" + "|".join(STAFF_ROLES) + r")(?:\s*[:：]\s*|\s+)[\u4e00-\u9fff]"
                            r"(?:\s{0,2}[\u4e00-\u9fff·]){0,5}){1,3}$")


#: The page line: a page number with a letter (``A2``, ``B03``), ``第3版`` or ``02 |``, and the page's
#: name (``第3版·牧区新闻``), perhaps with its editor.
_PAGE_LINE_RE = re.compile(PAGE_NUMBER_RE.pattern + r"[\u4e00-\u9fff·]{0,8}$")


#: A running head that prints the page's name before its number (``要闻　A1``, ``社区·网格　04``,
#: ``综合新闻·A2``): a lettered page, ``第N版`` or a two-digit page number with its leading zero.
_NAME_FIRST_PAGE_RE = re.compile(r"^[\u4e00-\u9fff·]{2,8}\s*[·|｜]?\s*(?:[A-H]\d{1,2}|第[\d一二三四五六七八九十]{1,3}版|0[1-9])$")
#: The organ that publishes the paper, on the masthead's date line (``X县融媒体中心主办``, ``中共X县委机关报``).
_ORGAN_RE = re.compile(r"(?:^|(?<=\s))[\u4e00-\u9fff]{2,20}(?:机关报|主办|主管|出版)(?=\s|$)")


def is_folio_line(text: str) -> bool:
    """True for the page's date line or page line (``2024年5月8日 星期三``, ``B3 乡镇视窗``,
    ``第2版 综合新闻``), which names no article.

    Examples
    --------
    >>> is_folio_line("2024年5月8日 星期三"), is_folio_line("B3 乡镇视窗"), is_folio_line("5月8日全县开展演练")
    (True, True, False)
    >>> is_folio_line("要闻　A1"), is_folio_line("社区·网格　04"), is_folio_line("青禾县融媒体中心主办　2018年6月14日　星期四")
    (True, True, True)
    >>> is_folio_line("喜迎国庆　70"), is_folio_line("县融媒体中心主办的培训班2018年6月14日开班")
    (False, False)
    >>> is_folio_line("中共青禾县委主管　青禾县融媒体中心主办　　第1版")
    True
    """
    t = EDITOR_TAIL_RE.sub("", text.strip())
    if not t:
        return False
    if masthead_date(t) is not None or _PAGE_LINE_RE.match(t) or _NAME_FIRST_PAGE_RE.match(t):
        return True
    # (the organ's line with the date: ``X市融媒体中心主办　　2018年6月14日　星期四``, or with the page:
    # ``中共X县委主管　X县融媒体中心主办　　第1版``)
    organ = _ORGAN_RE.sub(" ", t)
    return organ != t and (masthead_date(organ) is not None or bool(_PAGE_LINE_RE.match(organ.strip())))


#: One field of a masthead's small print: the issue number (``第710期``, ``总第1234期``), the page count
#: (``本期四版``, ``今日8版``), the registration and postal codes (``国内统一刊号：CN35-0093``, ``邮发代号：33-12``),
#: the organ or publisher (``中共宁化县委机关报``, ``宁化县融媒体中心主办``), ``内部资料``/``免费交流`` and the
#: internal print permit (``内部准印证：湘株字第79号``).
_MASTHEAD_FIELD_RE = re.compile(
    r"(?:总?第\s*\d{1,5}\s*期|(?:本期|今日)\s*[\d一二三四五六七八九十]{1,3}\s*版"
    r"|(?:国内统一(?:连续出版物)?刊号|刊号|邮发代号)\s*[:：]?\s*(?:CN)?\s*[\dA-Z]{1,4}\s*[-－]\s*\d{1,4}(?:/[A-Z]{1,2})?"
    r"|CN\s*\d{2}\s*[-－]\s*\d{4}(?:/[A-Z]{1,2})?|[\u4e00-\u9fff]{2,20}(?:机关报|主办|出版)|内部资料|免费交流"
    r"|(?:内部)?准印证号?\s*[:：]?\s*[\u4e00-\u9fff]{0,4}(?:字)?(?:第\s*)?[\dA-Z-－]{1,8}\s*号?)")


def is_masthead_line(text: str) -> bool:
    """True for a line of a masthead's small print, every field one of :data:`_MASTHEAD_FIELD_RE`
    (``第433期　本期四版``, ``中共宁化县委机关报　国内统一刊号：CN35-0012``): page furniture that names no article.

    Examples
    --------
    >>> is_masthead_line("第433期　本期四版"), is_masthead_line("中共宁化县委机关报　　国内统一刊号：CN35-0012")
    (True, True)
    >>> is_masthead_line("邮发代号：34-56　总第2021期"), is_masthead_line("第3期培训班开班")
    (True, False)
    >>> is_masthead_line("中共某市委机关报　　内部准印证：湘株字第79号")
    True
    """
    t = text.strip()
    return bool(t) and len(t) <= 60 and not _MASTHEAD_FIELD_RE.sub("", t).strip(" \u3000·|｜")


#: A page's staff line: only production roles, each with a name (``责任编辑：俞佳敏 版式设计：周洁``,
#: ``编辑 赵明远  校对 孙丽``), perhaps in brackets after an article (``（责任编辑　李　平）``, ``（编辑：卢　敏）``).
STAFF_LINE_RE = re.compile(
    r"^[(（]?(?:(?:" + "|".join(STAFF_ROLES) + r")\s*[:：\s]\s*"
    r"(?:[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,5}"
    r"|[\u4e00-\u9fff·]{2,4})(?:[\s、,，]+[\u4e00-\u9fff·]{2,4})*?\s*){1,4}[)）]?$")


def is_staff_line(text: str) -> bool:
    """A line naming the page's editors and designers, role by role (:data:`STAFF_LINE_RE`): page
    furniture, no kicker or section.

    Examples
    --------
    >>> is_staff_line("责任编辑：俞佳敏 版式设计：周洁"), is_staff_line("编辑 赵明远  校对 孙丽")
    (True, True)
    >>> is_staff_line("责任编辑：才让卓玛　校对：韩　忠")  # a two-character name padded to three
    True
    >>> is_staff_line("（责任编辑　李　平）"), is_staff_line("本版编辑：江　涛"), is_staff_line("（编辑：卢　敏）")
    (True, True, True)
    >>> is_staff_line("本版编辑：何　平　审核：阿依·努尔")  # a transliterated name with its dot
    True
    >>> is_staff_line("编辑部召开会议")
    False
    """
    return bool(STAFF_LINE_RE.match(text.strip()))


#: A page's name: two to eight Chinese characters, or two words joined by a middle dot (``劳务·民生``, user37 F8).
_PAGE_NAME = r"[\u4e00-\u9fff]{1,6}[·・•][\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,8}"
#: A page line's section after its page number (``… 第3版 镇街动态``, ``… A2 要闻``).
_PAGE_TAIL_RE = re.compile(r"(?:^|\s)(?:[A-H]\d{1,2}|第[\d一二三四五六七八九十]{1,3}版)\s*(?:版\s*)?(?:[·|｜]\s*)?"
                           rf"({_PAGE_NAME})$"
                           rf"|(?:^|\s)({_PAGE_NAME})\s*[·|｜]?\s*[A-H]\d{{1,2}}$")  # (or before it: ``要闻·A1``)


#: A paper's name in capitals beside its Chinese name (``QINGHE RIBAO``): no section.
_LATIN_NAME_RE = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}$")


def page_name(text: str) -> str | None:
    """The page's name printed with its page number on a page line or running head, before or after the number
    (``第04版　社区·网格``, ``B3 乡镇视窗``, ``要闻　A1``, ``社区·网格　04``, ``2024年3月22日 星期五 A2 要闻``),
    else None.

    Examples
    --------
    >>> page_name("第04版　社区·网格"), page_name("要闻　A1"), page_name("社区·网格　04"), page_name("综合新闻·A2")
    ('社区·网格', '要闻', '社区·网格', '综合新闻')
    >>> page_name("2024年3月22日 星期五 A2 要闻"), page_name("美丽乡村行"), page_name("2024年3月22日 星期五")
    ('要闻', None, None)
    >>> page_name("平川报　2009年5月8日　星期五　第3版　文化·旅游")  # a name of two words by a middle dot
    '文化·旅游'
    """
    t = EDITOR_TAIL_RE.sub("", text.strip())
    if not is_folio_line(t):
        return None
    if masthead_date(t) is None and PAGE_NUMBER_RE.match(t):
        name = PAGE_NUMBER_RE.sub("", t).strip()
        return name or None
    m = _NAME_FIRST_PAGE_RE.match(t)
    if m:
        return re.sub(r"\s*[·|｜]?\s*(?:[A-H]\d{1,2}|第[\d一二三四五六七八九十]{1,3}版|0[1-9])$", "", t) or None
    m = _PAGE_TAIL_RE.search(t) if masthead_date(t) is not None else None
    return (m.group(1) or m.group(2)) if m else None


def section_for(banners: "list[tuple[int, str]]", first: int) -> str | None:
    """The section of an article whose first heading or line is at position *first*: the page's name
    printed with its page number (:func:`page_name`; the last such line before it, else the first), else
    the last banner ``(position, text)`` before it, else the page's first banner; a folio line
    (``2024年6月12日 星期三 第01版``, :func:`corpus_tools.text.masthead_date`), the masthead over the
    page's first folio line and a paper's name in capitals (``QINGHE RIBAO``) name no section.

    Examples
    --------
    >>> section_for([(0, "2024年6月12日 星期三"), (5, "要闻"), (40, "乡村振兴")], 20)
    '要闻'
    >>> section_for([(0, "2024年6月12日 星期三")], 20) is None
    True
    >>> section_for([(0, "B3 乡镇视窗")], 20)  # a page line names its page, not by its number
    '乡镇视窗'
    >>> section_for([(0, "嵊州日报"), (1, "2024年3月22日 星期五 A2 要闻"), (2, "责任编辑：俞佳敏")], 20)
    '要闻'
    >>> section_for([(0, "2024年6月21日 星期五 第3版 城乡 责任编辑：汤丽君 校对：俞 斌")], 20)
    '城乡'
    >>> section_for([(0, "宁化报　2011年4月21日　星期四　要闻·A1")], 20)  # the page's name before its number
    '要闻'
    >>> section_for([(0, "QINGHE RIBAO"), (2, "第04版　社区·网格"), (9, "美丽乡村行")], 20)  # a kicker: no section
    '社区·网格'
    >>> section_for([(0, "青禾日报"), (1, "2004年5月12日　星期三")], 20) is None
    True
    """
    bare = [(at, EDITOR_TAIL_RE.sub("", t.strip())) for at, t in banners]  # (without the page's editors)
    # (the page's name as the page prints it, by its page number, is the section of all its articles: a
    # banner under it is a column's name or a kicker)
    pages = sorted((at, name) for at, t in bare for name in [page_name(t)] if name)
    if pages:
        before = [name for at, name in pages if at < first]
        return before[-1] if before else pages[0][1]
    dated = min((at for at, t in bare if masthead_date(t) is not None), default=-1)  # (the masthead over it)
    named = [(at, PAGE_NUMBER_RE.sub("", t).strip()) for at, t in bare
             if masthead_date(t) is None and not is_staff_line(t) and not is_masthead_line(t)
             and not _LATIN_NAME_RE.match(t) and at > dated]
    # (a folio line names its section after its page number: ``2024年3月22日 星期五 A2 要闻``)
    named += [(at, m.group(1) or m.group(2)) for at, t in bare if masthead_date(t) is not None
              for m in [_PAGE_TAIL_RE.search(t)] if m]
    named.sort(key=lambda x: x[0])
    named = [(at, t) for at, t in named if t]
    before = [t for at, t in named if at < first]
    return before[-1] if before else (named[0][1] if named else None)


#: Sentence marks no title holds (a ``place：…`` title after its colon, a photo-news title).
SENTENCE_MARKS = frozenset("，,；;。！？!?…")
#: Dashes that open a subtitle (``——记…``) or close a lead-in running into its title (``外交部发言人——``).
HEAD_DASHES = ("—", "-", "─")


def heading_form(text: str, *, shortest: int = 2, longest: int = 30, strict: bool = False) -> bool:
    """Whether a line has a heading's form (the test the byline, after-heading and indent passes share).

    Parameters
    ----------
    text : str
        The line (white space around it ignored).
    shortest, longest : int
        Its length in characters must lie in this range.
    strict : bool
        False: no sentence mark (:data:`SENTENCE_MARKS`) anywhere (``宁家坪镇：绿水青山变成金山银山``).
        True: a headline's punctuation, no sentence mark nor bracket but a last ``！`` or ``？``
        (``农村电商如何“带货”又“带富”？``), no clause mark at its end, no dash (:data:`HEAD_DASHES`)
        at either end.

    Returns
    -------
    bool
        True for a line of that form that is no news lead, byline, credit or folio line.

    Examples
    --------
    >>> heading_form("宁家坪镇：绿水青山变成金山银山"), heading_form("通讯员 贺芳"), heading_form("第3版 综合新闻")
    (True, False, False)
    >>> heading_form("防汛不松劲　堤坝有人守！"), heading_form("防汛不松劲　堤坝有人守！", strict=True)
    (False, True)
    >>> heading_form("——记两河口镇返乡青年", strict=True), heading_form("产业兴旺", shortest=5)
    (False, False)
    """
    t = text.strip()
    if not shortest <= len(t) <= longest or is_lead(t) or is_byline(t) or is_credit(t) or is_folio_line(t):
        return False
    if not strict:
        return not any(ch in SENTENCE_MARKS for ch in t)
    core = t[:-1] if t[-1:] in "！？!?" and len(t) > 3 else t
    return (not any(ch in SENTENCE_MARKS or ch in "()（）" for ch in core) and core[-1] not in CLAUSE_PUNCT
            and not t.startswith(HEAD_DASHES) and not t.endswith(HEAD_DASHES))
