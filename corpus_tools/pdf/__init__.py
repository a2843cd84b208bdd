"""Reading county-newspaper PDF pages directly (pdfminer.six layout objects, no OCR).

A PDF-to-text tool flattens a page: it loses the type sizes, positions and columns a reader sees,
and with them where one article ends and the next begins. This package reads the characters with
their font size and bounding box and rebuilds the page's articles from geometry, one step per module:

* :mod:`~corpus_tools.pdf.chars` — the characters, rules and boxes of each page (the only module
  that talks to pdfminer.six; clear errors for files that are no PDF, encrypted or scanned);
* :mod:`~corpus_tools.pdf.lines` — characters into printed lines (drawing order, doubled glyphs);
* :mod:`~corpus_tools.pdf.roles` — the body size; headlines, mid-size lines, captions, running
  header and footer, by size relative to the body and place;
* :mod:`~corpus_tools.pdf.modules` — headlines with their kickers and subtitles, the body text under
  each, reading order;
* :mod:`~corpus_tools.pdf.text` — the page text handed to the layout (each article's head before its
  body, blocks apart) and the no-loss check on the PDF's characters.

:func:`corpus_tools.read_corpus` reads ``.pdf`` files through :func:`pdf_page_texts`, a page each (the
whole file as one text: :func:`pdf_text`); pdfminer.six is the
``pdf`` extra (``pip install 'corpus_tools[pdf]'``).
"""

from corpus_tools.pdf.chars import PDF_INSTALL_HINT, Box, Glyph, PdfPage, read_pdf_layout, unmapped_share
from corpus_tools.pdf.lines import PdfLine, page_lines
from corpus_tools.pdf.modules import Chunk, Head, Module, page_modules
from corpus_tools.pdf.roles import body_size, line_roles
from corpus_tools.pdf.text import check_pdf_no_loss, line_text, page_text, pdf_page_texts, pdf_text

__all__ = [
    "PDF_INSTALL_HINT",
    "Box",
    "Glyph",
    "PdfPage",
    "read_pdf_layout",
    "unmapped_share",
    "PdfLine",
    "page_lines",
    "Head",
    "Chunk",
    "Module",
    "page_modules",
    "body_size",
    "line_roles",
    "check_pdf_no_loss",
    "line_text",
    "page_text",
    "pdf_text",
    "pdf_page_texts",
]
