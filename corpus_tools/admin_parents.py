"""The township and county above each admin code of a table (for maps and sums per township).

The entity, place and project tables give each linked place its statistical code (12 digits: a
village or community, 9: a township, 6: a county). :func:`with_parents` adds the names of the units
above, read from the shipped gazetteer (:func:`corpus_tools.gazetteer.name_above`).
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.gazetteer import name_above

__all__ = ["with_parents"]


def with_parents(frame: pd.DataFrame, column: str = "admin_code") -> pd.DataFrame:
    """*frame* with the township and county each place of *column* lies in, for a map or sums per township.

    Parameters
    ----------
    frame : DataFrame
        A table with admin codes as the entity table gives them (12 digits: a village or community,
        9: a township, 6: a county; empty or None: not linked).
    column : str
        The column of codes.

    Returns
    -------
    DataFrame
        A copy with columns ``township`` (of a village or community) and ``county`` (of a township,
        village or community) right after *column*; empty strings where a level does not apply.

    Raises
    ------
    ValueError
        When *column* is not a column of *frame*.

    Examples
    --------
    >>> t = pd.DataFrame({"admin_code": ["211224101201", "211224101", "211224", ""]})
    >>> with_parents(t).values.tolist()
    [['211224101201', '老城镇', '昌图县'], ['211224101', '', '昌图县'], ['211224', '', ''], ['', '', '']]
    """
    if not isinstance(frame, pd.DataFrame) or column not in frame.columns:
        raise ValueError(f"column = {column!r} is not a column of frame; it must name its admin codes")
    codes = [c if isinstance(c, str) and c.isdigit() else "" for c in frame[column]]
    out = frame.copy()
    at = out.columns.get_loc(column) + 1
    out.insert(at, "township", [name_above(c, 9) if len(c) == 12 else "" for c in codes])
    out.insert(at + 1, "county", [name_above(c, 6) if len(c) in (9, 12) else "" for c in codes])
    return out
