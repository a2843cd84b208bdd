"""Save a corpus and its tables as Parquet, and load them back.

:func:`save_corpus` (``Corpus.save``) writes one folder:

| file | content |
|---|---|
| ``issues.parquet`` | one row per issue: the :meth:`Corpus.issues_frame` columns plus ``raw`` (the page text as read) and ``meta`` (JSON of ``Issue.meta``) |
| ``articles.parquet`` | :meth:`Corpus.articles_frame` (``byline`` and ``captions`` as lists) |
| ``blocks.parquet`` | :meth:`Corpus.blocks_frame` |
| ``tokens.parquet`` | :func:`corpus_tools.parsing.tokens_frame` (optional) |
| ``entities.parquet`` | :func:`corpus_tools.entities.extract_entities` (optional) |
| ``slogans.parquet`` | :func:`corpus_tools.slogans.slogan_mentions` (optional) |
| ``_layout.parquet``, ``_repairs.parquet`` | what :func:`load_corpus` needs to rebuild each page's layout without running layout repair again (article spans and block indices, repairs) |
| ``manifest.json`` | format version, and for every file its rows, bytes and SHA-256 |

Every table is a plain Parquet file: ``pandas.read_parquet``, ``polars.read_parquet`` and
DuckDB (``SELECT * FROM 'folder/tokens.parquet'``) read it directly; list columns are Arrow
lists, categorical columns Arrow dictionaries (strings to other readers).

A save is built in a new folder beside *path* (``.<name>.saving-…``), manifest last, and
only then swapped in: a save that fails part-way (a bad metadata value, a parse error,
Ctrl-C, a full disk) leaves the previous save as it was. A re-save keeps the tables added
with :func:`write_table` and any other file the user put in the folder. A folder that is
not empty and holds no store is refused rather than overwritten.
:func:`load_corpus` and :func:`load_table` check the manifest, the file sizes and checksums
before reading, and raise :class:`StoreError` naming the file on any mismatch: a partial or
corrupt save is never silently used. Save again to rebuild it.

Examples
--------
>>> import tempfile
>>> from corpus_tools import load_seeds
>>> corpus = load_seeds()
>>> folder = tempfile.mkdtemp()
>>> _ = save_corpus(corpus, folder, tables=("articles", "issues", "blocks"))
>>> again = load_corpus(folder)
>>> [a.id for a in again.articles] == [a.id for a in corpus.articles]
True
>>> load_table(folder, "articles").shape[0] == len(corpus.articles)
True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from corpus_tools._validate import check_int
from corpus_tools.errors import CorpusToolsError, check_corpus

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from spacy.language import Language

    from corpus_tools.corpus import Corpus, Issue

__all__ = ["TABLES", "StoreError", "save_corpus", "load_corpus", "load_table", "write_table",
           "verify_store"]

log = logging.getLogger(__name__)

#: Tables :func:`save_corpus` can write. ``articles``, ``issues`` and ``blocks`` are always
#: written (the corpus is rebuilt from them); the others are computed on request.
TABLES = ("articles", "issues", "blocks", "tokens", "entities", "slogans")
_CORE = ("issues", "articles", "blocks", "_layout", "_repairs")
_OPTIONAL = ("tokens", "entities", "slogans")
MANIFEST = "manifest.json"
FORMAT = "corpus_tools.store"
FORMAT_VERSION = 1


class StoreError(CorpusToolsError, OSError):
    """A saved corpus folder is missing a file, is partial, or a file is corrupt.

    ``path`` names the offending file. Save the corpus again to rebuild it.
    """

    def __init__(self, message: str, *, path: str | os.PathLike | None = None):
        super().__init__(message)
        self.path = None if path is None else str(path)


# ---------------------------------------------------------------------------------------
# Arrow helpers


def _pa():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a runtime dependency
        raise ImportError("Parquet storage needs pyarrow: pip install pyarrow") from None
    return pa, pq


def _normalise_type(t: "pa.DataType") -> "pa.DataType":
    """One stable Arrow type per column: int32-indexed string dictionaries, plain strings."""
    pa, _ = _pa()
    if pa.types.is_dictionary(t):
        return pa.dictionary(pa.int32(), pa.string())
    if pa.types.is_large_string(t) or pa.types.is_string(t):
        return pa.string()
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return pa.list_(_normalise_type(t.value_type))
    if pa.types.is_null(t):
        return pa.string()
    return t


def _to_arrow(df: pd.DataFrame, schema: "pa.Schema | None" = None) -> "pa.Table":
    """A pandas frame as an Arrow table with normalised (or the given) column types."""
    pa, _ = _pa()
    table = pa.Table.from_pandas(df, preserve_index=False)
    if schema is None:
        schema = pa.schema([pa.field(f.name, _normalise_type(f.type)) for f in table.schema],
                           metadata=table.schema.metadata)
    return table.cast(schema)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class _TableWriter:
    """Write a Parquet file in batches under a temporary name; ``close`` renames it."""

    def __init__(self, folder: Path, name: str):
        self.path = folder / f"{name}.parquet"
        self.tmp = folder / f".{name}.parquet.{os.getpid()}.tmp"
        self.name = name
        self.rows = 0
        self._writer = None
        self._schema = None

    def write(self, df: pd.DataFrame) -> None:
        _, pq = _pa()
        table = _to_arrow(df, self._schema)
        if self._writer is None:
            self._schema = table.schema
            self._writer = pq.ParquetWriter(self.tmp, self._schema, compression="zstd")
        self._writer.write_table(table)
        self.rows += table.num_rows

    def close(self, empty: pd.DataFrame | None = None) -> dict[str, Any]:
        if self._writer is None:  # nothing written: an empty table with the given columns
            self.write(empty if empty is not None else pd.DataFrame())
        self._writer.close()
        os.replace(self.tmp, self.path)
        return {"file": self.path.name, "rows": self.rows, "bytes": self.path.stat().st_size,
                "sha256": _sha256(self.path)}

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------
# Manifest


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not folder.is_dir():
        raise StoreError(f"{folder}: no such folder; save a corpus there with Corpus.save", path=folder)
    if not path.is_file():
        raise StoreError(f"{path}: missing; the save in {folder} is partial or was interrupted "
                         "(the manifest is written last). Save the corpus again.", path=path)
    try:
        man = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable ({exc}); save the corpus again", path=path) from exc
    if not isinstance(man, dict) or man.get("format") != FORMAT or not isinstance(man.get("tables"), dict):
        raise StoreError(f"{path}: not a corpus_tools store manifest", path=path)
    if man.get("version") != FORMAT_VERSION:
        raise StoreError(f"{path}: store format version {man.get('version')!r} is not supported "
                         f"(this corpus_tools reads version {FORMAT_VERSION}); save the corpus again",
                         path=path)
    return man


def _write_manifest(folder: Path, man: dict[str, Any]) -> None:
    tmp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(man, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def _check_file(folder: Path, name: str, info: dict[str, Any], *, checksum: bool = True) -> Path:
    path = folder / info.get("file", f"{name}.parquet")
    if not path.is_file():
        raise StoreError(f"{path}: missing, though {folder / MANIFEST} lists it; save the corpus again",
                         path=path)
    size = path.stat().st_size
    if size != info.get("bytes"):
        raise StoreError(f"{path}: {size} bytes, the manifest recorded {info.get('bytes')} "
                         "(truncated or overwritten); save the corpus again", path=path)
    if checksum and _sha256(path) != info.get("sha256"):
        raise StoreError(f"{path}: SHA-256 checksum does not match the manifest (corrupt file); "
                         "save the corpus again", path=path)
    return path


def verify_store(path: str | os.PathLike, *, tables: Iterable[str] | None = None) -> dict[str, Any]:
    """Check a saved folder: manifest present, every listed file present with its size and checksum.

    Parameters
    ----------
    path : folder written by :func:`save_corpus`
    tables : iterable of str, optional
        Check only these tables (default: every file in the manifest).

    Returns
    -------
    dict
        The manifest.

    Raises
    ------
    StoreError
        Naming the first missing, truncated or corrupt file.
    """
    folder = Path(path)
    man = _read_manifest(folder)
    names = list(man["tables"]) if tables is None else list(tables)
    for name in names:
        if name not in man["tables"]:
            raise StoreError(f"{folder}: table {name!r} was not saved; saved tables are "
                             f"{sorted(k for k in man['tables'] if not k.startswith('_'))}",
                             path=folder / f"{name}.parquet")
        _check_file(folder, name, man["tables"][name])
    return man


def write_table(
    path: str | os.PathLike,
    name: str,
    frames: pd.DataFrame | Iterable[pd.DataFrame],
    *,
    columns: Sequence[str] | None = None,
    info: dict[str, Any] | None = None,
) -> Path:
    """Write (or replace) one table of a store folder and record it in the manifest.

    Parameters
    ----------
    path : folder
        A folder written by :func:`save_corpus`, or a new one (then holding just this table).
    name : str
        Table name, e.g. ``"tokens"``; the file is ``<name>.parquet``.
    frames : DataFrame or iterable of DataFrames
        The rows; an iterable is written batch by batch (memory bounded by one batch).
    columns : sequence of str, optional
        Column names for an empty table.
    info : dict, optional
        Extra JSON-able facts to record with the table (e.g. the pipeline).

    Returns
    -------
    pathlib.Path
        The Parquet file.
    """
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"name value = {name!r} is invalid; use a plain table name such as 'tokens'")
    folder = _check_store_path(path)
    folder.mkdir(parents=True, exist_ok=True)
    man_path = folder / MANIFEST
    man = _read_manifest(folder) if man_path.exists() else _new_manifest()
    # The rows go to a temporary file first: a write that fails leaves the store as it was.
    writer = _TableWriter(folder, name)
    try:
        for df in ([frames] if isinstance(frames, pd.DataFrame) else frames):
            writer.write(df)
        entry = writer.close(pd.DataFrame({c: pd.Series(dtype=object) for c in (columns or [])}))
    except BaseException:
        writer.abort()
        raise
    if info:
        entry["info"] = info
    man["tables"][name] = entry
    _write_manifest(folder, man)
    return writer.path


def _check_store_path(path: Any) -> Path:
    """*path* as a store folder: a new or empty folder, or one holding a corpus store."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a folder path (str or pathlib.Path), got {type(path).__name__}")
    if not os.fspath(path).strip():
        raise ValueError("path value = '' is invalid; name the folder to save into (an empty path "
                         "would write into the current folder)")
    folder = Path(os.path.abspath(Path(path).expanduser()))  # "." and "x/.." get a real name and parent
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"path value = {str(folder)!r} is a file; give a folder for the Parquet tables")
    if folder.is_dir() and not (folder / MANIFEST).is_file() and any(folder.iterdir()):
        raise StoreError(f"{folder}: the folder is not empty and holds no corpus store ({MANIFEST} is "
                         "missing); refusing to write into it. Give a new or empty folder, or delete "
                         "the folder if it is an interrupted save", path=folder)
    return folder


