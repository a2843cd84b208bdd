"""Lines into article modules: a headline with its kicker and subtitle, the body text under it, its captions.

A county paper sets each article as a *module*: the headline across the module (a kicker above it,
a subtitle below), the body flowing down one to three columns under it, maybe a photo with a caption.
This module rebuilds them from geometry alone:

* **heads** — headline lines of one size stacked closely (a title on two lines) or standing apart
  on one baseline (a letter-spaced title: pieces of one or two characters up to two sizes apart), and the mid-size
  lines touching them above (kickers) or below (subtitles, and a body-size ``——`` line); a mid-size
  line touching no headline heads a module of its own (a short item's title, a section label);
* **chunks** — body lines stacked in one column at the body's line pitch, their left edges aligned
  (a paragraph indent apart; a first line parted from the rest by a wider gap, a byline over a column's
  top, is a chunk of its own); caption lines likewise;
* each chunk goes to the nearest head above it that overlaps it across, with no rule between them;
  a chunk goes instead to a nearer head above it that owns a chunk starting level with it (under a
  photo too) and whose module it completes as its next column (a gutter away): the head set flush
  left over its columns up to the chunk, or centred over them and their mirror image (a short headline over the middle of three columns;
  a column's edge taken at the module's column width, so a last column of one short line counts),
  with no other module between; a chunk with no head stands alone; a **vertical headline** (a glyph a
  line, stacked in a strip) heads the columns starting level with its top beside it, leftwards; a head
  set right over a photo box spans the photo's width (its caption and the text under it are its own); text
  inside an outlined box (a boxed column of briefs) goes only to heads inside the same box, and text
  outside to heads outside it; a **label** (a line on a filled bar, :mod:`~corpus_tools.pdf.roles`)
  heads a module of its own that owns no text;
* reading order — modules row by row (their tops), left to right (the higher first of two a body size
  apart); inside a module, the chunks side by
  side (overlapping vertically) are read column by column, left to right, bands of them top down.

Thresholds are fractions of the page's body size (gaps, pitch) and the rules' widths are measured
against the chunks they cross.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus_tools.pdf.chars import Box
from corpus_tools.pdf.lines import Bounded, PdfLine

__all__ = ["Head", "Chunk", "Module", "page_modules"]


@dataclass
class _Span(Bounded):
    """Lines taken together: a chunk's, a headline's."""

    lines: list[PdfLine]

    def parts(self) -> list[PdfLine]:
        return self.lines


@dataclass
class Head(_Span):
    """A headline (its lines top down) with its kicker lines above and subtitle lines below.

    ``outer`` is the box around all of them.
    """

    kickers: list[PdfLine] = field(default_factory=list)
    subtitles: list[PdfLine] = field(default_factory=list)
    minor: bool = False  # a mid-size line touching no headline

    @property
    def vertical(self) -> bool:
        """Whether the headline is set vertically: three lines or more of one or two characters each,
        stacked into a strip at least twice as tall as it is wide."""
        return len(self.lines) >= 3 and all(len(x.text.strip()) <= 2 for x in self.lines) \
            and self.y1 - self.y0 >= 2 * (self.x1 - self.x0)

    @property
    def all_lines(self) -> list[PdfLine]:
        return self.kickers + self.lines + self.subtitles

    @property
    def outer(self) -> _Span:
        """The span around kickers, lines and subtitles (kept until one of those lists changes)."""
        key = tuple((id(x), len(x)) for x in (self.kickers, self.lines, self.subtitles))
        cached = self.__dict__.get("_outer")
        if cached is None or cached[0] != key:
            self.__dict__["_outer"] = cached = (key, _Span(self.all_lines))
        return cached[1]


@dataclass
class Chunk(_Span):
    """Lines stacked in one column: body text, or a caption."""

    caption: bool = False


@dataclass
class Module:
    """One article as set: its head (None for text under no headline) and its chunks."""

    head: Head | None
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def top(self) -> float:
        tops = [c.y1 for c in self.chunks] + ([self.head.outer.y1] if self.head else [])
        return max(tops)

    @property
    def left(self) -> float:
        lefts = [c.x0 for c in self.chunks] + ([self.head.outer.x0] if self.head else [])
        return min(lefts)


def _across(a0: float, a1: float, b0: float, b1: float) -> float:
    """The horizontal overlap of two spans (points, 0 when apart)."""
    return max(min(a1, b1) - max(a0, b0), 0.0)


def _vertical_heads(lines: list[PdfLine]) -> list[Head]:
    """Headlines set vertically: three or more headline lines of one or two glyphs each, of one size,
    stacked at one left edge (within a fifth of their size), each at most 0.7 of their size under the
    one above. Found before the other headlines, so that a glyph of the stack level with a headline
    beside it is not read as a piece of that one."""
    short = sorted((ln for ln in lines if len(ln.text.strip()) <= 2), key=lambda x: -x.y1)
    stacks: list[list[PdfLine]] = []
    for line in short:
        for st in stacks:
            last = st[-1]
            if abs(last.size - line.size) <= 0.1 * line.size and abs(last.x0 - line.x0) <= 0.2 * line.size \
                    and -0.2 * line.size <= last.y0 - line.y1 <= 0.7 * line.size:
                st.append(line)
                break
        else:
            stacks.append([line])
    return [h for h in (Head(st) for st in stacks if len(st) >= 3) if h.vertical]


def _heads(lines: list[PdfLine], roles: list[str]) -> list[Head]:
    """Headline groups with their kickers and subtitles; mid-size lines touching none head their own."""
    heads = _vertical_heads([ln for ln, r in zip(lines, roles) if r == "head"])
    stacked = {id(x) for h in heads for x in h.lines}
    for line, role in zip(lines, roles):
        if role != "head" or id(line) in stacked:
            continue
        for h in heads:
            if h.vertical:
                continue
            last = h.lines[-1]
            if abs(last.size - line.size) > 0.1 * line.size:
                continue
            # (the lines of one title are set in one size; a headline under one of another size heads its own)
            below = -0.2 * line.size <= last.y0 - line.y1 <= 0.7 * line.size and \
                _across(last.x0, last.x1, line.x0, line.x1) > 0 and \
                abs(last.size - line.size) <= SAME_SIZE * line.size
            spaced = abs(last.mid_y - line.mid_y) <= 0.3 * line.size and 0 <= line.x0 - last.x1 <= 2 * line.size \
                and min(len(last.text.strip()), len(line.text.strip())) <= 2  # not two headlines side by side
            if below or spaced:  # the next line of a title, or the rest of a letter-spaced one
                h.lines.append(line)
                break
        else:
            heads.append(Head([line]))
    mids = [ln for ln, r in zip(lines, roles) if r == "mid"]
    dashes = [ln for ln, r in zip(lines, roles) if r == "body" and ln.text.lstrip("\u3000 ").startswith(("——", "—— "))]
    mid_ids = {id(x) for x in mids}
    taken: set[int] = set()
    changed = True
    while changed:  # a second kicker or subtitle line touches the first
        changed = False
        for line in mids + dashes:
            if id(line) in taken:
                continue
            for h in heads:
                if not _across(h.outer.x0, h.outer.x1, line.x0, line.x1):
                    continue
                reach = max(0.9 * line.size, 0.5 * h.lines[0].size)
                if -0.2 * line.size <= line.y0 - h.outer.y1 <= reach and id(line) in mid_ids:
                    h.kickers.insert(0, line)
                elif -0.2 * line.size <= h.outer.y0 - line.y1 <= reach:
                    h.subtitles.append(line)
                else:
                    continue
                taken.add(id(line))
                changed = True
                break
    for line in mids:
        if id(line) in taken:
            continue
        for h in heads:
            if h.minor and abs(h.lines[-1].size - line.size) <= 0.1 * line.size \
                    and -0.2 * line.size <= h.lines[-1].y0 - line.y1 <= 0.7 * line.size \
                    and _across(h.x0, h.x1, line.x0, line.x1) > 0:
                h.lines.append(line)
                break
        else:
            heads.append(Head([line], minor=True))
        taken.add(id(line))
    for h in heads:
        h.kickers.sort(key=lambda x: -x.y1)
    return heads


def _chunks(lines: list[PdfLine], body: float, *, caption: bool) -> list[Chunk]:
    """Lines stacked in columns: each joins the chunk whose last line is right above it and overlaps it
    (or, under a paragraph's short last line, lies inside the column the chunk has set), its left edge
    at the chunk's (a paragraph indent apart; a centred line such as a byline under the headline starts
    a chunk of its own)."""
    chunks: list[Chunk] = []
    open_: list[Chunk] = []  # chunks a line further down may still join (lines come top down)
    reach = 1.2 * max([body] + [x.size for x in lines])
    for line in sorted(lines, key=lambda x: (-x.y1, x.x0)):
        best = None
        open_ = [c for c in open_ if c.lines[-1].y0 - line.y1 <= reach]
        for c in open_:
            last = c.lines[-1]
            gap = last.y0 - line.y1
            narrow = max(min(last.x1 - last.x0, line.x1 - line.x0), 1e-6)
            # a paragraph's short last line and the next paragraph indented by position overlap little:
            # the next line then lies inside the column the chunk has set so far
            inside = abs(last.x0 - c.x0) <= 0.5 * body and c.x0 <= line.x0 and line.x1 <= c.x1 + body \
                and len(c.lines) > 1
            if -0.3 * body <= gap <= 1.2 * max(body, line.size) and abs(line.x0 - c.x0) <= 2.5 * body and \
                    (_across(last.x0, last.x1, line.x0, line.x1) >= 0.5 * narrow or inside) \
                    and abs(last.size - line.size) <= 0.15 * body:
                if best is None or gap < best[0]:
                    best = (gap, c)
        if best is None:
            chunks.append(Chunk([line], caption=caption))
            open_.append(chunks[-1])
        else:
            best[1].lines.append(line)
    return [part for c in chunks for part in _split_head_line(c, body)]


def _split_head_line(chunk: Chunk, body: float) -> list[Chunk]:
    """*chunk*, its first line apart when a wider gap than the column's line spacing parts it from the
    rest (half as wide again, and by a third of a body size): a byline under the headline set over the
    top of a column is no line of it."""
    lines = chunk.lines
    if len(lines) < 4:
        return [chunk]
    gaps = sorted(a.y0 - b.y1 for a, b in zip(lines[1:], lines[2:]))
    usual = gaps[len(gaps) // 2]
    if lines[0].y0 - lines[1].y1 <= max(1.5 * usual, usual + 0.3 * body):
        return [chunk]
    return [Chunk(lines[:1], caption=chunk.caption), Chunk(lines[1:], caption=chunk.caption)]


def _blocked(rules: list[Box], head: Head, chunk: Chunk) -> bool:
    """Whether a rule crossing most of *chunk*'s width lies between *head* and *chunk*."""
    width, slack = chunk.x1 - chunk.x0, 0.1 * chunk.lines[0].size
    for r in rules:
        if chunk.y1 - slack <= (r.y0 + r.y1) / 2 <= head.outer.y0 + slack \
                and _across(r.x0, r.x1, chunk.x0, chunk.x1) >= 0.5 * width:
            return True
    return False


