"""Page furniture printed among the articles by PDF extraction (running headers, folios, staff lines).

A PDF-to-text tool reads a page's running header (``岳西报　2024年6月7日　星期五　第2版``), its folio
(``2``, ``— 2 —``, ``- 4 -``) and its staff line (``责任编辑：储小燕　版式：王　磊``) wherever the PDF put
them: at the top, at the foot, or at a column break between two articles or inside one paragraph.
None of them is an article's text. :func:`debris_tags` reads every such line, by its form alone
(:func:`is_debris_line`), below the page's first article, as a credit; a paragraph cut by one goes
on under it. (The page's top lines are read by the passes made for them:
:func:`~corpus_tools.layout.headforms.folio_lines`, :func:`~corpus_tools.layout.classify.folio_banners`.)
"""

from __future__ import annotations

import re

from corpus_tools.layout.furniture import is_footer_line
from corpus_tools.layout.lines import Line
from corpus_tools.layout.tagged import tagged_lines
from corpus_tools.layout.patterns import (BYLINE_TAIL_RE, ends_sentence, heading_form, is_folio_line, is_staff_line,
                                          masthead_date)

#: A folio alone on its line: a page number with dashes or spaces around it (``2``, ``— 2 —``,
#: ``- 4 -``, ``02``).
BARE_FOLIO_RE = re.compile(r"^[—–\-－~～·\s]*[0-9０-９]{1,2}[—–\-－~～·\s]*$")
#: A running header names the weekday or the page (a date alone below the page's top is a notice's date).
_RUNNING_RE = re.compile(r"星期|周[一二三四五六日天]|第\s*[\d一二三四五六七八九十]{1,3}\s*版|(?:^|\s)[A-H]\d{1,2}(?:\s|$)")


def _bare_number(text: str) -> bool:
    return bool(BARE_FOLIO_RE.match(text.strip()))


def repeats_page_top(text: str, top: list[str]) -> bool:
    """Whether a date line below the page's top repeats the page's own running header: besides its date
    it prints words (the paper's name, the page's name), and its date is the date printed at the page's
    top or one of its words is printed there (``2018年3月15日　经济　临泉报`` under ``临泉报　2018年3月15日…``
    and ``第2版　经济``). A date alone is a notice's date, not a header.

    Examples
    --------
    >>> top = ["临泉报　　2018年3月15日　星期四　　第2版", "第2版　经济"]
    >>> repeats_page_top("2018年3月15日　经济　临泉报", top), repeats_page_top("2018年3月15日", top)
    (True, False)
    >>> repeats_page_top("2019年3月28日　综合　今日太和", ["第3版　综合"])
    True
    >>> repeats_page_top("2019年3月28日　县政府", ["第3版　综合"])
    False
    """
    day = masthead_date(text.strip())
    if day is None or not top:
        return False
    words = [w for w in text.split() if masthead_date(w) is None]
    if not words:
        return False
    printed = "".join("".join(t.split()) for t in top)
    return day in {masthead_date(t.strip()) for t in top} or any(len(w) >= 2 and w in printed for w in words)


def is_debris_line(texts: list[str], i: int, *, top: bool, page_top: list[str] | None = None) -> bool:
    """Whether line ``i`` of the page is page furniture: a running header or page line
    (:func:`~corpus_tools.layout.patterns.is_folio_line`; below the page's top it must name the weekday
    or the page), a staff line (:func:`~corpus_tools.layout.patterns.is_staff_line`), an app promotion
    or the paper's address line (:func:`~corpus_tools.layout.furniture.is_footer_line`), or a bare folio
    (:data:`BARE_FOLIO_RE`) that no other bare number stands next to (a column of figures is no folio).

    Parameters
    ----------
    texts : list of str
        The page's non-blank lines, stripped.
    i : int
        The line read.
    top : bool
        Whether no article has started above the line.
    page_top : list of str, optional
        The lines printed above the page's first article: a date line below them that repeats them
        (:func:`repeats_page_top`) is the running header.

    Returns
    -------
    bool

    Examples
    --------
    >>> page = ["菖蒲镇开展防汛应急演练", "岳西报　2024年6月7日　星期五　第2版", "2", "2024年6月6日"]
    >>> [is_debris_line(page, i, top=False) for i in range(4)]
    [False, True, True, False]
    >>> is_debris_line(["12", "35", "28"], 1, top=False)
    False
    """
    if not 0 <= i < len(texts):
        raise IndexError(f"i = {i} is out of range for a page of {len(texts)} lines")
    t = texts[i].strip()
    if is_staff_line(t) or is_footer_line(t):
        return True
    if is_folio_line(t):
        return top or bool(_RUNNING_RE.search(t)) or repeats_page_top(t, page_top or [])
    if _bare_number(t):
        return not any(0 <= k < len(texts) and _bare_number(texts[k]) for k in (i - 1, i + 1))
    return False


