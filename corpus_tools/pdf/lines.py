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
    lines = [PdfLine(r) for r in runs]
    merged: list[PdfLine] = []
    for line in sorted(lines, key=lambda x: (-x.mid_y, x.x0)):
        twin = next((m for m in merged[-8:] if abs(m.size - line.size) <= 0.12 * line.size
                     and abs(m.mid_y - line.mid_y) <= SAME_LINE * line.size and _overlap(m, line) >= 0.5), None)
        if twin is None:
            merged.append(line)
        else:  # drawn over another run: a doubled (bold) line, or one line drawn in pieces
            twin.glyphs = sorted(twin.glyphs + line.glyphs, key=lambda g: (g.x0, g.seq))
    return sorted(merged, key=lambda x: (-x.y1, x.x0))
