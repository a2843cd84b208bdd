"""Two page files that claim the same printed page: a warning naming both (user36 F11).

A folder may hold one page twice under two spellings of its date (``2020-02-10_p1.txt`` and
``20200210_p1.txt``): both are read, and each counts in every table as a page of that issue. The
reader cannot tell which one is right, so :func:`warn_page_clashes` names every such group once,
with the way out (remove or rename one file). It does not raise, with ``errors="raise"`` either:
two papers' pages in one folder may share a date and a page number, and are told apart only
by what the file names print before the date (``营山报_2011-05-06_p2.txt``,
``蓬安报_2011-05-06_p2.txt``), which the check compares, or by the manifest's ``paper``.

Only pages whose page number is spelt at the end of the file name (``_p1``, ``_1``, ``-p1``,
``第1版``) are compared; a page read from a DataFrame, or named without a page number, is not.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from corpus_tools.errors import user_stacklevel
from corpus_tools.jumps import ID_PAGE_RE
from corpus_tools.page_copies import copy_stem

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Issue

__all__ = ["page_clashes", "warn_page_clashes"]

# Where a date starts in a file stem, to cut off the paper's name before it. Looser than
# page_dates.NAME_DATE_RE on purpose (it finds 2020-2-10, which NAME_DATE_RE leaves, and leaves 2020年1月5日,
# which NAME_DATE_RE finds): which files count as the same name is the user-visible behaviour, so it stays.
_DATE_RE = re.compile(r"(?:19|20)\d{2}(?:[-_.年]?\d{1,2}){2}日?")


def _claim(issue: "Issue") -> "tuple[str, str, str, int] | None":
    """``(paper, name prefix, date, page)`` of a dated page whose file name ends with its page number."""
    path = issue.meta.get("path") if isinstance(issue.meta, dict) else None
    if not path or issue.date is None:
        return None
    stem = copy_stem(Path(str(path)).stem)[0]  # X(1).txt claims X.txt's page (user37 F13)
    m = ID_PAGE_RE.search(stem)
    if m is None:
        return None
    head = stem[:m.start()]
    d = _DATE_RE.search(head)
    prefix = re.sub(r"[\W_]+", "", head[:d.start()] if d else head)
    paper = str(issue.meta.get("paper") or "")
    return paper, prefix, issue.date.isoformat(), int(m.group(1))


def page_clashes(issues: Iterable["Issue"]) -> list[tuple[str, int, list[str]]]:
    """The pages claimed by more than one file: ``(date, page, [paths])``, in reading order.

    Parameters
    ----------
    issues : iterable of Issue
        The issues read (their ``meta["path"]``, ``date`` and, where given, ``meta["paper"]``).

    Returns
    -------
    list of (str, int, list of str)
        One entry per clash: the ISO date, the page number and the files that claim it.

    Examples
    --------
    >>> import datetime as dt
    >>> from corpus_tools.corpus import Issue
    >>> pages = [Issue(id=s, raw="正文", date=dt.date(2020, 2, 10), meta={"path": f"{s}.txt"})
    ...          for s in ("2020-02-10_p1", "20200210_p1", "2020-02-10_p2", "营山报_2020-02-10_p1")]
    >>> page_clashes(pages)
    [('2020-02-10', 1, ['2020-02-10_p1.txt', '20200210_p1.txt'])]
    """
    groups: dict[tuple[str, str, str, int], list[str]] = defaultdict(list)
    for issue in issues:
        key = _claim(issue)
        if key is not None:
            groups[key].append(str(issue.meta["path"]))
    return [(key[2], key[3], files) for key, files in groups.items() if len(files) > 1]


def warn_page_clashes(issues: Iterable["Issue"]) -> None:
    """Warn once, naming the files, when two files claim the same date and page (:func:`page_clashes`).

    Parameters
    ----------
    issues : iterable of Issue
        The issues read.

    Returns
    -------
    None
    """
    clashes = page_clashes(issues)
    if not clashes:
        return
    shown = "; ".join(f"{date} page {page}: {', '.join(files)}" for date, page, files in clashes[:5])
    more = f" (and {len(clashes) - 5} more)" if len(clashes) > 5 else ""
    warnings.warn(f"{len(clashes)} page(s) are claimed by two or more files, which are all read and all counted: "
                  f"{shown}{more}; remove or rename the file that is not the page (or give the pages a manifest "
                  f"with their dates and papers)", UserWarning, stacklevel=user_stacklevel())
