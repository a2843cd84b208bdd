"""Person spans that are a product noun and the next character (仙居杨梅|甲天下, 杨梅|喜获丰收), and the
segmenter's reading of a span as a personal name, which keeps real names such as 杨梅芳 (user20, finding 9).
:mod:`corpus_tools._entity_rules.persons` asks both."""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, occurrences, words as word_list

__all__ = ["product_noun_start", "product_word", "segmenter_name"]


def segmenter_name(words: list[str] | None, s: int, e: int) -> bool:
    """True when the segmenter tags every character of ``[s, e)`` as part of a personal name
    (``nr``) and its words start at *s* and end at *e*.

    Examples
    --------
    >>> segmenter_name(["B-n", "E-n", "S-nr", "B-nr", "E-nr", "S-v"], 2, 5)
    True
    >>> segmenter_name(["B-n", "E-n", "S-nr", "B-ns", "E-ns", "S-v"], 2, 5)
    False
    """
    if not words or e > len(words):
        return False
    tags = words[s:e]
    return (all(t.partition("-")[2] == "nr" for t in tags) and tags[0][:1] in ("B", "S") and tags[-1][:1] in ("E", "S")
            and (e == len(words) or words[e][:1] != "I"))


#: what follows a product noun (杨梅产业, 杨梅基地, 杨梅喜获丰收): the contexts ``coop_products`` was mined from
_PRODUCT_AFTER = re.compile(r"(?:喜获|获得|迎来|喜迎)?(?:种植|养殖|产业|基地|加工|种苗|育苗|采摘|销售|丰收|上市|大户|节|专业合作社|合作社)")
#: what comes before one (采摘杨梅, 种植杨梅)
_PRODUCT_BEFORE = ("采摘", "种植", "收购", "销售", "品尝", "晾晒", "加工", "摘", "种", "卖")


def product_noun_start(text: str, s: int, e: int, words: "list[str] | None" = None) -> bool:
    """Whether a person span of two or three characters opens with a product noun (``coop_products``:
    杨梅, words written before 种植/产业/基地) that the text uses as the product: somewhere it writes the
    noun before such a head or after a verb of picking or selling (杨梅喜获丰收, 采摘杨梅). A three-character
    span the segmenter reads as a surname and a given name (杨梅芳 ``S-nr B-nr E-nr``) stays a name.

    Examples
    --------
    >>> product_noun_start("仙居杨梅甲天下，今年杨梅喜获丰收", 2, 4)
    True
    >>> product_noun_start("杨梅芳家的杨梅熟了，杨梅芳说", 0, 3, ["S-nr", "B-nr", "E-nr"] + ["S-x"] * 11)
    False
    """
    pair = text[s:s + 2]
    if e - s not in (2, 3) or pair not in word_list("coop_products"):
        return False
    if e - s == 3:
        if segmenter_name(words, s, e):
            return False
        if words is not None and len(words) == len(text):
            return True  # 杨|梅|甲天下: the segmenter reads no surname and given name there
    return any(_PRODUCT_AFTER.match(text, k) or text[:j].endswith(_PRODUCT_BEFORE) for j, k in occurrences(text, pair))


#: what vouches for a two-character name where it stands: a title before it, a speech verb after it
_NAME_AFTER = re.compile(r"(?:笑着|高兴地)?(?:说|表示|介绍|告诉|坦言)")


def framed_as_name(text: str, name: str) -> bool:
    """Whether some occurrence of *name* in *text* follows a title or role word (村民杨梅) or comes before a
    speech verb (杨梅说, 罗汉果笑着说).

    Examples
    --------
    >>> framed_as_name("村民杨梅说，今年杨梅个大", "杨梅"), framed_as_name("今年杨梅个大味甜", "杨梅")
    (True, False)
    """
    return any(text.endswith(PERSON_TITLES, 0, j) or _NAME_AFTER.match(text, k) for j, k in occurrences(text, name))


def product_word(text: str, s: int, e: int) -> bool:
    """Whether a two-character person span is a product noun (``coop_products``: 杨梅, 白茶, 龙虾) that no
    occurrence in *text* frames as a name: none follows a title or role word (村民杨梅) and none comes
    before a speech verb (杨梅说). 白枇杷和杨梅正值采摘季 names no one.

    Examples
    --------
    >>> product_word("白枇杷和杨梅正值采摘季，今年杨梅个大味甜", 4, 6)
    True
    >>> product_word("村民杨梅说，今年杨梅个大", 2, 4)
    False
    """
    pair = text[s:e]
    if e - s != 2 or pair not in word_list("coop_products"):
        return False
    return not framed_as_name(text, pair)
