"""Slogan plots: the timeline (first and last appearance of each slogan, against its year of introduction)
and the trend lines of :func:`~corpus_tools.slogans.tables.slogan_trends` (:func:`plot_slogan_trends`)."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.errors import user_stacklevel
from corpus_tools.slogans.sourcemarks import source_legend, source_marker
from corpus_tools.slogans.spans import SPAN_GAP_YEARS

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["plot_slogan_timeline", "plot_slogan_trends", "wide_slogan_trends", "TREND_VALUES", "timeline_label"]

#: The columns of :func:`~corpus_tools.slogans.tables.slogan_trends` a trend chart can draw, and the
#: ``normalize`` label :func:`corpus_tools.plot_trends` gives each.
TREND_VALUES = {"count": "count", "per_10k_chars": "per 10,000 characters"}


def wide_slogan_trends(trends: pd.DataFrame, *, value: str = "count", top: int | None = 10) -> pd.DataFrame:
    """The long table of :func:`~corpus_tools.slogans.tables.slogan_trends` as periods × slogans.

    Parameters
    ----------
    trends : DataFrame
        :func:`slogan_trends` output (``period, date, text, count, per_10k_chars`` …).
    value : {"count", "per_10k_chars"}
        The column to spread.
    top : int or None
        Keep the *top* slogans with the highest total count (None: all of them).

    Returns
    -------
    DataFrame
        One row per period in date order (index named ``period``), one column per slogan,
        ready for :func:`corpus_tools.plot_trends`.

    Examples
    --------
    >>> import datetime as dt
    >>> tr = pd.DataFrame({"period": ["2023", "2023", "2024", "2024"], "date": [dt.date(2023, 1, 1)] * 2
    ...                    + [dt.date(2024, 1, 1)] * 2, "text": ["两学五抓", "三联三帮"] * 2,
    ...                    "count": [1, 0, 3, 2], "per_10k_chars": [0.5, 0.0, 1.0, 0.7]})
    >>> wide_slogan_trends(tr).to_dict("list")
    {'两学五抓': [1, 3], '三联三帮': [0, 2]}
    """
    need = {"period", "date", "text", value}
    if value not in TREND_VALUES:
        raise ValueError(f"value = {value!r} is invalid; use one of {sorted(TREND_VALUES)}")
    if not isinstance(trends, pd.DataFrame) or not need <= set(trends.columns):
        got = list(trends.columns) if isinstance(trends, pd.DataFrame) else type(trends).__name__
        raise ValueError(f"trends must be a slogan_trends() DataFrame with columns {sorted(need)}; got {got}")
    if top is not None and (not isinstance(top, int) or isinstance(top, bool) or top < 1):
        raise ValueError(f"top = {top!r} is invalid; give a positive int or None")
    totals = trends.groupby("text", sort=False)["count"].sum().sort_values(ascending=False, kind="stable")
    keep = list(totals.index[:top] if top is not None else totals.index)
    order = trends.sort_values("date", kind="stable")["period"].drop_duplicates().tolist()
    wide = (trends[trends["text"].isin(keep)]
            .pivot_table(index="period", columns="text", values=value, aggfunc="sum", fill_value=0)
            .reindex(index=order, columns=keep, fill_value=0))
    wide.index.name, wide.columns.name = "period", "slogan"
    wide.attrs["normalize"] = TREND_VALUES[value] if value != "count" else "count"
    return wide


def plot_slogan_trends(trends: pd.DataFrame, *, value: str = "count", top: int | None = 10,
                       ax: "Axes | None" = None, title: str | None = None) -> "Axes":
    """Line chart of :func:`~corpus_tools.slogans.tables.slogan_trends`: one line per slogan.

    ``plot_slogan_trends(slogan_trends(corpus, by="year"))``; the table is spread with
    :func:`wide_slogan_trends` and drawn by :func:`corpus_tools.plot_trends`.

    Parameters
    ----------
    trends : DataFrame
        :func:`slogan_trends` output.
    value : {"count", "per_10k_chars"}
        What the y axis shows.
    top : int or None
        Draw the *top* slogans by total count (None: all).
    ax : Axes, optional
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes
        The axes drawn on.

    Examples
    --------
    >>> import datetime as dt, matplotlib
    >>> matplotlib.use("Agg")
    >>> tr = pd.DataFrame({"period": ["2023", "2024"], "date": [dt.date(2023, 1, 1), dt.date(2024, 1, 1)],
    ...                    "text": ["两学五抓"] * 2, "count": [1, 3], "per_10k_chars": [0.5, 1.0]})
    >>> plot_slogan_trends(tr).get_ylabel()
    'count'
    """
    from corpus_tools.plot import plot_trends

    wide = wide_slogan_trends(trends, value=value, top=top)
    ylabel = "count" if value == "count" else "occurrences per 10,000 characters"
    return plot_trends(wide, ax=ax, title=title, ylabel=ylabel)

def timeline_label(text: str, width: int = 16) -> str:
    r"""A timeline row name of at most *width* characters a line, never cut (user26 F11): a bracketed printed
    wording goes on a line of its own, a longer name is wrapped.

    Parameters
    ----------
    text : str
        The row name.
    width : int
        Characters a line.

    Returns
    -------
    str

    Examples
    --------
    >>> timeline_label("八七扶贫攻坚计划（国家八七扶贫攻坚计划）")
    '八七扶贫攻坚计划\n（国家八七扶贫攻坚计划）'
    >>> timeline_label("乡村振兴")
    '乡村振兴'
    """
    if len(text) <= width:
        return text
    parts = text.replace("（", "\n（").split("\n") if "（" in text[1:] else [text]
    return "\n".join(p[i:i + width] for p in parts if p for i in range(0, len(p), width))


_COLOURS = {"numbered": "tab:red", "parallel": "tab:blue", "quoted": "tab:green"}
#: A row of no marked kind (a known formula the paper never marks): its colour and legend entry.
_UNMARKED = ("tab:purple", "known formula, not marked")


def _runs(spans: object, first: pd.Timestamp, last: pd.Timestamp) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The runs of use to draw for one row: its ``spans`` (:func:`~corpus_tools.slogans.spans.printed_spans`) when
    the table has them, else one run from first to last appearance."""
    if isinstance(spans, (list, tuple)) and spans:
        return [(pd.Timestamp(a), pd.Timestamp(b)) for a, b in spans]
    return [(first, last)]


