"""Dates as the manifest gives them: shown to their precision, drawn on a real time axis.

A page dated to the year prints as ``2024``, to the month as ``2023-12``, to the day as
``2023-12-15``; an undated page prints as ``undated``. Time plots put dated groups at their
dates (so a one-month gap and an eleven-month gap look different), mark the span a
month- or year-precise date may fall in, and draw undated groups in a panel of their own,
never joined to the others by a line.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpus_tools.plot import cjk_text, finish_axes

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from corpus_tools.corpus import Corpus, Issue

__all__ = ["format_date", "issue_date_label", "issue_labels", "group_dates", "plot_over_time"]

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
    when two issues share a label (``2023-12 · 001``) and always for undated ones."""
    dates = {i.id: issue_date_label(i) for i in corpus.issues}
    counts = pd.Series(list(dates.values())).value_counts()
    out = {}
    for issue in corpus.issues:
        d = dates[issue.id]
        stem = issue.id.split("_")[0] if "_" in issue.id else issue.id[:12]
        out[issue.id] = f"{d} · {stem}" if d == "undated" or counts[d] > 1 else d
    return out


def _period_start(label: str, by: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    if by == "month":
        start = pd.Timestamp(f"{label}-01")
        return start, start + pd.offsets.MonthBegin(1)
    if by == "quarter":
        start = pd.Period(label, freq="Q").start_time
        return start, start + pd.offsets.QuarterBegin(1, startingMonth=1)
    start = pd.Timestamp(f"{label}-01-01")
    return start, start + pd.offsets.YearBegin(1)


def group_dates(corpus: "Corpus", groups: list[str], by: str) -> pd.DataFrame:
    """For each group (issue id or period label): ``date`` (a Timestamp or NaT), the span its
    date may fall in (``lo``, ``hi``) and ``label``.

    An issue dated to the month spans that month, to the year that year; a period spans itself.
    """
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
            if p == "year":
                lo, hi = pd.Timestamp(f"{d.year}-01-01"), pd.Timestamp(f"{d.year + 1}-01-01")
            elif p == "month":
                lo = pd.Timestamp(f"{d.year}-{d.month:02d}-01")
                hi = lo + pd.offsets.MonthBegin(1)
            else:
                lo = hi = d
            rows.append((g, d, lo, hi, labels[g]))
    else:
        for g in groups:
            lo, hi = _period_start(str(g), by)
            rows.append((g, lo + (hi - lo) / 2, lo, hi, str(g)))
    return pd.DataFrame(rows, columns=["group", "date", "lo", "hi", "label"]).set_index("group")


def plot_over_time(df: pd.DataFrame, dates: pd.DataFrame, *, ylabel: str, title: str = "",
                   labels: dict[Any, str] | None = None, figsize: tuple[float, float] = (9.0, 4.5)
                   ) -> "Figure":
    """Lines of *df*'s columns over real dates, with undated rows in a panel of their own.

    Parameters
    ----------
    df : DataFrame
        Groups as rows (index as in *dates*), one column per series.
    dates : DataFrame
        :func:`group_dates` of the same groups.
    ylabel, title : str
    labels : mapping, optional
        Column -> legend label.
    figsize : (float, float)

    Returns
    -------
    matplotlib.figure.Figure
        A bare Figure (no pyplot), so the user's backend is never touched.
    """
    from matplotlib.figure import Figure
    import matplotlib.dates as mdates

    labels = dict(labels or {})
    dates = dates.reindex(df.index)
    dated = dates["date"].notna().to_numpy()
    n_undated = int((~dated).sum())
    with cjk_text() as fam:
        fig = Figure(figsize=figsize, layout="constrained")
        if n_undated:
            ax, ax_u = fig.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [5, max(1, n_undated)]})
        else:
            ax, ax_u = fig.subplots(), None
        sub = df[dated]
        x = pd.to_datetime(dates.loc[dated, "date"]).to_numpy()
        spans = dates.loc[dated, ["lo", "hi"]]
        for i, col in enumerate(df.columns):
            colour = f"C{i % 10}"
            y = sub[col].to_numpy(dtype=float)
            ax.plot(x, y, marker="o", color=colour, label=labels.get(col, str(col)))
            for (lo, hi), yy in zip(spans.itertuples(index=False), y):
                if pd.notna(lo) and hi > lo:  # the span a month- or year-precise date may fall in
                    ax.plot([lo, hi], [yy, yy], color=colour, alpha=0.25, linewidth=4,
                            solid_capstyle="butt")
            if ax_u is not None:
                yu = df.loc[~dated, col].to_numpy(dtype=float)
                ax_u.plot(np.arange(n_undated), yu, marker="o", linestyle="none", color=colour)
        if len(x):
            locator = mdates.AutoDateLocator(maxticks=8)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel(ylabel)
        ax.set_xlabel("date (shaded bars: the month or year a date is known to)")
        ax.legend(fontsize="small", loc="best")
        if title:
            ax.set_title(title)
        if ax_u is not None:
            ax_u.set_xticks(np.arange(n_undated), [dates.loc[g, "label"] for g in df.index[~dated]],
                            rotation=30, ha="right")
            ax_u.set_xlim(-0.7, n_undated - 0.3)
            ax_u.set_title("undated", fontsize="small")
            ax_u.tick_params(axis="y", left=False)
            finish_axes(ax_u, fam)
        finish_axes(ax, fam)
    return fig
