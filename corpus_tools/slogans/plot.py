"""The slogan timeline plot: first and last appearance of each slogan, against its year of introduction."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["plot_slogan_timeline"]

_COLOURS = {"numbered": "tab:red", "parallel": "tab:blue", "quoted": "tab:green"}


def plot_slogan_timeline(df: pd.DataFrame, *, ax: "Axes | None" = None, top: int = 30,
                         introduced: bool = True) -> "Axes":
    """Draw first and last appearance of each slogan as a line, sized by its count.

    When *df* has a ``year`` column (the year a known formula entered official use, from
    :func:`~corpus_tools.slogans.formulae.load_formula_lexicon`), a grey diamond marks 1 January
    of that year and a dotted line joins it to the first appearance, so the lag between
    introduction and uptake in the paper is visible. The axis spans the corpus: a year before
    it is shown at the left edge (a grey arrow labelled ``◆1997``), not by stretching the axis.

    Parameters
    ----------
    df : DataFrame
        From :func:`extract_slogans` (needs ``text, kind, count, first_date, last_date``;
        ``year`` optional).
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
        warnings.warn(f"{len(df) - len(dated)} slogan(s) without dates are not drawn", stacklevel=2)
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
    for yi, f, l, kind, n, year in zip(y, first, last, data["kind"], data["count"], years):
        c = _COLOURS.get(kind, "grey")
        ax.plot([f, l], [yi, yi], color=c, lw=2, alpha=0.7)
        ax.scatter([f, l], [yi, yi], s=12 + 8 * min(n, 20), color=c, zorder=3)
        if introduced and year is not None and not pd.isna(year):
            start = pd.Timestamp(dt.date(int(year), 1, 1))
            if start >= left:
                ax.plot([start, f], [yi, yi], color="grey", lw=1, ls=":", zorder=1)
                ax.scatter([start], [yi], marker="D", s=18, color="grey", zorder=2)
            else:                         # before the corpus: an arrow at the edge, with the year
                ax.plot([left, f], [yi, yi], color="grey", lw=1, ls=":", zorder=1)
                ax.scatter([left], [yi], marker="<", s=22, color="grey", zorder=2, clip_on=False)
                ax.annotate(f"◆{int(year)}", (left, yi), xytext=(5, 3), textcoords="offset points",
                            fontsize="x-small", color="0.35", va="bottom", ha="left")
            shown_intro = True
    if len(data):
        ax.set_xlim(left, hi + pad)
    ax.set_yticks(y)
    ax.set_yticklabels([t if len(t) <= 16 else t[:15] + "…" for t in data["text"]])
    ax.set_xlabel("introduced (◆), first and last appearance" if shown_intro else "first and last appearance")
    handles = [plt.Line2D([], [], color=c, marker="o", lw=2, label=k) for k, c in _COLOURS.items()
               if k in set(data["kind"])]
    if shown_intro:
        handles.append(plt.Line2D([], [], color="grey", marker="D", ls=":", label="year introduced"))
    if handles:
        ax.legend(handles=handles, loc="best", fontsize="small", prop={"family": families} if families else None)
    if families:
        # tick labels are made lazily at draw time: give them the CJK font explicitly
        ax.tick_params(axis="both", which="both", labelfontfamily=families)
        ax.xaxis.label.set_fontfamily(families)
    if created:
        ax.figure.autofmt_xdate()
        ax.figure.tight_layout()
    return ax
