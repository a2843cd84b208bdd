"""Dates as the manifest gives them, written to their precision.

A page dated to the year prints as ``2024``, to the month as ``2023-12``, to the day as
``2023-12-15``; an undated page prints as ``undated``. :func:`group_dates` gives each issue or
calendar period a date and the span it may fall in, for time axes. Pure date logic: this
module sits below both the plot layer and the report, and imports neither.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Iterable

import numpy as np
import pandas as pd

from corpus_tools._validate import check_choice
from corpus_tools.period_labels import PERIODS, period_bounds, period_key

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus, Issue

__all__ = ["PRECISIONS", "format_date", "issue_date_label", "issue_labels", "group_dates", "year_spans",
           "years_present", "missing_years", "with_year_gaps"]

PRECISIONS = ("day", "month", "year")


def _precision(issue: "Issue") -> str:
    p = str(issue.meta.get("date_precision") or "day").lower()
    return p if p in PRECISIONS else ("day" if issue.date else "unknown")


def format_date(date: dt.date | None, precision: str | None = "day") -> str:
    """*date* written to its precision: ``2024``, ``2023-12``, ``2023-12-15`` or ``undated``.

    Examples
    --------
    >>> import datetime as dt
    >>> [format_date(dt.date(2023, 12, 15), p) for p in ("day", "month", "year")]
    ['2023-12-15', '2023-12', '2023']
    >>> format_date(None, "unknown")
    'undated'
    """
    if date is None or (isinstance(date, float) and np.isnan(date)) or date is pd.NaT:
        return "undated"
    precision = (precision or "day").lower()
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def issue_date_label(issue: "Issue") -> str:
    """The issue's date to its precision (``undated`` when it has none)."""
    return format_date(issue.date, _precision(issue))


def issue_labels(corpus: "Corpus") -> dict[str, str]:
    """Issue id -> label for axes and tables: its date to its precision, plus the file stem
    when two issues share a label (``2023-12 · 001``) and always for undated ones.

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.

    Returns
    -------
    dict of str to str
        One label per issue id, e.g. for ``DataFrame.rename(columns=...)`` of a table per issue.

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["镇里开会。", "村里修路。"], "date": ["2023-05-01", None]}))
    >>> sorted(issue_labels(c).values())
    ['2023-05-01', 'undated · doc00001']
    """
    dates = {i.id: issue_date_label(i) for i in corpus.issues}
    counts = pd.Series(list(dates.values())).value_counts()
    out = {}
    for issue in corpus.issues:
        d = dates[issue.id]
        stem = issue.id.split("_")[0] if "_" in issue.id else issue.id[:12]
        out[issue.id] = f"{d} · {stem}" if d == "undated" or counts[d] > 1 else d
    return out


