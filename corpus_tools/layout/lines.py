"""Lines and chunks of a raw page, pages without blank lines, column breaks across blank lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from corpus_tools.layout.repair import undouble
from corpus_tools.layout.spacing import is_double_spaced, single_spaced
from corpus_tools.layout.patterns import (
    BYLINE_TAIL_RE,
    CAPTION_START_RE,
    CLAUSE_PUNCT,
    is_credited_caption,
    CLOSERS,
    FINAL_PUNCT,
    LONG_LINE_WIDTH,
    MAX_HEADING_WIDTH,
    PLACE_RE,
    ends_sentence,
    heading_form,
    has_caption_cue,
    has_inner_sentence_end,
    is_byline,
    is_credit,
    is_lead,
    is_parallel,
    is_subtitle_line,
    text_width,
)


@lru_cache(maxsize=1 << 16)
def _undoubled(text: str) -> str:
    """``undouble(text)[0]``, kept: a line's width is asked for many times per layout pass."""
    return undouble(text)[0]


@dataclass
class Line:
    start: int  # offsets of the stripped content in raw
    end: int
    text: str
    #: width printed before the line on its printed line (the heading of a run-in headline)
    indent: float = 0.0
    #: printed with a paragraph's indent (:func:`indents` of the white space before it on its printed line);
    #: the lead of a run-in headline (:func:`read_lines`) counts as indented: the heading printed before it
    #: on its line stands where a paragraph's indent would. The one test of a line's indent in the layout.
    opens: bool = False

    @property
    def width(self) -> float:
        """Display width; a doubled bold line counts as printed once (``加速加速…`` -> ``加速…``);
        the lead of a run-in headline counts the heading printed before it on its line."""
        return text_width(_undoubled(self.text)) + self.indent


@dataclass
class Chunk:
    lines: list[Line]
    gap: int  # blank lines before the chunk

    @property
    def text(self) -> str:
        return "".join(ln.text for ln in self.lines)


#: A run-in headline: an item mark, a heading without a sentence's marks, a space, and the item's
#: news lead on the same line (``■米粮泉回族乡春播进度过半　本报讯 连日来，…``).
RUN_IN_RE = re.compile(r"^([■●▲◆★]\s*[^\s，。；！？：:,;!?（）()]{4,30})([ \u3000]+)(?=本报)")


def _run_in_parts(text: str) -> int:
    """Where the news lead of a run-in headline line starts (0: the line is none)."""
    m = RUN_IN_RE.match(text)
    return m.end() if m and is_lead(text[m.end():]) else 0


def read_lines(raw: str) -> list[Line | None]:
    """The page's lines with offsets; None for blank (whitespace-only) lines.

    A run-in headline line (:data:`RUN_IN_RE`: an item's marked heading and its news lead on one
    line) is read as two lines, the heading and the lead, with no blank line between; the lead
    opens a paragraph (:attr:`Line.opens`). A double-spaced page
    (:func:`~corpus_tools.layout.spacing.is_double_spaced`) is read with one blank line less in every
    run (:func:`~corpus_tools.layout.spacing.single_spaced`).
    """
    out: list[Line | None] = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", raw):
        body = m.group().rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            out.append(None)
            continue
        lead = len(body) - len(body.lstrip())
        start = m.start() + lead
        cut = _run_in_parts(stripped)
        if cut:
            head = stripped[:cut].rstrip()
            out.append(Line(start, start + len(head), head, opens=indents(body[:lead])))
            out.append(Line(start + cut, start + len(stripped), stripped[cut:],
                            text_width(stripped) - text_width(stripped[cut:]), opens=True))
            continue
        out.append(Line(start, start + len(stripped), stripped, opens=indents(body[:lead])))
    return single_spaced(out) if is_double_spaced([ln and ln.text for ln in out]) else out


def indents(lead: str) -> bool:
    """Whether the white space before a line's text is a paragraph's indent (two spaces or a full-width space).

    Parameters
    ----------
    lead : str
        The white space before a line's text on its printed line.

    Returns
    -------
    bool

    Examples
    --------
    >>> indents("\\u3000\\u3000"), indents("  "), indents(" "), indents("")
    (True, True, False, False)
    """
    return "\u3000" in lead or len(lead) >= 2