def plot_slogan_timeline(df: pd.DataFrame, *, ax: "Axes | None" = None, top: int = 30,
                         introduced: bool = True) -> "Axes":
    """Draw first and last appearance of each slogan as a line, sized by its count; a slogan the paper
    dropped for years and took up again is drawn as one bar per run of use (the table's ``spans``: a run
    ends after :data:`~corpus_tools.slogans.spans.SPAN_GAP_YEARS` or more years of pages without it).

    When *df* has a ``year`` column (the year a known formula entered official use, from
    :func:`~corpus_tools.slogans.formulae.load_formula_lexicon`), a grey diamond marks 1 January
    of that year, labelled with the year, and a dotted line joins it to the first appearance, so
    the lag between introduction and uptake in the paper is visible. The axis spans the corpus: a
    year before it is shown at the left edge (a grey arrow labelled ``◆1997``), not by stretching
    the axis. Rows are coloured by kind; a known formula of no marked kind (source ``lexicon``,
    kind missing) is drawn in purple with its own legend entry. With a ``source`` column the end points tell
    the layers apart (:mod:`~corpus_tools.slogans.sourcemarks`): a square for the paper's own slogan (``marked``),
    a circle for a known formula, so a county slogan and a quoted national formula of one colour differ.

    Parameters
    ----------
    df : DataFrame
        From :func:`extract_slogans` (needs ``text, kind, count, first_date, last_date``;
        ``year`` and ``spans`` optional: without ``spans`` each row is one bar from first to last date).
    ax : matplotlib Axes, optional
        Where to draw; a new figure otherwise.
    top : int
        Show the *top* most frequent dated slogans.
    introduced : bool
        Draw the year of introduction where ``year`` is known.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from corpus_tools import load_seeds, extract_slogans
    >>> ax = plot_slogan_timeline(extract_slogans(load_seeds()).dropna(subset=["first_date"]), top=5)
    >>> len(ax.get_yticklabels())
    5
    """
    need = {"text", "kind", "count", "first_date", "last_date"}
    if not isinstance(df, pd.DataFrame) or not need <= set(df.columns):
        raise ValueError(f"df must be a DataFrame from extract_slogans() with columns {sorted(need)}")
    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise ValueError(f"top = {top!r} is invalid; must be an int >= 1")
    import matplotlib.pyplot as plt

    from corpus_tools.plot import cjk_font

    dated = df.dropna(subset=["first_date", "last_date"])
    if len(dated) < len(df):
        warnings.warn(f"{len(df) - len(dated)} slogan(s) without dates are not drawn",
                      stacklevel=user_stacklevel())
    data = dated.sort_values("count", ascending=False).head(top)
    data = data.sort_values(["first_date", "count"], ascending=[False, True])
    created = ax is None
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.0, 0.3 * len(data) + 1)))
    font = cjk_font()
    families = [font, "DejaVu Sans"] if font else None
    first = pd.to_datetime(data["first_date"])
    last = pd.to_datetime(data["last_date"])
    years = data["year"] if "year" in data.columns else pd.Series([None] * len(data), index=data.index)
    y = list(range(len(data)))
    shown_intro = False
    # the axis spans the corpus (first to last appearance); a year of introduction before it is
    # drawn at the left edge as an arrow with the year, so a 2019-2020 corpus is not squeezed
    # against 1996
    lo, hi = (first.min(), last.max()) if len(data) else (pd.NaT, pd.NaT)
    pad = max((hi - lo) * 0.04, pd.Timedelta(days=15)) if len(data) else pd.Timedelta(0)
    left = lo - pad if len(data) else None
    # an arrow for a year before the corpus sits a pad inside the axis, not on its edge (user26 F11)
    early = introduced and len(data) and any(not pd.isna(yr) and pd.Timestamp(dt.date(int(yr), 1, 1)) < left
                                             for yr in years if yr is not None)
    edge = left - 2 * pad if early else left
    sources = data["source"] if "source" in data.columns else pd.Series([None] * len(data), index=data.index)
    runs = [_runs(r, f, l) for r, f, l in zip(data["spans"] if "spans" in data.columns else [None] * len(data),
                                               first, last)]
    for yi, f, l, kind, n, year, src, spans in zip(y, first, last, data["kind"], data["count"], years, sources, runs):
        c = _COLOURS.get(kind, _UNMARKED[0])
        for a, b in spans:                # one bar per run of use: a silence of years is a gap (user28 F6)
            ax.plot([a, b], [yi, yi], color=c, lw=2, alpha=0.7)
            # markers at the last date are drawn whole, not cut by the axis's right edge (user32 F14)
            ax.scatter([a, b], [yi, yi], s=12 + 8 * min(n, 20), color=c, zorder=3, marker=source_marker(src),
                       clip_on=False)
        if introduced and year is not None and not pd.isna(year):
            start = pd.Timestamp(dt.date(int(year), 1, 1))
            if start >= left:
                ax.plot([start, f], [yi, yi], color="grey", lw=1, ls=":", zorder=1)
                ax.scatter([start], [yi], marker="D", s=18, color="grey", zorder=2)
                ax.annotate(str(int(year)), (start, yi), xytext=(0, 4), textcoords="offset points",
                            fontsize="x-small", color="0.35", va="bottom", ha="center")
            else:                         # before the corpus: an arrow at the edge, with the year
                ax.plot([left, f], [yi, yi], color="grey", lw=1, ls=":", zorder=1)
                ax.scatter([left], [yi], marker="<", s=22, color="grey", zorder=2, clip_on=False)
                ax.annotate(f"◆{int(year)}", (left, yi), xytext=(5, 3), textcoords="offset points",
                            fontsize="x-small", color="0.35", va="bottom", ha="left")
            shown_intro = True
    if len(data):
        ax.set_xlim(edge, hi + pad)
    ax.set_yticks(y)
    ax.set_yticklabels([timeline_label(t) for t in data["text"]], fontsize="small")
    gaps = any(len(r) > 1 for r in runs)
    ax.set_xlabel(("introduced (◆), first and last appearance" if shown_intro else "first and last appearance")
                  + (f" (a gap: {SPAN_GAP_YEARS}+ years of pages without it)" if gaps else ""))
    handles = [plt.Line2D([], [], color=c, marker="o", lw=2, label=k) for k, c in _COLOURS.items()
               if k in set(data["kind"])]
    if any(k not in _COLOURS for k in data["kind"]):
        handles.append(plt.Line2D([], [], color=_UNMARKED[0], marker="o", lw=2, label=_UNMARKED[1]))
    handles += [plt.Line2D([], [], color="0.3", marker=m, ls="", label=lab) for m, lab in source_legend(sources)]
    if shown_intro:
        handles.append(plt.Line2D([], [], color="grey", marker="D", ls=":", label="year introduced"))
    if handles:
        # (outside the axes, right of the rows: inside, "best" still covers the last rows' spans, user31 F8)
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0,
                  fontsize="small", prop={"family": families} if families else None)
    if families:
        # tick labels are made lazily at draw time: give them the CJK font explicitly
        ax.tick_params(axis="both", which="both", labelfontfamily=families)
        ax.xaxis.label.set_fontfamily(families)
    if created:
        ax.figure.autofmt_xdate()
        ax.figure.tight_layout()
    return ax
