"""Group the articles of a corpus by article, issue or period (shared by the analyses), and its
issues into batches of whole issues (:func:`issue_batches`: the store's writes, the Dask partitions).

The vocabulary of groupings and the period labels are :mod:`corpus_tools.options`'s
(:data:`~corpus_tools.options.BY`, :func:`~corpus_tools.options.period_key`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pandas as pd

from corpus_tools.options import BY, check_by, period_key


def article_groups(corpus: Any, by: str, *, allowed: tuple[str, ...] = BY,
                   stacklevel: int = 3) -> tuple[pd.DataFrame, list[str]]:
    """``DataFrame(article_id, issue_id, group)`` and the groups in corpus/date order.

    Period labels are ``"2023-01"`` (month), ``"2023Q1"`` (quarter), ``"2023"`` (year),
    ``"all"`` (the whole corpus); undated articles are left out of calendar groupings with a
    warning.
    """
    check_by(by, allowed)
    rows = []
    undated = 0
    for issue in corpus.issues:
        for art in issue.articles:
            if by == "article":
                group = art.id
            elif by == "issue":
                group = issue.id
            elif by == "all":
                group = "all"
            elif issue.date is None:
                undated += 1
                continue
            else:
                group = period_key(issue.date, by)
            rows.append((art.id, issue.id, group))
    if undated:
        warnings.warn(f"{undated} article(s) of undated issues left out of by={by!r}; "
                      "give their issues a date in the manifest to include them",
                      UserWarning, stacklevel=stacklevel)
    df = pd.DataFrame(rows, columns=["article_id", "issue_id", "group"])
    order = list(dict.fromkeys(df["group"]))
    if by not in ("article", "issue", "all"):
        order = sorted(order)
    return df, order


def _n_articles(issue: Any) -> int:
    return len(issue.articles)


def issue_batches(issues: Iterable[Any], size: int, *,
                  count: Callable[[Any], int] = _n_articles) -> Iterator[list[Any]]:
    """Consecutive groups of whole issues holding about *size* articles each: a group closes once the
    *count* of its issues (their articles, by default) reaches *size*; the last may hold fewer.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> issues = [NS(articles=[1, 2]), NS(articles=[3]), NS(articles=[4, 5, 6]), NS(articles=[7])]
    >>> [[len(i.articles) for i in b] for b in issue_batches(issues, 3)]
    [[2, 1], [3], [1]]
    """
    batch: list[Any] = []
    n = 0
    for issue in issues:
        batch.append(issue)
        n += count(issue)
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch
