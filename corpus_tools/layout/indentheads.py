"""Titles on pages that indent their paragraphs: the line form of an article's start.

Many PDF-to-text tools keep a paragraph's indent (``pdftotext -layout``, a full-width ``　　``). A page
that uses it consistently prints every paragraph's first line indented and every wrapped line flush,
so an article reads, in line form: a blank line, a short flush line ending no sentence (the title),
perhaps a byline line, then an indented line (the first paragraph). The line model, trained mostly on
pages whose titles share their body's words, reads such a title between two byline-less articles as
the last line of the article above (``…防汛抗灾。`` / ⏎ / ``临海镇：干部作风大转变`` / ``  合德镇今年…``)
and glues it to that body. :func:`titles_on_indenting_pages` gives the line back its title's tag when
the page's own lines show the indent is a paragraph cue (:func:`indents_paragraphs`).

A headline printed after its body is followed by a blank line, not by an indented line, so it is left
alone; an in-body subhead printed without a blank line before it is left alone too.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import usual_width
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ENUM_RE, ends_sentence, heading_form, is_byline
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE

#: Fewest paragraph starts (a line after a finished sentence, no blank line between) a page must
#: indent before its indent is read as a paragraph cue.
MIN_INDENTED_STARTS = 3
#: A wrapped line (under a line cut inside a sentence at about the column's width) is indented on at
#: most this share of such lines (a page indenting every line tells no paragraph start).
MAX_INDENTED_WRAPS = 0.25
#: A line counts as cut by the column when it is at least this share of the page's usual width.
CUT_SHARE = 0.8
#: The line-role tags of article text this pass may read again.
TEXT_TAGS = ("para", "cont")
#: A title line is at most this share of the page's column width (:func:`usual_width` with ``upper``).
TITLE_SHARE = 0.9


def indents_paragraphs(lines: Sequence[Line], gap: Sequence[int]) -> bool:
    """Whether a page uses the indent consistently as a paragraph cue.

    Parameters
    ----------
    lines : sequence of Line
        The page's non-blank lines in order (:func:`~corpus_tools.layout.lines.read_lines` without the Nones).
    gap : sequence of int
        Per line, the blank lines before it (:func:`~corpus_tools.layout.lineroles.blank_lines_before`).

    Returns
    -------
    bool
        True when, among lines printed right under another (no blank line between), at least
        :data:`MIN_INDENTED_STARTS` of those under a finished sentence are indented and more of them are
        indented than flush, and at most :data:`MAX_INDENTED_WRAPS` of those under a line cut inside a
        sentence at about the usual width (:data:`CUT_SHARE`) are indented.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("标题\\n  今年全县新建农田3200亩，配套\\n沟渠18公里。\\n  新坍镇投入资金560万元。\\n"
    ...        "  全县累计发放小额贷款1.2亿元，\\n惠及农户五千户。\\n  长荡镇组织农技人员下乡。\\n")
    >>> lines = [ln for ln in read_lines(raw) if ln]
    >>> indents_paragraphs(lines, [0] * len(lines))
    True
    >>> flat = [ln for ln in read_lines(raw.replace("  ", "")) if ln]
    >>> indents_paragraphs(flat, [0] * len(flat))
    False
    """
    if len(lines) != len(gap):
        raise ValueError(f"lines and gap must have the same length, got {len(lines)} and {len(gap)}")
    usual = usual_width(list(lines))
    starts_open = starts_flat = wraps_open = wraps = 0
    for k in range(1, len(lines)):
        if gap[k]:
            continue
        above = lines[k - 1].text
        if ends_sentence(above):
            starts_open += lines[k].opens
            # (a flush line under a sentence that ends at the column's edge may be a wrap: the paragraph goes
            # on; only under a short line does a flush line tell a paragraph start printed without indent)
            starts_flat += not lines[k].opens and not (usual and lines[k - 1].width >= usual)
        elif usual and lines[k - 1].width >= CUT_SHARE * usual and not heading_form(above):
            wraps += 1
            wraps_open += lines[k].opens
    return (starts_open >= MIN_INDENTED_STARTS and starts_open > starts_flat
            and wraps_open <= MAX_INDENTED_WRAPS * wraps)


def _finished(text: str) -> bool:
    """Whether a line closes an article's text: a finished sentence or a bracketed byline."""
    return ends_sentence(text) or bool(BYLINE_TAIL_RE.search(text.strip()))


def _signature(text: str) -> bool:
    """Whether a line is a signature in brackets alone on its line (``（玄武镇　乜红梅）``, ``（邱玉兰）``)."""
    t = text.strip()
    return t[:1] in "（(" and t[-1:] in "）)" and bool(parse_byline(t))


def column_head(lines: Sequence[Line], gap: Sequence[int], i: int) -> bool:
    """Whether line ``i`` stands right under a column's name in black brackets on a line of its own
    (``【公告栏】`` / ``公　告``, ``【相关链接】`` / ``林下参``), the name after a blank line or a finished text:
    the column opens there, so line ``i`` may be the first item's title however short."""
    if i < 1 or gap[i] or not BRACKETED_COLUMN_LINE_RE.match(lines[i - 1].text.strip()):
        return False
    return i == 1 or bool(gap[i - 1]) or _finished(lines[i - 2].text)


