"""Glyphs into printed lines: runs drawn in order along one baseline, doubled (bold) glyphs kept.

A PDF draws a text frame's lines one after another, so two columns side by side are told apart by
the order the glyphs are drawn, not only by the gap between them (a comma hung in the gutter can
nearly touch the next column). A run continues while the next glyph drawn has the same size, sits on
the same baseline and follows closely to the right; runs drawn over one another on one baseline (a
bold headline printed twice, slightly shifted) are merged into one line with their glyphs in
left-to-right order, so the doubled characters stand side by side (``县县委委``) for the layout's
undoubling repair to remove. All thresholds are fractions of the glyphs' own size.
"""

from __future__ import annotations

from dataclasses import dataclass
from bisect import bisect_left, bisect_right
from statistics import median

from corpus_tools.pdf.chars import Glyph

__all__ = ["Bounded", "PdfLine", "page_lines", "MAX_GAP", "SAME_LINE"]

#: Largest gap between two glyphs of one run, as a fraction of their size.
MAX_GAP = 0.8
#: Largest distance between the vertical middles of two glyphs of one line, as a fraction of size.
SAME_LINE = 0.3


class Bounded:
    """Something whose box is the box around its parts (the glyphs of a line, the lines of a chunk)."""

    def parts(self) -> list:
        """The parts, each with ``x0``, ``y0``, ``x1``, ``y1``."""
        raise NotImplementedError

    @property
    def box(self) -> tuple[float, float, float, float]:
        """``(x0, y0, x1, y1)`` around the parts (kept until parts are added or replaced)."""
        ps = self.parts()
        key = (id(ps), len(ps))
        cached = self.__dict__.get("_box")
        if cached is None or cached[0] != key:
            box = min(p.x0 for p in ps), min(p.y0 for p in ps), max(p.x1 for p in ps), max(p.y1 for p in ps)
            self.__dict__["_box"] = cached = (key, box)
        return cached[1]

    x0 = property(lambda self: self.box[0], doc="Left edge.")
    y0 = property(lambda self: self.box[1], doc="Bottom edge.")
    x1 = property(lambda self: self.box[2], doc="Right edge.")
    y1 = property(lambda self: self.box[3], doc="Top edge.")


