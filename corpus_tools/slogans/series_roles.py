"""Where an unquoted series stands in its sentence: a description the page gives, not a requirement it sets.

Guide 2b takes an unquoted series only when it is presented as a requirement, goal, principle or
method. A series the rules take without such a frame (by a repeated word, by its recurrence in
People's Daily, by its shape: :data:`UNFRAMED`) is often a list the sentence
describes. On 150 People's Daily articles of 2019-2020 judged by hand (round fifteen, slogan22; gold pool
and earlier samples skipped) these were the most frequent wrong finds, and their place in the sentence
tells them apart by form:

* the enumeration goes on after the series (生命权、健康权、财产权和发展权等; 根本性、全局性、稳定性和长期性):
  the page lists the parts of something (a series that is the tail of a longer one, 政治纪律和政治规矩、组织纪律、
  廉洁纪律…, is not taken by this cue: in that sample it also cut two formulae, 改革发展稳定、内政外交国防、治党治国治军);
* the series qualifies 问题 (结构性、体制性、周期性问题相互交织; 农业农村农民问题): a problem is described,
  unless the sentence sets out to solve it (解决群众最急最忧最盼问题);
* the series stands in parentheses (“三股势力”（民族分裂势力、宗教极端势力、暴力恐怖势力）): it glosses a term.

:func:`misaligned_compact` is a matter of form too: a six-character window the corpus prints on several
days can be the neighbour of the real series (为做强做优做 of 为做强做优做大国有资本); the window one character along that the corpus prints more often is the series, and the misaligned one is no find.
:func:`compact_extent` widens a compact window to the whole run of its pattern (逐村逐户逐人逐项), and
:func:`compact_parallel` tells a compact series of three parts (联防联治联享).

The other side, the frames that make a series a requirement or goal, is here too: :data:`REQUIRE_RE` and
:data:`DONE_RE` before a series, :func:`goal_frame` (向…转变, 以…带动) around it, and :func:`described_series`, which
reads the cues above for a series taken without a frame (:data:`UNFRAMED`).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from corpus_tools.slogans.core import SloganMention, is_cjk, series_parts
from corpus_tools.slogans.placenames import is_place

__all__ = ["goes_on", "qualifies_problem", "problem_described", "in_gloss", "description_cue", "misaligned_compact",
           "compact_extent", "NAME_ITEM_HEADS", "CIRCUMSTANCE_RE", "name_items", "in_circumstance", "compact_parallel",
           "goal_frame", "REQUIRE_RE", "DONE_RE", "UNFRAMED", "described_series", "counted_things"]

_GOES_ON_RE = re.compile(r"^(?:[和及与]|以及)(?![\u4e00-\u9fff]{0,8}(?:[一二两三四五六七八九十]|\d)(?:大|个|项|种|类|方面))|^等")


def goes_on(after: str) -> bool:
    """Whether the enumeration continues after the series (和发展权等, 和长期性; …等), unless a count of the
    items closes it (产业扶贫、用工扶贫、创业扶贫和金融扶贫四大领域).

    Parameters
    ----------
    after : str
        What the text prints right after the series (和发展权等).

    Returns
    -------
    bool
        True when the enumeration continues and no count closes it.

    Examples
    --------
    >>> goes_on("和发展权等"), goes_on("和金融扶贫四大"), goes_on("，不断")
    (True, False, False)
    """
    return bool(_GOES_ON_RE.match(after))


def qualifies_problem(after: str) -> bool:
    """Whether the series qualifies 问题 right after it (结构性、体制性、周期性问题).

    Parameters
    ----------
    after : str
        The text after the series, e.g. 问题相互交织.

    Returns
    -------
    bool
        Whether 问题 follows the series directly.

    Examples
    --------
    >>> qualifies_problem("问题相互交织"), qualifies_problem("的要求")
    (True, False)
    """
    return after.startswith(("问题", "的问题"))


_TACKLE_RE = re.compile(r"(?:解决|破解|化解|回应|聚焦|着力|整改|排查|办好|办理)[\u4e00-\u9fff]{0,4}$")


def problem_described(before: str, after: str) -> bool:
    """Whether the series qualifies 问题 (:func:`qualifies_problem`) that the sentence describes, not one it
    sets out to solve (解决群众最急最忧最盼问题 is a requirement).

    Parameters
    ----------
    before : str
        The sentence up to the series.
    after : str
        The sentence from the series' end on.

    Returns
    -------
    bool
        True when the series qualifies a 问题 the sentence describes, not one to solve.

    Examples
    --------
    >>> problem_described("攻关期，", "问题相互交织"), problem_described("解决群众", "问题。")
    (True, False)
    """
    return qualifies_problem(after) and not _TACKLE_RE.search(before)


def in_gloss(before: str, after: str) -> bool:
    """Whether the series fills a pair of parentheses by itself (a gloss: “三股势力”（民族分裂势力…）).

    Parameters
    ----------
    before : str
        Text before the series; a gloss ends in （.
    after : str
        Text after the series; a gloss goes on with ）.

    Returns
    -------
    bool
        True when the series alone fills the parentheses.

    Examples
    --------
    >>> in_gloss("境内外“三股势力”（", "）在"), in_gloss("坚持", "，")
    (True, False)
    """
    return before.endswith(("（", "(")) and after.startswith(("）", ")"))


def description_cue(before: str, after: str) -> bool:
    """Whether an unframed series between *before* and *after* is a list the sentence describes: the enumeration
    goes on (:func:`goes_on`), it qualifies 问题 the sentence describes (:func:`problem_described`)
    (:func:`qualifies_problem`) or it glosses a term in parentheses (:func:`in_gloss`).

    Parameters
    ----------
    before : str
        The clause before the unframed series.
    after : str
        The clause after the unframed series (its end included).

    Returns
    -------
    bool
        Whether :func:`goes_on`, :func:`problem_described` or :func:`in_gloss` holds.

    Examples
    --------
    >>> description_cue("群众的", "和发展权等"), description_cue("增强人民的", "。")
    (True, False)
    """
    return goes_on(after) or problem_described(before, after) or in_gloss(before, after)


def misaligned_compact(text: str, a: int, b: int, days: Mapping[str, int]) -> bool:
    """Whether the compact window ``text[a:b]`` is a neighbour of the series the corpus prints: the window one
    character to the left or right is printed on more days (*days*: the corpus recurrence table).

    Parameters
    ----------
    text : str
        The text.
    a, b : int
        Start and end offsets of the window.
    days : mapping of str to int
        Compact series with the days the corpus prints them.

    Returns
    -------
    bool
        True when a window shifted by one character is printed on more days.

    Examples
    --------
    >>> t = "为做强做优做大国有资本"
    >>> misaligned_compact(t, 0, 6, {"为做强做优做": 3, "做强做优做大": 90})
    True
    >>> misaligned_compact(t, 1, 7, {"为做强做优做": 3, "做强做优做大": 90})
    False
    """
    own = days.get(text[a:b], 0)
    # on a tie neither window is preferred: 交往交流交融 and 族交往交流交 are printed on the same days, and so are
    # 强农惠农富农 and 农惠农富农政 (a tie-break by the place of the shared character took the wrong one there)
    return any(0 <= a + d and b + d <= len(text) and days.get(text[a + d:b + d], 0) > own for d in (-1, 1))


def compact_extent(text: str, a: int, b: int) -> tuple[int, int]:
    """The whole compact series whose three items ``text[a:b]`` are (a compact parallel of six characters):
    more items of the same pattern before or after it join (自重自省自警自励, 逐村逐户逐人逐项), so that a
    series of four is not read as its first three.

    Parameters
    ----------
    text : str
        The text.
    a, b : int
        Start and end offsets of the three items.

    Returns
    -------
    tuple of (int, int)
        Start and end offsets of the whole series.

    Examples
    --------
    >>> t = "做到逐村逐户逐人逐项排查"
    >>> t[slice(*compact_extent(t, 2, 8))]
    '逐村逐户逐人逐项'
    >>> t = "坚持共商共建共享原则"
    >>> t[slice(*compact_extent(t, 2, 8))]
    '共商共建共享'
    """
    slot = 0 if text[a] == text[a + 2] else 1          # the shared character: first or second of each pair
    c = text[a + slot]
    while b + 2 <= len(text) and text[b + slot] == c and is_cjk(text[b:b + 2]) and text[b + 1 - slot] != c:
        b += 2
    while a - 2 >= 0 and text[a - 2 + slot] == c and is_cjk(text[a - 2:a]) and text[a - 1 - slot] != c:
        a -= 2
    return a, b


#: Heads of names of things or posts: a series of such items is a list of names, no formula.
NAME_ITEM_HEADS = ("医院", "项目", "产品", "药品", "书记", "主任", "委员", "常委", "局长", "部长", "主席", "公司", "大学",
                    "学校", "中心", "部门", "单位")
#: A circumstance before a candidate (在统一指挥…下, 在…问题上).
CIRCUMSTANCE_RE = re.compile(r"在[\u4e00-\u9fff]{0,6}$")


def name_items(items: Sequence[str]) -> bool:
    """Whether two or more series *items* all end in a head of names of things or posts (:data:`NAME_ITEM_HEADS`) or
    are all names of places of three or more characters (李渡街道、马鞍街道、荔枝街道: a list of divisions).

    Parameters
    ----------
    items : sequence of str
        The items of a series (北京友谊医院, 北京同仁医院).

    Returns
    -------
    bool
        True when there are two or more and all end in such a head.

    Examples
    --------
    >>> name_items(["北京友谊医院", "北京同仁医院"]), name_items(["统一指挥", "统一协调"])
    (True, False)
    """
    return len(items) >= 2 and (all(it.endswith(NAME_ITEM_HEADS) for it in items)
                                or all(len(it) >= 3 and is_place(it) for it in items))   # 李渡街道、马鞍街道…


def in_circumstance(before: str, after: str) -> bool:
    """Whether a candidate between *before* and *after* stands in a circumstance (在统一指挥…下, 在…问题上).

    Parameters
    ----------
    before : str
        What precedes the candidate (在党中央).
    after : str
        What follows it (下，).

    Returns
    -------
    bool
        True for a candidate framed by 在…下 or 在…上.

    Examples
    --------
    >>> in_circumstance("在党中央", "下，"), in_circumstance("要", "，")
    (True, False)
    """
    return bool(CIRCUMSTANCE_RE.search(before)) and after[:1] in "下上中"


# A series wrapped by a goal or method frame (guide 2b: presented as a goal or method): 向规模化、组织化、专业化转变
# (People's Daily 2019-2020, read with training/crawl.py: 向…迈进/发展/升级 around seven even series, every one a goal
# formula: 数字化、网络化、智能化; 更大规模、更宽领域、更高水平), 以新技术、新服务、新渠道带动 (the method frame of
# 以…为抓手, with a verb). Both the preposition before and the verb after are needed.
_WRAP_BEFORE = ("向", "以")


_WRAP_AFTER_RE = {"向": re.compile(r"^(?:转变|转型|迈进|迈向|发展|升级|延伸|提升|跃升|拓展)"),
                  "以": re.compile(r"^(?:带动|推动|促进|引领|助推|驱动|赋能)")}


_COMPACT_RES = (re.compile(r"(.)(.)\1(.)\1(.)"),       # 联防联治联享
                re.compile(r"(.)(.)(.)\2(.)\2"))       # 防联治联享联 (shared second char)


def compact_parallel(s: str) -> bool:
    """Whether *s* is a compact parallel series of three two-character parts printed without separators
    (联防联治联享: one character heads every part, the others differ).

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True for six Chinese characters of the compact form.

    Examples
    --------
    >>> compact_parallel("联防联治联享"), compact_parallel("联防联治联防"), compact_parallel("乡村振兴战略")
    (True, False, False)
    """
    if len(s) != 6 or not is_cjk(s):
        return False
    if _COMPACT_RES[0].fullmatch(s):
        a, b, c, d = (_COMPACT_RES[0].fullmatch(s).group(i) for i in range(1, 5))
        return len({b, c, d}) == 3
    m = _COMPACT_RES[1].fullmatch(s)
    return bool(m) and len({m.group(1), m.group(3), m.group(4)}) == 3


def goal_frame(prefix: str, after: str) -> bool:
    """Whether a series sits in a goal or method frame: 向X转变/迈进, 以X带动/推动.

    Parameters
    ----------
    prefix : str
        The text before the series.
    after : str
        The text after it.

    Returns
    -------
    bool
        True when the character before the series opens a frame that the text after closes.

    Examples
    --------
    >>> goal_frame("推动农业向", "转变"), goal_frame("推动农业向", "看齐")
    (True, False)
    """
    head = prefix[-1:]
    return head in _WRAP_BEFORE and bool(_WRAP_AFTER_RE[head].match(after))


# Frame cues added in the slogan15 round (hand labels of 150 unseen People's Daily reports): a requirement verb or
# modal right before the candidate (坚持依规依纪依法, 要广泛动员群众、组织群众…, 必须统一领导…) against a finished
# description (提供了机制保障、组织保障…, 形成了全面动员…的局面), a circumstance (在统一指挥…下, 在敏感点…问题上)
# and items that are names of things or posts (北京友谊医院、北京同仁医院…, 市委常委、纪委书记、监委主任).
REQUIRE_RE = re.compile(r"(?:要|必须|应当?|需要?|务必|坚持|做到|实行|实现|确保|保证|推进|推动|促进|加快|构建|"
                         r"培育|培养|提高|发扬|落实|强化|按照|着力|努力|不断|进一步|全面|切实)[\u4e00-\u9fff]{0,2}$")


DONE_RE = re.compile(r"了[\u4e00-\u9fff]{0,3}$")


#: Evidence of unquoted series taken without a requirement frame (by repetition, recurrence or shape alone);
#: not ``requirement series`` (可X、可Y、可Z), whose shape is itself a requirement.
UNFRAMED = ("repeated word", "recurring series", "recurring compact series", "standalone series")


#: one and a measure word opening an item (一处暖棚, 一亩干果经济林, 一个家庭养殖场): a count of things
_ONE_THING_RE = re.compile(r"一[个名亩处眼片台套座间条口张头只块栋所家支项棵株辆][\u4e00-\u9fff]{1,8}")


def counted_things(items: Sequence[str]) -> bool:
    """Whether the items of a series that spells out a numbered formula of its page (``counted series``) are the
    things or the evils it counts rather than the parts of a formula: every item one thing counted by a measure
    word (“五个一”……即一处暖棚、一眼机电井、一片人工草地…; “三个一”工程，即每户建成一亩旱涝保收田…), or every item
    a disorder or a hardship (“三乱”…乱搭乱建、乱贴乱画、乱停乱放; 行路难、饮水难…这“四难”问题; “清四乱”…乱占、乱采、
    乱堆、乱建问题). The guide lists descriptive counts among what is no slogan; the count (五个一, 三乱, 四难) is the
    formula. On the open page sets five such series of four sets are no gold item (pages22, pages26 twice, pages28o,
    pages29o), and no open gold item is an unquoted series of this shape; the parts of a count that name what is done
    (路面净、路缘净…; 送新发展理念、送支持政策…) are formulae and stay.

    Parameters
    ----------
    items : sequence of str
        The items of the series.

    Returns
    -------
    bool
        True for a list of things counted or of evils.

    Examples
    --------
    >>> counted_things(["一处暖棚", "一眼机电井", "一片人工草地"]), counted_things(["乱占", "乱采", "乱堆", "乱建"])
    (True, True)
    >>> counted_things(["行路难", "饮水难", "上学难"]), counted_things(["路面净", "路缘净", "树穴净"])
    (True, False)
    >>> counted_things(["荒山", "荒沟", "荒坡", "荒滩"])
    True
    """
    if len(items) < 2:
        return False
    if all(_ONE_THING_RE.fullmatch(w) for w in items):
        return True
    if all(len(w) == 2 and w[0] == items[0][0] for w in items):
        return True              # the count's character and one thing each: 荒山、荒沟、荒坡、荒滩 of “四荒”, 改圈、改厕、
        #                          改厨 of “一池三改” (pages27, two pages; the count is the gold item). Not the kinds
        #                          a count's character heads (党务、村务、财务 of 三务: People's Daily, gold)
    slots = [w.find("乱") for w in items]
    return (min(slots) >= 0 and len(set(slots)) == 1) or all(len(w) >= 3 and w.endswith("难") for w in items)


def described_series(text: str, m: SloganMention) -> bool:
    """Whether the unquoted series *m*, taken without a frame (:data:`UNFRAMED`) or as the parts of a count of its page
    (``counted series``: :func:`counted_things`), is a description rather than a requirement: its items name things or
    posts (北京友谊医院、北京同仁医院…; 市委常委、纪委书记、监委主任), it stands in a circumstance (在党中央统一指挥、统一协调、统一调度下) or its place in the sentence makes it a list
    described (:func:`~corpus_tools.slogans.series_roles.description_cue`: 结构性、体制性、周期性问题). Guide 2b asks
    an unquoted series for a frame.

    Parameters
    ----------
    text : str
        The text *m* indexes.
    m : SloganMention
        A series found by :func:`unquoted_series`.

    Returns
    -------
    bool
        True when *m* is an unframed series that describes; False for quoted, framed or non-series mentions.

    Examples
    --------
    >>> t = "在党中央统一指挥、统一协调、统一调度下，各地"
    >>> described_series(t, SloganMention("统一指挥、统一协调、统一调度", "parallel", 4, 18, False, "", "repeated word"))
    True
    """
    if m.quoted or m.kind != "parallel":
        return False
    items = series_parts(m.text)
    if m.evidence == "counted series":
        return counted_things(items)          # the things or evils a count names, not its formula
    if not m.evidence.startswith(UNFRAMED):
        return False
    before, after = text[max(0, m.start - 8):m.start], text[m.end:m.end + 2]
    return name_items(items) or in_circumstance(before, after) \
        or description_cue(before, text[m.end:m.end + 10])           # a list described (series_roles)
