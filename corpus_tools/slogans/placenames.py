"""Place names in quoted phrases: the gazetteer tests every path of the slogan detector shares.

A quoted place (“十八洞村”, “三江”) or a phrase that opens with one (巴州区…, 武汉微服务) names a place or
something of that place, not a formula (guide: names of places are not slogans). The gazetteer
(:mod:`corpus_tools.gazetteer`) loads only when one of these is first asked.
"""

from __future__ import annotations

import re

from corpus_tools.slogans.core import is_cjk

__all__ = ["is_place_name", "starts_with_division", "city_stem_start", "is_division_stem", "is_place", "opens_with_numeral_stem",
           "opens_with_village", "village_stem_on_page", "opens_with_nature_name"]

# what follows the short name of an autonomous county or prefecture (三江 of 三江侗族自治县, 景宁 of 景宁畲族自治县)
_AUTONOMOUS_RE = re.compile(r"[\u4e00-\u9fff]{1,5}族(?:[\u4e00-\u9fff]{1,4}族)*自治[县州旗]")


def is_place_name(s: str) -> bool:
    """Whether *s* is the full name of a division at any level somewhere in China (小岗村, 塘约村, 十八洞村, 三河市).

    Parameters
    ----------
    s : str
        A phrase that may be a division's full name (小岗村, 三河市).

    Returns
    -------
    bool
        True when the gazetteer holds *s* as the full name of a division.

    Examples
    --------
    >>> is_place_name("小岗村"), is_place_name("三农")
    (True, False)
    """
    from corpus_tools.gazetteer import lookup

    return any(d.name == s for d in lookup(s))


def starts_with_division(s: str) -> bool:
    """Whether *s* opens with the full name of a province, city or county (巴州区…, 青岛市…) and
    goes on for two or more characters: the place's own name for a platform or product.

    Parameters
    ----------
    s : str
        A phrase that may open with a division's full name (青岛市…).

    Returns
    -------
    bool
        True when *s* opens with such a name and at least two characters follow.
    """
    from corpus_tools.gazetteer import lookup

    return _opens_with(s, 6, tuple("省市州盟区县旗"),
                       lambda head: any(d.name == head for lvl in ("province", "city", "county")
                                        for d in lookup(head, level=lvl)))


def _opens_with(s: str, stop: int, heads: tuple[str, ...], is_division) -> bool:
    """Whether a prefix of *s* of three to ``stop - 1`` characters ends in one of *heads*, passes *is_division*,
    and leaves two or more characters after it."""
    return any(s[:k].endswith(heads) and is_division(s[:k]) for k in range(3, min(stop, len(s) - 1)))


def city_stem_start(s: str) -> bool:
    """Whether *s* opens with the short name of a province or prefecture-level city (武汉微服务,
    江苏好人) followed by two or more characters: that place's own name for something.

    Parameters
    ----------
    s : str
        A phrase that may open with a short name (武汉微服务, 江苏好人).

    Returns
    -------
    bool
        Whether a province's or prefecture-level city's short name opens it, two or more characters on.
    """
    from corpus_tools.gazetteer import lookup

    return any(len(s) >= k + 2 and any(d.name[:k] == s[:k] and len(d.name) <= k + 3
                                        for lvl in ("province", "city") for d in lookup(s[:k], level=lvl))
               for k in (2, 3))


def is_division_stem(s: str) -> bool:
    """Whether *s* is the short name of a province, city or county (青岛, 广东, 安吉), or of an autonomous
    county or prefecture (三江 of 三江侗族自治县).

    Parameters
    ----------
    s : str
        A short name such as 安吉 or 三江, or another phrase.

    Returns
    -------
    bool
        True for the short name of a province, city or county, or of an autonomous one.

    Examples
    --------
    >>> is_division_stem("安吉"), is_division_stem("三江"), is_division_stem("三农")
    (True, True, False)
    """
    from corpus_tools.gazetteer import lookup

    if len(s) < 2:
        return False
    for lvl in ("province", "city", "county"):
        for d in lookup(s, level=lvl):
            if d.name[:len(s)] == s and (len(d.name) <= len(s) + 3
                                         or _AUTONOMOUS_RE.fullmatch(d.name[len(s):]) is not None):
                return True
    return False


