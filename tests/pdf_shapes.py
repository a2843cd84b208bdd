"""Small PDF shapes for the pdf tests: a line of glyphs, a column of lines, the heads of modules."""

from corpus_tools.pdf.chars import Glyph
from corpus_tools.pdf.lines import PdfLine


def line(text: str, x: float, y: float, size: float) -> PdfLine:
    """A line of *text* set at *size* from (*x*, *y*), a glyph every *size* points."""
    return PdfLine([Glyph(ch, x + i * size, y, x + (i + 1) * size, y + size, size, 0) for i, ch in enumerate(text)])


def column(texts: list[str], x: float, top: float, size: float = 10, pitch: float = 14) -> list[PdfLine]:
    """Lines stacked *pitch* points apart from *top* down."""
    return [line(t, x, top - k * pitch, size) for k, t in enumerate(texts)]


def heads(modules: list) -> list[str | None]:
    """Each module's headline text (None for text under no headline)."""
    return [None if m.head is None else "".join(x.text for x in m.head.lines) for m in modules]