def _new_manifest() -> dict[str, Any]:
    from corpus_tools.version import __version__

    return {"format": FORMAT, "version": FORMAT_VERSION, "corpus_tools": __version__,
            "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "tables": {}}


# ---------------------------------------------------------------------------------------
# Issue metadata as JSON (dates and numpy scalars survive the round trip)


def _encode(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if value is pd.NaT or isinstance(value, (np.datetime64, np.timedelta64)) and np.isnat(value):
        return {"__nat__": "timedelta" if isinstance(value, np.timedelta64) else "datetime"}
    if value is pd.NA:
        return {"__na__": None}
    if isinstance(value, np.datetime64):
        return _encode(pd.Timestamp(value), where)
    if isinstance(value, np.timedelta64):
        return _encode(pd.Timedelta(value), where)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return {"__timestamp__": value.isoformat(), "tz": None if value.tz is None else str(value.tz)}
    if isinstance(value, dt.timedelta):  # pd.Timedelta too: nanoseconds, exact
        return {"__timedelta__": int(pd.Timedelta(value).value)}
    if isinstance(value, pd.Period):
        return {"__period__": str(value), "freq": value.freqstr}
    if isinstance(value, dt.time):
        return {"__time__": value.isoformat()}
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, np.ndarray):
        return [_encode(v, where) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [_encode(v, where) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v, f"{where}[{k!r}]") for k, v in value.items()}
    raise TypeError(f"{where} holds a {type(value).__name__} ({value!r}), which cannot be saved; "
                    "issue metadata may hold str, numbers, dates, None, lists and dicts")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) in (1, 2):
            (k, v), *rest = value.items()
            if k == "__date__":
                return dt.date.fromisoformat(v)
            if k == "__datetime__":
                return dt.datetime.fromisoformat(v)
            if k == "__timestamp__":
                ts = pd.Timestamp(v)
                tz = rest[0][1] if rest else None
                if tz is not None and ts.tz is not None:
                    with contextlib.suppress(Exception):  # a fixed offset has no zone name: keep it
                        ts = ts.tz_convert(tz)
                return ts
            if k == "__nat__":
                return pd.NaT if v == "datetime" else np.timedelta64("NaT")
            if k == "__na__":
                return pd.NA
            if k == "__timedelta__":
                return pd.Timedelta(int(v), unit="ns")
            if k == "__period__":
                return pd.Period(v, freq=rest[0][1] if rest else None)
            if k == "__time__":
                return dt.time.fromisoformat(v)
        return {k: _decode(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------------------------------
# Saving


def _check_tables(tables: Iterable[str]) -> list[str]:
    if isinstance(tables, str):
        tables = [tables]
    tables = list(tables)
    bad = [t for t in tables if t not in TABLES]
    if bad:
        raise ValueError(f"tables value = {bad} is invalid; tables must be among {list(TABLES)}")
    return tables


def _issue_batches(corpus: Corpus, batch_size: int) -> Iterator[Corpus]:
    """Consecutive groups of whole issues holding about *batch_size* articles each."""
    from corpus_tools.corpus import Corpus

    batch: list[Issue] = []
    n = 0
    for issue in corpus.issues:
        batch.append(issue)
        n += len(issue.articles)
        if n >= batch_size:
            yield Corpus(batch)
            batch, n = [], 0
    if batch:
        yield Corpus(batch)


def _core_frames(corpus: Corpus) -> dict[str, pd.DataFrame]:
    from corpus_tools.corpus import BLOCK_COLUMNS, ISSUE_COLUMNS

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
                       "meta": json.dumps(_encode(issue.meta, f"issue {issue.id!r} meta"),
                                          ensure_ascii=False, sort_keys=True)})
    frame = corpus.issues_frame()
    extra = pd.DataFrame(issues, columns=["issue_id", "raw", "meta"])
    issues_df = frame.merge(extra, on="issue_id", how="left", validate="one_to_one")
    return {
        "issues": issues_df[ISSUE_COLUMNS + ["raw", "meta"]],
        "articles": corpus.articles_frame(),
        "blocks": pd.DataFrame(blocks, columns=BLOCK_COLUMNS),
        "_layout": pd.DataFrame(layout, columns=["issue_id", "article_id", "position", "selected",
                                                 "block_ids", "spans", "title", "kicker", "subtitle",
                                                 "body", "byline", "captions", "section"]),
        "_repairs": pd.DataFrame(repairs, columns=["issue_id", "kind", "start", "end", "removed", "note"]),
    }


