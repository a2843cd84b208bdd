"""Group articles by article, issue or calendar period (shared by the analyses)."""

from __future__ import annotations

import warnings
from typing import Any

import pandas as pd

GROUPINGS = ("article", "issue", "month", "quarter", "year")


def _period(date: Any, by: str) -> str:
    if by == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if by == "quarter":
        return f"{date.year:04d}Q{(date.month - 1) // 3 + 1}"
    return f"{date.year:04d}"


def check_by(by: str, allowed: tuple[str, ...] = GROUPINGS) -> str:
    if by not in allowed:
        raise ValueError(f"`by` value = {by!r} is invalid; value must be one of {list(allowed)}")
    return by


def article_groups(corpus: Any, by: str, *, allowed: tuple[str, ...] = GROUPINGS,
                   stacklevel: int = 3) -> tuple[pd.DataFrame, list[str]]:
    """``DataFrame(article_id, issue_id, group)`` and the groups in corpus/date order.

    Period labels are ``"2023-01"`` (month), ``"2023Q1"`` (quarter), ``"2023"`` (year);
    undated articles are left out of period groupings with a warning.
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
            elif issue.date is None:
                undated += 1
                continue
            else:
                group = _period(issue.date, by)
            rows.append((art.id, issue.id, group))
    if undated:
        warnings.warn(f"{undated} article(s) of undated issues left out of by={by!r}; "
                      "give their issues a date in the manifest to include them",
                      UserWarning, stacklevel=stacklevel)
    df = pd.DataFrame(rows, columns=["article_id", "issue_id", "group"])
    order = list(dict.fromkeys(df["group"]))
    if by not in ("article", "issue"):
        order = sorted(order)
    return df, order