#: Two sizes within this fraction of each other are one size (the lines of a title).
SAME_SIZE = 0.02
#: Chunks whose tops differ by at most this many body sizes start level with each other.
LEVEL = 1.5
#: The widest gutter between two columns of a module, in body sizes.
GUTTER = 3.0


def _frame(span: _Span, frames: list[Box], body: float) -> int | None:
    """The index of the smallest of *frames* (outlined boxes holding text) around *span*, None outside all."""
    slack = 0.3 * body
    inside = [k for k, b in enumerate(frames) if b.x0 - slack <= span.x0 and span.x1 <= b.x1 + slack
              and b.y0 - slack <= span.y0 and span.y1 <= b.y1 + slack]
    return min(inside, key=lambda k: frames[k].width * frames[k].height) if inside else None


def _photo_spans(heads: list[Head], photos: list[Box], body: float) -> list[tuple[float, float]]:
    """Each head's span across: its own, or the width of the photo set right under it (its top within a
    body size of the head's foot, the head inside its width): a photo module's title heads the caption and
    the text under the photo over the photo's whole width (user37 F9)."""
    spans = []
    for h in heads:
        x0, x1 = h.outer.x0, h.outer.x1
        under = [b for b in photos if -0.3 * body <= h.outer.y0 - b.y1 <= body
                 and b.x0 - body <= x0 and x1 <= b.x1 + body and b.x1 - b.x0 > x1 - x0]
        if under and not h.vertical:
            b = max(under, key=lambda b: b.x1 - b.x0)
            x0, x1 = min(x0, b.x0), max(x1, b.x1)
        spans.append((x0, x1))
    return spans


