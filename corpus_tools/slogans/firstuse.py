"""Years of a formula row: ``year`` (when it entered official use) and ``first_use`` (when it was printed
in local use before a central document adopted it), and the year the era guard compares dates with.

Many governance formulae were a local practice years before the central document that dates them:
网格化管理 was 北京东城区's 万米单元网格 of 2004 and spread to city districts' papers from 2005, but reached a
central document (十八届三中全会) only in 2013; 河长制 is 无锡's of 2007, national in 2016. For such a row the
lexicon keeps ``year`` (the central adoption, what the tables' ``year`` column shows) and gives the earlier
``first_use``; the era guard then drops only mentions printed before ``first_use`` (user30b F1).
"""

from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

__all__ = ["parse_years", "guard_year"]


def parse_years(values: Iterable[object], texts: Iterable[str], *, column: str, source: str) -> pd.array:
    """Read a year column of a lexicon file: blanks (and NaN, ``<NA>``) are ``<NA>``, 2021.0 is 2021.

    Parameters
    ----------
    values : iterable
        The column's raw values.
    texts : iterable of str
        The rows' ``text``, for the error message.
    column : str
        The column's name (``year`` or ``first_use``).
    source : str
        The file or ``extra``, for the error message.

    Returns
    -------
    pandas array of Int64

    Raises
    ------
    ValueError
        When a value is no year.

    Examples
    --------
    >>> parse_years(["2013", 2004.0, ""], ["a", "b", "c"], column="year", source="x").tolist()
    [2013, 2004, <NA>]
    """
    years: list[object] = []
    for text, y in zip(texts, values):
        if y is None or (isinstance(y, float) and y != y) or str(y).strip() in ("", "<NA>", "nan"):
            years.append(pd.NA)
            continue
        try:   # 2021.0: what pandas makes of a year column with blanks (user26 F9)
            years.append(int(y) if isinstance(y, float) and y.is_integer() else int(str(y).strip()))
        except ValueError:
            raise ValueError(f"{source}: {column} = {y!r} of {text!r} is invalid; must be a year such as 2017 "
                             f"or empty") from None
    return pd.array(years, dtype="Int64")


def guard_year(entry: Mapping[str, object]) -> "int | None":
    """The year the era guard compares a page's date with: the row's ``first_use`` when it has one (a
    formula in local use before its central year), else its ``year``; None when neither is known.

    Parameters
    ----------
    entry : mapping
        A lexicon row (``year`` and, optionally, ``first_use``).

    Returns
    -------
    int or None

    Examples
    --------
    >>> guard_year({"year": 2013, "first_use": 2004}), guard_year({"year": 2017}), guard_year({"year": None})
    (2004, 2017, None)
    """
    for col in ("first_use", "year"):
        y = entry.get(col)
        if y is not None and not pd.isna(y) and str(y).strip() != "":
            return int(y)   # type: ignore[arg-type]
    return None