def heading_over_indent(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a heading printed over an indented paragraph: a line of a heading's form
    (:func:`~corpus_tools.layout.patterns.heading_form`, at least 4 characters) printed without indent, the
    next line with a paragraph's indent (:attr:`Line.opens`), the line after that (if any) without one.

    Parameters
    ----------
    lines : list of Line
        Non-blank lines, in page order.
    i : int
        The line asked about.

    Returns
    -------
    bool

    Examples
    --------
    >>> raw = "高坪镇开展防汛应急演练\\n　　6月7日，高坪镇组织干部\\n群众开展演练。\\n"
    >>> heading_over_indent([ln for ln in read_lines(raw) if ln], 0)
    True
    """
    if i + 1 >= len(lines) or lines[i].opens or not lines[i + 1].opens:
        return False
    if i + 2 < len(lines) and lines[i + 2].opens:
        return False  # (a page indenting every line tells no paragraph start)
    return heading_form(lines[i].text, shortest=4)


def group_chunks(lines: list[Line | None]) -> list[Chunk]:
    """Runs of non-blank lines, each with the number of blank lines before it."""
    chunks: list[Chunk] = []
    cur: list[Line] = []
    gap = 0
    for ln in lines:
        if ln is None:
            if cur:
                chunks.append(Chunk(cur, gap))
                cur, gap = [], 0
            gap += 1
        else:
            cur.append(ln)
    if cur:
        chunks.append(Chunk(cur, gap))
    return chunks


def _is_unit_line(text: str) -> bool:
    """A line that is always a unit of its own: lead start, byline, subtitle, credit, ``图为``, a
    caption closed by its photographer's credit (``…。 王川 摄``)."""
    return (is_lead(text) or is_byline(text) or is_subtitle_line(text) or is_credit(text)
            or bool(CAPTION_START_RE.match(text)) or is_credited_caption(text))


def _short_caption(ln: Line, col: float) -> bool:
    """A one-line photo caption (``…收割现场。``) standing after a break: it ends there."""
    return ends_sentence(ln.text) and has_caption_cue(ln.text) and ln.width < col - 1


def _set_width(ln: Line) -> float:
    """Width of a line without the closing punctuation that may hang past the column end."""
    return text_width(_undoubled(ln.text).rstrip(CLAUSE_PUNCT + FINAL_PUNCT + CLOSERS + "、"))


def _open_quote(lines: list[Line]) -> bool:
    """True if the lines' last quotation mark opens a quotation (``召开“绽放在党的阳光下``)."""
    text = "".join(ln.text for ln in lines)
    return text.rfind("“") > text.rfind("”")


def _unclosed(lines: list[Line]) -> bool:
    """True if the lines open a bracket they do not close (``本报讯（记者 王磊 通讯员``)."""
    text = "".join(ln.text for ln in lines)
    return sum(text.count(c) for c in "(（") > sum(text.count(c) for c in ")）")


def split_chunk(chunk: Chunk) -> list[Chunk]:
    """Split a chunk holding several paragraphs or headings (pages without blank lines).

    The chunk's first line stands alone when it is a heading printed over an indented paragraph
    (:func:`heading_over_indent`), however wide it is against the column.

    Breaks go before a lead, byline, subtitle, credit, ``图为`` or two-clause title line; after a paragraph's
    last line (a sentence end on a line clearly shorter than the column, or on an unwrapped
    line); and around heading-like lines (no sentence punctuation, a two-clause title or
    much narrower than the column) that follow a paragraph end.
    """
    lines = chunk.lines
    if len(lines) < 2:
        return [chunk]
    widths = [ln.width for ln in lines]
    # the column from the lines followed by another line (as :func:`_column_width`): the last line of
    # a short chunk is a paragraph's tail (``朱丹丹）`` of a byline cut by the column), not a full line
    col = float(np.median(widths[:-1] if len(lines) >= 3 else widths))
    unwrapped = col >= LONG_LINE_WIDTH
    # the widest a wrapped line gets once the punctuation hanging at its end is left out:
    # a line without sentence punctuation wider than that was not wrapped at this column
    full = float(np.percentile([_set_width(ln) for ln in lines], 80)) if len(lines) >= 5 else col + 1.0

    def heading_like(ln: Line) -> bool:
        t = ln.text
        if any(ch in FINAL_PUNCT for ch in t) or ln.width > MAX_HEADING_WIDTH or is_lead(t):
            return False
        if unwrapped:
            return True
        if any(ch in CLAUSE_PUNCT for ch in t):  # in wrapped text: the start of a paragraph
            return is_parallel(t)
        # narrower than the column (a paragraph's first line fills it), or wider than it
        # (a title over narrow columns)
        return (is_parallel(t) or ln.width <= max(0.75 * col, col - 4) or ln.width > col + 1.5
                or _set_width(ln) > full + 0.5)

    def para_end(ln: Line, first: bool) -> bool:
        # a paragraph's first line is indented, so only a clearly short last line counts
        return ends_sentence(ln.text) and (unwrapped or len(lines) < 3
                                           or ln.width < col - 2.5 and not first)

    def closes(ln: Line) -> bool:
        # a lead's first line opens its paragraph (``本报讯 新华社北京 10`` / ``月7日电 在…``)
        return (ends_sentence(ln.text) or bool(BYLINE_TAIL_RE.search(ln.text))
                or _is_unit_line(ln.text) and not is_lead(ln.text))

    out: list[Chunk] = []
    cur: list[Line] = [lines[0]]
    starts = True  # a break precedes line ``a``
    after_head = False  # ``a`` follows a heading, byline or caption line
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        # after a heading, byline or caption comes another heading (title under a kicker,
        # title after the byline on headline-after pages): a line without punctuation that
        # does not fill the column is one
        a_head = starts and (heading_like(a) or k == 1 and heading_over_indent(lines, 0)
                             or after_head and not unwrapped and a.width <= col - 2
                             and not any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT for ch in a.text)
                             and not is_lead(a.text))
        # a byline closing the paragraph, perhaps cut by the line end (``…。(张春燕 王`` / ``瑞琴)``)
        tail_byline = a.text.rstrip()[-1:] in ")）" and bool(BYLINE_TAIL_RE.search("".join(ln.text for ln in cur)))
        # a filled body line that stops inside a sentence (``…活动以`` / ``“品襄垣小米 游红色太行”为主`` /
        # ``题，…``) runs on into the next line, which starts no heading, however title-like it looks
        runs_on = (not starts and not unwrapped and a.width >= col - 1 and not _is_unit_line(b.text)
                   and a.text.rstrip()[-1:] not in FINAL_PUNCT + CLAUSE_PUNCT + CLOSERS + "、")
        if a_head:
            brk = True  # a heading line stands alone
        elif runs_on:
            brk = False
        elif (_is_unit_line(b.text) or is_parallel(b.text) or para_end(a, starts) or tail_byline
              or starts and _is_unit_line(a.text) and not is_lead(a.text) and closes(a)
              or starts and _short_caption(a, col)):
            brk = True
        else:
            brk = closes(a) and heading_like(b)
        if brk and (_unclosed(cur) or is_subtitle_line(b.text) and not a_head and _open_quote(cur)):
            # inside brackets (a lead's byline cut by the column), or a dash inside an open
            # quotation (``召开“绽放在党的阳光下`` / ``——春蕾计划30年成果``): no break
            brk = False
        if brk:
            out.append(Chunk(cur, chunk.gap if not out else 0))
            cur = []
        cur.append(b)
        after_head = brk and (a_head or tail_byline or _is_unit_line(a.text) and not is_lead(a.text)
                              or starts and _short_caption(a, col))
        starts = brk
    out.append(Chunk(cur, chunk.gap if not out else 0))
    return out


