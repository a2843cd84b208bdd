"""The characters, rules and pictures of a PDF's pages, as pdfminer.six lays them out (no OCR).

This is the only module that talks to pdfminer.six. Each page becomes a :class:`PdfPage`: every
character pdfminer extracts (:class:`Glyph`, in the order the PDF draws them, with its font size
and bounding box), the horizontal rules (lines and thin rectangles) and the boxes and pictures
(rectangles, images, figures). A file that is not a PDF, is encrypted with a password, holds
no text (a scan) or only glyph numbers (fonts without a ToUnicode map) raises
:class:`~corpus_tools.errors.CorpusReadError` naming the file and the problem; without
pdfminer.six the error says what to install.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tools.errors import CorpusReadError, user_stacklevel

__all__ = ["Glyph", "Box", "PdfPage", "read_pdf_layout", "unmapped_share", "PDF_INSTALL_HINT"]

#: A horizontal rule is at least this many times as long as it is thick.
RULE_ASPECT = 20

#: A rectangle covering at least this share of the page is its background or frame, not a box on it.
BACKGROUND = 0.8

#: What to install when pdfminer.six is missing.
PDF_INSTALL_HINT = "pip install 'corpus_tools[pdf]' (or: pip install pdfminer.six)"


@dataclass(frozen=True)
class Glyph:
    """One character as drawn: its text, bounding box (points, origin bottom left) and font size.

    ``seq`` is its place in the order the page draws its characters.
    """

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    seq: int

    @property
    def mid_y(self) -> float:
        """The vertical middle of the glyph's box."""
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True)
class Box:
    """A rule, rectangle or picture: its bounding box; ``filled`` for a rectangle painted inside
    (a bar a banner's text is printed on, a tinted box), not only outlined."""

    x0: float
    y0: float
    x1: float
    y1: float
    filled: bool = False

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class PdfPage:
    """One page: its size, glyphs in drawing order, horizontal rules, boxes/pictures and backgrounds."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[Box] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    #: Rectangles and pictures covering most of the page (:data:`BACKGROUND`): behind everything, no box.
    backgrounds: list[Box] = field(default_factory=list)


def _pdfminer():
    """The pdfminer.six modules used here, or an ImportError that says what to install."""
    try:
        from pdfminer import layout, pdfdocument, pdfparser, psparser
        from pdfminer.high_level import extract_pages
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"reading PDF pages needs pdfminer.six, which is not installed: {PDF_INSTALL_HINT}") from exc
    return extract_pages, layout, (pdfdocument, pdfparser, psparser)


def _collect(objs, page: PdfPage, layout, seq: list[int]) -> None:
    """Add the glyphs, rules and boxes of pdfminer layout objects (figures opened) to *page*."""
    for obj in objs:
        if isinstance(obj, layout.LTChar):
            text = obj.get_text()
            if text:
                page.glyphs.append(Glyph(text, obj.x0, obj.y0, obj.x1, obj.y1, round(obj.size, 2), seq[0]))
                seq[0] += 1
        elif isinstance(obj, layout.LTFigure):
            box = Box(obj.x0, obj.y0, obj.x1, obj.y1)  # (a page drawn inside a form is background, no box)
            (page.backgrounds if box.width * box.height >= BACKGROUND * page.width * page.height else page.boxes).append(box)
            _collect(obj, page, layout, seq)
        elif isinstance(obj, (layout.LTLine, layout.LTRect, layout.LTCurve, layout.LTImage)):
            box = Box(obj.x0, obj.y0, obj.x1, obj.y1, filled=bool(getattr(obj, "fill", False)))
            if box.width >= RULE_ASPECT * box.height and box.height <= 0.005 * page.height:
                page.rules.append(box)  # a horizontal rule: long and thin for the page
            elif box.width * box.height >= BACKGROUND * page.width * page.height:
                page.backgrounds.append(box)  # the page's background, a frame around all of it, a scan
            elif min(box.width, box.height) > 0.005 * page.height:
                page.boxes.append(box)  # (a vertical rule between columns is neither)
        elif isinstance(obj, layout.LTContainer):
            _collect(obj, page, layout, seq)


def unmapped_share(pages: list[PdfPage]) -> float:
    """The share of the pages' glyphs that pdfminer gives as ``(cid:N)``: drawn, but with no character.

    Examples
    --------
    >>> page = PdfPage(1, 100, 100, [Glyph("(cid:12)", 0, 0, 9, 9, 9, 0), Glyph("县", 9, 0, 18, 9, 9, 1)])
    >>> unmapped_share([page])
    0.5
    """
    glyphs = [g for pg in pages for g in pg.glyphs]
    return sum(g.text.startswith("(cid:") for g in glyphs) / len(glyphs) if glyphs else 0.0


def read_pdf_layout(path: str | Path) -> list[PdfPage]:
    """The pages of the PDF file *path*: glyphs (every character pdfminer extracts), rules, boxes.

    Parameters
    ----------
    path : str or Path
        A PDF file.

    Returns
    -------
    list of PdfPage
        One per page, in order.

    Raises
    ------
    CorpusReadError
        The file is missing, is not a PDF, is encrypted with a password, cannot be parsed, holds
        no text at all (a scanned page: the library does no OCR), or most of its characters are
        glyph numbers its fonts map to no character (:func:`unmapped_share`).
    ImportError
        pdfminer.six is not installed (the message says what to install).
    """
    p = Path(path)
    if not p.is_file():
        raise CorpusReadError(f"{p}: no such file", path=str(p))
    with open(p, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise CorpusReadError(f"{p}: is not a PDF (it does not start with %PDF-)", path=str(p))
    extract_pages, layout, (pdfdocument, pdfparser, psparser) = _pdfminer()
    pages: list[PdfPage] = []
    try:
        for n, lt_page in enumerate(extract_pages(p, laparams=None), start=1):
            page = PdfPage(number=n, width=lt_page.width, height=lt_page.height)
            _collect(lt_page, page, layout, [0])
            pages.append(page)
    except (pdfdocument.PDFPasswordIncorrect, pdfdocument.PDFEncryptionError) as exc:
        raise CorpusReadError(f"{p}: the PDF is encrypted and needs a password ({type(exc).__name__}); "
                              "save an unprotected copy and read that", path=str(p)) from exc
    except (pdfparser.PDFSyntaxError, psparser.PSException, pdfdocument.PDFException) as exc:
        raise CorpusReadError(f"{p}: the PDF cannot be parsed ({type(exc).__name__}: {exc})", path=str(p)) from exc
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:  # pdfminer on damaged files
        raise CorpusReadError(f"{p}: the PDF cannot be read ({type(exc).__name__}: {exc})", path=str(p)) from exc
    if not pages:
        raise CorpusReadError(f"{p}: the PDF has no pages", path=str(p))
    unmapped = unmapped_share(pages)
    if unmapped > 0.5:
        raise CorpusReadError(f"{p}: {unmapped:.0%} of the PDF's characters are glyph numbers without a character "
                              "((cid:N): its fonts carry no ToUnicode map), so its text cannot be read; run an OCR "
                              "tool on it (e.g. ocrmypdf --force-ocr) and read its output", path=str(p))
    if not any(pg.glyphs for pg in pages):
        if any(pg.boxes or pg.backgrounds for pg in pages):
            raise CorpusReadError(f"{p}: the PDF holds no text, only pictures (a scanned page?); the library reads "
                                  "the text of PDFs and does no OCR: run an OCR tool first (e.g. ocrmypdf) and read "
                                  "its output", path=str(p))
        raise CorpusReadError(f"{p}: the PDF draws no text and no pictures (an empty page, or a damaged content "
                              "stream)", path=str(p))
    if unmapped > 0:
        warnings.warn(f"{p}: {unmapped:.1%} of the PDF's characters are glyph numbers without a character ((cid:N): "
                      "a font without a ToUnicode map); they stand in the text as '(cid:N)'",
                      UserWarning, stacklevel=user_stacklevel())
    return pages
