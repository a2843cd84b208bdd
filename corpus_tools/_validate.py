"""Keyword-option checks shared by the public functions (one message format everywhere)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def check_choice(name: str, value: T, allowed: Collection[Any]) -> T:
    """*value* if it is one of *allowed*, else ``ValueError`` naming *name*, the value and the choices."""
    if value not in allowed:
        raise ValueError(f"`{name}` value = {value!r} is invalid; value must be one of {list(allowed)}")
    return value


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
        raise ValueError(f"{name} value = {value!r} is invalid; use an int >= {minimum}{extra}")
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
    ValueError: labels = ['TOWN'] are invalid; labels must be among ['TOWNSHIP']
    """
    if labels is None:
        return None
    labels = {labels} if isinstance(labels, str) else set(labels)
    bad = labels - set(allowed)
    if bad:
        raise ValueError(f"labels = {sorted(bad)} are invalid; labels must be among {list(allowed)}")
    return labels
