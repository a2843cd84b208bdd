"""Printed issues beside page files: the ``dates`` column of the count tables (user36 F8).

An *issue* of corpus_tools is one page file, and ``issue_id`` stays the join key of every table.
A daily paper of 2-4 pages a day prints one issue a date, so a place named on three pages of one
day is in three "issues" but one printed issue. The tables that count ``issues`` (:func:`corpus_tools.place_table`,
the report's places, organisations and people tables) put ``dates`` beside it: the distinct dates
of those page files, an undated page counting as one date of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["issue_dates", "count_dates", "dates_per_group"]


def issue_dates(corpus: "Corpus | None") -> dict[str, object]:
    """The date of each issue id of *corpus* (None for an undated issue; {} without a corpus).

    Parameters
    ----------
    corpus : Corpus or None
        The corpus.

    Returns
    -------
    dict of str to date or None
    """
    return {} if corpus is None else {i.id: i.date for i in corpus.issues}


def count_dates(issue_ids: Iterable[str], date_of: Mapping[str, object]) -> int:
    """How many printed issues the page files *issue_ids* are: their distinct dates, an undated page (or one
    *date_of* does not know) counting as one of its own.

    Parameters
    ----------
    issue_ids : iterable of str
        Issue ids (page files), repeats allowed.
    date_of : mapping of str to date or None
        The date of each issue id.

    Returns
    -------
    int

    Examples
    --------
    >>> import datetime as dt
    >>> d = {"2020-02-10_p1": dt.date(2020, 2, 10), "2020-02-10_p2": dt.date(2020, 2, 10), "x": None}
    >>> count_dates(["2020-02-10_p1", "2020-02-10_p2", "2020-02-10_p1", "x"], d)
    2
    """
    return len({date_of.get(i) or ("undated", i) for i in issue_ids})


def dates_per_group(frame: pd.DataFrame, keys: list[str], date_of: Mapping[str, object]) -> pd.Series:
    """:func:`count_dates` of the ``issue_id`` column of each group of *frame* by *keys*.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows with an ``issue_id`` column and the *keys* columns.
    keys : list of str
        The grouping columns.
    date_of : mapping of str to date or None
        The date of each issue id.

    Returns
    -------
    pandas.Series
        Named ``dates``, indexed by the groups (as ``frame.groupby(keys, sort=False, dropna=False)``).

    Examples
    --------
    >>> import datetime as dt
    >>> f = pd.DataFrame({"name": ["埠河镇"] * 3, "issue_id": ["a_p1", "a_p2", "b_p1"]})
    >>> dates_per_group(f, ["name"], {"a_p1": dt.date(2020, 2, 10), "a_p2": dt.date(2020, 2, 10),
    ...                                "b_p1": dt.date(2020, 2, 11)}).tolist()
    [2]
    """
    return frame.groupby(keys, sort=False, dropna=False)["issue_id"].agg(
        lambda ids: count_dates(ids, date_of)).rename("dates")