@dataclass
class PdfLine(Bounded):
    """One printed line: its glyphs left to right, box and font size."""

    glyphs: list[Glyph]

    def parts(self) -> list[Glyph]:
        return self.glyphs

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)

    @property
    def size(self) -> float:
        """The median size of the line's visible glyphs (all glyphs when it has none; kept until the
        glyphs are added or replaced)."""
        key = (id(self.glyphs), len(self.glyphs))
        cached = self.__dict__.get("_size")
        if cached is None or cached[0] != key:
            seen = [g.size for g in self.glyphs if not g.text.isspace()] or [g.size for g in self.glyphs]
            self.__dict__["_size"] = cached = (key, median(seen))
        return cached[1]

    @property
    def mid_y(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def seq(self) -> int:
        """The drawing order of its first glyph."""
        return min(g.seq for g in self.glyphs)


def _continues(run: list[Glyph], g: Glyph) -> bool:
    """Whether glyph *g*, drawn right after *run*, continues it on the same line."""
    last = run[-1]
    size = max(last.size, g.size)
    if abs(last.size - g.size) > 0.12 * size or abs(last.mid_y - g.mid_y) > SAME_LINE * size:
        return False
    return -0.3 * size <= g.x0 - last.x1 <= MAX_GAP * size


def _overlap(a: PdfLine, b: PdfLine) -> float:
    """The horizontal overlap of two lines as a share of the narrower."""
    inter = min(a.x1, b.x1) - max(a.x0, b.x0)
    return max(inter, 0.0) / max(min(a.x1 - a.x0, b.x1 - b.x0), 1e-6)


#: Punctuation a typesetter hangs past a column's edge into the gutter.
HUNG = set("，。、；：！？”’）」』》〉")
#: How far up and down (in type sizes) the lines around a gap are looked at to tell a gutter.
GUTTER_REACH = 6.0


def _ink_end(g: Glyph) -> float:
    """Where a glyph's ink ends: hung punctuation inks only the left half of its box."""
    return min(g.x1, g.x0 + 0.5 * g.size) if g.text in HUNG else g.x1


def _gaps(run: list[Glyph]) -> list[tuple[int, float, float]]:
    """(index of the glyph after it, x from, x to) of each gap of a fifth of the type size or more in *run*."""
    out = []
    for k in range(1, len(run)):
        a, b = run[k - 1], run[k]
        end = _ink_end(a)
        if not a.text.isspace() and b.text not in HUNG and b.x0 - end >= 0.2 * max(a.size, b.size):
            out.append((k, end, b.x0))
    return out


def _split_gutters(runs: list[list[Glyph]]) -> list[list[Glyph]]:
    """*runs* cut where a gap inside one is a column gutter: the lines of two columns drawn one after
    the other on one baseline (another producer's drawing order). A gap is a gutter when no glyph of
    the runs of its type size around it (within :data:`GUTTER_REACH` sizes up or down) crosses its
    middle (hung punctuation aside) and at least two of them start at its right end or have a gap there
    too (a column's left edge)."""
    gaps = [_gaps(r) for r in runs]
    if not any(gaps):
        return runs
    order = sorted(range(len(runs)), key=lambda i: runs[i][0].mid_y)
    ys = [runs[i][0].mid_y for i in order]
    out = []
    for i, run in enumerate(runs):
        cuts = []
        for k, x_from, x_to in gaps[i]:
            g, mid = run[k - 1], (x_from + x_to) / 2
            lo = bisect_left(ys, g.mid_y - GUTTER_REACH * g.size)
            hi = bisect_right(ys, g.mid_y + GUTTER_REACH * g.size)
            edges, crossed = 0, False
            for j in order[lo:hi]:
                other = runs[j]
                if j == i or abs(other[0].size - g.size) > 0.05 * g.size:
                    continue
                if any(o.x0 < mid < o.x1 and o.text not in HUNG and not o.text.isspace() for o in other) and \
                        not any(a <= mid <= b for _, a, b in gaps[j]):
                    crossed = True
                    break
                if abs(other[0].x0 - x_to) <= 0.3 * g.size or any(abs(b - x_to) <= 0.3 * g.size for _, _, b in gaps[j]):
                    edges += 1
            if not crossed and edges >= 2:
                cuts.append(k)
        for a, b in zip([0] + cuts, cuts + [len(run)]):
            out.append(run[a:b])
    return out


def page_lines(glyphs: list[Glyph]) -> list[PdfLine]:
    """The lines of a page's glyphs (each glyph in exactly one line), top to bottom, left to right.

    Parameters
    ----------
    glyphs : list of Glyph
        The page's glyphs in drawing order.

    Returns
    -------
    list of PdfLine
    """
    runs: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: g.seq):
        if runs and _continues(runs[-1], g):
            runs[-1].append(g)
        else:
            runs.append([g])
    lines = [PdfLine(r) for r in _split_gutters(runs)]
    merged: list[PdfLine] = []
    for line in sorted(lines, key=lambda x: (-x.mid_y, x.x0)):
        twin = next((m for m in merged[-8:] if abs(m.size - line.size) <= 0.12 * line.size
                     and abs(m.mid_y - line.mid_y) <= SAME_LINE * line.size and _overlap(m, line) >= 0.5), None)
        if twin is None:
            merged.append(line)
        else:  # drawn over another run: a doubled (bold) line, or one line drawn in pieces
            twin.glyphs = sorted(twin.glyphs + line.glyphs, key=lambda g: (g.x0, g.seq))
    return sorted(merged, key=lambda x: (-x.y1, x.x0))
