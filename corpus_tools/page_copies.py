"""The same page file twice in a folder: one copy read, the others set aside with a warning (user37 F13).

Browsers and file managers name a second download or a copy of a file ``X(1).pdf``, ``X（1）.txt``,
``X - 副本.txt`` or ``X copy.pdf``. Both files would be read and every count of the page doubled. A page
is a *copy* of one read before it when both hold the same text (compared without white space, so a
byte-identical file and a re-extraction with other line breaks are both caught), both have the same date
(or neither has one), and the copy's name is the other's with a copy mark, or both names spell the same
page number of that date (``2014-10-17_p1.txt``, ``20141017_p1.txt``). The corpus keeps the
page whose file name carries no copy mark (else the first in reading order); :func:`drop_page_copies`
warns once, naming every copy beside the file kept, so nothing is lost silently: to read both, give
them different dates (a manifest), or read them separately. Files of one text whose names are not one
page's (``a.txt`` and ``b.txt``, undated; ``…_p1`` and ``…_p2``) are all read, and a second warning names
them: the reader cannot tell a copy from a reprint there.

Pages made from a DataFrame (no file path) are never compared: a table's rows are the caller's.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from corpus_tools.errors import user_stacklevel

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Issue

__all__ = ["COPY_MARK_RE", "copy_stem", "drop_page_copies", "page_copies"]

#: What a browser or file manager appends to the stem of a second copy: ``(1)``, ``（2）``, `` - 副本``,
#: `` - Copy``, `` copy``, `` copy 2``.
COPY_MARK_RE = re.compile(r"(?:\s*[(（]\d{1,3}[)）]|\s*-\s*(?:副本|复制|copy|Copy)(?:\s*\(?\d{1,3}\)?)?"
                          r"|\s+(?:copy|Copy)(?:\s+\d{1,3})?)$")
_PAGE_RE = re.compile(r"(?:_p|_P|_|-p|-P|第)0*(\d{1,2})版?$")
_SPACE_RE = re.compile(r"\s+")


def copy_stem(stem: str) -> tuple[str, bool]:
    """*stem* without its copy mark, and whether it had one.

    Examples
    --------
    >>> copy_stem("2014-10-17_第1版(1)"), copy_stem("2014-10-17_p2 - 副本"), copy_stem("2014-10-17_p2")
    (('2014-10-17_第1版', True), ('2014-10-17_p2', True), ('2014-10-17_p2', False))
    """
    m = COPY_MARK_RE.search(stem)
    return (stem[:m.start()], True) if m and m.start() > 0 else (stem, False)


def _path(issue: "Issue") -> str | None:
    path = issue.meta.get("path") if isinstance(issue.meta, dict) else None
    return str(path) if path else None


def _page_number(path: str) -> int | None:
    m = _PAGE_RE.search(copy_stem(Path(path).stem)[0])
    return int(m.group(1)) if m else None


def _groups(issues: Sequence["Issue"]) -> list[list[int]]:
    """Indices of the file-read pages that hold one text (without white space), date and PDF page."""
    groups: dict[tuple, list[int]] = {}
    for k, issue in enumerate(issues):
        path = _path(issue)
        text = _SPACE_RE.sub("", issue.raw or "")
        if path is None or not text:
            continue
        key = (text, issue.date.isoformat() if issue.date is not None else None, issue.meta.get("pdf_page"))
        groups.setdefault(key, []).append(k)
    return [m for m in groups.values() if len(m) > 1]


def page_copies(issues: Sequence["Issue"]) -> list[tuple[int, int]]:
    """The pages that copy a page read before them: ``(copy index, kept index)`` into *issues*.

    Parameters
    ----------
    issues : sequence of Issue
        The pages read (their ``raw`` text, ``date``, ``meta["path"]`` and, for a PDF, ``meta["pdf_page"]``).

    Returns
    -------
    list of (int, int)
        One pair per copy, in reading order: the copy's index and the index of the page kept instead.

    Examples
    --------
    >>> import datetime as dt
    >>> from corpus_tools.corpus import Issue
    >>> day = dt.date(2014, 10, 17)
    >>> pages = [Issue(id=s, raw=t, date=day, meta={"path": f"{s}.txt"}) for s, t in
    ...          [("2014-10-17_p1(1)", "县委召开 全会。"), ("2014-10-17_p1", "县委召开全会。"), ("2014-10-17_p2", "县委召开全会。")]]
    >>> page_copies(pages)
    [(0, 1)]
    """
    pairs: list[tuple[int, int]] = []
    for members in _groups(issues):
        # keep a page whose name has no copy mark; among those, the first read
        kept = min(members, key=lambda k: (copy_stem(Path(_path(issues[k]) or "").stem)[1], k))
        pairs.extend((k, kept) for k in members if k != kept and _same_page(_path(issues[k]), _path(issues[kept]),
                                                                          issues[k].date is not None))
    return sorted(pairs)


def _same_page(copy: str | None, kept: str | None, dated: bool) -> bool:
    """Whether two files of one text and date name one page: the copy's name is the kept one's with a copy mark
    (``X(1).pdf``, ``X - 副本.pdf``), or both are dated and spell the same page number (``2014-10-17_p1.txt``,
    ``20141017_p1.txt``). Two undated files, or files of no page number, are two pages (a test's fixtures, a
    reprinted notice): they are both read."""
    if copy is None or kept is None:
        return False
    base, marked = copy_stem(Path(copy).stem)
    if marked and base == copy_stem(Path(kept).stem)[0]:
        return True
    number = _page_number(copy)
    return dated and number is not None and number == _page_number(kept)


def drop_page_copies(issues: list["Issue"]) -> list["Issue"]:
    """*issues* without the copies :func:`page_copies` finds; one warning names each copy and the file kept,
    another the files of one text that are all read (names of different pages).

    Parameters
    ----------
    issues : list of Issue
        The pages read.

    Returns
    -------
    list of Issue
        The pages in their order, each copy left out.
    """
    pairs = page_copies(issues)
    copies = {c for c, _ in pairs}
    twins = [[k for k in m if k not in copies] for m in _groups(issues)]
    twins = [m for m in twins if len(m) > 1]
    if twins:
        shown = "; ".join(", ".join(str(_path(issues[k])) for k in m) for m in twins[:5])
        more = f" (and {len(twins) - 5} more groups)" if len(twins) > 5 else ""
        warnings.warn(f"{len(twins)} group(s) of page files hold the same text (and date) under names of "
                      f"different pages, and each is read and counted: {shown}{more}; remove the file that is not the page "
                      f"(or give the pages a manifest with their dates)", UserWarning, stacklevel=user_stacklevel())
    if not pairs:
        return issues
    shown = "; ".join(f"{_path(issues[c])} (kept {_path(issues[k])})" for c, k in pairs[:5])
    more = f" (and {len(pairs) - 5} more)" if len(pairs) > 5 else ""
    warnings.warn(f"{len(pairs)} page file(s) hold the same text and date as another file and were not read "
                  f"again (a second download or copy): {shown}{more}; to count both, give them different dates "
                  f"in a manifest or read them separately", UserWarning, stacklevel=user_stacklevel())
    dropped = {c for c, _ in pairs}
    return [issue for k, issue in enumerate(issues) if k not in dropped]