def _period_start(label: str, by: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The span ``[lo, hi)`` of the period *label* of grouping *by* (a day spans its own instant;
    :func:`corpus_tools.options.period_bounds` for the others)."""
    lo, hi = period_bounds(label, by)
    return pd.Timestamp(lo), pd.Timestamp(lo) if by == "day" else pd.Timestamp(hi)


def group_dates(corpus: "Corpus", groups: list[str], by: str) -> pd.DataFrame:
    """For each group (issue id or period label): ``date`` (a Timestamp or NaT), the span its
    date may fall in (``lo``, ``hi``) and ``label``.

    An issue dated to the month spans that month, to the year that year; a period spans itself;
    the group ``"all"`` has no date.

    Parameters
    ----------
    corpus : Corpus
        The corpus the groups come from (issue dates and their precision).
    groups : list of str
        Issue ids (``by="issue"``) or period labels (:func:`corpus_tools.options.period_key`).
    by : {"issue", "day", "week", "month", "quarter", "year", "all"}
        The grouping the labels belong to.

    Returns
    -------
    pandas.DataFrame
        Indexed by group: ``date``, ``lo``, ``hi`` (Timestamps or NaT) and ``label``.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> span = group_dates(load_seeds(), ["2023Q4", "2024Q1"], "quarter")
    >>> [str(d.date()) for d in span.loc["2023Q4", ["lo", "hi"]]]
    ['2023-10-01', '2024-01-01']
    """
    check_choice("by", by, ("issue", *PERIODS, "all"))
    rows = []
    if by == "issue":
        issues = {i.id: i for i in corpus.issues}
        labels = issue_labels(corpus)
        for g in groups:
            issue = issues.get(g)
            if issue is None or issue.date is None:
                rows.append((g, pd.NaT, pd.NaT, pd.NaT, labels.get(g, str(g))))
                continue
            d = pd.Timestamp(issue.date)
            p = _precision(issue)
            if p in ("year", "month"):  # the span of the issue's year or month (parsed from ISO text: unit as before)
                lo, hi = (pd.Timestamp(x.isoformat()) for x in period_bounds(period_key(issue.date, p), p))
            else:
                lo = hi = d
            rows.append((g, d, lo, hi, labels[g]))
    elif by == "all":
        rows = [(g, pd.NaT, pd.NaT, pd.NaT, str(g)) for g in groups]
    else:
        for g in groups:
            lo, hi = _period_start(str(g), by)
            rows.append((g, lo + (hi - lo) / 2, lo, hi, str(g)))
    return pd.DataFrame(rows, columns=["group", "date", "lo", "hi", "label"]).set_index("group")


def year_spans(years: "Iterable[int]") -> str:
    """Years as runs, for messages: ``1998–2001, 2003–2009, 2011``.

    Parameters
    ----------
    years : iterable of int
        Years, in any order, repeats allowed.

    Returns
    -------
    str
        The runs of consecutive years, ``"none"`` when there is none.

    Examples
    --------
    >>> year_spans([2003, 1998, 1999, 2000, 2001, 2004, 2011])
    '1998–2001, 2003–2004, 2011'
    """
    ys = sorted(set(int(y) for y in years))
    if not ys:
        return "none"
    runs, start = [], ys[0]
    for a, b in zip(ys, ys[1:] + [None]):
        if b != a + 1:
            runs.append(str(a) if a == start else f"{start}–{a}")
            start = b
    return ", ".join(runs)


def missing_years(years: "Iterable[int]") -> list[int]:
    """The years between the first and the last of *years* that have none (a gap in the pages).

    Parameters
    ----------
    years : iterable of int
        The years of the dated issues.

    Returns
    -------
    list of int
        Sorted.

    Examples
    --------
    >>> missing_years([1998, 2001, 1999, 2003])
    [2000, 2002]
    """
    ys = set(int(y) for y in years)
    return [y for y in range(min(ys), max(ys) + 1) if y not in ys] if ys else []


def years_present(dates: "Iterable[dt.date | None]") -> str:
    """What a message says about the years a corpus has pages of: the runs and the gaps.

    Parameters
    ----------
    dates : iterable of date or None
        The issues' dates (None: undated).

    Returns
    -------
    str
        E.g. ``pages of 1998–2001, 2003 (none in 2002; 1 undated)``.

    Examples
    --------
    >>> import datetime as dt
    >>> years_present([dt.date(1998, 5, 1), dt.date(2000, 1, 2), None])
    'pages of 1998, 2000 (none in 1999; 1 undated)'
    """
    dates = list(dates)
    years = [d.year for d in dates if d is not None]
    notes = []
    gaps = missing_years(years)
    if gaps:
        notes.append("none in " + year_spans(gaps))
    undated = sum(d is None for d in dates)
    if undated:
        notes.append(f"{undated} undated")
    return f"pages of {year_spans(years)}" + (f" ({'; '.join(notes)})" if notes else "")


def with_year_gaps(df: pd.DataFrame, fill: object = np.nan) -> pd.DataFrame:
    """*df*, indexed by years, with a row for every year between the first and the last that has none.

    A year axis that skips the years without pages draws 2001 → 2003 as one step and a gap as a
    fall to 0; the rows added here hold *fill* (NaN: a gap in a line chart) and the years added
    are in ``attrs["no_pages"]``. A frame whose index is not all years is returned unchanged.

    Parameters
    ----------
    df : DataFrame
        Rows indexed by years (``"2003"`` or 2003).
    fill : object
        The value of the added rows (NaN, or a word such as ``"no pages"`` for a printed table).

    Returns
    -------
    DataFrame
        A new frame (or *df* itself when nothing is missing or the index holds no years).

    Examples
    --------
    >>> df = pd.DataFrame({"乡村振兴": [1, 3]}, index=pd.Index(["2018", "2020"], name="year"))
    >>> out = with_year_gaps(df)
    >>> list(out.index), out["乡村振兴"].tolist(), out.attrs["no_pages"]
    (['2018', '2019', '2020'], [1.0, nan, 3.0], [2019])
    """
    labels = [str(i) for i in df.index]
    if not labels or not all(len(x) == 4 and x.isdigit() for x in labels):
        return df
    gaps = missing_years(int(x) for x in labels)
    if not gaps:
        return df
    as_str = isinstance(df.index[0], str)
    full = [str(y) if as_str else y for y in range(int(min(labels)), int(max(labels)) + 1)]
    out = df.reindex(full) if fill is None or (isinstance(fill, float) and np.isnan(fill)) \
        else df.astype(object).reindex(full, fill_value=fill)
    out.index.name = df.index.name
    out.attrs = {**df.attrs, "no_pages": gaps}
    return out
