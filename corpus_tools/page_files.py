"""Finding the page files of a corpus: a folder's files by pattern (symbolic links checked against the
folder), with the ``.pdf`` pages beside the text pages.

Split from :mod:`corpus_tools.reading` (which reads each file) so that one module finds the files and the
other decodes them.
"""

from __future__ import annotations

import fnmatch
import glob as _glob
import importlib.util
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from corpus_tools._validate import check_bool
from corpus_tools.errors import CorpusReadError, user_stacklevel

__all__ = ["PageFile", "with_pdf_pages", "check_inside", "resolve_paths"]


@dataclass
class PageFile:
    """One page as read from disk (or from a DataFrame row)."""

    id: str
    text: str
    path: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: The sub-folder of the folder read that holds the page (``2020-05-15``); None at its top.
    folder: str | None = None


def with_pdf_pages(found: list[Path], path: str | Path | Iterable[str | Path], pattern: str,
                   follow_links: bool) -> list[Path]:
    """*found* (the files of the default ``*.txt`` pattern) with the folder's ``.pdf`` pages beside them.

    Only a folder read with a pattern ending in ``*.txt`` gains its PDFs (matched by the same pattern
    ending in ``*.pdf``); a PDF whose stem a text page beside it has is left out with a warning (the text
    is read, as before PDFs were read). Without pdfminer.six (the ``pdf`` extra) a folder that has text
    pages reads them and leaves its PDFs out with a warning; a folder of PDFs alone raises the ImportError
    that says what to install.
    """
    if not (isinstance(path, (str, Path)) and Path(path).is_dir() and pattern.endswith("*.txt")):
        return found
    try:
        pdfs = resolve_paths(path, pattern=pattern[:-3] + "pdf", follow_links=follow_links)
    except CorpusReadError:
        return found
    texts = {q.with_suffix("") for q in found}
    if pdfs and found and importlib.util.find_spec("pdfminer") is None:
        from corpus_tools.pdf.chars import PDF_INSTALL_HINT

        warnings.warn(f"{len(pdfs)} PDF page(s) in {path} are not read: reading PDFs needs pdfminer.six, which is "
                      f"not installed ({PDF_INSTALL_HINT}); the {len(found)} text page(s) are read",
                      UserWarning, stacklevel=user_stacklevel())
        return found
    twins = [q for q in pdfs if q.with_suffix("") in texts]
    if twins:
        warnings.warn(f"{len(twins)} PDF page(s) have a text page of the same name beside them and are not read "
                      f"(the text is): {', '.join(q.name for q in twins[:5])}{' …' if len(twins) > 5 else ''}; "
                      "read the PDFs with pattern='*.pdf'", UserWarning, stacklevel=user_stacklevel())
    return sorted(found + [q for q in pdfs if q.with_suffix("") not in texts])


def check_inside(path: Path, folder: Path) -> Path:
    """*path* if it lies in *folder* once symbolic links are followed, else :class:`CorpusReadError`.

    Used with ``read_corpus(..., follow_links=False)``: for a folder from an untrusted source
    (an unpacked archive), where a link such as ``passwd.txt -> /etc/passwd`` must not turn a
    file outside the folder into a page (nor end up in a saved store).
    """
    real, root = path.resolve(), folder.resolve()
    if real != root and root not in real.parents:
        raise CorpusReadError(f"{path}: a symbolic link to {real}, outside the corpus folder {folder} "
                              "(follow_links=False); copy the file into the folder, remove the link or "
                              "pass follow_links=True", path=str(path))
    return path


def _matches(parts: tuple[str, ...], pats: tuple[str, ...]) -> bool:
    """Whether the relative path *parts* matches the glob *pats* (``**`` any number of folders)."""
    if not pats:
        return not parts
    if pats[0] == "**":
        return any(_matches(parts[i:], pats[1:]) for i in range(len(parts) + 1))
    return bool(parts) and _name_matches(parts[0], pats[0], last=len(pats) == 1) and _matches(parts[1:], pats[1:])


def _name_matches(name: str, pat: str, *, last: bool = True) -> bool:
    """Whether a folder or file *name* matches the glob part *pat*; a file name (*last*) in any case of
    letters, as Windows and macOS match it (``PJ_2003-07-25.TXT`` for ``*.txt``: user25).

    Examples
    --------
    >>> _name_matches("PJ_2003-07-25.TXT", "*.txt"), _name_matches("Pages", "pages", last=False)
    (True, False)
    """
    return fnmatch.fnmatchcase(name.lower(), pat.lower()) if last else fnmatch.fnmatchcase(name, pat)


