"""Reading ``.pdf`` page files as :class:`~corpus_tools.page_files.PageFile` objects: a PDF as one page, or
each of its pages as a page of its own (split from :mod:`corpus_tools.reading`, which reads text pages).

pdfminer.six (the ``pdf`` extra) loads only when a PDF is read.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from corpus_tools.errors import user_stacklevel
from corpus_tools.page_files import PageFile

__all__ = ["pdf_page_files", "read_pdf_page", "read_pdf_pages"]


def pdf_page_files(path: Path) -> list[PageFile]:
    """Each page of a PDF file as a :class:`PageFile` (id: the file's stem for a PDF of one page, else
    ``<stem>_p<N>``; ``encoding`` ``"pdf"``; the metadata of :func:`corpus_tools.pdf.pdf_page_texts`)."""
    from corpus_tools.pdf.text import pdf_page_texts  # pdfminer.six loads only when a PDF is read

    found = pdf_page_texts(path)
    one = len(found) == 1
    return [PageFile(id=path.stem if one else f"{path.stem}_p{meta['pdf_page']}", text=text, path=str(path),
                     encoding="pdf", meta=meta) for text, meta in found]


def read_pdf_page(path: Path) -> PageFile:
    """A PDF file read as one page: its pages' texts in order, as :func:`corpus_tools.pdf.pdf_text` joins
    them (id = file stem, ``encoding`` ``"pdf"``, ``meta["pdf_pages"]``; a PDF of several pages as one
    text: :func:`read_pdf_pages` gives a page for each, as :func:`read_pages` reads them, and raises what
    this raises).
    """
    pages = pdf_page_files(path)
    return PageFile(id=path.stem, text="\n".join(pg.text for pg in pages), path=str(path), encoding="pdf",
                    meta={"pdf_pages": len(pages)})


def read_pdf_pages(path: Path) -> list[PageFile]:
    """The pages of a PDF file, one :class:`PageFile` each (what :func:`read_pages` reads a PDF as).

    A PDF of one page is one page with the file's stem as id, as :func:`read_pdf_page` reads it. A
    PDF of several pages holds pages of one issue (a day's paper in one file): each is a page of its
    own, with id ``<stem>_p<N>`` (``2023-05-10_p2`` for the second page of ``2023-05-10.pdf``) and
    ``meta["pdf_page"]`` (N, from 1) and ``meta["pdf_pages"]``; every page is dated from the file's
    name as any page is. A warning names the file when its pages print different dates in their
    date lines (two issues in one file, or a page of another day).

    Raises
    ------
    CorpusReadError
        The file is no PDF, is encrypted, cannot be parsed or holds no text.
    ImportError
        pdfminer.six is not installed (the ``pdf`` extra).
    """
    from corpus_tools.page_dates import date_from_masthead

    pages = pdf_page_files(path)
    if len(pages) == 1:
        return pages
    dates = {pg.meta["pdf_page"]: date_from_masthead(pg.text) for pg in pages}
    if len({d for d in dates.values() if d is not None}) > 1:
        shown = ", ".join(f"page {n}: {d}" for n, d in dates.items() if d is not None)
        warnings.warn(f"{path}: its {len(pages)} pages print different dates ({shown}); each page is read as a page "
                      "of its own, all dated as the file is (its name, else each page's own date line): check "
                      "whether the file holds more than one issue", UserWarning, stacklevel=user_stacklevel())
    return pages