def _overlap_owner(chunk: Chunk, heads: list[Head], rules: list[Box], body: float,
                   apart: frozenset[int] = frozenset(),
                   spans: list[tuple[float, float]] | None = None) -> tuple[int, float] | None:
    """(index, distance) of the nearest head above *chunk* that overlaps it across (by half a body size
    or more; a head over a photo spans the photo, :func:`_photo_spans`), with no rule between (heads of
    *apart* left out)."""
    best: tuple[int, float] | None = None
    for i, h in enumerate(heads):
        if i in apart:
            continue
        d = h.outer.y0 - chunk.y1
        x0, x1 = spans[i] if spans is not None else (h.outer.x0, h.outer.x1)
        if d < -0.5 * body or _across(x0, x1, chunk.x0, chunk.x1) < 0.5 * body \
                or _blocked(rules, h, chunk):  # (overlapping by less: a comma hung past a column's edge)
            continue
        if best is None or d < best[1]:
            best = (i, d)
    return best


def _fits(h: Head, core: list[Chunk], c: Chunk, free: list[Chunk], foreign: list[Chunk], body: float) -> float | None:
    """How far *c* lies from head *h*'s module (None when it does not belong to it): *h* set flush left
    over the columns from its own (*core*) to *c*, or centred over them and their mirror image."""
    lo, hi = min(k.x0 for k in core), max(k.x1 for k in core)
    width = max(k.x1 - k.x0 for k in core)  # a column's set width: its short lines (a paragraph's end) do not
    # narrow it, so a last column of one short line still reaches the module's right edge (user37 F9)
    a, b = (hi, c.x0) if c.x0 >= hi else (c.x1, lo)
    if any(a - body < (k.x0 + k.x1) / 2 < b + body and k.x1 > a and k.x0 < b for k in foreign):
        return None  # another module lies between
    dist = max(b - a, 0.0)
    if dist > GUTTER * body:  # a column a module completes is the next one, a gutter away
        return None
    if c.x0 >= hi and abs(h.outer.x0 - lo) <= body:
        return dist
    centre = (h.outer.x0 + h.outer.x1) / 2
    mirror = 2 * centre - (max(c.x1, c.x0 + width) if c.x0 >= hi else c.x0)
    edges = [k.x0 for k in core + free] if c.x0 >= hi else [max(k.x1, k.x0 + width) for k in core + free]
    return dist if any(abs(e - mirror) <= body for e in edges) else None


