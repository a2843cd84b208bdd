"""The article table as a dataset to hand over: :meth:`Corpus.articles_frame` plus the page number,
an issue key (paper and date: the pages of one printed issue share it), the byline as ``(role, name)``
pairs and as printed, and the jump marks that link a jumped article's parts.

Used by ``corpus-tools articles`` (CSV and JSON); :func:`export_frame` from Python.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.jumps import jump_marks, page_number

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["EXPORT_EXTRA_COLUMNS", "export_frame", "for_csv"]

#: Columns :func:`export_frame` adds to :data:`~corpus_tools.corpus_frames.ARTICLE_COLUMNS`.
EXPORT_EXTRA_COLUMNS = ["paper", "issue_key", "page", "byline_pairs", "byline_printed", "continues_on",
                        "continued_from"]


def export_frame(corpus: "Corpus", *, progress: bool = False) -> pd.DataFrame:
    """One row per article: the columns of ``articles_frame`` and :data:`EXPORT_EXTRA_COLUMNS`.

    ``paper`` is the issue's paper (as ``issues_frame`` reads it), ``issue_key`` ``paper|date`` (one printed
    issue of several pages), ``page`` the page number (:func:`~corpus_tools.jumps.page_number`),
    ``byline_pairs`` the byline as a list of ``[role, name]``, ``byline_printed`` the byline blocks' text
    as printed (roles, outlets and brackets kept), ``continues_on`` / ``continued_from`` the page a
    ``（下转第N版）`` / ``（上接第N版）`` mark names (:func:`~corpus_tools.jumps.jump_pairs` pairs the parts).

    Parameters
    ----------
    corpus : Corpus
        The pages read.
    progress : bool
        Show the layout's progress bar.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> import corpus_tools as ct
    >>> page = "东坡村修路\\n文/图　柳青\\n\\n　　今年，东坡村修通水泥路三公里。\\n"
    >>> c = ct.read_corpus(pd.DataFrame({"text": [page], "date": ["2006-05-12"], "issue_id": ["2006-05-12_p3"]}))
    >>> export_frame(c)[["page", "byline_pairs", "byline_printed"]].values.tolist()
    [[3, [['文/图', '柳青']], '文/图　柳青']]
    """
    df = corpus.articles_frame(progress=progress)
    papers = corpus.issues_frame().set_index("issue_id")["paper"].to_dict() if len(df) else {}
    pages: dict[str, int | None] = {}
    pairs: dict[str, list[list[str]]] = {}
    printed: dict[str, str] = {}
    jumps: dict[str, dict[str, int]] = {}
    for issue in corpus.issues:
        pages[issue.id] = page_number(issue)
        arts = issue.all_articles
        for k, a in enumerate(arts):
            pairs[a.id] = [[r, n] for r, n in a.byline]
            printed[a.id] = "　".join(re.sub(r"[\r\n]+", "", issue.raw[b.start:b.end].strip())
                                     for b in issue.blocks if b.article == k and b.kind == "byline")
        for direction, page, k in jump_marks(issue):
            if k < len(arts):
                jumps.setdefault(arts[k].id, {})["continues_on" if direction == "to" else "continued_from"] = page
    df["paper"] = df["issue_id"].map(papers)
    df["issue_key"] = [f"{p if isinstance(p, str) else ''}|{d if d is not None and d == d else ''}"
                       for p, d in zip(df["paper"], df["date"])]
    df["page"] = df["issue_id"].map(pages).astype("Int64")
    df["byline_pairs"] = df["article_id"].map(pairs)
    df["byline_printed"] = df["article_id"].map(printed)
    for col in ("continues_on", "continued_from"):
        df[col] = df["article_id"].map(lambda a, c=col: jumps.get(a, {}).get(c)).astype("Int64")
    return df


def for_csv(df: pd.DataFrame) -> pd.DataFrame:
    """The export with its byline pairs as JSON text (``[["记者", "王磊"]]``), for a CSV file."""
    out = df.copy()
    if "byline_pairs" in out:
        out["byline_pairs"] = [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                               for v in out["byline_pairs"]]
    return out
