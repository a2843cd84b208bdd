"""The corpus as DataFrames: one row per article, per block, per issue.

The functions behind :meth:`Corpus.articles_frame <corpus_tools.corpus.Corpus.articles_frame>`,
:meth:`~corpus_tools.corpus.Corpus.blocks_frame` and :meth:`~corpus_tools.corpus.Corpus.issues_frame`
(their docstrings describe the columns). Each takes a corpus whose pages are laid out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["ARTICLE_COLUMNS", "BLOCK_COLUMNS", "ISSUE_COLUMNS", "articles_frame", "blocks_frame", "issues_frame"]

#: Columns of :meth:`Corpus.articles_frame <corpus_tools.corpus.Corpus.articles_frame>`.
ARTICLE_COLUMNS = ["issue_id", "article_id", "date", "section", "kicker", "title", "subtitle",
                   "body", "byline", "captions", "n_chars", "source", "outlet"]
#: Columns of :meth:`Corpus.blocks_frame <corpus_tools.corpus.Corpus.blocks_frame>`.
BLOCK_COLUMNS = ["issue_id", "block_id", "kind", "text", "start", "end", "article_id"]
#: Columns of :meth:`Corpus.issues_frame <corpus_tools.corpus.Corpus.issues_frame>`.
ISSUE_COLUMNS = ["issue_id", "date", "date_precision", "date_source", "paper", "paper_source", "county",
                 "county_code", "county_source", "n_articles", "n_chars", "path", "paper_series"]


def articles_frame(corpus: "Corpus") -> pd.DataFrame:
    """One row per article of *corpus*, columns :data:`ARTICLE_COLUMNS`."""
    rows = [{
        "issue_id": a.issue_id, "article_id": a.id, "date": a.date, "section": a.section,
        "kicker": a.kicker, "title": a.title, "subtitle": a.subtitle, "body": a.body,
        "byline": a.byline_names, "captions": list(a.captions), "n_chars": a.n_chars,
        "source": a.source, "outlet": a.outlet,
    } for a in corpus.articles]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def blocks_frame(corpus: "Corpus") -> pd.DataFrame:
    """One row per block of every page of *corpus*, columns :data:`BLOCK_COLUMNS`."""
    rows = []
    for issue in corpus.issues:
        for j, b in enumerate(issue.blocks):
            rows.append({
                "issue_id": issue.id, "block_id": j, "kind": b.kind, "text": b.text,
                "start": b.start, "end": b.end,
                "article_id": None if b.article is None else f"{issue.id}-{b.article + 1:02d}",
            })
    return pd.DataFrame(rows, columns=BLOCK_COLUMNS)


def issues_frame(corpus: "Corpus", *, infer_county: bool = True, infer_paper: bool = True) -> pd.DataFrame:
    """One row per issue of *corpus*, columns :data:`ISSUE_COLUMNS`; the paper (and, with
    *infer_county*, the county) read off the pages where the metadata lacks them."""
    rows = [{
        "issue_id": i.id, "date": i.date, "date_precision": i.meta.get("date_precision"),
        "date_source": i.meta.get("date_source"),
        "paper": i.meta.get("paper"), "paper_source": None, "county": i.meta.get("county"),
        "county_code": i.meta.get("county_code"),
        "county_source": (i.meta.get("county_source") or "manifest") if i.meta.get("county_code") else None,
        "n_articles": len(i.articles),
        "n_chars": sum(a.n_chars for a in i.articles), "path": i.meta.get("path"), "paper_series": None,
    } for i in corpus.issues]
    df = pd.DataFrame(rows, columns=ISSUE_COLUMNS)
    if len(df):
        from corpus_tools.papers import issue_papers  # the gazetteer loads only when a paper is read

        found = issue_papers(corpus, infer=infer_paper)
        for col in ("paper", "paper_source"):
            df[col] = found[col].to_numpy()
    if infer_county and len(df):
        from corpus_tools.county_tables import issue_counties  # the gazetteer loads only when asked

        found = issue_counties(corpus)
        for col in ("county", "county_code", "county_source"):
            df[col] = found[col].to_numpy()
    if len(df):
        from corpus_tools.paper_renames import paper_series

        df["paper_series"] = paper_series(df).to_numpy()   # a renamed paper's latest masthead (user30b F8)
    return df
