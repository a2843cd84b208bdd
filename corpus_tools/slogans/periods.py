"""Slogan counts as a table of periods: one row per slogan, one column per issue or calendar period.

:func:`slogan_period_table` is what ``corpus-tools slogans PAGES --by year`` prints: the counts of
:func:`~corpus_tools.slogans.tables.slogan_trends` turned so a reader follows a formula along a row. With
``by="year"`` every year from the first to the last dated page has a column; a year without pages shows
:data:`NO_PAGES`, apart from a 0 (pages, no mention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from corpus_tools.dates import missing_years
from corpus_tools.slogans.tables import slogan_trends

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["slogan_period_table", "NO_PAGES"]

#: The cell of a year without pages.
NO_PAGES = "—"


def slogan_period_table(corpus: "Corpus", by: str = "year", **kwargs: Any) -> pd.DataFrame:
    """One row per slogan (``text``, ``source``, ``introduced``, ``total``), one column of counts per period, most
    printed first.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    by : {"issue", "day", "week", "month", "quarter", "year"}
        The period, as :func:`~corpus_tools.slogans.tables.slogan_trends`.
    **kwargs
        Passed to :func:`~corpus_tools.slogans.tables.slogan_trends` (``formulae``, ``min_count`` …).

    Returns
    -------
    DataFrame
        Columns ``text``, ``source``, ``introduced`` (a known formula's year of introduction, ``<NA>`` when unknown
        or not a formula: first appearance beside introduction, user26 F8), ``total`` and the periods in order. With ``by="year"`` the years without
        pages between the first and the last are columns of :data:`NO_PAGES` (``"—"``), and the count columns
        are objects; otherwise they are integers.

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["标题\\n本报讯 推进乡村振兴。", "标题\\n本报讯 乡村振兴见成效。"],
    ...                               "date": ["2018-05-01", "2020-05-01"]}))
    >>> t = slogan_period_table(c, "year")
    >>> t[t.text == "乡村振兴"][["total", "2018", "2019", "2020"]].values.tolist()
    [[2, 1, '—', 1]]
    """
    tr = slogan_trends(corpus, by=by, **kwargs)
    if tr.empty:
        return pd.DataFrame(columns=["text", "source", "introduced", "total"])
    wide = tr.pivot_table(index=["text", "source"], columns="period", values="count", aggfunc="sum", fill_value=0)
    periods = [p for p in dict.fromkeys(tr["period"]) if p in wide.columns]  # slogan_trends' order (by date)
    wide = wide[periods].astype(int)
    wide.insert(0, "total", wide.sum(axis=1))
    wide = wide.sort_values("total", ascending=False, kind="stable").reset_index()
    wide.columns.name = None
    introduced = tr.drop_duplicates("text").set_index("text")["year"]
    wide.insert(2, "introduced", pd.array(wide["text"].map(introduced).tolist(), dtype="Int64"))
    if by == "year":
        for year in missing_years(int(p) for p in periods):
            wide[str(year)] = NO_PAGES
        years = sorted((c for c in wide.columns if c not in ("text", "source", "introduced", "total")), key=int)
        wide = wide[["text", "source", "introduced", "total", *years]].astype({y: object for y in years})
    return wide
