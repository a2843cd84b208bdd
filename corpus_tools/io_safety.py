"""Safe output: tables written as CSV cannot carry spreadsheet formulas.

A page title such as ``=HYPERLINK("http://…","点击")`` is text to us, but a spreadsheet that
opens the CSV runs it. As OWASP recommends for CSV injection, every text cell (and column
or index label) that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
written with a leading ``'``, which spreadsheets show as text. Numbers are left alone.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["FORMULA_PREFIXES", "csv_safe", "neutralise_cell"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """*value* with a ``'`` in front when it is a str that a spreadsheet would run as a formula.

    Examples
    --------
    >>> neutralise_cell('=HYPERLINK("http://x","点击")')
    '\\'=HYPERLINK("http://x","点击")'
    >>> neutralise_cell("古城"), neutralise_cell(-3)
    ('古城', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _safe_index(index: pd.Index) -> pd.Index:
    if isinstance(index, pd.MultiIndex):
        return index.set_levels([_safe_index(level) for level in index.levels])
    if pd.api.types.is_object_dtype(index.dtype) or pd.api.types.is_string_dtype(index.dtype) \
            or isinstance(index.dtype, pd.CategoricalDtype):
        return index.map(neutralise_cell)
    return index


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of *df* whose text cells, column names and index labels cannot run as formulas.

    Call it on every table just before ``to_csv``.

    Parameters
    ----------
    df : DataFrame

    Returns
    -------
    DataFrame
        The same shape and numeric values; text that starts with ``= + - @``, a tab or a
        carriage return gets a leading ``'``.

    Examples
    --------
    >>> df = pd.DataFrame({"title": ["=1+1", "古城"], "n": [-1, 2]})
    >>> csv_safe(df)["title"].tolist(), csv_safe(df)["n"].tolist()
    (["'=1+1", '古城'], [-1, 2])
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"df must be a pandas DataFrame, got {type(df).__name__}")
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype):
            cats = _safe_index(s.cat.categories)
            out[col] = s.cat.rename_categories(cats) if cats.is_unique \
                else s.astype(object).map(neutralise_cell, na_action="ignore")
        elif pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype):
            out[col] = s.map(neutralise_cell, na_action="ignore")
    out.columns = _safe_index(out.columns)
    out.index = _safe_index(out.index)
    return out