def is_place(s: str) -> bool:
    """Whether *s* is a place: the full name of any division (:func:`is_place_name`) or the short name of a
    province, city or county (:func:`is_division_stem`).

    Parameters
    ----------
    s : str
        A full name (十八洞村), a short one (三江) or another phrase.

    Returns
    -------
    bool
        True for a place's full or short name (:func:`is_place_name`, :func:`is_division_stem`).

    Examples
    --------
    >>> is_place("十八洞村"), is_place("三江"), is_place("五个一批")
    (True, True, False)
    """
    return is_place_name(s) or is_division_stem(s)


_LOCAL_HEADS = ("村", "镇", "乡", "屯", "社区", "街道", "嘎查", "苏木")


def opens_with_village(s: str) -> bool:
    """Whether *s* opens with the full name of a village, township or community somewhere in China (八岔村味道,
    十八洞村精神) and goes on for two or more characters: something of that place, so a numeral that opens the
    name (八 of 八岔村) counts nothing.

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True when a prefix of three to seven characters ending in 村, 镇, 乡, 屯, 社区, 街道, 嘎查 or 苏木 is the
        full name of a division the gazetteer holds, and at least two characters follow it.

    Examples
    --------
    >>> opens_with_village("十八洞村精神"), opens_with_village("三村联建"), opens_with_village("十八洞村")
    (True, False, False)
    """
    return _opens_with(s, 8, _LOCAL_HEADS, is_place_name)


def village_stem_on_page(s: str, page: str) -> bool:
    """Whether the quoted *s* is the name of a village, township or community the same page prints in full: the
    page has *s* followed by 村, 镇, 乡, 屯, 社区, 街道, 嘎查 or 苏木, and the gazetteer holds that full name (a
    brand named after the village, 注册了“十八洞”猕猴桃商标, on a page about 十八洞村). A numeral opening such a
    name counts nothing.

    Parameters
    ----------
    s : str
        A quoted phrase.
    page : str
        The text the quote is printed in.

    Returns
    -------
    bool
        True when ``s + head`` is printed on the page and is a division's full name.

    Examples
    --------
    >>> village_stem_on_page("十八洞", "来到十八洞村。注册了“十八洞”商标"), village_stem_on_page("三改", "推进“三改”")
    (True, False)
    """
    return any(s + h in page and is_place_name(s + h) for h in _LOCAL_HEADS)



def opens_with_nature_name(s: str) -> bool:
    """Whether *s* opens with the name of a mountain, river or lake of three or more characters (六盘山牛,
    九龙江口): a thing of that place, whose numeral belongs to the name and counts nothing.

    The names are the entity tagger's list of natural features (``data/entities/nature_names.txt`` and its mined
    companion, mined from People's Daily 1998, jieba and CLUENER), loaded on the first call.

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True when a prefix of three or more characters is such a name.

    Examples
    --------
    >>> opens_with_nature_name("六盘山牛"), opens_with_nature_name("五水共治")
    (True, False)
    """
    from corpus_tools._entity_rules.lexicon import nature_names  # the entity tagger's list (one list, not a copy)

    names = nature_names()
    return any(s[:k] in names for k in range(3, len(s) + 1))


#: numerals that may open a county's or city's short name (三江, 五峰, 七台河, 十堰, 九寨沟)
_NAME_NUMERALS = "一二两三四五六七八九十百千万双"


def opens_with_numeral_stem(s: str) -> bool:
    """Whether *s* opens with the short name of a province, city or county that holds a numeral (三江, 五峰, 十堰)
    and goes on for two or more Chinese characters: a product or thing of that place (“三江早春茶”, pages25), whose
    numeral belongs to the place's name and counts nothing.

    No open gold item (slogans, any kind, all open sets) opens so; 三江早春茶 was found ``numbered`` on pages25.

    Parameters
    ----------
    s : str
        A quoted phrase (normalised).

    Returns
    -------
    bool
        True when a prefix of two to four characters holding a numeral is such a short name and at least two
        Chinese characters follow it.

    Examples
    --------
    >>> opens_with_numeral_stem("三江早春茶"), opens_with_numeral_stem("三变"), opens_with_numeral_stem("五个一批")
    (True, False, False)
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, got {type(s).__name__}")
    for k in range(2, min(5, len(s) - 1)):
        head, rest = s[:k], s[k:]
        if any(c in _NAME_NUMERALS for c in head) and is_cjk(rest) and is_division_stem(head):  # (rest: 2+ chars)
            return True
    return False
