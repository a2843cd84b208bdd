"""Mentions per official unit: one row per statistical code, whatever names the paper printed it under
(mend31a, user31b findings 7 and 12).

:func:`corpus_tools.place_mentions.place_table` counts per printed name: 和平乡 (the paper's name before 撤乡建镇),
龙脊镇 and 龙脊 are one row when the short form is linked, but the former name is a row of its own (its ``linked_to``
says so). A study of one unit over twenty years of mergers wants one row per unit: :func:`unit_table` gives
it, the printed forms in ``printed_as`` and the ways they were linked in ``link``; a name not linked stays a row
of its own (nothing is dropped). :func:`unit_names` maps each printed name to the official name of its unit, for
counting words by unit (keyness between eras, where 龙脊镇 would otherwise be a new word of the later years).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.gazetteer import division

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["unit_mentions", "unit_names", "unit_table"]

def _official(code: str) -> tuple[str, str]:
    """The official name and the label of the unit *code* (12 digits: VILLAGE or COMMUNITY by its name)."""
    d = division(code)
    if len(code) == 9:
        return d.name, "TOWNSHIP"
    return d.name, "COMMUNITY" if d.level == "community" else "VILLAGE"


def unit_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """*mentions* (:func:`~corpus_tools.place_mentions.place_mentions`) with ``name`` and ``label`` of every linked
    row set to its unit's official name and level, and ``linked_to`` cleared: rows of one code then share one key.

    Examples
    --------
    >>> m = pd.DataFrame({"name": ["和平乡", "龙脊镇"], "label": ["TOWNSHIP"] * 2, "admin_code": ["450328103"] * 2,
    ...                   "linked_to": ["龙脊镇", ""], "printed": ["和平乡", "龙脊镇"]})
    >>> unit_mentions(m)[["name", "printed"]].values.tolist()
    [['龙脊镇', '和平乡'], ['龙脊镇', '龙脊镇']]
    """
    out = mentions.copy()
    if out.empty:
        return out
    codes = out["admin_code"].where(out["admin_code"].notna(), None)
    linked = codes.map(lambda c: isinstance(c, str) and len(c) in (9, 12))
    if linked.any():
        official = {c: _official(c) for c in set(codes[linked])}
        out.loc[linked, "name"] = [official[c][0] for c in codes[linked]]
        out.loc[linked, "label"] = [official[c][1] for c in codes[linked]]
        out.loc[linked, "linked_to"] = ""
    return out


def unit_table(mentions: pd.DataFrame, corpus: "Corpus | None" = None, *, by: str = "all") -> pd.DataFrame:
    """Mentions per official unit (and per year): :func:`~corpus_tools.place_mentions.place_table` with one row
    per code.

    Parameters
    ----------
    mentions : DataFrame
        :func:`~corpus_tools.place_mentions.place_mentions`.
    corpus : Corpus, optional
        For the issues' dates (``by="year"``).
    by : {"all", "year"}
        One count over the corpus, or one column per year.

    Returns
    -------
    DataFrame
        The columns of :func:`~corpus_tools.place_mentions.place_table`; ``name`` is the unit's official name,
        ``printed_as`` every name it was printed under (和平乡、龙脊镇、龙脊), ``link`` how they were linked
        (former-via-merger、exact、short); a name not linked keeps a row of its own.

    Examples
    --------
    >>> m = pd.DataFrame({"issue_id": ["a", "a", "b"], "article_id": ["a-1", "a-1", "b-1"], "label": ["TOWNSHIP"] * 3,
    ...     "printed": ["和平乡", "龙脊镇", "龙脊"], "name": ["和平乡", "龙脊镇", "龙脊镇"],
    ...     "admin_code": ["450328103"] * 3, "link": ["former-via-merger", "exact", "short"],
    ...     "linked_to": ["龙脊镇", "", ""], "in_name": ["", "", ""], "township_printed": [""] * 3,
    ...     "county_code": ["450328"] * 3})
    >>> unit_table(m)[["name", "printed_as", "mentions"]].values.tolist()
    [['龙脊镇', '和平乡、龙脊镇、龙脊', 3]]
    """
    from corpus_tools.place_mentions import place_table

    return place_table(unit_mentions(mentions), corpus, by=by)


def unit_names(mentions: pd.DataFrame) -> dict[str, str]:
    """Printed name -> the official name of its unit, for the printed names linked to a unit whose official
    name differs (和平乡 -> 龙脊镇, 乐江乡 -> 乐江镇): replace them in the texts before counting words by era, so
    that a renamed unit is not a new word of the later years.

    Examples
    --------
    >>> m = pd.DataFrame({"printed": ["和平乡", "龙脊镇", "马岭村"], "admin_code": ["450328103", "450328103", None]})
    >>> unit_names(m)
    {'和平乡': '龙脊镇'}
    """
    out: dict[str, str] = {}
    for printed, code in zip(mentions["printed"], mentions["admin_code"]):
        if isinstance(code, str) and len(code) in (9, 12):
            name = _official(code)[0]
            if name != printed and len(printed) >= 3:
                out.setdefault(printed, name)
    return out
