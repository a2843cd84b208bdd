"""Printed line wraps inside a paragraph: which line breaks of a text are column wraps, not paragraph ends.

The detector reads ``"\\n"`` as a paragraph end (a quotation or series never crosses it). Text read
straight from a page keeps its column wraps (``对标“工业强县、农业稳县、文`` / ``旅兴县”发展路径``),
and a formula printed across two lines was then never proposed. A break is a wrap when

* the text is set in a column: at least three lines, and 40 % of its lines, are as long as the
  commonest line length (of 8 to 60 characters, a full-width indent counted) give or take one character, and the line before the break is that
  long (the last line of a paragraph is shorter; one a character short that ends a sentence is a
  last line), or it is nearly that long and ends inside an open quotation; and the line after it is
  not indented; or
* the line after it starts with closing punctuation (``，``, ``。``, ``”`` …), which never opens a
  paragraph.

Texts whose lines are paragraphs (``Article.body``) are returned unchanged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

__all__ = ["remap", "unwrap"]

#: Characters that never open a paragraph: a line starting with one continues the line above.
_CONTINUES = "，。、；：！？）》”’」』,.;:!?)"
_INDENT = " \u3000\t"
_ENDS = "。！？!?"  # a line shorter than the column that ends a sentence ends its paragraph
_OPENS, _CLOSES = "“‘「『", "”’」』"
_MIN_COLUMN = 8  # shorter "columns" are lists of banners or names, not set text
_MAX_COLUMN = 60


def _column(lengths: list[int]) -> int | None:
    """The column width of a text set in a column, or None when its lines are paragraphs."""
    long = [n for n in lengths if n >= 4]
    counts = Counter(n for n in long if _MIN_COLUMN <= n <= _MAX_COLUMN)
    if not counts:
        return None
    width = max(counts, key=lambda w: (counts[w], w))
    hits = sum(counts.get(width + d, 0) for d in (-1, 0, 1))
    return width if hits >= 3 and hits >= 0.4 * len(long) else None


def unwrap(text: str) -> tuple[str, list[int] | None]:
    """*text* with its column wraps joined, and the offset in *text* of every character kept.

    Parameters
    ----------
    text : str
        Plain text; ``"\\n"`` ends a line.

    Returns
    -------
    (joined, index) : tuple
        *joined* is *text* without the line breaks judged to be wraps (and the spaces around
        them); ``index[i]`` is the offset in *text* of ``joined[i]``. *index* is None when
        nothing was joined (then *joined* is *text*).

    Examples
    --------
    >>> unwrap("会议要求，各乡镇要对\\n标“工业强县、农业稳\\n县、文旅兴县”发展路\\n径，推动乡村振兴。\\n二、抓实产业")[0]
    '会议要求，各乡镇要对标“工业强县、农业稳县、文旅兴县”发展路径，推动乡村振兴。\\n二、抓实产业'
    >>> unwrap("县委召开全会。\\n会议强调，要坚持“生态立县”不动摇。")[1] is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if "\n" not in text:
        return text, None
    lines = text.split("\n")
    lengths = [len(ln.strip(" \t")) for ln in lines]  # a full-width indent takes its place in the column
    width = _column(lengths)
    soft: list[bool] = []
    depth = 0  # open quotations carried over from the lines before (reset at a paragraph end)
    for i, ln in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        depth = max(0, depth + sum(ln.count(c) for c in _OPENS) - sum(ln.count(c) for c in _CLOSES))
        body = nxt.strip()
        wrap = bool(body) and body[0] in _CONTINUES
        if not wrap and width is not None and body and nxt[:1] not in _INDENT and lengths[i]:
            ends = ln.rstrip()[-1:] in _ENDS and lengths[i] < width
            wrap = not ends and (lengths[i] >= width - 1 or (depth > 0 and lengths[i] >= width - 3))
        soft.append(wrap)
        if not wrap:
            depth = 0
    if not any(soft):
        return text, None
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for i, ln in enumerate(lines):
        keep_from, keep_to = 0, len(ln)
        if i > 0 and soft[i - 1]:
            keep_from = len(ln) - len(ln.lstrip(_INDENT))
        if i < len(soft) and soft[i]:
            keep_to = len(ln.rstrip(_INDENT))
        for j in range(keep_from, keep_to):
            out.append(ln[j])
            index.append(pos + j)
        if i < len(soft) and not soft[i]:
            out.append("\n")
            index.append(pos + len(ln))
        pos += len(ln) + 1
    return "".join(out), index


def remap(mention: Any, index: list[int]) -> Any:
    """*mention* (a dataclass with ``start``/``end``, such as ``SloganMention``) found in a text with
    its wraps joined, its offsets moved to the text as printed (*index* from :func:`unwrap`: the
    printed position of each joined character).

    Parameters
    ----------
    mention : dataclass instance
        The mention, with ``start`` and ``end`` offsets in the joined text.
    index : list of int
        The printed position of each character of the joined text.

    Returns
    -------
    same type as *mention*
        A copy with ``start`` and ``end`` in the printed text.

    Examples
    --------
    >>> from corpus_tools.slogans.core import SloganMention
    >>> m = SloganMention("立县", "quoted", 1, 3, True, None, "")
    >>> remap(m, [0, 2, 3, 5]).start, remap(m, [0, 2, 3, 5]).end
    (2, 4)
    """
    return replace(mention, start=index[mention.start], end=index[mention.end - 1] + 1)
