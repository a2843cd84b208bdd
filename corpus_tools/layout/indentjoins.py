"""Paragraph breaks inside a sentence on pages that indent their paragraphs.

The line model reads a line's width without the indent printed before it, so the first line of an
indented paragraph looks a few characters short of the column, like a paragraph's last line; the line
under it then opens a paragraph of its own although the sentence runs on (``  毕鲁图嘎查还与邻近的红花`` /
``尔基嘎查结成帮扶对子，…``), and a long name is cut in two at the column. On a page that uses the indent
as its paragraph cue (:func:`~corpus_tools.layout.indentheads.indents_paragraphs`), a flush line printed
right under a body line that stops inside a sentence at about the column's width continues that
paragraph. Only the tags of body lines change (``para`` → ``cont``): no line changes article and no
character is moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.layout.indentheads import indents_paragraphs
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import usual_width
from corpus_tools.layout.patterns import (ENUM_RE, FINAL_PUNCT, ends_sentence, is_byline, is_credit, is_lead,
                                          is_subtitle_line)

#: Width of a paragraph's indent (two full-width spaces), added to an indented line's printed width.
INDENT_WIDTH = 2.0
#: A line this much narrower than the usual width (indent counted) is a paragraph's last line, not a cut one.
SHORT_BY = 1.5
#: Characters after which a line may stop at the column end and still close its paragraph (a colon before a
#: list, a closing quote or bracket after a sentence end is read by ``ends_sentence``).
_CLOSING = FINAL_PUNCT + "：:"


def _runs_on(line: Line, usual: float) -> bool:
    """Whether a body line stops inside a sentence at about the column's width (its indent counted)."""
    text = line.text.rstrip()
    if not text or ends_sentence(text) or text[-1] in _CLOSING:
        return False
    width = line.width + (INDENT_WIDTH if line.opens else 0.0)
    return width >= usual - SHORT_BY


def _opens_unit(text: str) -> bool:
    """Whether a line opens a unit of its own whatever the indent (a lead, byline, credit, subtitle, list item)."""
    return (is_lead(text) or is_byline(text) or is_credit(text) or is_subtitle_line(text)
            or bool(ENUM_RE.match(text)))


def sentences_across_flush_lines(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """On a page that indents its paragraphs, a flush line tagged ``para`` right under a body line
    (``para``/``cont``, no blank line between) that stops inside a sentence at about the column's width
    (:func:`_runs_on`) continues that paragraph: ``cont``. Returns the new tags; *tags* is not changed.

    Parameters
    ----------
    raw_lines : sequence of (Line or None)
        The page's lines (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line).
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("\\u3000\\u3000今年全乡新修牧道三条，\\n牧民出行更方便。\\n\\u3000\\u3000苏木干部还与邻近的乌兰\\n"
    ...        "陶勒盖嘎查结成对子，共\\n同建设草场。\\n\\u3000\\u3000全年接羔保育成活率高。\\n"
    ...        "\\u3000\\u3000新建棚圈四十座。\\n")
    >>> sentences_across_flush_lines(read_lines(raw), ["para", "cont", "para", "para", "cont", "para", "para"])
    ['para', 'cont', 'para', 'cont', 'cont', 'para', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(tags) != len(lines):
        raise ValueError(f"tags must hold one tag per non-blank line ({len(lines)}), got {len(tags)}")
    out = list(tags)
    gap = blank_lines_before(raw_lines)
    if len(lines) < 3 or not indents_paragraphs(lines, gap):
        return out
    usual = usual_width(lines)
    for i in range(1, len(lines)):
        if (out[i] == "para" and out[i - 1] in ("para", "cont") and not gap[i] and not lines[i].opens
                and not _opens_unit(lines[i].text) and _runs_on(lines[i - 1], usual)):
            out[i] = "cont"
    return out
