"""Where an unquoted series stands in its sentence: a description the page gives, not a requirement it sets.

Guide 2b takes an unquoted series only when it is presented as a requirement, goal, principle or
method. A series the rules take without such a frame (by a repeated word, by its recurrence in
People's Daily, by its shape: :data:`~corpus_tools.slogans.series.UNFRAMED`) is often a list the sentence
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
:func:`compact_extent` widens a compact window to the whole run of its pattern (逐村逐户逐人逐项).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from corpus_tools.slogans.core import is_cjk

__all__ = ["goes_on", "qualifies_problem", "problem_described", "in_gloss", "description_cue", "misaligned_compact",
           "compact_extent", "NAME_ITEM_HEADS", "CIRCUMSTANCE_RE", "name_items", "in_circumstance"]

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
    """Whether two or more series *items* all end in a head of names of things or posts (:data:`NAME_ITEM_HEADS`).

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
    return len(items) >= 2 and all(it.endswith(NAME_ITEM_HEADS) for it in items)


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
