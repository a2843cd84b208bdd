"""Time plots of the report: lines on a real time axis, with undated groups apart.

Time plots put dated groups at their dates (so a one-month gap and an eleven-month gap look
different), mark the span a month- or year-precise date may fall in, and draw undated groups
in a panel of their own, never joined to the others by a line. The date helpers live in
:mod:`corpus_tools.dates` (below both the plot layer and the report) and are re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpus_tools.dates import format_date, group_dates, issue_date_label, issue_labels
from corpus_tools.plot import cjk_text, finish_axes
from corpus_tools.plot.charts import identical_series_styles, series_colors

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = ["format_date", "issue_date_label", "issue_labels", "group_dates", "plot_over_time", "date_axis_label"]


def date_axis_label(by: str, spanned: bool) -> str:
    """The x label of a time plot: what a point is and what its shaded bar shows.

    Parameters
    ----------
    by : str
        The grouping of the plot (``"issue"``, ``"month"``, ``"quarter"`` …).
    spanned : bool
        Whether each point carries a shaded bar over the period it stands for.

    Returns
    -------
    str

    Examples
    --------
    >>> date_axis_label("quarter", True)
    'date (a point per quarter, at its middle; shaded bar: the quarter)'
    >>> date_axis_label("issue", False)
    'date of the issue'
    """
    if by == "issue":
        return ("date of the issue (shaded bar: the month or year a date is known to)" if spanned
                else "date of the issue")
    return f"date (a point per {by}, at its middle; shaded bar: the {by})" if spanned else f"date (a point per {by})"


def plot_over_time(df: pd.DataFrame, dates: pd.DataFrame, *, ylabel: str, title: str = "",
                   labels: dict[Any, str] | None = None, figsize: tuple[float, float] = (9.0, 4.5),
                   by: str = "issue") -> "Figure":
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
    by : {"issue", "day", "week", "month", "quarter", "year"}
        What a row is (as in *dates*): the x label says what its shaded bars are, the span an
        issue's date is known to or the calendar period a point sums up, and draws none of them
        (says nothing) when every date is exact.

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
        styles = identical_series_styles(df)  # identical series: each its own line style and marker
        spanned = False
        colours = series_colors(len(df.columns))
        for i, col in enumerate(df.columns):
            colour = colours[i]
            y = sub[col].to_numpy(dtype=float)
            ax.plot(x, y, color=colour, label=labels.get(col, str(col)), **styles[col][2])
            for (lo, hi), yy in zip(spans.itertuples(index=False), y):
                if pd.notna(lo) and hi > lo:  # the period, or the span a month- or year-precise date may fall in
                    spanned = True
                    ax.plot([lo, hi], [yy, yy], color=colour, alpha=0.25, linewidth=4,
                            solid_capstyle="butt")
            if ax_u is not None:
                yu = df.loc[~dated, col].to_numpy(dtype=float)
                ax_u.plot(np.arange(n_undated), yu, marker="o", linestyle="none", color=colour)
        if len(x):
            # minticks=3: a span of three or four years takes yearly ticks (with the default 5 matplotlib
            # fell to months, found no interval under maxticks and warned on every report: user22)
            locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel(ylabel)
        ax.set_xlabel(date_axis_label(by, spanned))
        if len(df.columns) > 6:  # many series (a report's topics): the legend beside the axes, not over the lines
            ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
        else:
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
