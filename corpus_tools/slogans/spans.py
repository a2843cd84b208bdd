"""Runs of use: a slogan's dates cut into the spans the paper printed it, split where it was silent for years.

A county paper may print a slogan for a few years, drop it and take the name up again for new content a
decade later (三抓三促 of 2001-2004 and of 2022-2024). First and last date alone draw one bar across the
silence (user28 F6); :func:`printed_spans` gives one ``(first, last)`` pair per run. A run ends where the
corpus has :data:`SPAN_GAP_YEARS` or more calendar years **with dated pages** between two mentions and none of
them prints the slogan: years without pages in the corpus are no evidence of silence, and one quiet year
between two mentions (a slogan printed 17 of 24 years) does not break a run.
"""

from __future__ import annotations

import datetime as dt
from typing import Collection, Iterable

from corpus_tools._validate import check_int

__all__ = ["SPAN_GAP_YEARS", "printed_spans"]

#: Calendar years with pages and no mention of a slogan that break its run of use (:func:`printed_spans`).
SPAN_GAP_YEARS = 2


def printed_spans(dates: Iterable[dt.date], page_years: Collection[int], *,
                  gap: int = SPAN_GAP_YEARS) -> list[tuple[dt.date, dt.date]]:
    """The runs of use of a slogan: ``(first, last)`` date of each run, in date order.

    Parameters
    ----------
    dates : iterable of datetime.date
        The dates of the slogan's mentions (any order, repeats allowed).
    page_years : collection of int
        The calendar years in which the corpus has dated pages.
    gap : int
        A run ends when at least *gap* years of *page_years* lie strictly between two consecutive
        mention years (default :data:`SPAN_GAP_YEARS`).

    Returns
    -------
    list of (datetime.date, datetime.date)
        One pair per run; empty for no dates.

    Raises
    ------
    ValueError
        *gap* is not a positive int (``InvalidArgumentError``, a ValueError).

    Examples
    --------
    >>> d = dt.date
    >>> years = set(range(2000, 2025))
    >>> printed_spans([d(2001, 3, 1), d(2002, 4, 1), d(2004, 5, 2), d(2022, 6, 1), d(2024, 1, 9)], years)
    [(datetime.date(2001, 3, 1), datetime.date(2004, 5, 2)), (datetime.date(2022, 6, 1), datetime.date(2024, 1, 9))]
    >>> printed_spans([d(2001, 3, 1), d(2022, 6, 1)], {2001, 2022})   # no pages in between: no evidence of a gap
    [(datetime.date(2001, 3, 1), datetime.date(2022, 6, 1))]
    """
    check_int("gap", gap, minimum=1)
    ordered = sorted(set(dates))
    if not ordered:
        return []
    years = sorted(set(page_years))
    spans = [[ordered[0], ordered[0]]]
    for day in ordered[1:]:
        prev = spans[-1][1]
        silent = sum(1 for y in years if prev.year < y < day.year)
        if silent >= gap:
            spans.append([day, day])
        else:
            spans[-1][1] = day
    return [(a, b) for a, b in spans]
