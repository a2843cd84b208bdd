"""A paragraph's indented first line, cut at the column's width, is no headline.

On a page that indents its paragraphs, a short article's first line may have no punctuation where the column
cuts it (``　　胜营镇李高曲村今年发展大棚甜`` / ``瓜六百亩，由村里成立的…``, ``　　南韩镇周固寨村到309国道的`` /
``三公里土路，…``). The line model may read it as a headline, or as the title under the article's real headline
(which then becomes a kicker). A headline is not printed with a paragraph's indent, and it does not run on into
the next line; :func:`indented_openings` (line-model tags) reads such a line as the paragraph's first line
when the page indents its paragraphs, the line is indented, fills the column with its indent, and the line
under it goes on flush (the sentence's rest). A headline over it keeps its title.

The converse: a flush line of a headline's form after a blank line, short of the column, right over an indented
line, read as text (``十里铺镇下岗职工重新上岗`` / ``　　县棉纺厂改制后，…``), is the headline of the paragraph under
it on such a page (a paragraph's first line is indented there). Told by indentation, gaps and width only.
"""

from __future__ import annotations

from corpus_tools.layout.headruns import column_width
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ITEM_MARKS, heading_form, text_width

#: Least indented lines on a page that indents its paragraphs.
MIN_INDENTED = 3
#: Width of a paragraph's indent (characters).
INDENT = 2.0
#: How far short of the column's width a line still fills it.
SLACK = 0.5
_HEADS = ("title", "kicker")
_TEXT = ("para", "cont")


def _fills(line: Line, col: float) -> bool:
    """Whether an indented line fills the column as a paragraph's first line: no item mark opening it and no wide
    space inside it (a marked brief's run-in title, ``■中平镇举办培训　8`` / ``月3日，…``)."""
    t = line.text.strip()
    if not t or t[0] in ITEM_MARKS or "\u3000" in t:
        return False
    return max(text_width(t), float(len(t))) + INDENT >= col - SLACK


def indented_openings(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with an indented heading-read line that fills the column over a flush text line read
    as that paragraph's first line (see the module's docstring). Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("南镇修通连心路\\n　　南镇周固寨村到国道的三\\n公里土路，一到雨天就难行\\n。今年秋后，村里集资修路\\n"
    ...         "　　全村劳力义务出工，十月\\n底全线贯通。\\n　　村民叫它连心路，都说好\\n")
    >>> indented_openings(read_lines(page), ["B-kicker", "title", "para", "cont", "para", "cont", "para"])
    ['B-title', 'para', 'cont', 'cont', 'para', 'cont', 'para']
    >>> page = page + "\\n北镇小麦播种结束\\n　　截至十日，北镇小麦播种\\n面积达到三万亩。\\n"
    >>> indented_openings(read_lines(page), ["B-kicker", "title", "para", "cont", "para", "cont", "para", "B-para",
    ...                                      "cont", "cont"])[-3:]
    ['B-title', 'para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    if sum(ln.opens for ln in lines) < MIN_INDENTED:
        return list(tags)
    col = column_width(lines, tags)
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 1):
        tag = out[i].removeprefix("B-")
        if (tag not in _HEADS or not lines[i].opens or lines[i + 1].opens or gaps[i + 1]
                or out[i + 1].removeprefix("B-") not in _TEXT or not _fills(lines[i], col)):
            continue
        if out[i].startswith("B-"):
            out[i] = "B-para"
        else:
            out[i] = "para"
            k = i - 1
            if k >= 0 and not gaps[i] and out[k] in ("B-kicker", "kicker"):
                out[k] = out[k].replace("kicker", "title")  # (the headline over it was read as its kicker)
        if out[i + 1] == "para":
            out[i + 1] = "cont"
    for i in range(len(lines) - 1):
        if (out[i].removeprefix("B-") in _TEXT and gaps[i] and not lines[i].opens and lines[i + 1].opens
                and not gaps[i + 1] and out[i + 1].removeprefix("B-") in _TEXT
                and heading_form(lines[i].text, strict=True) and lines[i].width < col - INDENT):
            out[i] = "B-title"
            out[i + 1] = "para"
    return out
