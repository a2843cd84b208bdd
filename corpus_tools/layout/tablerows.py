"""Rows of a table, a notice board or a list kept apart in an article's body.

A body paragraph's printed lines are joined without a separator (a column break falls inside a word). The
rows of a table (``横桥河　Ⅱ类　2.3``), of a board (``河道名称：夹沟河`` / ``县级河长：韦丽（副县长）``) or of a
list carry no end punctuation, so joined they fuse (``夹沟河县级河长``). :func:`with_row_breaks` puts a line
break back where the printed line ends a row:

* the line is short for its paragraph (at most :data:`SHORT_SHARE` of the widest line of the unit, the
  unit set in a column: at least :data:`MIN_WIDTH` wide, two lines or more within :data:`COLUMN_SLACK` of the
  widest) and ends without a clause mark (``，、`` or an opening bracket) and not inside a bracket;
* or the next line is a row and the line is a row too or ends on a colon (``…公示如下：``): a row opens
  with an ``X：`` head (2–8 characters) or holds cells apart with a space inside the line (no sentence
  mark, no bracket).

* or the next line is indented and the line is not (a new paragraph after a line without end punctuation).

The next line must not open with a mark that goes on from the line above (``，``, ``）``, ``》`` …).

A line ending with sentence-final punctuation keeps today's join (a paragraph end inside the unit); only
whitespace is added, so the no-loss check and every offset are unchanged.
"""

from __future__ import annotations

import re

from corpus_tools.layout.patterns import FINAL_PUNCT, is_lead, text_width

__all__ = ["COLUMN_SLACK", "MIN_WIDTH", "SHORT_SHARE", "row_breaks", "with_row_breaks"]

#: A line at most this share of the widest line of its unit is short (a row, not a wrapped line).
SHORT_SHARE = 0.7
#: Units narrower than this (widest line) are a headline's width or a narrow column: no short-line rule.
MIN_WIDTH = 12.0
#: Lines within this width of the widest fill the column.
COLUMN_SLACK = 1.5
#: A row's head: ``河道名称：``, ``县级河长：`` (2–8 characters before a full-width or ASCII colon).
_HEAD_RE = re.compile(r"^[^\s，。；：:、（）()“”]{2,8}[：:]\S")
#: Cells held apart by a space inside the line (``横桥河　Ⅱ类　2.3``).
_CELLS_RE = re.compile(r"\S[ \u3000\t]+\S")
#: A row of cells holds no sentence or clause mark and no bracket (``本报讯（记者　王磊　通讯`` is a lead).
_NOT_CELLS = frozenset("，,；;。！？!?…（）()《》")
#: A line opening with one of these goes on from the line above.
_GOES_FROM = "，,。；;：:、）)》〉】”’！？!?…"
#: A line ending in one of these goes on (a clause mark, an opening bracket or quote).
_GOES_ON = "，、,（(“‘《〈【—-"


def _row(line: str) -> bool:
    """Whether a printed line reads as a row (a head ``X：`` or cells apart)."""
    t = line.strip()
    if _HEAD_RE.match(t):
        return True
    return bool(_CELLS_RE.search(t)) and not any(ch in _NOT_CELLS for ch in t) and not is_lead(t)


def _width(line: str) -> float:
    """Display width of a printed line with its leading indent (a full-width space 1, another space 0.5)."""
    body = line.lstrip()
    indent = line[: len(line) - len(body)]
    return text_width(body) + indent.count("\u3000") + 0.5 * (len(indent) - indent.count("\u3000")) if body else 0.0


def _open_bracket(line: str) -> bool:
    t = line.strip()
    return t.count("（") + t.count("(") > t.count("）") + t.count(")")


def _indented(line: str) -> bool:
    return line[:1] in (" ", "\u3000", "\t")


