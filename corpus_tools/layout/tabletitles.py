"""A table printed as text titled by the headline over it, not by its header row.

A county paper prints small tables as text: a headline (``各村雨情``), at times a source line
(``县气象站5日8时至6日8时雨量（毫米）``), a header row of short cells (``村名　雨量``) and rows of a
name and figures (``东村　12.5``). The line model may read the header row as the title (and the
headline over it as a banner or kicker), or run the whole table into the text above. The lines' form
settles it: a header row is a line of two or more short cells without figures over at least two rows of
as many cells ending in a figure; the heading over it is the line that opens the group after a blank line
(one source line between them at most), and it titles the table; the source line, the header and the rows
are its text, and a paragraph after a blank line under its last row is not (:func:`titles_over_table_heads`).

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` before the units are built.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import after_gaps
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ends_sentence, heading_form, is_masthead_line

#: Longest cell of a header row (characters).
MAX_CELL = 6
#: Longest table headline (characters, spaces ignored).
MAX_HEAD = 16
#: Fewest rows under the header.
MIN_ROWS = 2
#: Tags of a headline printed after the body above it.
_CLOSING_HEADS = frozenset({"title", "kicker", "subtitle"})
#: A figure closing a row (``12.5``, ``37``, ``8%``).
_FIGURE_RE = re.compile(r"^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$")
#: A figure or a sentence mark: no header cell holds one.
_NOT_HEADER_RE = re.compile(r"[0-9０-９，。、：；]")


def _cells(text: str) -> list[str]:
    return text.split()


def _is_header(text: str) -> bool:
    cells = _cells(text)
    return len(cells) >= 2 and all(len(c) <= MAX_CELL and not _NOT_HEADER_RE.search(c) for c in cells)


def _is_row(text: str, n: int) -> bool:
    cells = _cells(text)
    return len(cells) == n and bool(_FIGURE_RE.match(cells[-1])) and not _FIGURE_RE.match(cells[0])


def titles_over_table_heads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Title each table printed as text by the headline over its header row (see the module docstring).

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One tag for each non-blank line.

    Returns
    -------
    list of str
        The new tags: the headline ``B-title``, the source line, the header and each row ``para``.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "某县报　第2版\\n\\n各村雨情\\n县气象站5日雨量（毫米）\\n村名　雨量\\n东村　12.5\\n西村　30.1\\n"
    >>> titles_over_table_heads(read_lines(page), ["banner", "banner", "B-kicker", "title", "B-para", "cont"])
    ['banner', 'B-title', 'para', 'para', 'para', 'para']
    """
    out = list(tags)
    lines = [ln for ln in raw_lines if ln is not None]
    gap = after_gaps(raw_lines)
    n = len(lines)
    for j in range(1, n - MIN_ROWS):
        if gap[j] or not _is_header(lines[j].text):
            continue
        width = len(_cells(lines[j].text))
        rows = j + 1
        while rows < n and not gap[rows] and _is_row(lines[rows].text, width):
            rows += 1
        if rows - j - 1 < MIN_ROWS:
            continue
        h = j - 1
        if not gap[h]:
            h -= 1  # (one source line between the headline and the header)
        if h < 0 or not gap[h] or (h < j - 1 and gap[j - 1]) or (h > 0 and out[h - 1] in _CLOSING_HEADS):
            continue  # (under a headline printed after its body, the page's order of heads is left to the model)
        head = "".join(lines[h].text.split())
        if (len(head) > MAX_HEAD or ends_sentence(head) or is_masthead_line(lines[h].text)
                or not heading_form(lines[h].text, strict=True) or _is_header(lines[h].text) and h == j - 1):
            continue
        out[h] = "B-title"
        for k in range(h + 1, rows):
            out[k] = "para"
        if rows < n and gap[rows] and out[rows] == "cont":
            out[rows] = "B-para"  # (the table ends at its last row: text after a blank line is another's)
    return out
