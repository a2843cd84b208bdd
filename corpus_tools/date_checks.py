"""Warnings about a page's date: its file name and its printed date line disagree, or the file name
holds a date that does not exist.

:func:`corpus_tools.reading.page_date` dates a page by its manifest, else its file name, else the date
line printed at its head. When the file name dates the page, the date line may still print another
day (``2022-03-15_第2版.txt`` printing ``2022年3月16日``): one of them is wrong and the user should
know. A file name whose date does not exist (``2021-02-31_第1版.txt``) is passed over for the date
line; that is worth a word too. :func:`warn_date_conflicts` gives one warning per file for either.
"""

from __future__ import annotations

import datetime as dt
import warnings

from corpus_tools.errors import user_stacklevel
from corpus_tools.reading import NAME_DATE_RE, date_from_masthead

__all__ = ["date_conflict", "warn_date_conflicts"]


def _impossible_name_date(path: str) -> str | None:
    """The date-like part of *path*'s name when it looks like a date (year 1900-2099, month 01-12,
    day 01-31) that does not exist (2021-02-31), else None."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    m = NAME_DATE_RE.search(stem)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1900 <= y <= 2099 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    try:
        dt.date(y, mo, d)
    except ValueError:
        return m.group(0)
    return None


def date_conflict(path: str | None, text: str, date: dt.date | None, source: str | None) -> str | None:
    """What is wrong with a page's date, as one sentence naming both dates, or None.

    Parameters
    ----------
    path : str or None
        The page's file (None for pages given as a DataFrame: nothing to check).
    text : str
        The page's text (its first lines may print its date).
    date, source : date or None, str or None
        As :func:`corpus_tools.reading.page_date` returns them.

    Returns
    -------
    str or None
        The sentence (file name and page's date line disagree, or the file name's date does not exist);
        None when the dates agree or there is nothing to check.

    Examples
    --------
    >>> import datetime as dt
    >>> date_conflict("p/2022-03-15_第2版.txt", "弥渡报\\n2022年3月16日 星期三 第2版\\n", dt.date(2022, 3, 15),
    ...               "file name")
    "p/2022-03-15_第2版.txt: the file name gives 2022-03-15 but the page's date line prints 2022-03-16; the file name's date is used (give a manifest with a date column to choose)"
    >>> date_conflict("p/2021-02-31_第1版.txt", "2021年3月1日 星期一\\n", dt.date(2021, 3, 1), "page")
    "p/2021-02-31_第1版.txt: the file name's date 2021-02-31 does not exist; the page is dated 2021-03-01 from its date line"
    """
    if not path or source == "manifest":
        return None
    if source == "file name":
        printed = date_from_masthead(text)
        if printed is not None and printed != date:
            return (f"{path}: the file name gives {date} but the page's date line prints {printed}; the file "
                    "name's date is used (give a manifest with a date column to choose)")
        return None
    bad = _impossible_name_date(path)
    if bad is None:
        return None
    dated = f"dated {date} from its date line" if date is not None else "undated"
    return f"{path}: the file name's date {bad} does not exist; the page is {dated}"


def warn_date_conflicts(path: str | None, text: str, date: dt.date | None, source: str | None) -> None:
    """Warn (a ``UserWarning``, one per file) about :func:`date_conflict`.

    Parameters
    ----------
    path, text, date, source
        As :func:`date_conflict` takes them.

    Returns
    -------
    None
        The warning names the user's line that read the corpus
        (:func:`~corpus_tools.errors.user_stacklevel`).
    """
    msg = date_conflict(path, text, date, source)
    if msg is not None:
        warnings.warn(msg, UserWarning, stacklevel=user_stacklevel())