def _owners(chunks: list[Chunk], heads: list[Head], rules: list[Box], body: float,
            frames: list[Box] = (), photos: list[Box] = ()) -> dict[int, int]:
    """The head each chunk belongs to (chunk index -> head index; a chunk with none is left out).

    First the nearest overlapping head; then a head above the chunk, nearer than that one by a body
    size, that owns a column (a chunk of two lines or more) starting level with it (within
    :data:`LEVEL` body sizes) and whose module the chunk completes (:func:`_fits`; not for a caption,
    which stays with the head over its photo, nor for a chunk right under a head set over its column
    alone). A level chunk
    is another module's when the head overlapping it is at least as near to it.
    """
    hf = [_frame(h.outer, list(frames), body) for h in heads]
    cf = [_frame(c, list(frames), body) for c in chunks]
    apart = {j: frozenset(i for i in range(len(heads)) if hf[i] != cf[j]) for j in range(len(chunks))}
    spans = _photo_spans(heads, list(photos), body)
    first = {j: _overlap_owner(c, heads, rules, body, apart[j], spans) for j, c in enumerate(chunks)}
    owned = {j: o[0] for j, o in first.items() if o is not None}
    for j, c in enumerate(chunks):
        if c.caption:  # a caption stays with the head over its photo
            continue
        d0 = first[j][1] if first[j] is not None else float("inf")
        if first[j] is not None and d0 <= LEVEL * body and _over_alone(heads[first[j][0]].outer, c, body):
            continue  # right under a head set over this column alone: that head's
        level = [k for k in range(len(chunks)) if k != j and abs(chunks[k].y1 - c.y1) <= LEVEL * body]
        best: tuple[float, int] | None = None
        for i, h in enumerate(heads):
            d = h.outer.y0 - c.y1
            if i == owned.get(j) or i in apart[j] or not -0.5 * body <= d <= d0 - body or _blocked(rules, h, c):
                continue
            core = [chunks[k] for k in level if first[k] is not None and first[k][0] == i and len(chunks[k].lines) > 1]
            if not core:
                continue
            foreign = [chunks[k] for k in level if first[k] is not None and first[k][0] != i
                       and first[k][1] <= h.outer.y0 - chunks[k].y1 + body]
            taken = {id(k) for k in core + foreign}
            free = [chunks[k] for k in level if id(chunks[k]) not in taken]
            score = _fits(h, core, c, free, foreign, body)
            if score is not None and (best is None or score < best[0]):
                best = (score, i)
        if best is not None:
            owned[j] = best[1]
    for i, h in enumerate(heads):
        if h.vertical:
            for j in _beside(h, chunks, first, body):
                if i not in apart[j]:
                    owned[j] = i
    return owned


def _over_alone(head: _Span, chunk: Chunk, body: float) -> bool:
    """Whether *head* lies over *chunk*'s column alone (within a body size of its edges)."""
    return chunk.x0 - body <= head.x0 and head.x1 <= chunk.x1 + body


