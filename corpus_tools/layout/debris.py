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

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ends_sentence, heading_form, is_folio_line, is_staff_line

#: A folio alone on its line: a page number with dashes or spaces around it (``2``, ``— 2 —``,
#: ``- 4 -``, ``02``).
BARE_FOLIO_RE = re.compile(r"^[—–\-－~～·\s]*[0-9０-９]{1,2}[—–\-－~～·\s]*$")
#: A running header names the weekday or the page (a date alone below the page's top is a notice's date).
_RUNNING_RE = re.compile(r"星期|周[一二三四五六日天]|第\s*[\d一二三四五六七八九十]{1,3}\s*版|(?:^|\s)[A-H]\d{1,2}(?:\s|$)")


def _bare_number(text: str) -> bool:
    return bool(BARE_FOLIO_RE.match(text.strip()))


def is_debris_line(texts: list[str], i: int, *, top: bool) -> bool:
    """Whether line ``i`` of the page is page furniture: a running header or page line
    (:func:`~corpus_tools.layout.patterns.is_folio_line`; below the page's top it must name the weekday
    or the page), a staff line (:func:`~corpus_tools.layout.patterns.is_staff_line`), or a bare folio
    (:data:`BARE_FOLIO_RE`) that no other bare number stands next to (a column of figures is no folio).

    Parameters
    ----------
    texts : list of str
        The page's non-blank lines, stripped.
    i : int
        The line read.
    top : bool
        Whether no article has started above the line.

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
    if is_staff_line(t):
        return True
    if is_folio_line(t):
        return top or bool(_RUNNING_RE.search(t))
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
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} lines; one tag a non-blank line is allowed")
    texts = [ln.text.strip() for ln in lines]
    out = list(tags)
    started = False
    for i in range(len(lines)):
        role = out[i].removeprefix("B-")
        if not started or role == "banner" or not is_debris_line(texts, i, top=False):
            started = started or role in ("title", "para", "cont")
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
                and not lines[nxt].opens and not is_debris_line(texts, nxt, top=False)):
            out[nxt] = "cont"
        elif (finished and out[nxt] in ("para", "cont") and nxt + 1 < len(lines) and out[nxt + 1] in ("para", "cont")
              and heading_form(texts[nxt], shortest=4, strict=True) and not ends_sentence(texts[nxt + 1])):
            out[nxt], out[nxt + 1] = "B-title", "para"  # (a headline under the furniture, read as the text going on)
        elif opened and not out[nxt].startswith("B-"):
            out[nxt] = "B-" + out[nxt]
    return out
