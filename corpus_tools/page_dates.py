"""A page's date: from its manifest, its file name, its date folder or the date line it prints.

:func:`page_date` decides, in that order (the first that gives a date wins); the sources are
:data:`DATE_SOURCES`. :mod:`corpus_tools.date_checks` warns when they disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from corpus_tools.text import masthead_date

__all__ = ["NAME_DATE_RE", "DATE_SOURCES", "MASTHEAD_LINES", "date_from_name", "date_from_folder", "folder_date_part",
           "date_numbers", "date_from_masthead", "masthead_line", "page_date"]

#: Values of ``Issue.meta["date_source"]``, in the order :func:`page_date` tries them.
DATE_SOURCES = ("manifest", "file name", "folder", "page")

#: A date in a file name (2023-01-05, 20230105, 2023_01_05, 2023年01月05日 or 2023年1月5日);
#: :func:`date_from_name` checks it exists.
NAME_DATE_RE = re.compile(r"(?<!\d)(\d{4})(?:年(?=\d{1,2}月)|[-_.]?)(\d{1,2}(?=月)|\d{2})月?[-_.]?"
                          r"(\d{1,2}(?=日)|\d{2})日?(?!\d)")


def date_from_name(name: str) -> dt.date | None:
    """The date a file name starts with or contains, e.g. ``2023-01-05_p3.txt``.

    Parameters
    ----------
    name : str
        A page's file name or path (``2023-01-05_p3.txt``).

    Returns
    -------
    datetime.date or None
        The date, or None when the name holds no existing date.

    Examples
    --------
    >>> date_from_name("2023-01-05_p3.txt")
    datetime.date(2023, 1, 5)
    >>> date_from_name("19980103_01.txt")
    datetime.date(1998, 1, 3)
    >>> date_from_name("2003年05月12日_p2.txt"), date_from_name("2003年5月2日_p2.txt")
    (datetime.date(2003, 5, 12), datetime.date(2003, 5, 2))
    >>> date_from_name("000_0a29cc865ac12c7f.txt") is None
    True
    """
    m = NAME_DATE_RE.search(Path(name).stem)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def folder_date_part(folder: str | None) -> str | None:
    """The date-like part of the nearest folder name that holds one (``2020-05-15``, ``20200515``, or
    ``2020/05/15`` as three folders), whether or not that date exists; None when none does.

    Parameters
    ----------
    folder : str or None
        The page's folder relative to the folder read, or None.

    Returns
    -------
    str or None
        The date-like part as the folder names print it, or None.

    Examples
    --------
    >>> folder_date_part("2020-05-15"), folder_date_part("2020/05/15"), folder_date_part("安远报/2019-02-30")
    ('2020-05-15', '2020/05/15', '2019-02-30')
    >>> folder_date_part("2020") is None, folder_date_part(None) is None
    (True, True)
    """
    if not folder:
        return None
    parts = folder.replace("\\", "/").strip("/").split("/")
    if len(parts) >= 3 and re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", "/".join(parts[-3:])):
        return "/".join(parts[-3:])
    for part in reversed(parts):
        m = NAME_DATE_RE.search(part)
        if m:
            return m.group(0)
    return None


def date_from_folder(folder: str | None) -> dt.date | None:
    """The date the folder that holds a page names (:func:`folder_date_part`), when it exists.

    Parameters
    ----------
    folder : str or None
        The page's folder relative to the folder read (``PageFile.folder``: ``2020-05-15`` for
        ``2020-05-15/page1.txt``); None for a page at the top of the folder read.

    Returns
    -------
    datetime.date or None
        The date, or None when no folder names one or the day does not exist.

    Examples
    --------
    >>> date_from_folder("2020-05-15"), date_from_folder("2020/5/15")
    (datetime.date(2020, 5, 15), datetime.date(2020, 5, 15))
    >>> date_from_folder("2019-02-30") is None, date_from_folder("第2版") is None
    (True, True)
    """
    part = folder_date_part(folder)
    if part is None:
        return None
    try:
        return dt.date(*date_numbers(part))
    except ValueError:
        return None


def date_numbers(part: str) -> tuple[int, int, int]:
    """Year, month and day of a date-like part of a name (``2019-02-30``, ``20190230``, ``2019/2/30``),
    whether or not that day exists.

    Parameters
    ----------
    part : str
        A date-like part of a name, as :func:`folder_date_part` gives it.

    Returns
    -------
    tuple of (int, int, int)
        Year, month and day.

    Examples
    --------
    >>> date_numbers("2019-02-30"), date_numbers("2021/6/8")
    ((2019, 2, 30), (2021, 6, 8))
    """
    y, mo, d = (int(x) for x in (re.findall(r"\d+", part) if "/" in part else NAME_DATE_RE.search(part).groups()))
    return y, mo, d


#: How many of a page's first non-empty lines may hold its masthead date (a masthead's small print,
#: ``中共X县委机关报`` / ``国内统一刊号：CN64-0034　第886期``, not counted).
MASTHEAD_LINES = 3


def masthead_line(text: str) -> str | None:
    """The line among the page's first :data:`MASTHEAD_LINES` non-empty ones that prints its date
    (lines of a masthead's small print, :func:`~corpus_tools.layout.patterns.is_masthead_line`, are
    passed over and not counted).

    Parameters
    ----------
    text : str
        A page's whole text, masthead first.

    Returns
    -------
    str or None
        The date line as printed, or None when none of those lines prints a date.

    Examples
    --------
    >>> masthead_line("安远报　第1466期　2010年4月13日　星期二　第2版\\n\\n县政府召开常务会议")
    '安远报　第1466期　2010年4月13日　星期二　第2版'
    >>> masthead_line("某某报\\n中共某某县委机关报\\n国内统一刊号：CN11-0001　第86期\\n2003年4月19日　星期六\\n")
    '2003年4月19日　星期六'
    """
    from corpus_tools.layout.patterns import is_masthead_line  # (the layout package imports the reader's modules)

    lines = [ln for ln in (raw.strip() for raw in text.splitlines()) if ln]
    lines = [ln for ln in lines[:MASTHEAD_LINES + 3] if not is_masthead_line(ln)][:MASTHEAD_LINES]
    return next((line for line in lines if masthead_date(line) is not None), None)


def date_from_masthead(text: str) -> dt.date | None:
    """The issue date a page prints in its first lines, as a folio or masthead line does.

    Only a line among the first :data:`MASTHEAD_LINES` non-empty ones that
    :func:`corpus_tools.text.masthead_date` reads as a date line counts: a sentence of the body
    that opens with a date (``2023年1月5日，县委召开…``) is no masthead.

    Parameters
    ----------
    text : str
        The text of one page, as read from its file.

    Returns
    -------
    datetime.date or None
        The printed date, or None when no masthead line prints an existing date.

    Examples
    --------
    >>> date_from_masthead("襄垣新闻\\n2024年6月12日 星期三 第01版\\n本报讯 …")
    datetime.date(2024, 6, 12)
    >>> date_from_masthead("2023年1月5日，县委召开常委会议，研究部署…") is None
    True
    >>> date_from_masthead("2023年2月30日 星期四") is None
    True
    """
    line = masthead_line(text)
    return masthead_date(line) if line is not None else None


def page_date(given: dt.date | None, path: str | None, text: str,
              folder: str | None = None) -> tuple[dt.date | None, str | None]:
    """A page's date and where it comes from: the manifest's (*given*), else the file name's, else
    its date folder's (:func:`date_from_folder`), else the masthead line's
    (:func:`date_from_masthead`); ``(None, None)`` when none has one.

    Parameters
    ----------
    given : datetime.date or None
        The manifest's date.
    path : str or None
        The page's file path (its name is read).
    text : str
        The page's text.
    folder : str or None, optional
        The page's folder relative to the folder read.

    Returns
    -------
    tuple of (datetime.date or None, str or None)
        The date and its source: ``"manifest"``, ``"file name"``, ``"folder"`` or ``"page"``.

    Examples
    --------
    >>> page_date(None, "2024-06-13_p1.txt", "2024年6月12日 星期三")
    (datetime.date(2024, 6, 13), 'file name')
    >>> page_date(None, "2024-06-12/p1.txt", "2024年6月12日 星期三", folder="2024-06-12")
    (datetime.date(2024, 6, 12), 'folder')
    >>> page_date(None, "p1.txt", "2024年6月12日 星期三")
    (datetime.date(2024, 6, 12), 'page')
    """
    if given is not None:
        return given, "manifest"
    readers = ((lambda: date_from_name(path) if path else None, "file name"),
               (lambda: date_from_folder(folder), "folder"), (lambda: date_from_masthead(text), "page"))
    for read, source in readers:  # (lazily: the first source that dates the page wins)
        found = read()
        if found is not None:
            return found, source
    return None, None