def _beside(head: Head, chunks: list[Chunk], first: dict, body: float) -> list[int]:
    """The chunks a vertical headline heads: columns starting level with its top (within :data:`LEVEL`
    body sizes), side by side from it leftwards (a gutter apart at most: three body sizes; a hung comma may reach
    a body size into the next), else
    rightwards; a column set right under a headline of its own (within :data:`LEVEL` body sizes), or
    starting half a body size or more above or below the first column found, ends the run."""
    level = [j for j, c in enumerate(chunks) if abs(c.y1 - head.y1) <= LEVEL * body and not c.caption]
    for leftwards in (True, False):
        edge, got = (head.x0 if leftwards else head.x1), []
        while True:
            near = [j for j in level if j not in got and (-body <= edge - chunks[j].x1 <= 3 * body if leftwards
                                                          else -body <= chunks[j].x0 - edge <= 3 * body)]
            near = [j for j in near if (first[j] is None or first[j][1] > LEVEL * body)
                    and (not got or abs(chunks[j].y1 - chunks[got[0]].y1) <= 0.5 * body)]
            if not near:
                break
            j = min(near, key=lambda j: abs(edge - (chunks[j].x1 if leftwards else chunks[j].x0)))
            got.append(j)
            edge = chunks[j].x0 if leftwards else chunks[j].x1
        if got:
            return got
    return []


def _band_order(chunks: list[Chunk]) -> list[Chunk]:
    """Chunks side by side read left to right, bands of them top down."""
    bands: list[list[Chunk]] = []
    for c in sorted(chunks, key=lambda c: -c.y1):
        if bands and any(c.y1 > o.y0 and o.y1 > c.y0 for o in bands[-1]):
            bands[-1].append(c)
        else:
            bands.append([c])
    return [c for band in bands for c in sorted(band, key=lambda c: (round(c.x0), -c.y1))]


def page_modules(lines: list[PdfLine], roles: list[str], rules: list[Box], body: float,
                 boxes: list[Box] | None = None) -> list[Module]:
    """The article modules of a page in reading order (every non-furniture line in exactly one).

    Parameters
    ----------
    lines : list of PdfLine
        The page's lines.
    roles : list of str
        Their roles (:func:`corpus_tools.pdf.roles.line_roles`).
    rules : list of Box
        The page's horizontal rules.
    body : float
        The page's body size.
    boxes : list of Box, optional
        The page's boxes: text inside an outlined box (a boxed column of short items) belongs to
        headlines inside the same box, text outside it to headlines outside it.

    Returns
    -------
    list of Module
    """
    heads = _heads(lines, roles)
    in_heads = {id(x) for h in heads for x in h.all_lines}
    text = [ln for ln, r in zip(lines, roles) if r == "body" and id(ln) not in in_heads]
    chunks = _chunks(text, body, caption=False) + _chunks([ln for ln, r in zip(lines, roles) if r == "caption"],
                                                         body, caption=True)
    frames = [b for b in boxes or () if not b.filled and any(  # boxes around text: a boxed column of briefs
        b.x0 <= ln.x0 and ln.x1 <= b.x1 and b.y0 <= ln.y0 and ln.y1 <= b.y1 for ln in lines)]
    photos = [b for b in boxes or () if not any(  # boxes holding no text: photos (a grey box in a proof)
        b.x0 <= ln.x0 and ln.x1 <= b.x1 and b.y0 <= ln.y0 and ln.y1 <= b.y1 for ln in lines)]
    owned = _owners(chunks, heads, rules, body, frames, photos)
    modules = [Module(h) for h in heads]
    modules += [Module(Head([ln], minor=True)) for ln, r in zip(lines, roles) if r == "label"]  # owns no text
    for j, c in enumerate(chunks):
        if j in owned:
            modules[owned[j]].chunks.append(c)
        else:
            modules.append(Module(None, [c]))
    for m in modules:
        m.chunks = _band_order(m.chunks)
    rows: list[list[Module]] = []
    for m in sorted(modules, key=lambda m: -m.top):
        if rows and rows[-1][0].top - m.top <= 3 * body:
            rows[-1].append(m)
        else:
            rows.append([m])
    return [m for row in rows for m in _left_to_right(row, body)]


def _left_to_right(row: list[Module], body: float) -> list[Module]:
    """A row's modules left to right; of two whose left edges lie within a body size of each other,
    the higher first (a column name on its bar over a short item's title)."""
    out = sorted(row, key=lambda m: m.left)
    for k in range(1, len(out)):
        j = k
        while j > 0 and out[j].left - out[j - 1].left <= body and out[j].top > out[j - 1].top:
            out[j - 1], out[j] = out[j], out[j - 1]
            j -= 1
    return out
