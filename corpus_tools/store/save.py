"""Saving a corpus: its core tables, the optional computed ones, built aside and swapped in whole.

:func:`save_corpus` writes the issues, articles, blocks and layout tables (and on request tokens,
entities and slogans) into a new sibling folder, carries over the tables and files the user added,
writes the manifest last and only then swaps the folder in, so a failed save leaves the previous one
as it was. It reads the corpus only through its public interface (``issues``, ``articles``, the
``*_frame`` tables, each issue's ``layout``), so the store does not import the corpus module.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from corpus_tools._grouping import issue_batches
from corpus_tools._validate import check_int
from corpus_tools.errors import check_corpus
from corpus_tools.store.arrow import TableWriter, load_pyarrow, sha256
from corpus_tools.store.manifest import (
    CORE,
    MANIFEST,
    TABLES,
    check_store_path,
    new_manifest,
    read_manifest,
    write_manifest,
)
from corpus_tools.store.metadata import encode_meta

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["save_corpus"]

_OPTIONAL = ("tokens", "entities", "slogans")


def _check_tables(tables: Iterable[str]) -> list[str]:
    if isinstance(tables, str):
        tables = [tables]
    tables = list(tables)
    bad = [t for t in tables if t not in TABLES]
    if bad:
        raise ValueError(f"tables value = {bad} is invalid; tables must be among {list(TABLES)}")
    return tables


def _issue_batches(corpus: Corpus, batch_size: int) -> Iterator[Corpus]:
    """Consecutive groups of whole issues holding about *batch_size* articles each, each a
    corpus of the same class as *corpus*."""
    make = type(corpus)
    for batch in issue_batches(corpus.issues, batch_size):
        yield make(batch)


#: Articles (whole issues) tagged per call while saving entities: how often the bar moves.
_PROGRESS_STEP = 64


def _core_frames(corpus: Corpus) -> dict[str, pd.DataFrame]:
    columns = {name: schema.names for name, schema in _core_schemas().items()}
    issues, layout, repairs, blocks = [], [], [], []
    for issue in corpus.issues:
        lay = issue.layout
        visible = {a.id for a in issue.articles}
        arts = issue.all_articles
        for pos, (parts, art) in enumerate(zip(lay.articles, arts)):
            sel = art.id in visible
            layout.append({
                "issue_id": issue.id, "article_id": art.id, "position": pos, "selected": sel,
                "block_ids": [int(b) for b in parts.blocks],
                "spans": [{"part": k, "start": int(s), "end": int(e)}
                          for k, v in parts.spans.items() for s, e in v],
                # article text lives in articles.parquet; only hidden (filtered out) ones here
                "title": None if sel else parts.title, "kicker": None if sel else parts.kicker,
                "subtitle": None if sel else parts.subtitle, "body": None if sel else parts.body,
                "byline": None if sel else [b if isinstance(b, str) else b[1] for b in parts.byline],
                "captions": None if sel else list(parts.captions),
                "section": None if sel else parts.section,
            })
        for r in lay.repairs:
            repairs.append({"issue_id": issue.id, "kind": r.kind, "start": r.start, "end": r.end,
                            "removed": r.removed, "note": r.note})
        for j, b in enumerate(lay.blocks):
            blocks.append({"issue_id": issue.id, "block_id": j, "kind": b.kind, "text": b.text,
                           "start": b.start, "end": b.end,
                           "article_id": None if b.article is None else f"{issue.id}-{b.article + 1:02d}"})
        issues.append({"issue_id": issue.id, "raw": issue.raw,
                       "meta": json.dumps(encode_meta(issue.meta, f"issue {issue.id!r} meta"),
                                          ensure_ascii=False, sort_keys=True)})
    frame = corpus.issues_frame()
    extra = pd.DataFrame(issues, columns=["issue_id", "raw", "meta"])
    issues_df = frame.merge(extra, on="issue_id", how="left", validate="one_to_one")
    return {
        "issues": issues_df[columns["issues"]],
        "articles": corpus.articles_frame(),
        "blocks": pd.DataFrame(blocks, columns=columns["blocks"]),
        "_layout": pd.DataFrame(layout, columns=columns["_layout"]),
        "_repairs": pd.DataFrame(repairs, columns=columns["_repairs"]),
    }


def _core_schemas() -> dict[str, "pa.Schema"]:
    pa, _ = load_pyarrow()
    s, i64, strs = pa.string(), pa.int64(), pa.list_(pa.string())
    return {
        "issues": pa.schema([("issue_id", s), ("date", pa.date32()), ("date_precision", s), ("paper", s),
                             ("paper_source", s), ("county", s), ("county_code", s), ("county_source", s), ("n_articles", i64),
                             ("n_chars", i64),
                             ("path", s), ("raw", s), ("meta", s)]),
        "articles": pa.schema([("issue_id", s), ("article_id", s), ("date", pa.date32()), ("section", s),
                               ("kicker", s), ("title", s), ("subtitle", s), ("body", s), ("byline", strs),
                               ("captions", strs), ("n_chars", i64)]),
        "blocks": pa.schema([("issue_id", s), ("block_id", i64), ("kind", s), ("text", s), ("start", i64),
                             ("end", i64), ("article_id", s)]),
        "_layout": pa.schema([("issue_id", s), ("article_id", s), ("position", i64), ("selected", pa.bool_()),
                              ("block_ids", pa.list_(i64)),
                              ("spans", pa.list_(pa.struct([("part", s), ("start", i64), ("end", i64)]))),
                              ("title", s), ("kicker", s), ("subtitle", s), ("body", s), ("byline", strs),
                              ("captions", strs), ("section", s)]),
        "_repairs": pa.schema([("issue_id", s), ("kind", s), ("start", i64), ("end", i64), ("removed", s),
                               ("note", s)]),
    }


def _core_table(df: pd.DataFrame, schema: "pa.Schema") -> "pa.Table":
    pa, _ = load_pyarrow()

    def clean(v: Any) -> Any:
        return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v

    arrays = []
    for f in schema:
        values = [clean(v) for v in df[f.name].tolist()]
        if f.type == pa.string():
            values = [None if v is None else str(v) for v in values]
        arrays.append(pa.array(values, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def save_corpus(
    corpus: Corpus,
    path: str | os.PathLike,
    *,
    tables: Iterable[str] = TABLES,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 2000,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    progress: bool = True,
) -> Path:
    """Write *corpus* and its tables to a folder of Parquet files (see the module docs).

    Parameters
    ----------
    corpus : Corpus
    path : folder
        Created if needed. An existing folder must be empty or hold a store: its corpus
        tables are replaced, tables added with :func:`write_table` and other files kept.
        The new save is built beside it and swapped in when complete, so a failure leaves
        the previous save intact.
    tables : iterable of str
        Among :data:`TABLES`. ``articles``, ``issues`` and ``blocks`` (and the layout files)
        are always written: ``Corpus.load`` rebuilds the corpus from them.
        ``tokens``, ``entities`` and ``slogans`` run the pipeline, entity recogniser and
        slogan finder (using the parse cache).
    nlp : spacy.language.Language, optional
        Pipeline for ``tokens`` (default ``corpus_tools.load_pipeline()``).
    n_process : int
        Processes for parsing the articles not in the parse cache (-1: all cores).
    batch_size : int
        Entities are computed and written *batch_size* articles at a time (whole issues);
        tokens are streamed 256 articles at a time
        (:func:`~corpus_tools.parsing.iter_token_chunks`). Memory stays bounded by a batch.
    cache_dir : path, None or False
        Parse cache (see :func:`~corpus_tools.parsing.parse_corpus`).
    progress : bool
        Show a progress bar over batches.

    Returns
    -------
    pathlib.Path
        The folder.

    Raises
    ------
    StoreError
        *path* is a folder that is not empty and holds no store.
    ValueError
        *path* is empty or names a file, or an option is invalid.
    """
    check_corpus(corpus)
    wanted = _check_tables(tables)
    check_int("batch_size", batch_size)
    check_int("n_process", n_process, also=(-1, "all cores"))
    folder = check_store_path(path)
    old = read_manifest(folder) if (folder / MANIFEST).is_file() else None
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Build the whole save in a new sibling folder; swap it in only when it is complete.
    work = folder.parent / f".{folder.name}.saving-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    try:
        man = new_manifest()
        _, pq = load_pyarrow()
        schemas = _core_schemas()
        corpus.lay_out(progress=progress)  # the lazy layout pass, with its bar
        for name, df in _core_frames(corpus).items():
            p = work / f"{name}.parquet"
            pq.write_table(_core_table(df, schemas[name]), p, compression="zstd")
            man["tables"][name] = {"file": p.name, "rows": len(df), "bytes": p.stat().st_size,
                                   "sha256": sha256(p)}
        for name in _OPTIONAL:
            if name in wanted:
                man["tables"][name] = _save_optional(name, corpus, work, nlp=nlp, n_process=n_process,
                                                     batch_size=batch_size, cache_dir=cache_dir,
                                                     progress=progress)
        if folder.is_dir():
            _carry_over(folder, work, old, man)
        write_manifest(work, man)
        _swap_in(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return folder


def _carry_over(folder: Path, work: Path, old: dict[str, Any] | None, man: dict[str, Any]) -> None:
    """Copy into *work* what the old store holds beside the corpus: tables added with
    :func:`write_table` (with their manifest entries) and files the user put there."""
    ours = {f"{n}.parquet" for n in CORE + _OPTIONAL} | {MANIFEST}
    user_tables = {n: info for n, info in (old or {}).get("tables", {}).items()
                   if n not in CORE and n not in _OPTIONAL}
    for name, info in user_tables.items():
        man["tables"][name] = info
    for entry in folder.iterdir():
        if entry.name in ours or entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, work / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, work / entry.name, follow_symlinks=False)


def _swap_in(work: Path, folder: Path) -> None:
    """Put the finished save *work* in place of *folder*; the old one is removed after."""
    if not folder.exists():
        os.replace(work, folder)
        return
    retired = folder.parent / f".{folder.name}.old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        cwd = Path(os.getcwd())
    except OSError:
        cwd = None
    os.replace(folder, retired)
    try:
        os.replace(work, folder)
    except BaseException:
        os.replace(retired, folder)  # put the old save back
        raise
    if cwd is not None and (cwd == folder or folder in cwd.parents):
        os.chdir(folder)  # the process worked inside the old folder: move it to the new one
    shutil.rmtree(retired, ignore_errors=True)


def _save_optional(name: str, corpus: Corpus, folder: Path, *, nlp: Language | None, n_process: int,
                   batch_size: int, cache_dir: Any, progress: bool) -> dict[str, Any]:
    info: dict[str, Any] = {}
    with TableWriter(folder, name) as writer:
        if name == "slogans":  # the slogan set is corpus-wide: one pass
            from corpus_tools.slogans import MENTION_COLUMNS, slogan_mentions

            writer.write(slogan_mentions(corpus))
            columns = MENTION_COLUMNS
        else:
            if name == "tokens":
                from corpus_tools.parsing import TOKEN_COLUMNS, iter_token_chunks, pipeline_fingerprint, resolve_nlp

                nlp = resolve_nlp(nlp)
                info = {"pipeline": {"name": nlp.meta.get("name"), "version": nlp.meta.get("version"),
                                     "pipes": list(nlp.pipe_names), "fingerprint": pipeline_fingerprint(nlp)}}
                columns = TOKEN_COLUMNS
                # streamed a window of articles at a time from the parse cache and the pipeline
                for piece in iter_token_chunks(corpus, nlp=nlp, n_process=n_process, progress=progress,
                                               cache_dir=cache_dir):
                    writer.write(piece)
            else:
                from corpus_tools import entities as ent
                from corpus_tools.entity_store import BYLINE_NAME_ROWS, stamp, stored_entities

                columns = ent.ENTITY_COLUMNS
                info = stamp(corpus)  # what extract_entities checks before reusing the table
                kept = stored_entities(corpus)  # a loaded corpus saved again: its table still holds
                bar = None
                if progress and kept is None:
                    from corpus_tools.progress import progress_bar

                    bar = progress_bar(total=len(corpus.articles), desc=f"saving {name}", unit="article")
                # written batch_size articles at a time, tagged a few issues at a time so that the
                # bar moves (one batch of 1,288 articles showed "0/1 batch" for minutes)
                # in the order one extract_entities call over the corpus gives: every page's rows,
                # then every article's byline names (held back, written last)
                names = []
                for sub in _issue_batches(corpus, batch_size) if kept is None else ():
                    pieces = []
                    for piece in _issue_batches(sub, min(batch_size, _PROGRESS_STEP)):
                        df = ent.extract_entities(piece)
                        n_front = len(df) - df.attrs.get(BYLINE_NAME_ROWS, 0)
                        pieces.append(df.iloc[:n_front])
                        names.append(df.iloc[n_front:])
                        if bar is not None:
                            bar.update(len(piece.articles))
                    writer.write(pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0])
                if names:
                    writer.write(pd.concat(names, ignore_index=True))
                info[BYLINE_NAME_ROWS] = (sum(len(n) for n in names) if kept is None
                                              else int(kept.attrs[BYLINE_NAME_ROWS]))
                if bar is not None:
                    bar.close()
                if kept is not None:
                    writer.write(kept)
        return writer.finish(columns, info)
