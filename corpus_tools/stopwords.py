"""Stop words and the token filters every analysis shares.

The default list is spaCy's Chinese stop list plus our own additions for newspaper
boilerplate (``corpus_tools/data/stopwords_news.txt``: 本报讯, 近日, 日前, 一是 …) and the deictic
place words (:data:`DEICTIC_PLACE_WORDS`: 全县, 我县, 我省, 全镇, 县里 …; ``deictic=False`` keeps them).
Every analysis accepts ``extra_stop_words=`` to extend it for one call.

Besides stop words, analyses drop punctuation, numbers (Arabic, full-width and Chinese
numerals, with an optional date unit: ``2023年``, ``１２月``, ``三十``), tokens shorter
than ``min_chars`` and, when the pipeline has a POS tagger, tokens whose tag is not in
``pos``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from corpus_tools._validate import check_int, check_not_str

__all__ = [
    "DEFAULT_POS",
    "DEICTIC_PLACE_WORDS",
    "news_stop_words",
    "get_stop_words",
    "is_number",
    "is_punct",
    "term_mask",
]

#: Content-word tags of the PKU tag set kept by default when a tagger exists: nouns,
#: verbal nouns, place names, organisation names, other proper nouns, abbreviations,
#: fixed expressions and idioms.
DEFAULT_POS: tuple[str, ...] = ("n", "vn", "ns", "nt", "nz", "j", "l", "i")

_NUMBER_RE = re.compile(
    r"^[\d０-９.．,，:：/／\-－+＋~～%％‰第"
    r"零〇○一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+"
    r"[年月日号时分秒点%％]?$"
)
# A quantity: an optional number, then 余/多, then a unit ("万吨", "29.91万元", "余人").
_QUANTITY_RE = re.compile(
    r"^[\d０-９.．零〇○一二三四五六七八九十百千万亿两]*[余多]?[万亿]?"
    r"(?:元|吨|米|平方米|平方公里|立方米|公里|千米|公顷|亩|斤|公斤|千克|千瓦|千瓦时|度|"
    r"人|人次|户|名|个|家|件|项|次|座|所|条|处|头|只|台|辆|套|间|栋|篇|期|批|场|届|天|周|岁)$"
)


#: Deictic place words: a determiner of the speaker's own or the whole unit (我, 本, 全, 该) and an
#: administrative unit (县 市 省 区 镇 乡 村 州 旗 盟), and a unit with 里 (县里, 省里, 镇里). Every county paper
#: prints them in every article (全县 in 14 of 23 year lists of user33's 连江报), so they are stop words
#: by default; ``get_stop_words(deictic=False)`` / ``TermFilter(deictic_stop_words=False)`` keeps them.
#: (The entity GUIDE calls them deictic: they name no place by themselves.)
DEICTIC_PLACE_WORDS: frozenset[str] = frozenset(
    [d + u for d in "我本全该" for u in "县市省区镇乡村州旗盟"] + [u + "里" for u in "县市省区镇乡村"])


@lru_cache(maxsize=1)
def news_stop_words() -> frozenset[str]:
    """Our shipped newspaper stop words (without spaCy's list).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> {"本报讯", "近日", "日前"} <= news_stop_words()
    True
    """
    text = resources.files("corpus_tools").joinpath("data/stopwords_news.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def _spacy_stop_words() -> frozenset[str]:
    from spacy.lang.zh.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def get_stop_words(extra: Iterable[str] = (), *, spacy_list: bool = True, news: bool = True,
                   deictic: bool = True) -> frozenset[str]:
    """The stop list used by the analyses.

    Parameters
    ----------
    extra : iterable of str
        Words to add for this call.
    spacy_list : bool
        Include spaCy's Chinese stop list (1,891 entries).
    news : bool
        Include our newspaper additions (:func:`news_stop_words`).
    deictic : bool
        With *news*, include the deictic place words (:data:`DEICTIC_PLACE_WORDS`: 全县, 我县, 我省, 全镇,
        县里 …), part of the newspaper additions.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> words = get_stop_words(["平遥"])
    >>> "本报讯" in words, "我们" in words, "平遥" in words, "乡村" in words
    (True, True, True, False)
    >>> "全县" in get_stop_words(), "全县" in get_stop_words(deictic=False)
    (True, False)
    """
    check_not_str("extra", extra)
    words: set[str] = set()
    if spacy_list:
        words |= _spacy_stop_words()
    if news:
        words |= news_stop_words()
    if news and deictic:
        words |= DEICTIC_PLACE_WORDS
    words.update(str(w) for w in extra)
    return frozenset(words)


def is_number(text: str) -> bool:
    """True for numbers, bare dates and quantities.

    ``2023``, ``２０２３年``, ``29.91``, ``87%``, ``三十``, ``第一``, ``万吨``, ``29.91万元``, ``余人``;
    but not words that merely start with a numeral (``三晋``, ``百姓``, ``人次`` alone is a unit
    word, kept for the stop list to decide).

    Examples
    --------
    >>> [is_number(t) for t in ["2023年", "１２月", "87%", "三十", "三晋", "万吨", "464名", "百姓", "名人"]]
    [True, True, True, True, False, True, True, False, False]
    """
    if _NUMBER_RE.match(text):
        return True
    return len(text) > 1 and bool(_QUANTITY_RE.match(text)) and text[0] not in "人名个家件项次条处头间期批场天周"


def is_punct(text: str) -> bool:
    """True when every character is punctuation, a symbol or whitespace.

    Examples
    --------
    >>> [is_punct(t) for t in ["，", "——", "“", "党建"]]
    [True, True, True, False]
    """
    return bool(text) and all(unicodedata.category(ch)[0] in "PSZ" or ch.isspace() for ch in text)


def term_mask(
    texts: pd.Series,
    tags: pd.Series | None = None,
    *,
    stop_words: Iterable[str] | None = None,
    pos: Iterable[str] | None = DEFAULT_POS,
    min_chars: int = 2,
) -> np.ndarray:
    """Boolean mask of the tokens an analysis keeps.

    Parameters
    ----------
    texts : pandas.Series of str
        Token texts (already normalised with :func:`corpus_tools.text.to_halfwidth`).
    tags : pandas.Series of str, optional
        POS tags; ``None`` or empty tags skip the POS filter.
    stop_words : iterable of str, optional
        Words to drop; ``None`` means :func:`get_stop_words` ``()``.
    pos : iterable of str or None
        Tags to keep; ``None`` keeps every tag.
    min_chars : int
        Drop tokens shorter than this many characters.

    Returns
    -------
    numpy.ndarray of bool

    Examples
    --------
    >>> s = pd.Series(["本报讯", "乡村", "振兴", "，", "2023年", "县"])
    >>> term_mask(s).tolist()
    [False, True, True, False, False, False]
    """
    check_int("min_chars", min_chars)
    stops = get_stop_words() if stop_words is None else frozenset(stop_words)
    codes, uniques = pd.factorize(texts, use_na_sentinel=True)
    keep_u = np.fromiter(
        (isinstance(t, str) and len(t) >= min_chars and t not in stops
         and not t.isspace() and not is_punct(t) and not is_number(t) for t in uniques),
        dtype=bool, count=len(uniques))
    mask = np.zeros(len(codes), dtype=bool)
    valid = codes >= 0
    mask[valid] = keep_u[codes[valid]]
    if pos is not None and tags is not None:
        pos = frozenset(pos)
        tag_codes, tag_uniques = pd.factorize(tags, use_na_sentinel=True)
        tag_keep = np.fromiter((t in pos for t in tag_uniques), dtype=bool, count=len(tag_uniques))
        ok = np.zeros(len(tag_codes), dtype=bool)
        ok[tag_codes >= 0] = tag_keep[tag_codes[tag_codes >= 0]]
        mask &= ok
    return mask