def debris_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with the page's furniture (:func:`is_debris_line`) below the page's first article
    (its first line the model reads as a headline or body line) made credits. An article the model opened
    on such a line opens on the line under it; a paragraph cut by it (the line above ends no sentence, the
    line under it has no indent) goes on under it; a headline under it (or under furniture the model read
    as a credit) after a finished text (a sentence or a signature), read as the text going on, opens the
    next article. Returns the new tags.

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str
        A new list of tags; *tags* is not changed.

    Raises
    ------
    ValueError
        If *tags* does not hold one tag per non-blank line.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "县里举办丰收节\\n　　9月23日，县里举办农民\\n2\\n丰收节，展销农产品。\\n"
    >>> debris_tags(read_lines(page), ["B-title", "para", "cont", "B-para"])
    ['B-title', 'para', 'credit', 'cont']
    """
    lines = tagged_lines(raw_lines, tags)
    texts = [ln.text.strip() for ln in lines]
    out = list(tags)
    started = False
    top: list[str] = []
    for i in range(len(lines)):
        role = out[i].removeprefix("B-")
        if not started or role == "banner" or not is_debris_line(texts, i, top=False, page_top=top):
            started = started or role in ("title", "para", "cont")
            if not started:
                top.append(texts[i])
            continue
        read = role == "credit"  # (the model read it as furniture: only the line under it is asked about)
        opened = out[i].startswith("B-")
        out[i] = "credit"
        nxt = i + 1
        if nxt >= len(lines):
            continue
        before = next((k for k in range(i - 1, -1, -1) if out[k] not in ("banner", "credit")), None)
        finished = before is None or ends_sentence(texts[before]) or bool(BYLINE_TAIL_RE.search(texts[before]))
        if (not read and before is not None and out[before].removeprefix("B-") in ("para", "cont")
                and out[nxt].removeprefix("B-") in ("para", "cont") and not finished
                and not lines[nxt].opens and not is_debris_line(texts, nxt, top=False, page_top=top)):
            out[nxt] = "cont"
        elif (finished and out[nxt] in ("para", "cont") and nxt + 1 < len(lines) and out[nxt + 1] in ("para", "cont")
              and not lines[nxt].opens and heading_form(texts[nxt], shortest=4, strict=True)
              and not ends_sentence(texts[nxt + 1])):
            out[nxt], out[nxt + 1] = "B-title", "para"  # (a headline under the furniture, read as the text going on)
        elif opened and not out[nxt].startswith("B-"):
            out[nxt] = "B-" + out[nxt]
    return out


def repeated_headers(raw_lines: list[Line | None], tags: list[str]) -> set[int]:
    """Indices (among the non-blank lines) of the lines below the page's first article that repeat the page's
    top (:func:`repeats_page_top`): the running header printed again where the PDF's page breaks.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "临泉报　2018年3月15日　星期四\\n宏远项目签约\\n　　近日，项目签约。\\n2018年3月15日　经济　临泉报\\n"
    >>> repeated_headers(read_lines(page), ["banner", "B-title", "para", "para"])
    {3}
    """
    texts = [ln.text.strip() for ln in tagged_lines(raw_lines, tags)]
    first = next((i for i, t in enumerate(tags) if t.removeprefix("B-") in ("title", "para", "cont")), len(tags))
    return {i for i in range(first + 1, len(texts)) if repeats_page_top(texts[i], texts[:first])}
