"""A PDF page written as the page text the layout reads: each article's head before its body, blocks apart.

The text keeps every character pdfminer extracts exactly once (:func:`check_pdf_no_loss`), so the
layout's no-loss property (:func:`corpus_tools.layout.check_no_loss`) carries over to the PDF: the
running header first and the running footer under it (the page's furniture together, where the
layout reads a page's date and page lines: a footer such as ``本版编辑：… 校对：…`` written last was read
into the last article's body), then each module in reading order — kicker lines, the headline on one
line (a title set on two lines, or vertically a glyph a line, joined), subtitle lines, a blank line, the
body lines column after column (a paragraph set with an indent but without indent characters gets two
ideographic spaces), captions after a blank line — and a blank line between modules; a label (a line
on a filled bar) stands alone. Doubled glyphs stay
side by side for the layout's undoubling repair; bylines, leads and dates are then read by the text
machinery as for any page.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpus_tools.pdf.chars import Glyph, PdfPage, read_pdf_layout
from corpus_tools.pdf.lines import PdfLine, page_lines
from corpus_tools.pdf.modules import Module, page_modules
from corpus_tools.pdf.roles import body_size, line_roles

__all__ = ["line_text", "page_text", "pdf_text", "pdf_page_texts", "check_pdf_no_loss", "INDENT"]

#: Indent written before a paragraph the PDF indents by position only.
INDENT = "\u3000\u3000"


def line_text(line: PdfLine) -> str:
    """The line's characters, a space where the PDF leaves a gap of a third of the type size or more."""
    out: list[str] = []
    prev: Glyph | None = None
    for g in line.glyphs:
        if prev is not None and g.x0 - prev.x1 >= 0.33 * max(g.size, prev.size) and not (
                g.text.isspace() or prev.text.isspace()):
            out.append(" ")
        out.append(g.text)
        prev = g
    return "".join(out)


def _body_lines(module: Module, body: float) -> tuple[list[str], list[str]]:
    """(body lines, caption lines) of a module in reading order."""
    text, captions = [], []
    for chunk in module.chunks:
        for line in chunk.lines:
            s = line_text(line)
            if chunk.caption:
                captions.append(s)
                continue
            if line.x0 - chunk.x0 >= 1.5 * body and not s[:1].isspace():
                s = INDENT + s
            text.append(s)
    return text, captions


def _module_text(module: Module, body: float) -> str:
    head = module.head
    parts: list[str] = []
    if head is not None:
        lines = [line_text(x) for x in head.kickers]
        lines.append("".join(line_text(x).strip() for x in head.lines))
        lines += [line_text(x) for x in head.subtitles]
        parts.append("\n".join(lines))
    text, captions = _body_lines(module, body)
    if text:
        parts.append("\n".join(text))
    if captions:
        parts.append("\n".join(captions))
    return "\n\n".join(parts)


def page_text(page: PdfPage) -> str:
    """The page text of one PDF page (see the module docstring).

    Parameters
    ----------
    page : PdfPage
        A page of :func:`corpus_tools.pdf.chars.read_pdf_layout`.

    Returns
    -------
    str
    """
    lines = page_lines(page.glyphs)
    if not lines:
        return ""
    body = body_size(lines)
    roles = line_roles(lines, page, body)
    furniture = [ln for ln, r in zip(lines, roles) if r == "furniture"]
    middle = (min(ln.mid_y for ln in lines) + max(ln.mid_y for ln in lines)) / 2
    header = [line_text(x) for x in furniture if x.mid_y >= middle]
    footer = [line_text(x) for x in furniture if x.mid_y < middle]
    blocks = ["\n".join(header + footer)] if header or footer else []
    blocks += [_module_text(m, body) for m in page_modules(lines, roles, page.rules, body, page.boxes)]
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def check_pdf_no_loss(glyphs: list[Glyph], text: str) -> list[str]:
    """Problems (empty when none): characters of *glyphs* missing from *text* or added to it.

    Every non-space character pdfminer extracts must appear in the page text exactly once.

    Examples
    --------
    >>> g = [Glyph("县", 0, 0, 10, 10, 10, 0), Glyph("委", 10, 0, 20, 10, 10, 1)]
    >>> check_pdf_no_loss(g, "县委\\n"), check_pdf_no_loss(g, "县\\n")
    ([], ["missing: '委' x1"])
    """
    want = Counter(ch for g in glyphs for ch in g.text if not ch.isspace())
    got = Counter(ch for ch in text if not ch.isspace())
    problems = [f"missing: {ch!r} x{n}" for ch, n in (want - got).items()]
    problems += [f"added: {ch!r} x{n}" for ch, n in (got - want).items()]
    return problems


def pdf_page_texts(path: str | Path) -> list[tuple[str, dict]]:
    """The page text of each page of a PDF file, with its metadata (``pdf_page``: its number in
    the PDF, from 1; ``pdf_pages``: how many pages the PDF has).

    A PDF of several pages is an issue's pages in one file: :func:`corpus_tools.read_corpus`
    makes each one a page of its own (:func:`corpus_tools.reading.read_pdf_pages`).

    Raises
    ------
    CorpusReadError
        The file cannot be read as a PDF, or holds no text (:func:`~corpus_tools.pdf.chars.read_pdf_layout`).
    RuntimeError
        A page text lost or added a character (a bug: please report it with the file).
    """
    pages = read_pdf_layout(path)
    out = []
    for page in pages:
        text = page_text(page)
        problems = check_pdf_no_loss(page.glyphs, text)
        if problems:
            raise RuntimeError(f"{path}: page {page.number}: the page text does not hold every character of the "
                               f"PDF exactly once ({'; '.join(problems[:5])}); please report this with the file")
        out.append((text, {"pdf_page": page.number, "pdf_pages": len(pages)}))
    return out


def pdf_text(path: str | Path) -> tuple[str, dict]:
    """The page text of a PDF file and its metadata (``pdf_pages``: the number of pages).

    A PDF of several pages gives one text, its pages in order, a blank line between them
    (:func:`pdf_page_texts` gives each page's own text, and raises what this raises).
    """
    pages = pdf_page_texts(path)
    return "\n".join(text for text, _ in pages), {"pdf_pages": len(pages)}