def _core_schemas() -> dict[str, "pa.Schema"]:
    pa, _ = _pa()
    s, i64, strs = pa.string(), pa.int64(), pa.list_(pa.string())
    return {
        "issues": pa.schema([("issue_id", s), ("date", pa.date32()), ("date_precision", s), ("paper", s),
                             ("county", s), ("county_code", s), ("n_articles", i64), ("n_chars", i64),
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
    pa, _ = _pa()

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
        are always written: :func:`load_corpus` rebuilds the corpus from them.
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
    folder = _check_store_path(path)
    old = _read_manifest(folder) if (folder / MANIFEST).is_file() else None
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Build the whole save in a new sibling folder; swap it in only when it is complete.
    work = folder.parent / f".{folder.name}.saving-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    try:
        man = _new_manifest()
        _, pq = _pa()
        schemas = _core_schemas()
        for name, df in _core_frames(corpus).items():
            p = work / f"{name}.parquet"
            pq.write_table(_core_table(df, schemas[name]), p, compression="zstd")
            man["tables"][name] = {"file": p.name, "rows": len(df), "bytes": p.stat().st_size,
                                   "sha256": _sha256(p)}
        for name in _OPTIONAL:
            if name in wanted:
                man["tables"][name] = _save_optional(name, corpus, work, nlp=nlp, n_process=n_process,
                                                     batch_size=batch_size, cache_dir=cache_dir,
                                                     progress=progress)
        if folder.is_dir():
            _carry_over(folder, work, old, man)
        _write_manifest(work, man)
        _swap_in(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return folder


def _carry_over(folder: Path, work: Path, old: dict[str, Any] | None, man: dict[str, Any]) -> None:
    """Copy into *work* what the old store holds beside the corpus: tables added with
    :func:`write_table` (with their manifest entries) and files the user put there."""
    ours = {f"{n}.parquet" for n in _CORE + _OPTIONAL} | {MANIFEST}
    user_tables = {n: info for n, info in (old or {}).get("tables", {}).items()
                   if n not in _CORE and n not in _OPTIONAL}
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
    writer = _TableWriter(folder, name)
    info: dict[str, Any] = {}
    try:
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

                columns = ent.ENTITY_COLUMNS
                batches: Iterable[Corpus] = _issue_batches(corpus, batch_size)
                if progress:
                    from tqdm.auto import tqdm

                    n = -(-len(corpus.articles) // batch_size)
                    batches = tqdm(batches, total=n, desc=f"saving {name}", unit="batch")
                for sub in batches:
                    writer.write(ent.extract_entities(sub))
        entry = writer.close(pd.DataFrame({c: pd.Series(dtype=object) for c in columns}))
    except BaseException:
        writer.abort()
        raise
    if info:
        entry["info"] = info
    return entry


# ---------------------------------------------------------------------------------------
# Loading


class _KeepIds:
    """The article filter of a loaded issue saved from a filtered corpus (picklable)."""

    def __init__(self, ids: Iterable[str]):
        self.ids = frozenset(ids)

    def __call__(self, article: Any) -> bool:
        return article.id in self.ids

    def __repr__(self) -> str:
        return f"_KeepIds({len(self.ids)} articles)"


def _read_checked(folder: Path, man: dict[str, Any], name: str, columns: Sequence[str] | None = None
                  ) -> "pa.Table":
    _, pq = _pa()
    info = man["tables"].get(name)
    if info is None:
        raise StoreError(f"{folder}: table {name!r} was not saved; saved tables are "
                         f"{sorted(k for k in man['tables'] if not k.startswith('_'))}",
                         path=folder / f"{name}.parquet")
    path = _check_file(folder, name, info)
    try:
        table = pq.read_table(path, columns=list(columns) if columns is not None else None)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise StoreError(f"{path}: not a readable Parquet file ({type(exc).__name__}: {exc}); "
                         "save the corpus again", path=path) from exc
    if columns is None and table.num_rows != info.get("rows"):
        raise StoreError(f"{path}: {table.num_rows} rows, the manifest recorded {info.get('rows')}; "
                         "save the corpus again", path=path)
    return table


def load_table(path: str | os.PathLike, name: str, *, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One table of a saved corpus as a DataFrame, after checking it against the manifest.

    Parameters
    ----------
    path : folder written by :func:`save_corpus`
    name : str
        ``"articles"``, ``"issues"``, ``"blocks"``, ``"tokens"``, ``"entities"``, ``"slogans"``
        (or any table added with :func:`write_table`).
    columns : sequence of str, optional
        Read only these columns.

    Returns
    -------
    pandas.DataFrame
        The table as saved; ``tokens`` has the categorical columns of
        :func:`~corpus_tools.parsing.tokens_frame`; ``date`` columns hold ``datetime.date``.

    Raises
    ------
    StoreError
        The folder has no manifest (partial save), or the file is missing, truncated or corrupt.
    """
    folder = Path(path)
    man = _read_manifest(folder)
    table = _read_checked(folder, man, name, columns)
    return table.to_pandas(date_as_object=True)


def load_corpus(path: str | os.PathLike) -> Corpus:
    """Rebuild a :class:`~corpus_tools.corpus.Corpus` saved with :func:`save_corpus`.

    Issues get back their raw text, date and metadata, and their page layout (blocks,
    articles, repairs) without running layout repair again; a corpus saved after
    :meth:`Corpus.filter` on article fields keeps the same articles.

    Raises
    ------
    StoreError
        A partial or corrupt save (the message names the file).
    """
    from corpus_tools.corpus import Corpus, Issue
    from corpus_tools.layout import ArticleParts, Block, PageLayout, Repair

    folder = Path(path)
    man = _read_manifest(folder)
    t = {name: _read_checked(folder, man, name) for name in _CORE}
    issues = t["issues"].select(["issue_id", "date", "raw", "meta"]).to_pylist()
    arts = {r["article_id"]: r for r in t["articles"].to_pylist()}

    blocks: dict[str, list[Block]] = defaultdict(list)
    for r in t["blocks"].to_pylist():  # written in block order per issue
        aid = r["article_id"]
        art = None if aid is None else int(aid.rsplit("-", 1)[1]) - 1
        blocks[r["issue_id"]].append(Block(r["kind"], r["text"], r["start"], r["end"], art))
    repairs: dict[str, list[Repair]] = defaultdict(list)
    for r in t["_repairs"].to_pylist():
        repairs[r["issue_id"]].append(Repair(r["kind"], r["start"], r["end"], r["removed"], r["note"]))
    parts: dict[str, list[ArticleParts]] = defaultdict(list)
    hidden: set[str] = set()
    for r in t["_layout"].to_pylist():
        src = arts.get(r["article_id"]) if r["selected"] else r
        if src is None:
            raise StoreError(f"{folder / 'articles.parquet'}: article {r['article_id']!r} listed in "
                             "_layout.parquet is missing; save the corpus again",
                             path=folder / "articles.parquet")
        if not r["selected"]:
            hidden.add(r["issue_id"])
        spans: dict[str, list[tuple[int, int]]] = {}
        for sp in r["spans"]:
            spans.setdefault(sp["part"], []).append((sp["start"], sp["end"]))
        parts[r["issue_id"]].append(ArticleParts(
            title=src["title"], kicker=src["kicker"], subtitle=src["subtitle"], body=src["body"],
            byline=[("", n) for n in src["byline"] or []], captions=list(src["captions"] or []), section=src["section"],
            spans=spans, blocks=list(r["block_ids"])))
    visible: dict[str, list[str]] = defaultdict(list)
    for aid, a in arts.items():
        visible[a["issue_id"]].append(aid)
    out = []
    for r in issues:
        iid = r["issue_id"]
        keep = _KeepIds(visible.get(iid, ())) if iid in hidden else None
        try:
            meta = _decode(json.loads(r["meta"]))
        except ValueError as exc:
            raise StoreError(f"{folder / 'issues.parquet'}: issue {iid!r} has unreadable metadata ({exc})",
                             path=folder / "issues.parquet") from exc
        issue = Issue(id=iid, raw=r["raw"], date=r["date"], meta=meta, article_filter=keep)
        issue.__dict__["layout"] = PageLayout(blocks=blocks.get(iid, []), articles=parts.get(iid, []),
                                              repairs=repairs.get(iid, []))
        out.append(issue)
    return Corpus(out)