def row_breaks(lines: list[str]) -> list[bool]:
    """For each break between ``lines[k]`` and ``lines[k + 1]``, whether it ends a row.

    ``lines`` are the printed lines of one body paragraph with their leading indent (the width of
    an indented first line counts the indent).

    Examples
    --------
    >>> row_breaks(["名称：东沟河", "河长：李明（副县长）", "单位：县水利局"])
    [True, True]
    >>> row_breaks(["　　全县上下认真贯彻落实会议", "精神，扎实推进各项工作。"])
    [False]
    >>> row_breaks(["　　东沟河：县级河长李明，镇", "级河长王芳（东沟镇）", "　　西沟河：县级河长李明"])
    [False, True]
    >>> row_breaks(["　　本报讯（记者　王磊　通讯", "员　李明）日前，全县召开会议。"])
    [False]
    """
    widths = [_width(ln) for ln in lines]
    sizes = [float(len(ln.rstrip())) for ln in lines]  # (a page may wrap by characters, not by width)
    widest, longest = max(widths, default=0.0), max(sizes, default=0.0)
    # (set in a column: two lines or more as wide as the widest; a page printing a paragraph a line is not)
    column = widest >= MIN_WIDTH and sum(1 for w in widths if w >= widest - COLUMN_SLACK) >= 2
    out = []
    for k in range(len(lines) - 1):
        t, nxt = lines[k].strip(), lines[k + 1].strip()
        if not t or not nxt or t[-1] in _GOES_ON or nxt[0] in _GOES_FROM or t.rstrip("”’」』）)")[-1:] in FINAL_PUNCT:
            out.append(False)
            continue
        if _open_bracket(lines[k]):
            out.append(False)  # (inside a bracket: ``（记者　张新　通讯员`` / ``刘洋）``)
            continue
        short = (column and widths[k] <= SHORT_SHARE * widest and sizes[k] <= SHORT_SHARE * longest)
        rows = _row(lines[k + 1]) and (_row(lines[k]) or t[-1] in "：:")
        opens = _indented(lines[k + 1]) and not _indented(lines[k])  # (an indented line opens a paragraph)
        out.append(short or rows or opens)
    return out


def _printed_lines(raw: str, start: int, end: int) -> list[tuple[int, str]]:
    """The printed lines of ``raw[start:end]`` as (offset of the first non-space character, line with its indent)."""
    line_start = raw.rfind("\n", 0, start) + 1
    out = []
    pos = line_start
    for ln in raw[line_start:end].split("\n"):
        stripped = ln.lstrip()
        if stripped.strip():
            out.append((pos + len(ln) - len(stripped), ln.rstrip()))
        pos += len(ln) + 1
    return out


def with_row_breaks(text: str, pieces: list[tuple[int, int]], raw: str) -> str:
    """``text`` (a body unit's cleaned text made of the raw ``pieces``) with a line break after each row.

    Returns ``text`` unchanged when it is not the printed lines joined (a repaired unit) or no break ends a row.

    Examples
    --------
    >>> raw = "名称：东沟河\\n河长：李明（副县长）\\n单位：县水利局\\n"
    >>> with_row_breaks("名称：东沟河河长：李明（副县长）单位：县水利局", [(0, len(raw) - 1)], raw)
    '名称：东沟河\\n河长：李明（副县长）\\n单位：县水利局'
    """
    lines = [ln for a, b in pieces for ln in _printed_lines(raw, a, b)]
    if len(lines) < 2:
        return text
    breaks = row_breaks([ln for _, ln in lines])
    if not any(breaks):
        return text
    # the non-space characters printed before each row break
    cuts, seen = set(), 0
    for (_, ln), brk in zip(lines, breaks + [False]):
        seen += sum(1 for ch in ln if not ch.isspace())
        if brk:
            cuts.add(seen)
    if sum(1 for ch in text if not ch.isspace()) != seen:
        return text  # (a unit whose text is not its printed lines)
    out, n = [], 0
    for ch in text:
        if not ch.isspace():
            if n in cuts and out:
                while out and out[-1] in " \u3000":
                    out.pop()
                out.append("\n")
                cuts.discard(n)
            n += 1
        elif out and out[-1] == "\n":
            continue
        out.append(ch)
    return "".join(out)
