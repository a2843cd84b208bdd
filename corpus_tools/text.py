"""Character-level normalisation shared by every step that compares text.

The 1998 People's Daily writes digits and Latin letters full-width ("１９９８年");
modern county pages write them half-width ("2023年") and mix ASCII and full-width
punctuation. One function, used in training and at run time, keeps them consistent.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from collections import Counter
from typing import Container

from corpus_tools.errors import check_type

__all__ = ["to_halfwidth", "normalize_text", "strip_spaces", "sentence_around", "masthead_date", "pair_starts",
           "repeated_pairs", "CJK_RE", "SENTENCE_END_RE"]

#: One CJK ideograph (basic block and extension A, plus 〇).
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3007]")

# Full-width ASCII variants (U+FF01..U+FF5E) map to U+0021..U+007E; the ideographic
# space maps to a plain space. Chinese punctuation such as ，。、“” is kept: it is
# the normal form in Chinese text and the segmenter was trained on it.
_FULL_ALNUM = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)
               if chr(cp - 0xFEE0).isalnum()}
_FULL_ALNUM[0x3000] = 0x20
# Digit-adjacent symbols that are full-width in 1998 text and half-width on modern pages.
for _ch in "％．＋－／：":
    _FULL_ALNUM[ord(_ch)] = ord(_ch) - 0xFEE0


def to_halfwidth(text: str) -> str:
    """Map full-width digits, Latin letters and digit symbols to ASCII.

    The string keeps its length, so character offsets stay valid.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text with ``０-９``, ``Ａ-Ｚ``, ``ａ-ｚ``, ``％．＋－／：`` and the ideographic
        space replaced by their ASCII forms; everything else unchanged.

    Examples
    --------
    >>> to_halfwidth("１９９８年增长５．３％")
    '1998年增长5.3%'
    """
    check_type("text", text, str, "a str")
    return text.translate(_FULL_ALNUM)


def normalize_text(text: str) -> str:
    """Unicode NFC plus :func:`to_halfwidth`; offsets are preserved.

    Examples
    --------
    >>> normalize_text("ＣＢＡ球员")
    'CBA球员'
    """
    check_type("text", text, str, "a str")
    return to_halfwidth(unicodedata.normalize("NFC", text))


_SPACE_RE = re.compile(r"\s+")
#: A run of spaces inside a line (ASCII, ideographic, no-break; not line breaks).
WS_RE = re.compile(r"[ \t\u3000\xa0]+")


def strip_spaces(text: str) -> str:
    """Delete all whitespace (the comparison form used by the gold files).

    Examples
    --------
    >>> strip_spaces("本报讯 2023 年，\\n平遥县")
    '本报讯2023年，平遥县'
    """
    return _SPACE_RE.sub("", text)


def pair_starts(text: str, pairs: Container[str]) -> list[int]:
    """The starts ``i`` (ascending) of *text* whose two characters ``text[i:i + 2]`` are in *pairs*.

    The positions a scan ``for i in range(len(text) - 1): if text[i:i + 2] in pairs`` visits,
    found from the text's distinct pairs of characters (built in C) and ``str.find``, instead of a
    Python step per character: most pairs of a text are in no table of names.

    Examples
    --------
    >>> pair_starts("平遥县平遥古城", {"平遥", "古城"})
    [0, 3, 5]
    """
    if len(text) < 2:
        return []
    out: list[int] = []
    find = text.find
    for pair in set(map(operator.add, text, text[1:])):
        if pair in pairs:
            i = find(pair)
            while i >= 0:
                out.append(i)
                i = find(pair, i + 1)
    out.sort()
    return out


def repeated_pairs(text: str) -> set[str]:
    """The pairs of adjacent characters that start two or more positions of *text* (overlapping ones count).

    Examples
    --------
    >>> sorted(repeated_pairs("哈哈哈，平遥平遥"))
    ['哈哈', '平遥']
    """
    return {pair for pair, n in Counter(map(operator.add, text, text[1:])).items() if n >= 2}


#: Where a sentence ends for the entity, project and slogan tables: 。！？!?；; or a line break.
SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of *text* that holds the span ``text[start:end]``, stripped.

    Sentences end at :data:`SENTENCE_END_RE`; the span may run across an end mark, in
    which case the result covers every sentence it touches.

    Examples
    --------
    >>> t = "县委召开会议。梁村推进乡村振兴；岳壁乡开展培训。"
    >>> sentence_around(t, 7, 9)
    '梁村推进乡村振兴；'
    """
    # the last end mark before *start*, looked for in windows that double backwards from *start*,
    # so a span of a long text costs its sentence, not the text before it
    left, hi, step = 0, start, 256
    while hi > 0:
        lo = max(0, hi - step)
        last = None
        for last in SENTENCE_END_RE.finditer(text, lo, hi):
            pass
        if last is not None:
            left = last.end()
            break
        hi, step = lo, step * 2
    m = SENTENCE_END_RE.search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


