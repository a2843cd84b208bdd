"""Running heads dated with dots or slashes (``综合新闻　第2版　连江报　2004.06.11``).

:func:`corpus_tools.text.masthead_date` reads a folio line's ``YYYY年M月D日``; an inside page's running head
that prints its date as ``2004.06.11`` (or ``2004/06/11``, ``2004-06-11``) with the page number and the
paper's name was not read as furniture when the page's first article opened without a dateline lead,
and became that article's title (user33 F4). A line is such a head when it holds a page number
(``第2版``, ``A2``), a dotted date, and otherwise only a few word characters (the paper's name and the
page's section), no sentence punctuation.
"""

from __future__ import annotations

import re

__all__ = ["is_dotted_running_head"]

_DOTTED_DATE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[./\-－]\s*[01]?\d\s*[./\-－]\s*[0-3]?\d(?!\d)")
_PAGE_RE = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*版|(?<![A-Za-z])[A-H]\d{1,2}(?!\d)")
#: Most characters besides the date and page number (the paper's name and the section, the spaces between).
MAX_OTHER_CHARS = 16


def is_dotted_running_head(text: str) -> bool:
    """Whether *text* is a running head with a page number and a date in digits and dots.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_dotted_running_head("综合新闻　第2版　连江报　2004.06.11"), is_dotted_running_head("连江报 A3 2011/05/06 侨乡")
    (True, True)
    >>> is_dotted_running_head("道澳村渔民休渔期里补网忙"), is_dotted_running_head("2004.06.11，全县召开第2版会议")
    (False, False)
    """
    t = text.strip()
    if not t or len(t) > 40:
        return False
    date, page = _DOTTED_DATE_RE.search(t), _PAGE_RE.search(t)
    if not date or not page:
        return False
    rest = (t[:min(date.start(), page.start())] + t[min(date.end(), page.end()):max(date.start(), page.start())]
            + t[max(date.end(), page.end()):])
    rest = re.sub(r"[\s·|｜]", "", rest)
    return len(rest) <= MAX_OTHER_CHARS and bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z]*", rest))
