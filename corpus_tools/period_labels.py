"""Period labels: the one way a date becomes the label of its day, ISO week, month, quarter or year, and a label
its span (:func:`period_key`, :func:`period_bounds`). A leaf module (no corpus_tools imports), re-exported by
:mod:`corpus_tools.options`, so that any module may use it without an import cycle.
"""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["PERIODS", "period_key", "period_bounds"]

#: The calendar groupings of :data:`BY` (need dated issues). An "issue" of corpus_tools is one page
#: file; ``"day"`` groups the pages of one date, i.e. one printed issue of a daily paper; ``"week"`` is the ISO
#: week (Monday to Sunday, labels ``"2020-W06"``; 29-31 December or 1-3 January may belong to the ISO week of
#: the other year, as ``datetime.date.isocalendar`` says).
PERIODS = ("day", "week", "month", "quarter", "year")


def period_key(date: Any, by: str) -> str:
    """The label of the period of *date*: ``"2023-01-31"`` (day: the pages of one printed issue),
    ``"2023-W05"`` (ISO week), ``"2023-01"`` (month), ``"2023Q1"`` (quarter), ``"2023"`` (year) or ``"all"``.

    Examples
    --------
    >>> import datetime
    >>> [period_key(datetime.date(2023, 1, 31), b) for b in ("day", "week", "month", "quarter", "year", "all")]
    ['2023-01-31', '2023-W05', '2023-01', '2023Q1', '2023', 'all']
    >>> period_key(datetime.date(2021, 1, 2), "week")   # ISO week 53 of 2020
    '2020-W53'
    """
    if by == "day":
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if by == "week":
        iso = date.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if by == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if by == "quarter":
        return f"{date.year:04d}Q{(date.month - 1) // 3 + 1}"
    if by == "year":
        return f"{date.year:04d}"
    if by == "all":
        return "all"
    raise ValueError(f"`by` value = {by!r} is invalid for a date; value must be one of {[*PERIODS, 'all']}")


def period_bounds(label: str, by: str) -> "tuple[datetime.date, datetime.date]":
    """The span ``[first day, first day after)`` of the period *label* of grouping *by*
    (:func:`period_key`'s labels; a day spans itself).

    Examples
    --------
    >>> [str(d) for d in period_bounds("2020-W06", "week")]
    ['2020-02-03', '2020-02-10']
    >>> [str(d) for d in period_bounds("2023Q4", "quarter")]
    ['2023-10-01', '2024-01-01']
    """
    try:
        if by == "day":
            start = datetime.date.fromisoformat(label)
            return start, start + datetime.timedelta(days=1)
        if by == "week":
            year, _, week = label.partition("-W")
            start = datetime.date.fromisocalendar(int(year), int(week), 1)
            return start, start + datetime.timedelta(days=7)
        if by == "month":
            year, month = (int(x) for x in label.split("-"))
            return datetime.date(year, month, 1), datetime.date(year + month // 12, month % 12 + 1, 1)
        if by == "quarter":
            year, _, q = label.partition("Q")
            first = 3 * (int(q) - 1) + 1
            return datetime.date(int(year), first, 1), datetime.date(int(year) + first // 10, (first + 2) % 12 + 1, 1)
        if by == "year":
            return datetime.date(int(label), 1, 1), datetime.date(int(label) + 1, 1, 1)
    except ValueError:
        raise ValueError(f"{label!r} is no period label of by={by!r} (see period_key)") from None
    raise ValueError(f"`by` value = {by!r} is invalid for a period label; value must be one of {list(PERIODS)}")