#: A folio or masthead date line: ``2024年6月12日 星期三 第01版``, ``2024 年 6 月 12 日``.
_MASTHEAD_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: What may stand around the date on such a line: a weekday, page and issue numbers, a lunar date, separators.
_MASTHEAD_REST_RE = re.compile(r"(星期[一二三四五六日天]|周[一二三四五六日]|第?\s*[A-Z]?\d{1,4}\s*[版期]|总第\s*\d+\s*期"
                               r"|(?<![A-Za-z])[A-H]\d{1,2}(?![\dA-Za-z])"  # (a lettered page after its name: ``要闻·A1``)
                               r"|农历\S{2,12}|[\s　|｜·•/／\-—]+"
                               # (the page's editor on a folio: ``｜ 责编：田学军``)
                               r"|(?:责编|责任编辑|本版编辑|编辑|美编|校对|版式|审校|值班编辑)\s*[:：]\s*[\u4e00-\u9fff]{2,4}(?=$|[\s　|｜])"
                               r"|(?<![A-Za-z])[A-Z]{2,}(?:\s+[A-Z]{2,})*(?![A-Za-z]))")  # (the paper's name romanised)
#: The longest folio line, and how many other characters (the paper's name) it may hold.
MASTHEAD_MAX_CHARS = 40
MASTHEAD_MAX_OTHER = 8


def masthead_date(line: str) -> dt.date | None:
    """The date of a folio or masthead line, or None if *line* is not one.

    Such a line holds a full ``YYYY年M月D日`` date and otherwise no more than a weekday, page
    and issue numbers, a lunar date and up to :data:`MASTHEAD_MAX_OTHER` other characters (the
    paper's name), no sentence punctuation, at most :data:`MASTHEAD_MAX_CHARS` characters in all.

    Examples
    --------
    >>> masthead_date("2024年6月12日 星期三 第01版")
    datetime.date(2024, 6, 12)
    >>> masthead_date("2023年1月5日，县委召开常委会议。") is None
    True
    >>> masthead_date("宁化报　2011年4月21日　星期四　要闻·A1")  # a running header, the page after its name
    datetime.date(2011, 4, 21)
    >>> masthead_date("昭苏报　ZHAOSU BAO　2022年11月4日　第1版　要闻")  # (the name romanised too)
    datetime.date(2022, 11, 4)
    >>> masthead_date("2021年6月30日 星期三 ｜ 第4版 ｜ 文化·旅游 ｜ 责编：田学军")  # (with the page's editor)
    datetime.date(2021, 6, 30)
    """
    line = line.strip()
    m = _MASTHEAD_DATE_RE.search(line)
    if not m or len(line) > MASTHEAD_MAX_CHARS:
        return None
    rest = _MASTHEAD_REST_RE.sub("", line[:m.start()] + line[m.end():])
    if len(rest) > MASTHEAD_MAX_OTHER or any(ch in "，,。；;：:！？" for ch in rest):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