def looks_like_heading(chunk: Chunk) -> bool:
    """One to three short lines without sentence punctuation (bylines and ``——`` lines allowed)."""
    if len(chunk.lines) > 3:
        return False
    for ln in chunk.lines:
        if is_byline(ln.text) or is_subtitle_line(ln.text):
            continue
        if ln.width > MAX_HEADING_WIDTH or any(ch in FINAL_PUNCT for ch in ln.text):
            return False
    return True


def _column_width(chunks: list[Chunk], i: int) -> float | None:
    """Typical full line width around chunk ``i`` (from lines followed by another line)."""
    widths = [ln.width for j in range(max(0, i - 2), min(len(chunks), i + 3))
              for ln in chunks[j].lines[:-1]]
    return float(np.median(widths)) if len(widths) >= 2 else None


def is_continuation(chunks: list[Chunk], i: int) -> bool:
    """True if chunk ``i + 1`` continues the paragraph of chunk ``i`` across a column break.

    The first chunk must stop mid-sentence, the second must not open a new unit (lead,
    subtitle, byline, heading), and the break must look like a column end: the last line
    is full width, or the paragraph is a long unwrapped line, or it already contains a
    finished sentence, or the next chunk starts with a one-character fragment (``式。``).
    """
    a, b = chunks[i], chunks[i + 1]
    ta, tb = a.text, b.lines[0].text
    if ends_sentence(ta) or is_lead(tb) or BYLINE_TAIL_RE.search(ta):
        return False
    if any(f(t) for f in (is_byline, is_subtitle_line, is_credit) for t in (a.lines[-1].text, tb)):
        return False
    if b.lines[0].opens and not a.lines[-1].opens and not (len(b.lines) > 1 and b.lines[1].opens):
        return False  # an indented line opens a paragraph (on a page that does not indent every line)
    fragment = re.match(r"^[\u4e00-\u9fff][，。、；：,.;:！？]", tb) is not None
    if looks_like_heading(b) and not fragment:
        return False
    if len(a.lines) == 1 and is_parallel(ta):
        return False  # a two-clause headline
    if len(a.lines) == 1 and i > 0 and len(chunks[i - 1].lines) == 1 and PLACE_RE.match(chunks[i - 1].text) \
            and len(chunks[i - 1].text) <= 12:
        return False  # the title under a place line
    if len(b.lines) == 1 and has_caption_cue(tb):
        return False
    last = a.lines[-1].width
    col = _column_width(chunks, i)
    if len(a.lines) == 1 and col is not None and last > col + 1.5 and last < LONG_LINE_WIDTH:
        return False  # a single line wider than the column around it is a heading, not a cut line
    if col is not None and col < LONG_LINE_WIDTH:
        tol = 1.5 if len(a.lines) > 1 else 3.0
        if last >= col - tol:
            return True
    if last >= LONG_LINE_WIDTH or has_inner_sentence_end(ta):
        return True
    return fragment

