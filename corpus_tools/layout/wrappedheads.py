"""A headline or subtitle wrapped at the column's width: one line of print, not two parts of a head.

PDF extraction cuts a long headline where the column ends, as it cuts the text::

    东张孟镇学习“三个代表”重要思想      (16 characters: the column's width)
    报告会在各村巡回举办

The first line fills the column, so the headline goes on in the second: it is one title, not a kicker over
a title (a kicker is a phrase of its own, set shorter than the column). Across fourteen writers of invented
pages (benchmarks/gold pages21-35o), 25 of 26 two-line heads whose first line fills the column are one title;
shorter first lines split about evenly between one title and kicker + title, which this module leaves to
the line model; so does the full head of a lead, kicker, title and ``——`` subtitle, whose kicker may be as wide
as the column (the one writer of the 26 who read a full line as a kicker). The same holds for a ``——`` subtitle cut at the column's width: its last characters
(``——以进一步全面深化改革推动鹤庆高质量发`` / ``展``) are the subtitle's, not a headline of their own.

:func:`wrapped_head_tags` (line-model tags, last of the corrections) reads the lines' width against the
column's (:func:`~corpus_tools.layout.headruns.column_width`), never their words.
"""

from __future__ import annotations

from corpus_tools.layout.headruns import column_width
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import SENTENCE_MARKS

#: Narrowest column (characters) whose full lines are read as cut: a narrower one prints short heads full.
MIN_COLUMN = 10.0
#: How far short of the column's width a line still fills it (a cut line may end on a half-width digit).
SLACK = 0.5
#: Most characters of a subtitle's cut-off end.
MAX_TAIL = 6


def _fills(line: Line, col: float) -> bool:
    """Whether a line fills the column (a subtitle's dash printed full width: ``——`` is two characters wide)."""
    return line.width + 0.5 * line.text.count("—") >= col - SLACK


def _three_tiers(tags: list[str], i: int) -> bool:
    """Whether the kicker line ``i`` opens a head of three tiers, kicker, title and ``——`` subtitle: the
    lead's full head, whose kicker may be set as wide as the column (``纪念…胜利60周年`` / ``八路军总部…`` /
    ``——…``)."""
    above = tags[i - 1].removeprefix("B-") if i else ""
    return (i + 2 < len(tags) and tags[i + 2].removeprefix("B-") == "subtitle"
            and above not in ("kicker", "title", "subtitle"))


def wrapped_head_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with a kicker line that fills the column read as the first line of the title under
    it, and a short line under a subtitle line that fills the column read as the subtitle's end.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("东镇学习“三个代表”重要思想\\n报告会在各村举办\\n　　为把学习引向深入，镇党委\\n"
    ...         "组织宣讲小组到各村巡回宣讲\\n，听众四千多人次，收集意见\\n五十六条。\\n")
    >>> wrapped_head_tags(read_lines(page), ["B-kicker", "title", "para", "cont", "cont", "cont"])
    ['B-title', 'title', 'para', 'cont', 'cont', 'cont']
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
        t = lines[i].text.strip()
        if (here == "kicker" and below == "title" and lines[i + 1].width <= col + SLACK
                and not any(ch in SENTENCE_MARKS or ch == "\u3000" for ch in t)  # (a wide space is set, not cut)
                and not _three_tiers(out, i)):
            out[i] = out[i].replace("kicker", "title")
        elif (here == "subtitle" and below.removeprefix("B-") == "title" and len(lines[i + 1].text.strip()) <= MAX_TAIL
              and (i + 2 >= len(lines) or out[i + 2].removeprefix("B-") not in ("title", "subtitle"))):
            out[i + 1] = "subtitle"
    return out
