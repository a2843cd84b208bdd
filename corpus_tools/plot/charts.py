"""Charts of the analyses' tables: trends, keywords, topics over time, dispersion.

Every function takes ``ax=None`` (a new figure when None), returns the Axes it drew on and
never calls ``plt.show()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from corpus_tools.dates import issue_labels, with_year_gaps, year_spans
from corpus_tools._validate import check_int
from corpus_tools.errors import InvalidArgumentError, check_corpus
from corpus_tools.period_labels import PERIODS, period_bounds
from corpus_tools.plot.fonts import cjk_text, finish_axes, new_axes
from corpus_tools.text import normalize_text
from corpus_tools.trend_sizes import THIN_ISSUES, thin_mask, thin_periods

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from corpus_tools.corpus import Corpus

__all__ = ["plot_trends", "plot_keywords", "plot_topics_over_time", "plot_dispersion"]


#: y-axis label of :func:`plot_trends` per ``normalize`` of :func:`corpus_tools.keyword_trends`.
TREND_YLABELS = {"per_10k": "occurrences per 10,000 words", "count": "count",
                 "share_of_articles": "share of articles"}
_LINESTYLES = ("-", "--", ":", "-.")
_MARKERS = ("o", "s", "^", "D", "v", "P")
#: Most terms :func:`plot_trends` draws with its legend inside the axes; more go beside them (as the report's
#: time axis does, user29b F8, and user35 F13: 16 terms covered 2021-2025).
LEGEND_INSIDE_MAX = 6


#: Most x tick labels a chart draws (more rows are labelled every k-th; dates get a date axis).
MAX_TICK_LABELS = 20
#: Widest figure (inches) the charts make for many rows; fewer rows keep ``0.6`` inch each.
MAX_WIDTH = 12.0


def _width(n: int) -> float:
    """Figure width for *n* rows on the x axis: 0.6 inch a row, 6 to :data:`MAX_WIDTH` inches."""
    return min(MAX_WIDTH, max(6.0, 0.6 * n))


def row_dates(df: pd.DataFrame) -> list | None:
    """The date of each row of a trend table, when every row has one: ``attrs["dates"]`` (issue
    dates, set by ``keyword_trends`` / ``topics_over_time`` for ``by="issue"``), a date index,
    or period labels (``2023-01-31``, ``2023-01``, ``2023Q1``, ``2023``); else None.

    Examples
    --------
    >>> days = pd.DataFrame({"古城": [1, 2]}, index=pd.Index(["2023-01-05", "2023-02-01"], name="day"))
    >>> [str(d.date()) for d in row_dates(days)]
    ['2023-01-05', '2023-02-01']
    """
    dates = df.attrs.get("dates")
    if dates is not None and len(dates) == len(df) and all(d is not None and not pd.isna(d) for d in dates):
        return list(pd.to_datetime(list(dates)))
    index = df.index
    if isinstance(index, pd.DatetimeIndex):
        return list(index)
    if index.name in PERIODS:
        try:
            return [pd.Timestamp(period_bounds(str(v), index.name)[0]) for v in index]
        except ValueError:
            return None
    return None


def set_x_rows(ax: Axes, df: pd.DataFrame, x: np.ndarray, *, ha_right: bool = True) -> None:
    """Label the x axis of a chart drawn at ``x = 0 .. n-1``, one row of *df* each.

    Up to :data:`MAX_TICK_LABELS` rows every row is labelled (as before); beyond, dated rows
    get a date axis (tick positions from a matplotlib date locator, placed at the row nearest
    each tick date) and undated ones every k-th label, so 400 issues give a readable axis.
    """
    labels = [str(v) for v in df.index]
    n = len(labels)
    if n <= MAX_TICK_LABELS:
        ax.set_xticks(x, labels, rotation=30 if n > 6 else 0,
                      ha=("right" if ha_right else "center") if n > 6 else "center")
        return
    dates = row_dates(df)
    if dates is not None and dates[0] <= dates[-1]:
        import matplotlib.dates as mdates

        locator = mdates.AutoDateLocator(minticks=4, maxticks=MAX_TICK_LABELS - 2)
        nums = mdates.date2num(dates)
        ticks = locator.tick_values(mdates.num2date(nums[0]), mdates.num2date(nums[-1]))
        when = [mdates.num2date(t) for t in ticks if nums[0] <= t <= nums[-1]]
        fmt = ("%Y" if all((d.month, d.day) == (1, 1) for d in when)
               else "%Y-%m" if all(d.day == 1 for d in when) else "%Y-%m-%d")
        at: dict[int, str] = {}
        for d in when:                 # the first row on or after each tick date
            i = int(np.searchsorted(nums, mdates.date2num(d)))
            if i < n:
                at.setdefault(i, d.strftime(fmt))
        if len(at) >= 3 and len(set(at.values())) == len(at):
            pos = sorted(at)
            ax.set_xticks(x[pos], [at[i] for i in pos], rotation=30 if len(pos) > 8 else 0,
                          ha="right" if len(pos) > 8 else "center")
            return
    step = -(-n // MAX_TICK_LABELS)
    pos = list(range(0, n, step))
    ax.set_xticks(x[pos], [labels[i] for i in pos], rotation=30, ha="right")


def _time_axis(df: pd.DataFrame) -> np.ndarray | None:
    """The x positions of a ``by="day"`` or ``by="week"`` trend table on a time axis (matplotlib date numbers:
    a week's middle for a week), or None for other tables: their rows stay evenly spaced."""
    if df.index.name not in ("day", "week") or len(df) < 2:
        return None
    try:
        spans = [period_bounds(str(v), df.index.name) for v in df.index]
    except ValueError:
        return None
    import matplotlib.dates as mdates

    mid = [pd.Timestamp(lo) + (pd.Timestamp(hi) - pd.Timestamp(lo)) / 2 if df.index.name == "week"
           else pd.Timestamp(lo) for lo, hi in spans]
    return np.asarray(mdates.date2num(mid), dtype=float)


def _what(df: object) -> str:
    """What a plot function was given instead of its table, for messages."""
    if isinstance(df, pd.DataFrame):
        return f"a DataFrame with columns {list(df.columns)[:8]}"
    return type(df).__name__


def _trend_ylabel(df: pd.DataFrame) -> str:
    norm = df.attrs.get("normalize")
    if norm in TREND_YLABELS:
        return TREND_YLABELS[norm]
    ints = all(pd.api.types.is_integer_dtype(t) for t in df.dtypes)
    return "count" if ints else "frequency"


def series_colors(n: int) -> list:
    """*n* colours that differ: the default cycle (``C0`` … ``C9``) up to ten series, then the
    20 colours of ``tab20``, then evenly spaced hues (a report's topics can be more than ten: two
    topics in one colour could not be told apart, user29b).

    Examples
    --------
    >>> series_colors(3)
    ['C0', 'C1', 'C2']
    >>> cols = series_colors(12)
    >>> len(cols), len({tuple(c) for c in cols})
    (12, 12)
    """
    if n <= 10:
        return [f"C{i}" for i in range(n)]
    import matplotlib

    cmap = matplotlib.colormaps["tab20" if n <= 20 else "hsv"]
    return [tuple(float(v) for v in cmap(i if n <= 20 else i / n)) for i in range(n)]


def identical_series_styles(df: pd.DataFrame, marker: str = "o") -> dict[str, tuple[int, int, dict]]:
    """How to draw each column of *df* so that columns with identical values stay visible.

    Returns column -> ``(k, n, style)``: its place *k* among the *n* columns with exactly the
    same values, and matplotlib line keywords — *marker* and nothing else for a column of
    its own; else the k-th line style and marker, with markers and lines thinner for each
    later one, so the earlier lines show around them.

    Examples
    --------
    >>> df = pd.DataFrame({"a": [1, 2], "b": [1, 2], "c": [0, 5]})
    >>> {c: v[:2] for c, v in identical_series_styles(df).items()}
    {'a': (0, 2), 'b': (1, 2), 'c': (0, 1)}
    """
    groups: dict[tuple, list[str]] = {}
    for col in df.columns:
        vals = df[col].to_numpy(dtype=float)
        groups.setdefault(tuple(np.where(np.isnan(vals), np.inf, vals).tolist()), []).append(col)
    out = {}
    for cols in groups.values():
        for k, c in enumerate(cols):
            style = {"marker": marker} if len(cols) == 1 else {
                "marker": marker if k == 0 else _MARKERS[k % len(_MARKERS)],
                "linestyle": _LINESTYLES[k % len(_LINESTYLES)],
                "markersize": max(3.0, 8.0 - 2.0 * k), "linewidth": max(1.0, 3.0 - 0.8 * k)}
            out[c] = (k, len(cols), style)
    return out


def _check_wide(df: pd.DataFrame) -> None:
    """A trend chart draws a wide table (periods × terms) of numbers: name the column that is not."""
    bad = [c for c in df.columns if not pd.api.types.is_numeric_dtype(df[c])]
    if not bad:
        return
    hint = ("this is slogan_trends() output: draw it with plot_slogan_trends(trends) or spread it with "
            "wide_slogan_trends(trends)" if {"period", "text", "count"} <= set(df.columns)
            else "pass a wide table, periods as rows and one numeric column per term (keyword_trends() output), "
                 "e.g. long.pivot_table(index='period', columns='text', values='count', aggfunc='sum')")
    raise ValueError(f"df column {bad[0]!r} is not numeric ({df[bad[0]].dtype}); {hint}")


def plot_trends(df: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None,
                marker: str = "o", ylabel: str | None = None, thin: str = "mark",
                min_issues: int = THIN_ISSUES) -> Axes:
    """Line chart of :func:`corpus_tools.keyword_trends` output, one line per term.

    Terms with identical values are drawn side by side (a small horizontal offset, their own
    line style and marker), so every legend entry has a visible line.

    Parameters
    ----------
    df : DataFrame
        :func:`corpus_tools.keyword_trends` output: groups as rows, one column per term.
    ax : Axes, optional
        Where to draw (a new figure when None).
    title : str, optional
    marker : str
        Marker of the lines (terms drawn over another take the next of ``o s ^ D v P``).
    ylabel : str, optional
        The y-axis label; default from the table's ``normalize`` (:data:`TREND_YLABELS`:
        ``count`` for counts), ``frequency`` for a table of rates of unknown kind.
    thin : {"mark", "hide", "show"}
        The points of a period with fewer than *min_issues* printed issues (dates: the pages of one date
        are one issue; the table's ``attrs["period_sizes"]``, :func:`corpus_tools.trend_sizes.thin_periods`):
        drawn hollow and named under the axis (``"mark"``, default), left out as gaps (``"hide"``), or drawn
        as the others (``"show"``). A rate per 10,000 words from one page is no peak of the paper. With
        ``by="day"`` no row is thin (each is one printed issue); ``by="day"`` and ``by="week"`` rows stand on a
        time axis (a week apart is a week's width, four months four months': user36 F7).
    min_issues : int
        Fewer printed issues than this make a period thin (default 3).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> df = pd.DataFrame({"乡村振兴": [1, 3, 2]}, index=pd.Index(["2022", "2023", "2024"], name="year"))
    >>> ax = plot_trends(df)
    >>> [t.get_text() for t in ax.get_legend().get_texts()], ax.get_ylabel()
    (['乡村振兴'], 'count')
    """
    if not isinstance(df, pd.DataFrame) or df.shape[1] == 0:
        raise InvalidArgumentError(f"df must be a keyword_trends() DataFrame with at least one term column, got {_what(df)}")
    _check_wide(df)
    if thin not in ("mark", "hide", "show"):
        raise InvalidArgumentError(f"thin = {thin!r} is invalid; use 'mark', 'hide' or 'show'")
    check_int("min_issues", min_issues)
    few = thin_periods(df, min_issues) if thin != "show" else []
    if few and thin == "hide":
        df = df.copy()
        df.loc[thin_mask(df, few)] = np.nan
    df = with_year_gaps(df)   # (user24 F6) a year without pages is a gap in the line, not a step or a 0
    created = ax is None
    same = identical_series_styles(df, marker)
    with cjk_text() as fam:
        ax = new_axes(ax, (_width(len(df)), 4.0))
        when = _time_axis(df)
        x = np.arange(len(df)) if when is None else when
        many = len(df) > MAX_TICK_LABELS
        # past ten terms the default cycle repeats its colours: tab20's, and a second line style and marker
        # for every ten (user35 F13: 16 terms, three pairs in one colour)
        colours = series_colors(len(df.columns)) if len(df.columns) > 10 else None
        for i, term in enumerate(df.columns):
            k, n, style = same[term]
            if colours is not None:
                style = {"color": colours[i], **style}
                if n == 1 and i >= 10:
                    style.update(linestyle=_LINESTYLES[(i // 10) % len(_LINESTYLES)],
                                 marker=_MARKERS[(i // 10) % len(_MARKERS)])
            shift = 0.0 if n == 1 else (k - (n - 1) / 2) * min(0.08, 0.3 / n)
            if many:                       # hundreds of points: small markers, thin lines
                style = {**style, "markersize": min(style.get("markersize", 6.0), 3.0),
                         "linewidth": min(style.get("linewidth", 1.5), 1.2)}
            line = ax.plot(x + shift, df[term].to_numpy(dtype=float), label=str(term), **style)[0]
            if few and thin == "mark":  # the points of thin periods hollow, over the line's own
                at = thin_mask(df, few)
                # the line's own colour given: a plot call without one takes the next colour of the cycle,
                # and every later term's line would skip one (user37b F5: 8 terms in 5 colours)
                ax.plot((x + shift)[at], df[term].to_numpy(dtype=float)[at], linestyle="none", color=line.get_color(),
                        marker=line.get_marker() or "o", markersize=line.get_markersize() + 1,
                        markerfacecolor="white", markeredgecolor=line.get_color(), zorder=line.get_zorder() + 0.1)
        if when is None:
            set_x_rows(ax, df, x)
        else:
            import matplotlib.dates as mdates

            ax.xaxis_date()
            locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        gaps = df.attrs.get("no_pages")
        what = "printed issues (dates)" if "dates" in (df.attrs.get("period_sizes") or {}) else "issues"
        shown = ", ".join(few[:6]) + (f" and {len(few) - 6} more" if len(few) > 6 else "")
        note = ([f"no pages in {year_spans(gaps)}: gaps"] if gaps else []) + (
            [f"{'hollow' if thin == 'mark' else 'left out'}: fewer than {min_issues} {what} in {shown}"]
            if few else [])
        ax.set_xlabel((df.index.name or "") + (f" ({'; '.join(note)})" if note else ""))
        ax.set_ylabel(ylabel if ylabel is not None else _trend_ylabel(df))
        if df.attrs.get("normalize") == "count":
            from matplotlib.ticker import MaxNLocator

            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        if len(df.columns) > LEGEND_INSIDE_MAX:   # many terms: the legend beside the axes, not over the last years
            ax.legend(title=df.columns.name, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
        else:
            ax.legend(title=df.columns.name)
        if title:
            ax.set_title(title)
    return finish_axes(ax, fam, created=created)


#: Most small multiples :func:`plot_keywords` draws in one figure (120 issues drew a 1256 × 11290 px figure, user33 F9).
MAX_KEYWORD_PANELS = 24


def plot_keywords(df: pd.DataFrame, *, group: str | None = None, top_n: int = 10,
                  ax: Axes | None = None, color: str = "C0", max_groups: int = MAX_KEYWORD_PANELS
                  ) -> Axes | np.ndarray:
    """Horizontal bar chart of :func:`corpus_tools.keywords` scores.

    With *group* (or a single group in *df*) draws one chart and returns its Axes; with
    several groups and ``ax=None`` draws small multiples and returns the array of Axes.

    Parameters
    ----------
    df : pandas.DataFrame
        :func:`corpus_tools.keywords` output (columns ``group``, ``term``, ``score``).
    group : str, optional
        The group to draw (a value of ``df["group"]``); None draws every group.
    top_n : int
        Bars per chart, the highest scores.
    ax : matplotlib Axes, optional
        Where to draw one group (a new figure when None).
    color : str
        Bar colour.
    max_groups : int
        Most charts drawn for several groups (default 24): beyond it the first *max_groups* are drawn,
        with a warning that names ``keywords(..., by="year")`` and ``group=``.

    Returns
    -------
    matplotlib.axes.Axes or numpy.ndarray of Axes
        One Axes, or the grid of small multiples for several groups.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> kw = pd.DataFrame({"group": ["a", "a"], "term": ["乡村振兴", "古城"], "score": [0.5, 0.3],
    ...                    "rank": [1, 2], "tf": [3, 2], "df": [2, 1]})
    >>> [t.get_text() for t in plot_keywords(kw).get_yticklabels()]
    ['古城', '乡村振兴']
    """
    check_int("top_n", top_n)
    need = {"group", "term", "score"}
    if not isinstance(df, pd.DataFrame) or not need <= set(df.columns):
        raise InvalidArgumentError(f"df must be a keywords() DataFrame with columns {sorted(need)}, got {_what(df)}")
    groups = list(dict.fromkeys(df["group"]))
    if group is not None:
        if group not in groups:
            raise InvalidArgumentError(f"group {group!r} is not in df; groups are {groups[:10]}{' …' if len(groups) > 10 else ''}")
        groups = [group]
    if len(groups) > 1 and ax is not None:
        raise InvalidArgumentError(f"df has {len(groups)} groups; pick one with group= to draw on a given ax")
    check_int("max_groups", max_groups, minimum=1)
    if len(groups) > max_groups:
        import warnings

        from corpus_tools.errors import user_stacklevel

        warnings.warn(f"df has {len(groups)} groups; drawing the first {max_groups} (max_groups={max_groups}). "
                      "For a long corpus use keywords(..., by='year') or 'month', or draw one with group=",
                      UserWarning, stacklevel=user_stacklevel())
        groups = groups[:max_groups]
    if len(groups) > 1:
        import matplotlib.pyplot as plt

        ncols = min(3, len(groups))
        nrows = -(-len(groups) // ncols)
        with cjk_text():
            fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 0.35 * top_n * nrows + 1), squeeze=False)
        for a, g in zip(axes.ravel(), groups):
            plot_keywords(df, group=g, top_n=top_n, ax=a, color=color)
        for a in axes.ravel()[len(groups):]:
            a.set_visible(False)
        fig.tight_layout()
        return axes
    sub = df[df["group"] == groups[0]].nlargest(top_n, "score").iloc[::-1]
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (5.0, 0.35 * len(sub) + 1))
        ax.barh(np.arange(len(sub)), sub["score"].to_numpy(dtype=float), color=color)
        ax.set_yticks(np.arange(len(sub)), [str(t) for t in sub["term"]])
        ax.set_title(str(groups[0]))
        ax.set_xlabel("score")
    return finish_axes(ax, fam, created=created)


def plot_topics_over_time(df: pd.DataFrame, *, labels: Mapping[int, str] | None = None,
                          kind: str = "area", ax: Axes | None = None) -> Axes:
    """Stacked area (or lines) of :meth:`corpus_tools.TopicModel.topics_over_time`.

    Parameters
    ----------
    df : pandas.DataFrame
        Periods as rows, topics as columns.
    labels : mapping, optional
        Topic -> legend label, e.g. ``model.labels()``.
    kind : {"area", "line"}
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> df = pd.DataFrame({0: [0.7, 0.2], 1: [0.3, 0.8]}, index=["2022", "2023"])
    >>> ax = plot_topics_over_time(df, labels={0: "古城·保护", 1: "乡村·振兴"})
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['古城·保护', '乡村·振兴']
    """
    if kind not in ("area", "line"):
        raise InvalidArgumentError(f"`kind` value = {kind!r} is invalid; value must be one of ['area', 'line']")
    if not isinstance(df, pd.DataFrame) or df.shape[1] == 0:
        raise InvalidArgumentError(f"df must be a TopicModel.topics_over_time() DataFrame with at least one topic column, "
                                   f"got {_what(df)}")
    labels = dict(labels or {})
    names = [labels.get(c, str(c)) for c in df.columns]
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (_width(len(df)) + 3.0, 4.0))  # + room for the legend outside
        x = np.arange(len(df))
        values = df.fillna(0).to_numpy(dtype=float).T
        colors = series_colors(len(names))
        if kind == "area":
            ax.stackplot(x, values, labels=names, colors=colors, alpha=0.85)
            ax.set_ylim(0, max(1.0, float(values.sum(axis=0).max()) if values.size else 1.0))
        else:
            for k, (row, name) in enumerate(zip(values, names)):
                ax.plot(x, row, marker=_MARKERS[(k // 10) % len(_MARKERS)], color=colors[k], label=name)
        set_x_rows(ax, df, x, ha_right=False)
        if len(df) > MAX_TICK_LABELS:
            ax.set_xlim(x[0], x[-1])
        ax.set_xlabel(df.index.name or "")
        ax.set_ylabel("topic share")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    return finish_axes(ax, fam, created=created)


def plot_dispersion(corpus: Corpus, terms: str | Iterable[str], *, ax: Axes | None = None) -> Axes:
    """Where each term occurs along the corpus: one row per term, one tick per occurrence.

    The x axis is the character position in the concatenated article texts (issues in
    corpus order); dotted lines mark issue boundaries, labelled with the issue's date as
    precisely as it is known (``2024``, ``2023-12``; ``undated · 004`` with the file stem).
    Beyond :data:`MAX_TICK_LABELS` issues, every k-th boundary is labelled.

    Parameters
    ----------
    corpus : Corpus
    terms : str or iterable of str
        The terms, matched on the article texts with full-width digits and letters folded.
    ax : matplotlib Axes, optional
        Where to draw (a new figure when None).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on: one row per term.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from corpus_tools import load_seeds
    >>> ax = plot_dispersion(load_seeds(), ["乡村振兴", "古城"])
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['乡村振兴', '古城']
    """
    check_corpus(corpus)
    if isinstance(terms, str):
        terms = [terms]
    terms = [normalize_text(t) for t in terms]
    if not terms or any(not t for t in terms):
        raise InvalidArgumentError("terms must hold at least one non-empty string")
    labels = issue_labels(corpus)
    offset = 0
    hits: dict[str, list[int]] = {t: [] for t in terms}
    bounds: list[tuple[int, str]] = []
    for issue in corpus.issues:
        bounds.append((offset, labels[issue.id]))
        for art in issue.articles:
            text = normalize_text(art.text)
            for t in terms:
                start = text.find(t)
                while start >= 0:
                    hits[t].append(offset + start)
                    start = text.find(t, start + len(t))
            offset += len(text) + 1
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (9.0, 0.5 * len(terms) + 2.0))
        for row, t in enumerate(terms):
            ax.plot(hits[t], [row] * len(hits[t]), "|", markersize=14, color=f"C{row % 10}")
        ax.set_yticks(np.arange(len(terms)), terms)
        ax.set_ylim(-0.7, len(terms) - 0.3)
        ax.set_xlim(0, max(offset, 1))
        # at most MAX_TICK_LABELS issues are labelled (every k-th); boundaries of the others are
        # drawn fainter, and not at all beyond a few per labelled one (400 issues: a grey smear)
        step = -(-len(bounds) // MAX_TICK_LABELS)
        many = len(bounds) > MAX_TICK_LABELS
        for k, (x, label) in enumerate(bounds):
            shown = k % step == 0
            if shown or len(bounds) <= 3 * MAX_TICK_LABELS:
                ax.axvline(x, color="0.6" if shown else "0.85", linestyle=":", linewidth=0.8)
            if shown:
                ax.text(x, 1.01, f" {label}", transform=ax.get_xaxis_transform(), fontsize="x-small",
                        va="bottom", ha="left", color="0.4", clip_on=False, rotation=45 if many else 0,
                        rotation_mode="anchor")
        ax.set_xlabel("position in corpus (characters)")
    return finish_axes(ax, fam, created=created)
