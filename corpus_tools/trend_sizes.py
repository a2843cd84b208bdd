"""How much text stands behind each point of a trend: issues (page files), dates (printed issues), articles and
words per period.

A rate per 10,000 words from one page is as tall on the plot as a rate from twenty (user33 F5: 侨乡's
"peak" in 2012 was one page). :func:`corpus_tools.keyword_trends` records the number of issues,
articles and word tokens of each row in ``attrs["period_sizes"]``; :func:`trend_sizes` gives them as a
table beside the trend (``tr.join(ct.trend_sizes(tr))`` prints both), :func:`thin_periods` names the
rows with fewer than *min_issues* issues, and :func:`corpus_tools.plot_trends` draws those points
hollow (``thin="mark"``, the default), leaves them out (``thin="hide"``) or draws them as the others
(``thin="show"``).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = ["SIZES_ATTR", "THIN_ISSUES", "period_sizes", "trend_sizes", "thin_periods", "thin_mask"]

#: The key of ``DataFrame.attrs`` that holds the sizes.
SIZES_ATTR = "period_sizes"
#: A period with fewer issues than this is thin (its points hollow in :func:`corpus_tools.plot_trends`).
THIN_ISSUES = 3


def period_sizes(groups: pd.DataFrame, issue_of: Mapping[str, str],
                 words: pd.Series | None = None,
                 date_of: Mapping[str, object] | None = None) -> dict[str, dict[str, int]]:
    """Issues (page files), articles, (when *words* is given) word tokens and (when *date_of* is given) dates,
    i.e. printed issues, of each period.

    Parameters
    ----------
    groups : pandas.DataFrame
        ``article_id`` and ``group`` (the period of each article).
    issue_of : mapping of str to str
        The issue id of each article id.
    words : pandas.Series, optional
        Word tokens per article id.
    date_of : mapping of str to date, optional
        The date of each issue id: ``"dates"`` counts the distinct dates of a period's issues (the
        pages of one date are one printed issue; an undated issue counts as one).

    Returns
    -------
    dict
        ``{"index": [period, …], "issues": {period: n}, "articles": {…}, "words": {…}, "dates": {…}}``
        (periods as str; ``index`` the periods in order, so a table whose rows were renamed still finds its
        sizes; ``issues`` counts page files, ``dates`` printed issues).

    Examples
    --------
    >>> g = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "group": ["2012", "2013", "2013"]})
    >>> period_sizes(g, {"a1": "i1", "a2": "i2", "a3": "i3"})["issues"]
    {'2012': 1, '2013': 2}
    """
    grp = groups.assign(issue=groups["article_id"].map(issue_of), group=groups["group"].astype(str))
    out: dict = {"index": list(dict.fromkeys(grp["group"]))}
    out |= {"issues": {str(k): int(v) for k, v in grp.groupby("group", sort=False)["issue"].nunique().items()},
           "articles": {str(k): int(v) for k, v in grp.groupby("group", sort=False)["article_id"].size().items()}}
    if words is not None:
        w = grp["article_id"].map(words).fillna(0).groupby(grp["group"], sort=False).sum()
        out["words"] = {str(k): int(v) for k, v in w.items()}
    if date_of is not None:
        day = grp["issue"].map(lambda i: date_of.get(i) or f"undated {i}").astype(str)
        out["dates"] = {str(k): int(v) for k, v in day.groupby(grp["group"], sort=False).nunique().items()}
    return out


def _sizes(df: pd.DataFrame) -> pd.DataFrame | None:
    """The sizes of *df*'s rows (``n_issues`` …), by row label, or by position when the rows were
    renamed (``.rename(index=issue_label)``); None without sizes."""
    sizes = df.attrs.get(SIZES_ATTR)
    if not sizes:
        return None
    kinds = [k for k in ("issues", "dates", "articles", "words") if k in sizes]
    labels = [str(i) for i in df.index]
    index = sizes.get("index")
    if index is not None and len(index) == len(labels) and not set(labels) & set(index):
        labels = list(index)  # the same rows under new names
    return pd.DataFrame({f"n_{k}": [int(sizes[k].get(x, 0)) for x in labels] for k in kinds}, index=df.index)


def trend_sizes(df: pd.DataFrame) -> pd.DataFrame:
    """The issues (page files), dates (printed issues), articles and words behind each row of a
    :func:`corpus_tools.keyword_trends` table.

    Parameters
    ----------
    df : pandas.DataFrame
        A :func:`~corpus_tools.keyword_trends` table (its ``attrs["period_sizes"]``), perhaps with its rows
        renamed.

    Returns
    -------
    pandas.DataFrame
        Indexed as *df*; columns ``n_issues`` (page files), ``n_dates`` (distinct dates: printed issues, the
        pages of one date being one issue of the paper), ``n_articles`` and ``n_words`` (when the trend parsed
        the corpus), 0 for a row without pages.

    Examples
    --------
    >>> tr = pd.DataFrame({"侨乡": [250.0, 12.0]}, index=pd.Index(["2012", "2013"], name="year"))
    >>> tr.attrs["period_sizes"] = {"issues": {"2012": 1, "2013": 9}, "articles": {"2012": 4, "2013": 40}}
    >>> trend_sizes(tr)["n_issues"].tolist()
    [1, 9]
    """
    out = _sizes(df)
    if out is None:
        raise ValueError("the table holds no period sizes (attrs['period_sizes']); make it with "
                         "corpus_tools.keyword_trends")
    return out


def thin_periods(df: pd.DataFrame, min_issues: int = THIN_ISSUES) -> list[str]:
    """The rows of a trend table (as str) that rest on fewer than *min_issues* printed issues: dates where the
    table counts them (``n_dates``; the 2-4 page files of one date are one issue, user36 F7), else page files
    ([] without sizes, and for a table of issues or of days, one printed issue per row by design).

    Examples
    --------
    >>> tr = pd.DataFrame({"侨乡": [250.0, 12.0]}, index=pd.Index(["2012", "2013"], name="year"))
    >>> tr.attrs["period_sizes"] = {"issues": {"2012": 1, "2013": 9}}
    >>> thin_periods(tr)
    ['2012']
    """
    if (df.attrs.get(SIZES_ATTR) or {}).get("by") in ("issue", "article", "day"):
        return []  # one issue per row by design: no row is thin
    sizes = _sizes(df)
    if sizes is None or "n_issues" not in sizes:
        return []
    n = sizes["n_dates" if "n_dates" in sizes else "n_issues"].to_numpy()
    return [str(i) for i, k in zip(df.index, n) if 0 < k < min_issues]


def thin_mask(df: pd.DataFrame, thin: list[str]) -> np.ndarray:
    """Boolean mask of *df*'s rows named in *thin*."""
    names = set(thin)
    return np.fromiter((str(i) in names for i in df.index), dtype=bool, count=len(df))
