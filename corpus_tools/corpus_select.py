"""Selecting issues and articles by field: the logic behind :meth:`Corpus.filter <corpus_tools.corpus.Corpus.filter>`.

Keys are issue fields (``issue_id``, ``date``, ``paper``), metadata keys, or article fields;
a criterion is a value, a collection of values, or a predicate. Works on a list of
:class:`~corpus_tools.issue.Issue` and does not know the corpus class.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from corpus_tools.dates import years_present
from corpus_tools.issue import Article, Issue

__all__ = ["ARTICLE_FIELDS", "select_issues"]

#: Article fields a :meth:`Corpus.filter <corpus_tools.corpus.Corpus.filter>` criterion may name.
ARTICLE_FIELDS = ("article_id", "title", "kicker", "subtitle", "section", "body", "byline", "captions", "source",
                  "outlet")


def _issue_paper(issue: Issue) -> str | None:
    """The issue's paper as the issue table shows it: its metadata's, else its masthead's."""
    from corpus_tools.papers import issue_paper  # the gazetteer loads only when a paper is read

    return issue_paper(issue)[0]


_ISSUE_FIELDS = {"issue_id": lambda i: i.id, "date": lambda i: i.date, "paper": _issue_paper}


def _warn_nothing_selected(issues: list[Issue], criteria: dict[str, Any]) -> None:
    """Warn that ``filter(**criteria)`` kept no issue, with the values each plain criterion could take."""
    import warnings

    seen = []
    for key, value in criteria.items():
        if callable(value):
            continue
        values = sorted({str(_ISSUE_FIELDS[key](i) if key in _ISSUE_FIELDS else i.meta.get(key)) for i in issues})
        shown = ", ".join(values[:10]) + (" …" if len(values) > 10 else "")
        seen.append(f"{key} = {value!r} (the corpus has: {shown})")
    if "date" in criteria and callable(criteria["date"]):   # (user24 F7) the years the corpus has
        seen.append(f"date: the corpus has {years_present(i.date for i in issues)}")
    # stacklevel: the user's call of Corpus.filter, two frames above select_issues
    warnings.warn("filter selected no issue" + (": " + "; ".join(seen) if seen else ""), UserWarning, stacklevel=4)


def _matches(value: Any, criterion: Any) -> bool:
    if callable(criterion):
        return bool(criterion(value))
    if isinstance(criterion, (list, tuple, set, frozenset)):
        return value in criterion
    return value == criterion


def select_issues(issues: list[Issue], criteria: dict[str, Any]) -> list[Issue]:
    """The issues that match every issue criterion, each keeping only the articles that match the
    article criteria (see :meth:`Corpus.filter <corpus_tools.corpus.Corpus.filter>`).

    Parameters
    ----------
    issues : list of Issue
        The corpus's issues, in order.
    criteria : dict
        Field name -> value, collection of values, or predicate; at least one.

    Returns
    -------
    list of Issue
        The kept issues in their order; an issue narrowed by article criteria is a copy that
        shares the page's computed layout. Warns when *issues* is not empty and nothing is kept.
    """
    meta_keys = set().union(*(i.meta.keys() for i in issues)) if issues else set()
    allowed = sorted(set(_ISSUE_FIELDS) | set(ARTICLE_FIELDS) | meta_keys)
    unknown = [k for k in criteria if k not in allowed]
    if unknown:
        raise ValueError(f"filter criteria {unknown} are unknown; allowed keys: {allowed}")
    issue_crit = {k: v for k, v in criteria.items() if k not in ARTICLE_FIELDS}
    if "paper" in issue_crit:  # a page naming no paper takes its folder's, as the issue table shows it
        from corpus_tools.papers import settle_folder_papers

        settle_folder_papers(issues)
    article_crit = {k: v for k, v in criteria.items() if k in ARTICLE_FIELDS}
    kept = []
    for issue in issues:
        ok = all(_matches(_ISSUE_FIELDS[k](issue) if k in _ISSUE_FIELDS else issue.meta.get(k), v)
                 for k, v in issue_crit.items())
        if not ok:
            continue
        if article_crit:
            prev = issue.article_filter

            def keep(a: Article, prev=prev, crit=article_crit) -> bool:
                if prev is not None and not prev(a):
                    return False
                return all(_matches(a.id if k == "article_id" else getattr(a, k), v) for k, v in crit.items())

            new = replace(issue, article_filter=keep)
            # Share the already computed layout: the page is not split twice.
            if "layout" in issue.__dict__:
                new.__dict__["layout"] = issue.__dict__["layout"]
            if "all_articles" in issue.__dict__:
                new.__dict__["all_articles"] = issue.__dict__["all_articles"]
            issue = new
        kept.append(issue)
    if issues and not kept:
        _warn_nothing_selected(issues, issue_crit)
    return kept
