"""One paper under two masthead names: a county paper renamed (张店报 → 今日张店 in 2015, user30b F8).

A folder without a manifest gets each page's paper off its masthead (:mod:`corpus_tools.papers`). A paper
that changed its name then reads as two papers, and every per-paper table is an era split. Two masthead
names are taken as one renamed paper when they name the same county (:func:`~corpus_tools.papers.paper_county`,
else the county of their pages) and their dated pages do not overlap: one name's last page comes before the
other's first. A chain of such names (A until 2009, B until 2015, C since) is one paper, named by its latest
name. Two papers of one county printed in the same years (a 日报 and a 融媒体中心's weekly) overlap and stay
two. Names a manifest or ``read_corpus(..., paper=...)`` gives are the user's word and never joined.

:meth:`Corpus.issues_frame <corpus_tools.corpus.Corpus.issues_frame>` carries the result in ``paper_series``
(the latest name of the paper's series; the issue's ``paper`` otherwise), and the report says so beside the
papers. The per-paper tables still follow ``paper``: to treat the folder as one paper, name it
(``corpus-tools report pages/ --paper 今日张店``, ``read_corpus("pages/", paper="今日张店")``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["paper_series", "renamed_papers", "rename_note"]

#: Paper sources read off the pages (the others are the user's word).
_READ_OFF = ("text", "file name", "folder")


def _county_of(paper: str, rows: pd.DataFrame) -> "str | None":
    from corpus_tools.papers import paper_county

    code = paper_county(paper)
    if code:
        return code
    codes = rows.get("county_code", pd.Series(dtype=object)).dropna().astype(str)
    codes = codes[codes != ""]
    return codes.mode().iloc[0] if len(codes) else None


def renamed_papers(issues: pd.DataFrame) -> list[list[tuple[str, Any, Any]]]:
    """The chains of masthead names that are one renamed paper.

    Parameters
    ----------
    issues : DataFrame
        An issue table with ``paper``, ``paper_source``, ``date`` and, optionally, ``county_code``.

    Returns
    -------
    list of list of (str, date, date)
        Each chain as ``(name, first date, last date)`` oldest first; chains of two or more names only.

    Examples
    --------
    >>> import datetime as dt
    >>> df = pd.DataFrame({"paper": ["张店报", "张店报", "今日张店"], "paper_source": ["text"] * 3,
    ...                    "date": [dt.date(2005, 3, 1), dt.date(2014, 5, 2), dt.date(2015, 1, 6)]})
    >>> [[name for name, _, _ in chain] for chain in renamed_papers(df)]
    [['张店报', '今日张店']]
    """
    if not len(issues) or "paper" not in issues.columns:
        return []
    rows = issues[issues["paper"].notna() & issues["paper_source"].isin(_READ_OFF) & issues["date"].notna()]
    by_county: dict[str, list[tuple[str, Any, Any]]] = {}
    for paper, sub in rows.groupby("paper"):
        county = _county_of(str(paper), sub)
        if county:
            by_county.setdefault(county, []).append((str(paper), min(sub["date"]), max(sub["date"])))
    chains = []
    for names in by_county.values():
        names.sort(key=lambda r: (r[1], r[2]))
        if len(names) >= 2 and all(a[2] < b[1] for a, b in zip(names, names[1:])):
            chains.append(names)
    return chains


def paper_series(issues: pd.DataFrame) -> pd.Series:
    """Each issue's paper series: the latest name of its renamed paper (:func:`renamed_papers`), else its
    ``paper``.

    Parameters
    ----------
    issues : DataFrame
        An issue table (as :func:`renamed_papers`).

    Returns
    -------
    Series
        Aligned with *issues*.
    """
    latest = {name: chain[-1][0] for chain in renamed_papers(issues) for name, _, _ in chain}
    if "paper" not in issues.columns:
        return pd.Series([None] * len(issues), index=issues.index, dtype=object)
    return issues["paper"].map(lambda p: latest.get(p, p) if isinstance(p, str) else None).astype(object)


def rename_note(issues: pd.DataFrame) -> "str | None":
    """A sentence for the report when the masthead names hold a renamed paper (None otherwise).

    Examples
    --------
    >>> import datetime as dt
    >>> df = pd.DataFrame({"paper": ["张店报", "今日张店"], "paper_source": ["text", "text"],
    ...                    "date": [dt.date(2010, 3, 1), dt.date(2016, 1, 6)]})
    >>> "--paper 今日张店" in rename_note(df)
    True
    """
    chains = renamed_papers(issues)
    if not chains:
        return None
    said = []
    for chain in chains:
        names = " → ".join(f"{n} ({a.year}–{b.year})" for n, a, b in chain)
        said.append(f"{names} name one county in years that never overlap: probably one paper renamed "
                    f"(the issues' paper_series column); the per-paper tables split it by era — to read it as "
                    f"one paper, name it: --paper {chain[-1][0]} (read_corpus(..., paper=\"{chain[-1][0]}\"))")
    return "; ".join(said)