def wrapped_title(lines: Sequence[Line], gap: Sequence[int], i: int, column: float) -> bool:
    """Whether line ``i``, as wide as the column, and the line under it are one title the column wraps
    (``旗第一中学学生获自治区科技创新大赛一等`` / ``奖``): the second line stands right under the first,
    flush, at most :data:`TITLE_SHARE` of the ``column`` wide, and the two read as one headline (a
    heading's strict form: no sentence mark, no clause mark at its end). The last line of a paragraph
    ends its sentence, so it is never read so."""
    j = i + 1
    if j >= len(lines) or gap[j] or lines[j].opens or lines[j].width > TITLE_SHARE * column:
        return False
    return heading_form(lines[i].text.strip() + lines[j].text.strip(), shortest=4, strict=True)


def title_start(lines: Sequence[Line], gap: Sequence[int], i: int, column: float, *, top: bool = False,
                gapless: bool = False) -> int | None:
    """Where line ``i`` opens an article in line form, on a page that indents its paragraphs.

    Line ``i`` stands after a blank line under a finished text (:func:`_finished`; any text when ``top``:
    only the page's furniture stands above it), or right under a signature in brackets alone on its line
    (``（玄武镇　乜红梅）``: a column of short signed items printed without blank lines), is flush, has a
    heading's form (:func:`~corpus_tools.layout.patterns.heading_form`, at least 4 characters) without an
    enumeration (:data:`~corpus_tools.layout.patterns.ENUM_RE`) and is
    at most :data:`TITLE_SHARE` of the ``column`` wide; right under it (no blank line) stands an indented
    line, or a flush byline line and then an indented one.

    Parameters
    ----------
    lines : sequence of Line
        The page's non-blank lines in order.
    gap : sequence of int
        Per line, the blank lines before it.
    i : int
        The line asked about.
    column : float
        The page's column width (:func:`~corpus_tools.layout.openings.usual_width` with ``upper``); 0 reads no width.
    top : bool
        Whether only the page's furniture (banner and credit lines) stands above line ``i``.
    gapless : bool
        Whether the page prints no blank line at all (read single-spaced): then no blank line need stand
        over line ``i``.

    Returns
    -------
    int or None
        The index of the indented line that opens the article's first paragraph; None when line ``i``
        is no such title.
    """
    under_column = column_head(lines, gap, i)
    # (a signature alone on its line, ``（玄武镇　乜红梅）``, closes the short item above: the next may open
    # without a blank line, as a column of short signed opinions prints them)
    under_signature = i >= 1 and _signature(lines[i - 1].text)
    if i < 1 or i + 1 >= len(lines) or not (gap[i] or gapless or under_column or under_signature) or lines[
            i].opens or not (top or under_column or under_signature or _finished(lines[i - 1].text)):
        return None
    text = lines[i].text.strip()
    if not heading_form(text, shortest=2 if under_column else 4) or ENUM_RE.match(text):
        return None  # (an enumerated line, ``二、产业兴``, heads a part of an article)
    j = i + 1
    if column and lines[i].width > TITLE_SHARE * column:
        if not wrapped_title(lines, gap, i, column):
            return None
        j += 1  # (a title the column wraps: its second line is flush and short, no blank line between)
    if not lines[j].opens and is_byline(lines[j].text.strip()) and not gap[j]:
        j += 1
    if j >= len(lines) or gap[j] or not lines[j].opens:
        return None
    return j


def titles_on_indenting_pages(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""On a page that indents its paragraphs (:func:`indents_paragraphs`), each article start in line
    form (:func:`title_start`: a blank line, a short flush line ending no sentence, perhaps a byline line,
    an indented line) that the line model reads as text is a title: ``B-title`` on it, ``para`` on the
    indented line; a byline line between them that the model reads as text (under such a line or under
    its own ``B-title``) becomes ``byline``. At the page's top (only banner and credit lines above) the
    text above need not be finished. Returns the new tags; *tags* itself is not changed.

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
    >>> raw = ("春耕生产忙\n  今年全县新建农田3200亩，配套\n沟渠18公里。\n  新坍镇投入资金560万元。\n"
    ...        "  全县累计发放贷款1.2亿元。\n\n"
    ...        "临海镇：干部作风大转变\n  合德镇新建农田3200亩，配套\n沟渠18公里。\n  条海村的大棚里，工人们正忙\n"
    ...        "着采摘。\n")
    >>> titles_on_indenting_pages(read_lines(raw), ["B-title", "para", "cont", "cont", "cont", "para", "cont",
    ...                                             "cont", "cont", "cont"])
    ['B-title', 'para', 'cont', 'cont', 'cont', 'B-title', 'para', 'cont', 'cont', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(tags) != len(lines):
        raise ValueError(f"tags must hold one tag per non-blank line ({len(lines)}), got {len(tags)}")
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    if not indents_paragraphs(lines, gap):
        return out
    column = usual_width(lines, upper=True)
    for i in range(1, len(lines) - 1):
        top = all(t in ("banner", "credit") for t in out[:i])
        j = title_start(lines, gap, i, column, top=top, gapless=not any(gap[1:]))
        if j is None:
            continue
        if out[i].removeprefix("B-") in TEXT_TAGS:
            out[i] = "B-title"
            if out[j].removeprefix("B-") in TEXT_TAGS:
                out[j] = "para"
        elif out[i] != "B-title":
            continue
        first = i + 1
        if column and lines[i].width > TITLE_SHARE * column:  # (the wrapped title's second line)
            if out[first].removeprefix("B-") in TEXT_TAGS:
                out[first] = "title"
            first += 1
        for k in range(first, j):
            if out[k].removeprefix("B-") in TEXT_TAGS:
                out[k] = "byline"
    return out
