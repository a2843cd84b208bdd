"""Corpus input given as DataFrames: pages to lay out, or articles already split.

:func:`pages_from_frame` turns a DataFrame of page texts (one page per row, for
:func:`~corpus_tools.loaders.read_corpus`) into :class:`~corpus_tools.reading.PageFile` objects;
:func:`issues_from_articles` checks a DataFrame of articles that are already split and builds
each issue's page text, date, metadata and layout (:func:`layout_from_rows`), for
:meth:`Corpus.from_articles <corpus_tools.corpus.Corpus.from_articles>`, which makes the
issues. Nothing here knows about :class:`~corpus_tools.corpus.Corpus` itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd

from corpus_tools.layout import Block, PageLayout, byline_pairs
from corpus_tools.page_files import PageFile
from corpus_tools.reading import parse_date

__all__ = ["FRAME_PARTS", "issues_from_articles", "layout_from_rows", "one_value", "pages_from_frame"]

FRAME_PARTS = ("article_id", "n_chars", "kicker", "title", "subtitle", "body", "section", "byline", "captions", "source",
               "outlet")  # (source and outlet: read again from the byline, as the layout reads them)


def _empty(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def one_value(rows: list[dict[str, Any]], col: str, issue_id: str) -> Any:
    """The one non-empty value of column *col* over the article *rows* of issue *issue_id*
    (None when all are empty); ``ValueError`` naming the issue, the column and the values
    when they differ."""
    values = {repr(r.get(col)) for r in rows if not _empty(r.get(col))}
    if len(values) > 1:
        raise ValueError(f"issue {issue_id!r}: column {col!r} must have one value per issue, "
                         f"found {sorted(values)}")
    return next((r[col] for r in rows if not _empty(r.get(col))), None)


def _text_part(row: dict[str, Any], col: str) -> str | None:
    value = row.get(col)
    if _empty(value) or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"row {row['_row']}: {col!r} must be a str, got {type(value).__name__}")
    return value


def _list_part(row: dict[str, Any], col: str) -> list[str]:
    value = row.get(col)
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"row {row['_row']}: {col!r} must be a list of str, got {value!r}")
    return list(value)


def layout_from_rows(rows: list[dict[str, Any]], issue_id: str) -> tuple[str, PageLayout]:
    """Page text and layout of one issue made of given articles (see Corpus.from_articles)."""
    from corpus_tools.layout import ArticleParts

    pieces: list[str] = []
    blocks: list[Block] = []
    parts: list[ArticleParts] = []
    pos = 0
    for k, row in enumerate(rows):
        want = f"{issue_id}-{k + 1:02d}"
        if not _empty(row.get("article_id")) and row["article_id"] != want:
            raise ValueError(f"row {row['_row']}: article_id {row['article_id']!r} is not {want!r}; "
                             "ids are <issue_id>-<NN> in row order (drop the column to number them)")
        body = _text_part(row, "body") or ""
        text = {c: _text_part(row, c) for c in ("kicker", "title", "subtitle")}
        byline, captions = _list_part(row, "byline"), _list_part(row, "captions")
        spans: dict[str, list[tuple[int, int]]] = {}
        ids: list[int] = []
        if k:
            pieces.append("\n")  # a blank line between articles
            pos += 1
        lines = [(c, kind, text[c]) for c, kind in (("kicker", "kicker"), ("title", "headline"),
                                                     ("subtitle", "subtitle"))]
        lines += [("body", "body", body or None)] + [("captions", "caption", c) for c in captions]
        lines += [("byline", "byline", "（" + " ".join(byline) + "）")] if byline else []
        for part, kind, line in lines:
            if line is None:
                continue
            spans.setdefault(part, []).append((pos, pos + len(line)))
            ids.append(len(blocks))
            blocks.append(Block(kind, line, pos, pos + len(line), k))
            pieces.append(line + "\n")
            pos += len(line) + 1
        parts.append(ArticleParts(title=text["title"], kicker=text["kicker"], subtitle=text["subtitle"],
                                  body=body, byline=byline_pairs(byline), captions=captions,
                                  section=_text_part(row, "section"), spans=spans, blocks=ids))
    return "".join(pieces), PageLayout(blocks=blocks, articles=parts, repairs=[])


def issues_from_articles(articles: pd.DataFrame
                         ) -> list[tuple[str, str, dt.date | None, dict[str, Any], None, PageLayout]]:
    """``(issue_id, raw, date, meta, None, layout)`` of each issue of a DataFrame of articles,
    in first-appearance order: the parts of an :class:`~corpus_tools.corpus.Issue` (with no
    article filter) and its layout. Every value is checked; see ``Corpus.from_articles``."""
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a pandas DataFrame with one row per article, "
                        f"got {type(articles).__name__}")
    missing = [c for c in ("issue_id", "body") if c not in articles.columns]
    if missing:
        raise ValueError(f"articles needs the columns {missing}; found {list(articles.columns)}")
    meta_cols = [c for c in articles.columns if c not in FRAME_PARTS and c not in ("issue_id", "date")]
    groups: dict[str, list[dict[str, Any]]] = {}
    for n, row in enumerate(articles.to_dict("records")):
        iid = row["issue_id"]
        if not isinstance(iid, str) or not iid:
            raise ValueError(f"row {n}: issue_id must be a non-empty str, got {iid!r}")
        row["_row"] = n
        groups.setdefault(iid, []).append(row)
    issues = []
    for iid, rows in groups.items():
        date = one_value(rows, "date", iid)
        meta = {c: one_value(rows, c, iid) for c in meta_cols}
        meta = {k: v for k, v in meta.items() if v is not None}
        raw, layout = layout_from_rows(rows, iid)
        issues.append((iid, raw, parse_date(date, where=f"issue {iid!r}, column 'date'"), meta, None, layout))
    return issues


def pages_from_frame(df: pd.DataFrame) -> list[PageFile]:
    """One page a row of *df*: its ``text``, an id from ``issue_id``, ``id`` or ``file`` (the
    file's stem; else ``doc00000``, ``doc00001`` …) and every other column as metadata (``date``
    parsed); ``ValueError`` naming the row when a text is not a str."""
    if "text" not in df.columns:
        raise ValueError(f"a DataFrame corpus needs a 'text' column; found columns {list(df.columns)}")
    id_col = next((c for c in ("issue_id", "id", "file") if c in df.columns), None)
    pages = []
    for n, (_, row) in enumerate(df.iterrows()):
        text = row["text"]
        if not isinstance(text, str):
            raise ValueError(f"row {n}: 'text' must be a str, got {type(text).__name__}")
        pid = str(row[id_col]) if id_col else f"doc{n:05d}"
        if id_col == "file":
            pid = Path(pid).stem
        meta = {k: row[k] for k in df.columns if k not in ("text", id_col)}
        meta["date"] = parse_date(meta.get("date"), where=f"row {n}, column 'date'")
        meta = {k: v for k, v in meta.items() if not (isinstance(v, float) and v != v)}
        pages.append(PageFile(id=pid, text=text, meta=meta))
    return pages

