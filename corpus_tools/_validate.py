"""Keyword-option checks shared by the public functions (one message format everywhere).

Every check of a user-given option goes through a function here, so a message always names
the parameter, the bad value and what is allowed. Bad values raise
:class:`~corpus_tools.errors.InvalidArgumentError` (a ``ValueError``), bad types
:class:`~corpus_tools.errors.ArgumentTypeError` (a ``TypeError``); both are
:class:`~corpus_tools.errors.CorpusToolsError`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, TypeVar

from corpus_tools.errors import ArgumentTypeError, InvalidArgumentError

T = TypeVar("T")


def check_choice(name: str, value: T, allowed: Collection[Any]) -> T:
    """*value* if it is one of *allowed*, else ``ValueError`` naming *name*, the value and the choices."""
    if value not in allowed:
        raise InvalidArgumentError(f"`{name}` value = {value!r} is invalid; value must be one of {list(allowed)}")
    return value


def check_grouping(by: Any, allowed: Collection[str]) -> str:
    """*by* if it is one of *allowed*, else ``ValueError`` naming the allowed groupings.

    ``by="paper"`` is no grouping of a single analysis; its error says how to get one table per
    paper (:func:`corpus_tools.paper_groups.per_paper`).

    Examples
    --------
    >>> check_grouping("paper", ("all", "year"))
    Traceback (most recent call last):
    ...
    corpus_tools.errors.InvalidArgumentError: `by` value = 'paper' is invalid; value must be one of ['all', 'year']. For one table per paper run the call on each paper's issues: ct.per_paper(corpus, lambda sub: <the call on sub>) stacks the tables with a `paper` column in front (ct.split_by_paper(corpus) gives the sub-corpora)
    """
    if by == "paper" and "paper" not in allowed:
        raise InvalidArgumentError(
            f"`by` value = 'paper' is invalid; value must be one of {list(allowed)}. For one table per paper run the "
            "call on each paper's issues: ct.per_paper(corpus, lambda sub: <the call on sub>) stacks the tables "
            "with a `paper` column in front (ct.split_by_paper(corpus) gives the sub-corpora)")
    return check_choice("by", by, allowed)


def check_int(name: str, value: Any, *, minimum: int = 1, none: str | None = None,
              also: tuple[int, str] | None = None) -> Any:
    """*value* if it is an int >= *minimum*, else ``ValueError`` naming *name* and the bad value.

    *none* (e.g. ``"all"``) also allows None with that meaning; *also* ``(value, meaning)``
    allows one more int (e.g. ``(-1, "all cores")``).
    """
    ok = (value is None and none is not None) or (also is not None and value == also[0]
                                                  and isinstance(value, int)) \
        or (isinstance(value, int) and not isinstance(value, bool) and value >= minimum)
    if not ok:
        extra = "".join(f" or {v} ({meaning})" for v, meaning in
                        ([("None", none)] if none is not None else []) + ([also] if also else []))
        raise InvalidArgumentError(f"{name} value = {value!r} is invalid; use an int >= {minimum}{extra}")
    return value


def check_labels(labels: Iterable[str] | str | None, allowed: Collection[str]) -> set[str] | None:
    """*labels* (one label or several) as a set, or None for all; ``ValueError`` for labels not in *allowed*.

    Examples
    --------
    >>> sorted(check_labels(["VILLAGE", "ORG"], ["ORG", "VILLAGE", "PERSON"]))
    ['ORG', 'VILLAGE']
    >>> check_labels("TOWN", ["TOWNSHIP"])
    Traceback (most recent call last):
    ...
    corpus_tools.errors.InvalidArgumentError: labels = ['TOWN'] are invalid; labels must be among ['TOWNSHIP']
    """
    if labels is None:
        return None
    labels = {labels} if isinstance(labels, str) else set(labels)
    bad = labels - set(allowed)
    if bad:
        raise InvalidArgumentError(f"labels = {sorted(bad)} are invalid; labels must be among {list(allowed)}")
    return labels


def check_bool(name: str, value: Any) -> bool:
    """*value* if it is a bool, else ``TypeError`` naming *name*."""
    if not isinstance(value, bool):
        raise ArgumentTypeError(f"{name} value = {value!r} is invalid; use True or False")
    return value


def check_ngram_range(ngram_range: Any, name: str = "ngram_range") -> tuple[int, int]:
    """``(min_n, max_n)`` with ``1 <= min_n <= max_n``, else ``ValueError``.

    Examples
    --------
    >>> check_ngram_range([1, 2])
    (1, 2)
    """
    try:
        lo, hi = (int(x) for x in ngram_range)
    except (TypeError, ValueError):
        raise InvalidArgumentError(f"{name} value = {ngram_range!r} is invalid; use a pair like (1, 2)") from None
    if not 1 <= lo <= hi:
        raise InvalidArgumentError(f"{name} value = {ngram_range!r} is invalid; need 1 <= min_n <= max_n")
    return lo, hi


def check_terms(terms: Any, name: str = "terms") -> list[str]:
    """One term or several as a list of non-empty strings, else ``ValueError``.

    Examples
    --------
    >>> check_terms("乡村振兴")
    ['乡村振兴']
    """
    if isinstance(terms, str):
        terms = [terms]
    if not isinstance(terms, Iterable):
        raise ArgumentTypeError(f"{name} must be a term or a list of terms, e.g. ['乡村振兴'], "
                                f"got {type(terms).__name__}")
    out = []
    for t in terms:
        if not isinstance(t, str) or not t.strip():
            raise InvalidArgumentError(f"{name} must be non-empty strings; got {t!r}")
        out.append(t)
    if not out:
        raise InvalidArgumentError(f"{name} is empty; give at least one term, e.g. ['乡村振兴']")
    return out


def check_df_limits(min_df: Any, max_df: Any) -> None:
    """``ValueError`` unless *min_df* and *max_df* are document-frequency limits as scikit-learn
    takes them: an int >= 1 (a number of articles) or a float in [0, 1] (a share of them).

    Parameters
    ----------
    min_df, max_df : int or float
        The limits as the user gave them (``min_df=``, ``max_df=`` of the keyword and topic functions).

    Returns
    -------
    None
        Raises :class:`~corpus_tools.errors.InvalidArgumentError` naming the parameter and the value.

    Examples
    --------
    >>> check_df_limits(2, 0.95)
    >>> check_df_limits(-1, 1.0)
    Traceback (most recent call last):
    ...
    corpus_tools.errors.InvalidArgumentError: min_df value = -1 is invalid; use an int >= 1 (articles) or a float in [0, 1] (a share of articles)
    """
    for name, value in (("min_df", min_df), ("max_df", max_df)):
        ok = (isinstance(value, int) and not isinstance(value, bool) and value >= 1) or (
            isinstance(value, float) and 0.0 <= value <= 1.0)
        if not ok:
            raise InvalidArgumentError(f"{name} value = {value!r} is invalid; use an int >= 1 (articles) "
                                       "or a float in [0, 1] (a share of articles)")


def check_not_str(name: str, value: Any, what: str = "words") -> Any:
    """*value* unless it is a single string where a collection is expected (the common mistake).

    Examples
    --------
    >>> check_not_str("labels", "ORG", "labels")
    Traceback (most recent call last):
    ...
    corpus_tools.errors.ArgumentTypeError: labels must be an iterable of labels (a list, tuple or set), got the string 'ORG'; wrap it in a list: ['ORG']
    """
    if isinstance(value, str):
        raise ArgumentTypeError(f"{name} must be an iterable of {what} (a list, tuple or set), got the string {value!r}; "
                        f"wrap it in a list: [{value!r}]")
    return value
