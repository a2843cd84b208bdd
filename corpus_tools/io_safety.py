"""Safe output: tables written as CSV cannot carry spreadsheet formulas.

A page title such as ``=HYPERLINK("http://…","点击")`` is text to us, but a spreadsheet that
opens the CSV runs it. As OWASP recommends for CSV injection, every text cell (and column
or index label) that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
written with a leading ``'``, which spreadsheets show as text. Numbers are left alone.

A carriage return inside a cell (a CRLF page's line end kept in a printed field) is written as a line feed: a
bare ``\\r`` is not quoted by Python's CSV writer on Linux, and Excel, Stata and ``csv.reader`` start a new row
there (user37 F10). A cell holding ``\\n`` is quoted, so every reader keeps it one field. :func:`write_csv` is
the one writer the CLI and the HTML report use (UTF-8 with a byte-order mark for Excel); call it, or
:func:`csv_safe` before your own ``to_csv``.
"""

from __future__ import annotations

import os
from typing import IO, Any

import pandas as pd

__all__ = ["FORMULA_PREFIXES", "CSV_ENCODING", "csv_safe", "neutralise_cell", "one_line_end", "write_csv"]

#: Encoding of the CSV files the library writes: UTF-8 with a byte-order mark, so spreadsheet programs read the
#: Chinese right (pandas and R's readr read it as plain UTF-8).
CSV_ENCODING = "utf-8-sig"

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


def one_line_end(value: Any) -> Any:
    """*value* with every CRLF and bare CR turned into ``\\n`` when it is a str (a CSV writer quotes ``\\n``).

    Examples
    --------
    >>> one_line_end("（王明\\r\\n）"), one_line_end("甲\\r乙"), one_line_end(3)
    ('（王明\\n）', '甲\\n乙', 3)
    """
    if isinstance(value, str) and "\r" in value:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _safe_cell(value: Any) -> Any:
    return one_line_end(neutralise_cell(value))


def _safe_index(index: pd.Index) -> pd.Index:
    if isinstance(index, pd.MultiIndex):
        return index.set_levels([_safe_index(level) for level in index.levels])
    if pd.api.types.is_object_dtype(index.dtype) or pd.api.types.is_string_dtype(index.dtype) \
            or isinstance(index.dtype, pd.CategoricalDtype):
        return index.map(_safe_cell)
    return index


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of *df* whose text cells, column names and index labels cannot run as formulas or break a row.

    Call it on every table just before ``to_csv``.

    Parameters
    ----------
    df : DataFrame

    Returns
    -------
    DataFrame
        The same shape and numeric values; text that starts with ``= + - @``, a tab or a
        carriage return gets a leading ``'``; a carriage return inside text becomes a line feed.

    Examples
    --------
    >>> df = pd.DataFrame({"title": ["=1+1", "古城"], "n": [-1, 2]})
    >>> csv_safe(df)["title"].tolist(), csv_safe(df)["n"].tolist()
    (["'=1+1", '古城'], [-1, 2])
    >>> csv_safe(pd.DataFrame({"byline": ["（王明\\r）"]}))["byline"].tolist()
    ['（王明\\n）']
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"df must be a pandas DataFrame, got {type(df).__name__}")
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype):
            cats = _safe_index(s.cat.categories)
            out[col] = s.cat.rename_categories(cats) if cats.is_unique \
                else s.astype(object).map(_safe_cell, na_action="ignore")
        elif pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype):
            out[col] = s.map(_safe_cell, na_action="ignore")
    out.columns = _safe_index(out.columns)
    out.index = _safe_index(out.index)
    return out


def write_csv(df: pd.DataFrame, path_or_buf: "str | os.PathLike | IO[str]", *, index: bool = False,
              encoding: str = CSV_ENCODING) -> None:
    """Write *df* as CSV that every spreadsheet and statistics package reads as it was: the one CSV writer.

    Parameters
    ----------
    df : DataFrame
    path_or_buf : path or text stream
        A file path (written in *encoding*) or an open text stream such as ``sys.stdout`` (no byte-order mark).
    index : bool, default False
        Write the index as the first column.
    encoding : str, default ``"utf-8-sig"``
        The file's encoding when *path_or_buf* is a path.

    Notes
    -----
    Cells go through :func:`csv_safe` (no formulas, no bare carriage returns); cells holding a line feed, a
    comma or a quote are quoted (``csv.QUOTE_MINIMAL``), and the rows end in ``\\n`` on every platform.

    Examples
    --------
    >>> import csv, io
    >>> buf = io.StringIO()
    >>> write_csv(pd.DataFrame({"byline": ["（王明\\r\\n）", "（李红）"], "n": [1, 2]}), buf)
    >>> list(csv.reader(io.StringIO(buf.getvalue())))
    [['byline', 'n'], ['（王明\\n）', '1'], ['（李红）', '2']]
    """
    safe = csv_safe(df)
    if isinstance(path_or_buf, (str, os.PathLike)):
        safe.to_csv(path_or_buf, index=index, encoding=encoding, lineterminator="\n")
    else:
        safe.to_csv(path_or_buf, index=index, lineterminator="\n")
