"""Warnings about a page's date: its manifest, file name or date folder and its printed date line disagree, the
name or folder holds a date that does not exist, the date is after today, or the date line prints a
weekday that does not fit its date.

:func:`corpus_tools.page_dates.page_date` dates a page by its manifest, else its file name, else its
date folder, else the date line printed at its head. When the name or folder dates the page, the date
line may still print another day (``2022-03-15_第2版.txt`` printing ``2022年3月16日``): one of them is
wrong and the user should know. A name or folder whose date does not exist (``2021-02-31_第1版.txt``,
``2019-02-30/page1.txt``) is passed over for the date line; that is worth a word too. A date after
today (``2031年4月10日``, an OCR slip in a scanned archive) would stretch every timeline to it, and a
weekday that does not fit the printed date (``2031年4月10日 星期六``) says the line was misread.
:func:`warn_date_conflicts` gives one warning for each.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from corpus_tools.errors import user_stacklevel
from corpus_tools.page_dates import NAME_DATE_RE, date_from_masthead, date_numbers, folder_date_part, masthead_line
from corpus_tools.text import masthead_date

__all__ = ["date_conflict", "date_problems", "printed_weekday", "warn_date_conflicts", "warn_undated", "WEEKDAYS"]

#: The weekday names a date line prints, Monday first (星期日 and 星期天 are both Sunday).
WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
_WEEKDAY_RE = re.compile(r"(?:星期|礼拜|周)([一二三四五六日天])")


def _impossible(part: str | None) -> str | None:
    """*part* when it looks like a date (year 1900-2099, month 01-12, day 01-31) that does not exist."""
    if part is None:
        return None
    y, mo, d = date_numbers(part)
    if not (1900 <= y <= 2099 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    try:
        dt.date(y, mo, d)
    except ValueError:
        return part
    return None


def _impossible_name_date(path: str) -> str | None:
    """The date-like part of *path*'s name when it is a date that does not exist (2021-02-31), else None."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    m = NAME_DATE_RE.search(stem)
    return _impossible(m.group(0)) if m else None


def date_conflict(path: str | None, text: str, date: dt.date | None, source: str | None,
                  folder: str | None = None, precision: str | None = None) -> str | None:
    """What is wrong between a page's name or folder and its date line, as one sentence naming both
    dates, or None.

    Parameters
    ----------
    path : str or None
        The page's file (None for pages given as a DataFrame: nothing to check).
    text : str
        The page's text (its first lines may print its date).
    date, source : date or None, str or None
        As :func:`corpus_tools.page_dates.page_date` returns them.
    folder : str or None
        The page's sub-folder in the folder read (``PageFile.folder``).
    precision : str or None
        The manifest's ``date_precision``: a manifest date is checked only when it names a day.

    Returns
    -------
    str or None
        The sentence (name, folder or manifest and the page's date line disagree, or the name's or
        folder's date does not exist); None when the dates agree or there is nothing to check.

    Examples
    --------
    >>> import datetime as dt
    >>> date_conflict("p/2022-03-15_第2版.txt", "弥渡报\\n2022年3月16日 星期三 第2版\\n", dt.date(2022, 3, 15),
    ...               "file name")
    "p/2022-03-15_第2版.txt: the file name gives 2022-03-15 but the page's date line prints 2022-03-16; the file name's date is used (give a manifest with a date column to choose)"
    >>> date_conflict("p/2021-02-31_第1版.txt", "2021年3月1日 星期一\\n", dt.date(2021, 3, 1), "page")
    "p/2021-02-31_第1版.txt: the file name's date 2021-02-31 does not exist; the page is dated 2021-03-01 from its date line"
    >>> date_conflict("p/2016-04-14/page1.txt", "2015年4月14日 星期二\\n", dt.date(2016, 4, 14), "folder",
    ...               folder="2016-04-14")
    "p/2016-04-14/page1.txt: the folder 2016-04-14 gives 2016-04-14 but the page's date line prints 2015-04-14; the folder's date is used (give a manifest with a date column to choose)"
    >>> date_conflict("p/page1.txt", "2015年4月14日 星期二\\n", dt.date(2016, 4, 14), "manifest")
    "p/page1.txt: the manifest gives 2016-04-14 but the page's date line prints 2015-04-14; the manifest's date is used (correct the manifest if the page is right)"
    """
    if not path:
        return None
    if source == "manifest":
        printed = date_from_masthead(text)
        if printed is not None and date is not None and printed != date and precision in (None, "", "day"):
            return (f"{path}: the manifest gives {date} but the page's date line prints {printed}; the manifest's "
                    "date is used (correct the manifest if the page is right)")
        return None
    if source in ("file name", "folder"):
        printed = date_from_masthead(text)
        if printed is not None and printed != date:
            what, whose = ("the file name", "the file name's") if source == "file name" else \
                (f"the folder {folder}", "the folder's")
            return (f"{path}: {what} gives {date} but the page's date line prints {printed}; {whose} date is used "
                    "(give a manifest with a date column to choose)")
        return None
    dated = f"dated {date} from its date line" if date is not None else "undated"
    bad = _impossible_name_date(path)
    if bad is not None:
        return f"{path}: the file name's date {bad} does not exist; the page is {dated}"
    bad = _impossible(folder_date_part(folder))
    if bad is not None:
        return f"{path}: the folder's date {bad} does not exist; the page is {dated}"
    return None


