"""Article starts without a blank line on pages that indent their paragraphs.

:func:`~corpus_tools.layout.indentheads.titles_on_indenting_pages` reads an article's start in line form
after a blank line. Pages extracted without blank lines print the next article right under the last line of
the one above: ``…奋勇争先。`` / ``县委召开全会`` / ``　　日前，…``. A flush heading line there may be an in-body
subhead too, so :func:`heads_without_gaps` asks for more than the form of one line: two heading lines (a kicker
over its title) right over an indented line, or one heading line over an indented line that opens as a news
report opens (:data:`NEWS_OPENING_RE`: ``日前，``, ``近日，``, ``本报讯``), which a subhead's paragraph does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tools.layout.indentheads import CUT_SHARE, MAX_INDENTED_WRAPS, MIN_INDENTED_STARTS, TEXT_TAGS, TITLE_SHARE
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.columnkickers import LONGER
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import usual_width
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ENUM_RE, ends_sentence, heading_form, is_byline

#: An editorial's signature on its own line (``本报评论员``, ``本报特约评论员``): no heading.
SIGNATURE_LINE_RE = re.compile(r"^(?:本报|本刊)?(?:特约)?评论员$")
#: How a news report's first paragraph opens: a time word and a comma, or the paper's lead.
NEWS_OPENING_RE = re.compile(r"^(?:本报讯|(?:日前|近日|近期|连日来|眼下|今年以来|入[春夏秋冬]以来|"
                             r"\d{1,2}月\d{1,2}日(?:[上下]午)?)[，,])")


def indents_without_gaps(lines: Sequence[Line], gap: Sequence[int]) -> bool:
    r""":func:`~corpus_tools.layout.indentheads.indents_paragraphs` on a page that may print no blank lines:
    a flush line of a heading's form under a finished sentence is a heading, not a paragraph printed flush, so
    it does not count against the indent.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "　　全县新建农田。\n　　新坍镇投入资金。\n青禾县召开全会\n　　日前，全会召开。\n县委书记讲话。\n"
    >>> indents_without_gaps([ln for ln in read_lines(raw) if ln], [0] * 5)
    False
    >>> more = raw + "　　会议要求抓落实。\n　　会议号召全县干部奋勇争先。\n"
    >>> indents_without_gaps([ln for ln in read_lines(more) if ln], [0] * 7)
    True
    """
    usual = usual_width(list(lines))
    starts_open = starts_flat = wraps_open = wraps = 0
    for k in range(1, len(lines)):
        if gap[k]:
            continue
        above = lines[k - 1].text
        if ends_sentence(above):
            starts_open += lines[k].opens
            starts_flat += not lines[k].opens and not heading_form(lines[k].text, shortest=2)
        elif usual and lines[k - 1].width >= CUT_SHARE * usual and not heading_form(above):
            wraps += 1
            wraps_open += lines[k].opens
    return (starts_open >= MIN_INDENTED_STARTS and starts_open > starts_flat
            and wraps_open <= MAX_INDENTED_WRAPS * wraps)


def _signs(text: str) -> bool:
    """A byline line or an editorial's signature line."""
    t = text.strip()
    return is_byline(t) or bool(SIGNATURE_LINE_RE.match(t))


def _finished(text: str) -> bool:
    return ends_sentence(text) or bool(BYLINE_TAIL_RE.search(text.strip()))


def _head(line: Line, column: float, shortest: int) -> bool:
    text = line.text.strip()
    return (not line.opens and heading_form(text, shortest=shortest, strict=True) and not ENUM_RE.match(text)
            and not SIGNATURE_LINE_RE.match(text)
            and not (column and line.width > TITLE_SHARE * column))


