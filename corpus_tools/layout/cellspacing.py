"""Spaces a spacing repair keeps: the separators of a table's cells.

:func:`~corpus_tools.layout.repair.fix_spacing` removes the spaces a PDF extraction leaves between
digits and Chinese characters (``2022 年`` → ``2022年``) and inside numbers. A table printed as text
parts its cells by full-width spaces or runs of spaces (``小坝镇　32100　21800``): removing them glues
two numbers (``3210021800``) or a name and a number into one, and the figures can no longer be read
back. :func:`cell_pieces` cuts a text at such separators first, so that each piece is repaired on its
own and the pieces are joined with one space:

* a separator between two numbers (``32100　21800``, ``25.8　+5.7%``) is always kept: no repair joins
  two numbers;
* on a line with no sentence mark (a table row, a folio), every separator next to a figure is kept
  (``小坝镇　32100``).
"""

from __future__ import annotations

import re

from corpus_tools.layout.patterns import SENTENCE_MARKS

#: A cell separator: full-width spaces, or two or more spaces or tabs, between printed characters.
CELL_SEP_RE = re.compile(r"(?<=\S)(?:\u3000+|[ \t]{2,})(?=\S)")
#: What a number may end with, and start with (a sign).
_NUM_END = "%％‰"
_NUM_START = "+-－＋"


def _ends_number(ch: str) -> bool:
    return ch.isdigit() or ch in _NUM_END


def _starts_number(ch: str) -> bool:
    return ch.isdigit() or ch in _NUM_START


def cell_pieces(text: str) -> list[str]:
    """``text`` cut at the cell separators a spacing repair must keep (see the module docstring).

    Parameters
    ----------
    text : str
        One paragraph or heading as printed.

    Returns
    -------
    list of str
        The pieces, separators left out; ``[text]`` when none is kept.

    Examples
    --------
    >>> cell_pieces("小坝镇　32100　21800")
    ['小坝镇', '32100', '21800']
    >>> cell_pieces("设施蔬菜　25.8　+5.7%")
    ['设施蔬菜', '25.8', '+5.7%']
    >>> cell_pieces("全年完成投资　5000万元，同比增长12%。")
    ['全年完成投资　5000万元，同比增长12%。']
    >>> cell_pieces("共计1200　3400户。")
    ['共计1200', '3400户。']
    """
    if "\u3000" not in text and "  " not in text and "\t" not in text:
        return [text]
    row = not any(ch in SENTENCE_MARKS for ch in text)
    pieces, last = [], 0
    for m in CELL_SEP_RE.finditer(text):
        left, right = text[m.start() - 1], text[m.end()]
        figures = _ends_number(left) and _starts_number(right)
        if figures or (row and (_ends_number(left) or _starts_number(right) or right.isdigit())):
            pieces.append(text[last:m.start()])
            last = m.end()
    pieces.append(text[last:])
    return pieces
