"""A note on the files of a page folder that the pattern leaves unread (scans, word-processor files).

An archive's folder of OCR'd pages often keeps the scans beside the text (``2006-04-02_p1.jpg`` next
to ``2006-04-02_p1.txt``), or a page only as an image or a document. ``read_corpus`` reads the files
its ``pattern=`` matches (and PDF pages); :func:`warn_unread_files` says in one warning which files of
the kinds in :data:`PAGE_LIKE` it left unread, so a folder is never half-read without a word.
Manifests, notes and data files (``.csv``, ``.md``, ``.json`` …) are not named.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from corpus_tools.errors import user_stacklevel

__all__ = ["PAGE_LIKE", "unread_files", "warn_unread_files"]

#: Extensions of files that may hold a page (an image of it, a document) but are not read as text.
PAGE_LIKE = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".webp", ".jp2", ".heic",
                       ".doc", ".docx", ".rtf", ".odt", ".wps", ".htm", ".html", ".djvu", ".ofd", ".caj"})


def unread_files(base: Path, read: set[Path]) -> list[Path]:
    """Files directly in *base* of a :data:`PAGE_LIKE` kind that are not among *read* (resolved paths).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for name in ("2006-04-02_p1.txt", "2006-04-02_p1.jpg", "manifest.csv"):
    ...     _ = (d / name).write_text("x")
    >>> [p.name for p in unread_files(d, {(d / "2006-04-02_p1.txt").resolve()})]
    ['2006-04-02_p1.jpg']
    """
    return sorted(f for f in base.iterdir() if f.is_file() and not f.name.startswith(".")
                  and f.suffix.lower() in PAGE_LIKE and f.resolve() not in read)


def warn_unread_files(base: Path, pattern: str, read: set[Path]) -> None:
    """One warning naming the :func:`unread_files` of *base* (none: no warning)."""
    found = unread_files(base, read)
    if found:
        shown = ", ".join(f.name for f in found[:5]) + (f" … and {len(found) - 5} more" if len(found) > 5 else "")
        kinds = ", ".join(sorted({f.suffix.lower() for f in found}))
        warnings.warn(f"{len(found)} file(s) in {base} do not match pattern={pattern!r} and were not read ({shown}; "
                      f"{kinds}): an image or document of a page is not read as its text; OCR it to a .txt file "
                      "(or pass pattern= to read other text files)", UserWarning, stacklevel=user_stacklevel())