def heads_without_gaps(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""On a page that indents its paragraphs (:func:`indents_without_gaps`), a
    flush heading line right under a finished text (no blank line between) that the line model reads as text
    opens an article when an indented line stands under it and either a second flush heading line stands
    between them (``B-kicker``, ``title``) or the indented line opens as a news report
    (:data:`NEWS_OPENING_RE`; ``B-title``). The indented line becomes ``para``. An indented line with a
    sentence's marks (``，``, ``；``) right under a finished text, read as a title, is a paragraph's first line
    (``para``, the flush line under it ``cont``). A flush heading line over a byline line over an indented line,
    all read as text, is a title (the second line of the heading over it, or ``B-title`` under a finished
    text), its byline and its first paragraph; a kicker or banner line under a finished text over a line read as
    the title's second line opens the article (``B-kicker``); and a flush heading line under a finished text (or a blank line)
    over one or two lines read as a byline is the title of the article they sign. Returns the new tags.

    Parameters
    ----------
    raw_lines : sequence of (Line or None)
        The page's lines (None for a blank line).
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("　　今年全县新建农田三千亩，配套\n沟渠十八公里。\n　　新坍镇投入资金五百万元。\n"
    ...        "　　全县发放贷款一亿元。\n　　长荡镇组织农技人员下乡。\n青禾县召开全会\n　　日前，县委全会召开。\n"
    ...        "生态青禾\n守护一河清水\n　　县水务局组织人员巡河。\n")
    >>> heads_without_gaps(read_lines(raw), ["B-para", "cont", "para", "para", "para", "cont", "para", "cont", "cont",
    ...                                      "para"])
    ['B-para', 'cont', 'para', 'para', 'para', 'B-title', 'para', 'B-kicker', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(tags) != len(lines):
        raise ValueError(f"tags must hold one tag per non-blank line ({len(lines)}), got {len(tags)}")
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    column = usual_width(lines, upper=True)
    def head_start(i: int) -> int | None:
        """Where the heading that ends at line ``i`` (one line, or two without a blank line) starts, if it
        stands under a finished text, a blank line or the page's top; else None."""
        if out[i].removeprefix("B-") not in TEXT_TAGS or not _head(lines[i], column, 4):
            return None
        if (i >= 1 and not gap[i] and out[i - 1].removeprefix("B-") in TEXT_TAGS and _head(lines[i - 1], column, 2)
                and (i == 1 or gap[i - 1] or _finished(lines[i - 2].text))):
            return i - 1
        return i if i == 0 or gap[i] or _finished(lines[i - 1].text) else None

    def open_at(start: int, end: int) -> None:
        out[start] = "B-title"
        out[start + 1:end + 1] = ["title"] * (end - start)

    for i in range(1, len(lines) - 1):  # (a kicker or banner under a finished text, over a title line: it opens it)
        if (out[i] in ("kicker", "banner") and not gap[i] and out[i - 1].removeprefix("B-") in TEXT_TAGS
                and _finished(lines[i - 1].text) and out[i + 1] == "title" and not gap[i + 1]):
            out[i] = "B-kicker"
    for i in range(len(lines) - 2):  # (a heading, one or two byline lines and an indented line read as text)
        k = i + 1
        while (k < len(lines) and k - i <= 2 and out[k].removeprefix("B-") in TEXT_TAGS and not gap[k]
               and not lines[k].opens and _signs(lines[k].text)):
            k += 1
        if k == i + 1 or k >= len(lines) or gap[k] or not lines[k].opens or out[k].removeprefix("B-") not in TEXT_TAGS:
            continue
        if i >= 1 and out[i - 1] in ("B-title", "B-kicker", "title") and not gap[i] and _head(lines[i], column, 4):
            out[i] = "title"  # (the heading's second line)
        else:
            start = head_start(i)
            if start is None:
                continue
            open_at(start, i)
        out[i + 1:k] = ["byline"] * (k - i - 1)
        out[k] = "para"
    for i in range(len(lines) - 2):  # (a heading over the byline lines the model read, itself read as text)
        k = i + 1
        while k < len(lines) and k - i <= 2 and out[k] == "byline" and not gap[k]:
            k += 1
        if k == i + 1 or k >= len(lines) or out[k].removeprefix("B-") not in TEXT_TAGS:
            continue
        start = head_start(i)
        if start is None:
            continue
        open_at(start, i)
        if out[k] == "cont":
            out[k] = "para"
    if not indents_without_gaps(lines, gap):
        return out
    for i in range(1, len(lines) - 1):  # (an indented line with a sentence's marks read as a title: a paragraph)
        text = lines[i].text.strip()
        if (out[i] != "B-title" or not lines[i].opens or gap[i] or out[i - 1].removeprefix("B-") not in TEXT_TAGS
                or not any(ch in "，,；;" for ch in text) or lines[i + 1].opens
                or out[i + 1].removeprefix("B-") not in TEXT_TAGS):
            continue
        if _finished(lines[i - 1].text):
            out[i], out[i + 1] = "para", "cont"
        elif _head(lines[i - 1], column, 2) and (i == 1 or gap[i - 1] or _finished(lines[i - 2].text)):
            out[i - 1], out[i], out[i + 1] = "B-title", "para", "cont"  # (the heading over it: ``通　告``)
    for i in range(1, len(lines) - 1):
        if gap[i] or out[i].removeprefix("B-") not in TEXT_TAGS + ("title",) or not _finished(lines[i - 1].text):
            continue
        if out[i - 1].removeprefix("B-") not in TEXT_TAGS:
            continue
        nxt = lines[i + 1]
        if out[i] == "title" and not (NEWS_OPENING_RE.match(nxt.text.strip()) and nxt.opens):
            continue  # (a title line under a text: only over a news opening)
        if (_head(lines[i], column, 2) and i + 2 < len(lines) and not gap[i + 1] and not gap[i + 2]
                and out[i + 1].removeprefix("B-") in TEXT_TAGS and _head(nxt, column, 4)
                and lines[i + 2].opens and out[i + 2].removeprefix("B-") in TEXT_TAGS):
            kicker = len(nxt.text.strip()) >= LONGER * len(lines[i].text.strip())
            out[i], out[i + 1], out[i + 2] = "B-kicker" if kicker else "B-title", "title", "para"
        elif (_head(lines[i], column, 4) and not gap[i + 1] and nxt.opens
              and out[i + 1].removeprefix("B-") in TEXT_TAGS and NEWS_OPENING_RE.match(nxt.text.strip())):
            out[i], out[i + 1] = "B-title", "para"
    return out
