"""Bylines as a table: one row per ``(role, name)`` pair of every article's byline (who wrote, photographed or
supplied each item), with the article's keys, date, section and title.

A newsroom historian counts reporters and correspondents per year, section or role from it; ``Article.byline``
holds the same pairs per article (:func:`corpus_tools.layout.byline_pairs` for the forms read). A pair whose name
is a unit's (``（县统计局供稿）`` reads as ``("", "县统计局")``) is marked ``kind="unit"`` (told by its form, :func:`corpus_tools.layout.unitbylines.is_unit`), so units
are not counted as people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.errors import check_corpus
from corpus_tools.layout.reprints import is_outlet
from corpus_tools.layout.unitbylines import is_unit

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["BYLINE_COLUMNS", "byline_table"]

#: Columns of :func:`byline_table`, in order.
BYLINE_COLUMNS = ["issue_id", "article_id", "date", "section", "title", "position", "role", "name", "kind"]

def byline_table(corpus: "Corpus", *, progress: bool = False) -> pd.DataFrame:
    """One row per ``(role, name)`` pair of the corpus's bylines.

    Parameters
    ----------
    corpus : Corpus
        The pages read (:func:`corpus_tools.read_corpus`).
    progress : bool, optional
        A progress bar over the first layout pass.

    Returns
    -------
    DataFrame
        Columns :data:`BYLINE_COLUMNS`: the article's ``issue_id``, ``article_id``, ``date``, ``section`` and
        ``title``; ``position`` (0 for the byline's first pair), ``role`` (记者, 通讯员, 实习生, 摄影, 撰文 …;
        empty where the page prints no role), ``name`` and ``kind`` (``person``, or ``unit`` for a unit's credit,
        :func:`~corpus_tools.layout.unitbylines.is_unit`). Articles without a byline have no row.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> page = "烤烟交售忙\\n　　本报讯（记者 李春燕 通讯员 杨文华）新街镇烟农排队交售烤烟。\\n"
    >>> c = read_corpus(pd.DataFrame({"text": [page], "date": ["2023-09-12"]}))
    >>> byline_table(c)[["position", "role", "name", "kind"]].values.tolist()
    [[0, '记者', '李春燕', 'person'], [1, '通讯员', '杨文华', 'person']]
    """
    check_corpus(corpus)
    corpus.lay_out(progress=progress)
    rows = []
    for art in corpus.articles:
        for pos, (role, name) in enumerate(art.byline):
            rows.append((art.issue_id, art.id, art.date, art.section, art.title, pos, role, name,
                         "unit" if is_unit(name) or (not role and is_outlet(name)) else "person"))
    df = pd.DataFrame(rows, columns=BYLINE_COLUMNS)
    return df.astype({"position": "int64"})
