"""A ``——`` subtitle wrapped at the column's width: one line of print, not a subtitle and a headline.

PDF extraction cuts a long subtitle where the column ends, as it cuts the text: its last characters
(``——以进一步全面深化改革推动鹤庆高质量发`` / ``展``) are the subtitle's, not a headline of their own.
:func:`wrapped_head_tags` (line-model tags, last of the corrections) reads the lines' width against the
column's (:func:`~corpus_tools.layout.headruns.column_width`), never their words.

A kicker line that fills the column over a title was also read as the title's first line when this module was
written (across fourteen writers of invented pages, 25 of 26 such two-line heads are one title), but on the
composed development pages that rule turned kickers into titles (titles 0.951 → 0.946, kickers 0.949 → 0.945 of
1,497 articles) while it gained one title on the open invented sets (pages33): the integrator took it out in the
thirty-fifth round (`benchmarks/layout49_errors35.md`).
"""

from __future__ import annotations

from corpus_tools.layout.headruns import column_width
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line

#: Narrowest column (characters) whose full lines are read as cut: a narrower one prints short heads full.
MIN_COLUMN = 10.0
#: How far short of the column's width a line still fills it (a cut line may end on a half-width digit).
SLACK = 0.5
#: Most characters of a subtitle's cut-off end.
MAX_TAIL = 6


def _fills(line: Line, col: float) -> bool:
    """Whether a line fills the column (a subtitle's dash printed full width: ``——`` is two characters wide)."""
    return line.width + 0.5 * line.text.count("—") >= col - SLACK


def wrapped_head_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with a short line under a subtitle line that fills the column read as the subtitle's end.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("县委中心组举行专题学习\\n——以全面深化改革推动鹤庆高质量发\\n展\\n　　本报讯　九月二十五日，县委理论\\n"
    ...         "学习中心组举行专题学习会，深入学习\\n全会精神，研究贯彻落实意见和措施。\\n")
    >>> wrapped_head_tags(read_lines(page), ["B-title", "subtitle", "B-title", "para", "cont", "cont"])[2]
    'subtitle'
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    col = column_width(lines, tags)
    if col < MIN_COLUMN:
        return list(tags)
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 1):
        here, below = out[i].removeprefix("B-"), out[i + 1]
        if gaps[i + 1] or not _fills(lines[i], col):
            continue
        if (here == "subtitle" and below.removeprefix("B-") == "title" and len(lines[i + 1].text.strip()) <= MAX_TAIL
                and (i + 2 >= len(lines) or out[i + 2].removeprefix("B-") not in ("title", "subtitle"))):
            out[i + 1] = "subtitle"
    return out
