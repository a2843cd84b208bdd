"""Index boxes (导读): a front page's list of what the other pages print, page furniture, no article.

A front page may print a box of one-line pointers to the inside pages, each a headline and the page it stands
on, set apart by spaces, often under a name (``要闻导读``, ``本期导读``, ``今日导读``)::

    要闻导读
    ▶龙集镇尚嘴社区建起“渔民之家”　　第二版
    ▶归仁镇推进土地流转　　　　　　　　　第三版

The pointers are no article of this page (the articles are on the pages named), so :func:`index_box_tags` reads
the box's lines as banners (page furniture, ``article=None``), and the line after the box opens what follows.
A box is told by its form: at least :data:`MIN_POINTERS` lines in a row ending on a page reference after a wide
space, or one such line under a heading that names an index (``导读``, ``索引``); never by a page's words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.tagged import tagged_lines

#: Fewest pointer lines in a row that make a box without a heading.
MIN_POINTERS = 2
#: A pointer: a short headline (a mark allowed), a wide space (two spaces or an ideographic one), then the page it
#: stands on (``第二版``, ``2版``, ``A3版``, ``第3版``), ending the line.
POINTER_RE = re.compile(r"^\s*\S.{1,40}?(?:\u3000|[ \t]{2,})\s*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|"
                        r"[\d一二三四五六七八九十]{1,2}\s*版|[A-H]\d{1,2}(?:\s*版)?)\s*$")
#: A date or weekday: the page's own date line ends on its page too (``威远报　2001年7月13日　第二版``).
_DATED_RE = re.compile(r"\d{2,4}\s*年|星期|周[一二三四五六日]|月\s*\d{1,2}\s*日")
#: A box's heading: a short line naming an index (``要闻导读``, ``本期导读``, ``【导读】``, ``今日索引``).
INDEX_HEAD_RE = re.compile(r"^\s*[【\[〔]?[\u4e00-\u9fff]{0,4}(?:导\s*读|索\s*引)[】\]〕]?\s*$")


def is_pointer(text: str) -> bool:
    """Whether a line is an index box's pointer (a headline, a wide space and a page reference).

    Examples
    --------
    >>> is_pointer("▶归仁镇推进土地流转　　　第三版")
    True
    >>> is_pointer("威远报　2001年7月13日　星期五　第二版")
    False
    >>> is_pointer("县委召开常委会议 2版")
    False
    >>> is_pointer("全县新增就业1.2万人　　第二季度")
    False
    """
    return bool(POINTER_RE.match(text)) and not _DATED_RE.search(text)


def index_box_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each index box's heading and pointers banners (see the module's docstring), the line
    after the box opening what follows it. Returns the new tags (*tags* is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "要闻导读\\n▶龙集镇建起渔民之家　　第二版\\n▶归仁镇推进土地流转　　第三版\\n"
    >>> index_box_tags(read_lines(page), ["banner", "B-para", "cont"])
    ['banner', 'banner', 'banner']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    texts = [ln.text for ln in lines]
    i = 0
    while i < len(texts):
        if not is_pointer(texts[i]):
            i += 1
            continue
        k = i
        while k < len(texts) and is_pointer(texts[k]):
            k += 1
        headed = i > 0 and bool(INDEX_HEAD_RE.match(texts[i - 1]))
        if k - i >= MIN_POINTERS or headed:
            for j in range(i - 1 if headed else i, k):
                out[j] = "banner"
            if k < len(out) and out[k] in ("para", "cont", "title", "kicker", "byline"):
                out[k] = "B-" + ("para" if out[k] == "cont" else out[k])
        i = k
    return out