def _walk(folder: Path, pattern: str) -> list[Path]:
    """The files under *folder* matching a recursive *pattern* (``**/*.txt``), symbolic links to
    folders followed, each real folder visited once (a link back to a parent ends there)."""
    pats = tuple(PurePosixPath(pattern).parts)
    seen: set[tuple[int, int]] = set()
    found: list[Path] = []
    todo = [folder]
    while todo:
        here = todo.pop()
        st = here.stat()
        if (st.st_dev, st.st_ino) in seen:  # a link cycle, or a second link to one folder
            continue
        seen.add((st.st_dev, st.st_ino))
        for entry in sorted(os.scandir(here), key=lambda e: e.name):
            path = Path(entry.path)
            if entry.is_dir():
                todo.append(path)
            elif entry.is_file() and _matches(path.relative_to(folder).parts, pats):
                found.append(path)
    return found


def _warn_dangling(folder: Path, pattern: str) -> None:
    """Warn about links matching *pattern* whose target does not exist (they are not pages)."""
    for q in folder.glob(pattern.replace("**/", "")):
        if q.is_symlink() and not q.exists():
            warnings.warn(f"{q}: a symbolic link to {os.readlink(q)}, which does not exist; skipped",
                          UserWarning, stacklevel=user_stacklevel())


def resolve_paths(path: str | Path | Iterable[str | Path], *, pattern: str = "*.txt",
                  follow_links: bool = True) -> list[Path]:
    """Expand a folder, a glob, a file or a list of files into sorted page paths.

    Symbolic links are followed, to files and to folders (a corpus folder that is a link, links
    to pages kept elsewhere); a recursive pattern (``**/*.txt``) visits each real folder once, so
    a link cycle ends. ``follow_links=False`` refuses links that leave the folder
    (:func:`check_inside`).

    Raises
    ------
    CorpusReadError
        If a named path does not exist or a folder/glob matches no file.
    """
    if path is None or isinstance(path, (bytes, int, float)) or not isinstance(path, (str, os.PathLike, Iterable)):
        raise TypeError(f"path must be a folder, a glob, a file or a list of files (str or pathlib.Path), "
                        f"got {type(path).__name__}")
    check_bool("follow_links", follow_links)
    if isinstance(path, os.PathLike) and not isinstance(path, Path):
        path = Path(path)
    if isinstance(path, (str, Path)):
        s = str(path)
        if not s.strip():
            raise ValueError("path value = '' is invalid; give a folder, a glob, a file or a list of files")
        p = Path(s)
        if p.is_dir():
            _warn_dangling(p, pattern)
            if "**" in pattern:
                found = sorted(_walk(p, pattern))
            elif "/" in pattern:
                found = sorted(q for q in p.glob(pattern) if q.is_file())
            else:  # a file name pattern: in any case of letters (*.txt reads PJ_2003-07-25.TXT)
                found = sorted(q for q in p.iterdir() if _name_matches(q.name, pattern) and q.is_file())
            if not found:
                deeper = [] if "**" in pattern else _walk(p, f"**/{pattern}")
                hint = (f"; its sub-folders hold {len(deeper)} (read them with pattern='**/{pattern}', on the "
                        f"command line --pattern '**/{pattern}' in quotes)" if deeper else "")
                raise CorpusReadError(f"{p}: the folder has no files matching pattern={pattern!r}{hint}",
                                      path=str(p))
            if not follow_links:
                for q in found:
                    check_inside(q, p)
            return found
        if any(ch in s for ch in "*?["):
            found = sorted(Path(q) for q in _glob.glob(s) if Path(q).is_file())
            if not found:
                raise CorpusReadError(f"{s}: the glob matches no file", path=s)
            return found
        if not p.exists():
            raise CorpusReadError(f"{p}: no such file or folder", path=str(p))
        return [p]
    paths = [Path(q) for q in path]
    if not paths:
        raise ValueError("path is an empty list; give a folder, a glob, a file or a non-empty list of files")
    for q in paths:
        if not q.exists():
            raise CorpusReadError(f"{q}: no such file", path=str(q))
    return paths