def printed_weekday(text: str) -> tuple[dt.date, str] | None:
    """The date and the weekday (``四`` of 星期四) the page's date line prints, or None when it prints
    no date line or no weekday.

    Examples
    --------
    >>> printed_weekday("安远报　第1466期　2010年4月13日　星期二　第2版\\n")
    (datetime.date(2010, 4, 13), '二')
    >>> printed_weekday("2010年4月13日 第2版\\n") is None
    True
    """
    line = masthead_line(text)
    m = _WEEKDAY_RE.search(line) if line is not None else None
    if m is None:
        return None
    return masthead_date(line), m.group(1).replace("天", "日")


def date_problems(path: str | None, text: str, date: dt.date | None, source: str | None, *,
                  folder: str | None = None, precision: str | None = None,
                  today: dt.date | None = None) -> list[str]:
    """Every warning a page's date deserves: :func:`date_conflict`, a date after *today*, a printed
    weekday that does not fit the printed date.

    Parameters
    ----------
    path, text, date, source, folder, precision
        As for :func:`date_conflict`.
    today : date, optional
        The day after which a date is in the future (default: today).

    Examples
    --------
    >>> import datetime as dt
    >>> for m in date_problems("p/2031-04-10/page1.txt", "安远报　2031年4月10日　星期六　第2版\\n", dt.date(2031, 4, 10),
    ...                        "folder", folder="2031-04-10", today=dt.date(2026, 12, 6)):
    ...     print(m)
    p/2031-04-10/page1.txt: dated 2031-04-10 (from its folder), after today (2026-12-06): a slip in the folder? Every timeline of the corpus runs to that date
    p/2031-04-10/page1.txt: the date line prints 2031-04-10 星期六, but 2031-04-10 is a 星期四: the date or the weekday was misread (OCR?) or mistyped
    """
    out = []
    conflict = date_conflict(path, text, date, source, folder, precision)
    if conflict is not None:
        out.append(conflict)
    where = path or "a page"
    today = today or dt.date.today()
    if date is not None and date > today:
        src = {"manifest": "its manifest", "file name": "its file name", "folder": "its folder",
               "page": "its date line"}.get(source or "", "its metadata")
        out.append(f"{where}: dated {date} (from {src}), after today ({today}): a slip in the {src[4:]}? Every "
                   "timeline of the corpus runs to that date")
    printed = printed_weekday(text)
    if printed is not None and printed[0] is not None:
        day, weekday = printed
        actual = WEEKDAYS[day.weekday()]
        if weekday != actual:
            out.append(f"{where}: the date line prints {day} 星期{weekday}, but {day} is a 星期{actual}: the date "
                       "or the weekday was misread (OCR?) or mistyped")
    return out


def warn_date_conflicts(path: str | None, text: str, date: dt.date | None, source: str | None, *,
                        folder: str | None = None, precision: str | None = None) -> None:
    """Warn (a ``UserWarning`` each) about :func:`date_problems`.

    Parameters
    ----------
    path, text, date, source, folder, precision
        As :func:`date_problems` takes them.

    Returns
    -------
    None
        Each warning names the user's line that read the corpus.
    """
    for msg in date_problems(path, text, date, source, folder=folder, precision=precision):
        warnings.warn(msg, UserWarning, stacklevel=user_stacklevel())


def warn_undated(paths: list[str]) -> None:
    """One warning naming the page files that got no date (none in the manifest, the file or folder
    name, or a date line): calendar groupings leave them out."""
    if paths:
        shown = ", ".join(paths[:5]) + (f" … and {len(paths) - 5} more" if len(paths) > 5 else "")
        warnings.warn(f"{len(paths)} page(s) have no date (none in a manifest, the file or folder name, or a date "
                      f"line at the page's head): {shown}; by='year' and the other calendar groupings leave them "
                      "out: give their dates in a manifest (file,date)", UserWarning, stacklevel=user_stacklevel())
