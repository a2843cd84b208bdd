"""Headings over a paragraph's opening: the engine the indent passes share, and the same form on a page
that prints its paragraphs flush left.

A line of a heading's form printed over the first line of a paragraph is the title of the article that
paragraph opens when its place on the page says so. The form is the same wherever it is asked; where it
counts differs (:func:`~corpus_tools.layout.headruns.titles_over_indented_paragraphs` after a blank line
under a byline-closed article, :func:`~corpus_tools.layout.signed.items_over_indents` after a blank line
under a finished sentence or signature, :func:`titles_over_flush_openings` on a page without indents).
:func:`titles_over_openings` is the loop; each caller gives the place's test.

* :func:`heading_over_opening` — the form: over an indented line
  (:func:`~corpus_tools.layout.lines.heading_over_indent`), or, on a page that indents no line, a
  short heading-form line under a finished sentence over a line that runs to the page's usual width;
* :func:`titles_over_flush_openings` — on a page that indents no paragraph and prints no blank lines
  between articles, such a line is a title when the model misreads it and it stands where an article
  ends (a byline closing the text above, or a second byline below: an article has one byline);
* :func:`closed_by_byline`, :func:`second_byline` — those places, shared with the indent passes.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line, heading_over_indent
from corpus_tools.layout.bylines import LEAD_BYLINE_RE, REPORTED_LEAD_RE
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ENUM_RE, ends_sentence, heading_form
from corpus_tools.layout.signoffs import DATE_LINE_RE

#: Fewest characters of a heading over a flush opening.
FLUSH_SHORTEST = 6
#: A flush heading is at least this many character widths narrower than the page's usual line.
FLUSH_SHORT = 3.0
#: The line under it is at most this many character widths narrower than the usual line.
FLUSH_FULL_SLACK = 1.0

#: Marks that tell a text's line from a headline's (a headline may print a colon, a text line has these).
TEXT_MARKS = "，,、；;。"
#: ``accept(lines, tags, gap, i)``: whether the heading-form line ``i`` stands where a title does.
Accept = Callable[[list[Line], list[str], list[int], int], bool]


def usual_width(lines: Sequence[Line], *, upper: bool = False) -> float:
    """The page's usual line width: the median width of its lines that run on (no sentence end); with
    ``upper``, their upper quartile (the column's width where ASCII digits make many lines narrower)."""
    widths = [ln.width for ln in lines if not ends_sentence(ln.text)]
    if upper and len(widths) >= 4:
        return statistics.quantiles(widths, n=4)[2]
    return statistics.median(widths) if widths else 0.0


def heading_over_opening(lines: list[Line], i: int, usual: float, *, flush: bool, column: float | None = None) -> bool:
    """Whether line ``i`` is a heading printed over a paragraph's first line.

    With indents: :func:`~corpus_tools.layout.lines.heading_over_indent`. On a ``flush`` page (no line
    indented): line ``i`` has a heading's strict form (:func:`~corpus_tools.layout.patterns.heading_form`,
    a last ``！``/``？`` allowed), is at least :data:`FLUSH_SHORT` widths narrower than the ``usual`` line
    (or the ``column``'s width, :func:`usual_width` with ``upper``, when wider),
    follows a finished sentence (or opens the page), and the line under it
    runs to the usual width with a punctuation mark in it (a text's line, not a headline's) but
    without ending a sentence. A notice's date line (``2009年11月5日``) above counts as a finished sentence.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "全镇完成春播。\\n高沙窝镇春季植树忙\\n4月12日，高沙窝镇组织干部群众在二步坑\\n村开展植树活动。\\n"
    >>> lines = [ln for ln in read_lines(raw) if ln]
    >>> heading_over_opening(lines, 1, 19.0, flush=True), heading_over_opening(lines, 2, 19.0, flush=True)
    (True, False)
    """
    if not flush:
        return heading_over_indent(lines, i)
    if i + 1 >= len(lines) or (i and not ends_sentence(lines[i - 1].text) and not DATE_LINE_RE.match(lines[i - 1].text.strip())):
        return False  # (a notice's date line closes its text as a full stop does)
    text, below = lines[i].text.strip(), lines[i + 1]
    if not heading_form(text, shortest=FLUSH_SHORTEST, strict=True) or ENUM_RE.match(text):
        return False
    if not any(ch in TEXT_MARKS for ch in below.text):
        return False  # (a line without a comma or stop under a kicker may be the headline itself, ``X：Y``)
    return (lines[i].width <= max(usual, column or 0.0) - FLUSH_SHORT and below.width >= usual - FLUSH_FULL_SLACK
            and not ends_sentence(below.text))


#: Lines of the text above read for the byline closing it (``…获得感。（`` / ``朱丹丹）``: a byline cut by the column).
CLOSING_LINES = 3


def closing_text(lines: list[Line], end: int) -> str:
    """The last :data:`CLOSING_LINES` lines before line ``end``, joined."""
    return "".join(ln.text.strip() for ln in lines[max(0, end - CLOSING_LINES):end])


def closed_by_byline(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether the text above line ``i`` closes with a bracketed byline (perhaps cut by the column) or a byline line."""
    return i > 0 and (bool(BYLINE_TAIL_RE.search(closing_text(lines, i))) or tags[i - 1].removeprefix("B-") == "byline")


def lead_signed(lines: list[Line], tags: list[str], first: int, end: int) -> bool:
    """Whether the article from line ``first`` opens its text with a news lead signed in brackets
    (``本报讯（记者 X 通讯员 Y）``, perhaps cut by the column, or ``本报讯 记者X报道：``): its byline, as a byline
    line would be."""
    k = next((k for k in range(first, end) if tags[k].removeprefix("B-") in ("para", "cont")), None)
    text = "".join(ln.text.strip() for ln in lines[k:min(k + 2, end)]) if k is not None else ""
    return bool(LEAD_BYLINE_RE.match(text) or REPORTED_LEAD_RE.match(text))


def second_byline(lines: list[Line], tags: list[str], i: int, gap: list[int] | None = None, *,
                  byline_lines: bool = False) -> bool:
    """Whether line ``i`` follows a finished sentence of an article that has a byline line (or a signed
    lead), and the text from line ``i`` to the next article (the next ``B-`` line, or with ``gap`` the next
    blank line) closes with a bracketed byline of its own (with ``byline_lines``, or holds a byline line
    under its first line): an article has one byline."""
    if not ends_sentence(lines[i - 1].text):
        return False
    first = next((k for k in range(i - 1, -1, -1) if tags[k].startswith("B-")), 0)
    if not any(t.removeprefix("B-") == "byline" for t in tags[first:i]) and not lead_signed(lines, tags, first, i):
        return False
    # (the text's end: the next line the model opens an article on, or the next blank line: on a page that
    # parts its articles by blank lines the model may run the next one on)
    end = next((k for k in range(i + 1, len(tags)) if tags[k].startswith("B-") or tags[k] == "banner" or gap and gap[k]),
               len(tags))  # (nor a banner over the next article: ``简　讯``)
    if byline_lines and any(t.removeprefix("B-") == "byline" for t in tags[i + 2:end]):
        return True
    return bool(BYLINE_TAIL_RE.search(closing_text(lines, end)))


def titles_over_openings(raw_lines: Sequence[Line | None], tags: list[str], accept: Accept, *,
                         roles: tuple[str, ...] | None, below: tuple[str, ...] | None = None,
                         flush: bool = False) -> list[str]:
    """Tags with ``B-title`` on each heading over a paragraph's opening (:func:`heading_over_opening`)
    whose tag (``B-`` dropped) is one of ``roles`` (any when None), the line under it of ``below`` (any when None), and
    that ``accept`` takes; the line under it becomes ``para``. *tags* itself is not changed.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    usual, column = usual_width(lines), usual_width(lines, upper=True)
    out = list(tags)
    for i in range(len(lines) - 1):
        if roles is not None and out[i].removeprefix("B-") not in roles:
            continue
        if below is not None and out[i + 1].removeprefix("B-") not in below:
            continue
        if heading_over_opening(lines, i, usual, flush=flush, column=column) and accept(lines, out, gap, i):
            out[i] = "B-title"
            out[i + 1] = "para"
            if flush and i + 2 < len(lines) and out[i + 2] == "para":
                out[i + 2] = "cont"  # (the opening line runs on: it ends no sentence)
    return out


def _flush_title(lines: list[Line], tags: list[str], gap: list[int], i: int) -> bool:
    """A flush heading the model misreads (as a kicker or caption, as body with the line under it read
    as a title or kicker, or as the text's last line with the line under it opening a paragraph) where an
    article ends: the text above closes with a byline, or the article above has one and the text below
    closes with its own (an in-body subhead has neither: its article goes on, signed once); or one the
    model opens an article on, read as that article's first text line (the place is the model's)."""
    here, under = tags[i].removeprefix("B-"), tags[i + 1].removeprefix("B-")
    if tags[i] == "B-para" and under == "cont":
        return True  # (the model opens an article on the heading, read as the text's first line)
    misread = (here in ("kicker", "caption") or under in ("title", "kicker")
               or here in ("para", "cont") and tags[i + 1] in ("B-para", "para"))
    return misread and (closed_by_byline(lines, tags, i) or second_byline(lines, tags, i, byline_lines=True))


def titles_over_flush_openings(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""On a page that indents no line and prints no blank line between its text lines, a heading over a
    paragraph's first line (:func:`heading_over_opening`) that the line model reads as a kicker,
    caption or body (see :func:`_flush_title`) is the title of the article that paragraph opens.
    Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("本报讯（记者　马丽）今年，该镇计划种植\n玉米4.5万亩、荞麦1.2万亩，确保不误\n农时。\n"
    ...        "惠安堡镇建成光伏治沙示范区\n4月15日，记者在惠安堡镇光伏治沙示范区\n看到，光伏板下种植的柠条已经返青。（张强）\n")
    >>> titles_over_flush_openings(read_lines(raw), ["B-para", "cont", "cont", "B-kicker", "title", "para"])
    ['B-para', 'cont', 'cont', 'B-title', 'para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if not lines or any(ln.opens for ln in lines) or any(blank_lines_before(raw_lines)[1:]):
        return list(tags)
    return titles_over_openings(raw_lines, tags, _flush_title, roles=("para", "cont", "kicker", "caption"),
                                flush=True)
