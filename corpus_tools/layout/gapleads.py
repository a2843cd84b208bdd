"""A headline line after a blank line, over a ``本报讯`` lead, read by the line model as the text above.

Under a table printed as text (rows of a name and a figure), a box of numbered items or a column of
briefs, the line model may run on through a blank line: the next article's headline and its
``本报讯（记者…）`` lead are tagged as continuation lines of the block above, so the article loses its
title and byline and its text is appended to the table or notice (the user pages of the thirty-sixth
round, a county daily's rain tables). The lines' form settles it wherever the page is printed: a lead
opens an article's text, and a line of a headline's form standing after a blank line right over
that lead is the article's headline (:func:`heads_over_gap_leads`).

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` before the units are built.
"""

from __future__ import annotations

import re

from corpus_tools.layout.contactlines import CONTACT_RE
from corpus_tools.layout.lineroles import after_gaps
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ends_sentence, heading_form, is_lead, is_masthead_line

#: Longest headline line (characters, spaces ignored) read here.
MAX_HEAD = 30
#: Shortest headline line (characters) read over an indented paragraph, or out of the model's banner over a lead.
MIN_TOP_HEAD = 5
#: A table row printed as text: a name and one or more figures (``东村　12.5``).
_ROW_RE = re.compile(r"[\s\u3000]\d+(?:\.\d+)?%?$")
#: Brackets of a column's name on a line of its own (``【移风易俗】``).
_COLUMN_BRACKETS = "【〖[［"
#: Model tags of a line run on into the block above (a paragraph's line or its first line).
_RUN_ON = frozenset({"cont", "para"})


def heads_over_gap_leads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Open an article at a headline line after a blank line that stands right over a lead line, where the
    line model ran both into the block above (see the module docstring).

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One tag for each non-blank line.

    Returns
    -------
    list of str
        The new tags: the headline line ``B-title``, the lead line ``para``.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "各村降水\\n东村　12.5\\n西村　30.1\\n\\n河水上涨　村民转移\\n本报讯（记者　王明）昨日，河水上涨。\\n"
    >>> heads_over_gap_leads(read_lines(page), ["B-title", "para", "cont", "cont", "cont"])
    ['B-title', 'para', 'cont', 'B-title', 'para']
    """
    out = list(tags)
    lines = [ln for ln in raw_lines if ln is not None]
    gap = after_gaps(raw_lines)
    for k in range(1, len(lines) - 1):
        if not gap[k] or gap[k + 1] or out[k + 1] not in _RUN_ON | {"B-para"}:
            continue
        head = "".join(lines[k].text.split())
        if (len(head) > MAX_HEAD or ends_sentence(head) or not heading_form(lines[k].text)
                or is_lead(head) or is_masthead_line(lines[k].text) or head[0] in _COLUMN_BRACKETS):
            continue  # (a column's name in brackets over a lead heads the column, not the article)
        if is_lead(lines[k + 1].text):
            opens = heading_form(lines[k].text, strict=True) and (
                out[k] in _RUN_ON | {"B-para"} or (out[k] == "banner" and len(head) >= MIN_TOP_HEAD))
        else:  # (a flush line over an indented paragraph opening, under a closed block)
            opens = (out[k] in _RUN_ON | {"B-para"} and not lines[k].opens and lines[k + 1].opens
                     and len(head) >= MIN_TOP_HEAD and _closed(lines[k - 1], out[k - 1]))
        if opens:
            out[k], out[k + 1] = "B-title", "para"
    return out


def _closed(line: Line, tag: str) -> bool:
    """Whether the block above a blank line ends there: a signer's or date line (the model's credit), a closed
    sentence, a row of figures (a table printed as text) or a notice's contact line."""
    text = line.text.strip()
    return tag == "credit" or ends_sentence(text) or bool(_ROW_RE.search(text) or CONTACT_RE.match(text))
