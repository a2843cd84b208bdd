"""The store folder and its manifest: format constants, :class:`StoreError`, checks, single tables.

A store folder holds one Parquet file per table and ``manifest.json`` (format version, and for
every file its rows, bytes and SHA-256). This module reads, writes and checks that manifest
(:func:`verify_store`), decides whether a path may hold a store, and adds or replaces one table
(:func:`write_table`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from corpus_tools.errors import CorpusToolsError
from corpus_tools.store.arrow import TableWriter, sha256

__all__ = ["TABLES", "MANIFEST", "StoreError", "verify_store", "write_table"]

#: Tables :func:`save_corpus` can write. ``articles``, ``issues`` and ``blocks`` are always
#: written (the corpus is rebuilt from them); the others are computed on request.
TABLES = ("articles", "issues", "blocks", "tokens", "entities", "slogans")
CORE = ("issues", "articles", "blocks", "_layout", "_repairs")
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

def read_manifest(folder: Path) -> dict[str, Any]:
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


def write_manifest(folder: Path, man: dict[str, Any]) -> None:
    tmp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(man, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def check_file(folder: Path, name: str, info: dict[str, Any], *, checksum: bool = True) -> Path:
    path = folder / info.get("file", f"{name}.parquet")
    if not path.is_file():
        raise StoreError(f"{path}: missing, though {folder / MANIFEST} lists it; save the corpus again",
                         path=path)
    size = path.stat().st_size
    if size != info.get("bytes"):
        raise StoreError(f"{path}: {size} bytes, the manifest recorded {info.get('bytes')} "
                         "(truncated or overwritten); save the corpus again", path=path)
    if checksum and sha256(path) != info.get("sha256"):
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
    man = read_manifest(folder)
    names = list(man["tables"]) if tables is None else list(tables)
    for name in names:
        if name not in man["tables"]:
            raise StoreError(f"{folder}: table {name!r} was not saved; saved tables are "
                             f"{sorted(k for k in man['tables'] if not k.startswith('_'))}",
                             path=folder / f"{name}.parquet")
        check_file(folder, name, man["tables"][name])
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
    folder = check_store_path(path)
    folder.mkdir(parents=True, exist_ok=True)
    man_path = folder / MANIFEST
    man = read_manifest(folder) if man_path.exists() else new_manifest()
    # The rows go to a temporary file first: a write that fails leaves the store as it was.
    with TableWriter(folder, name) as writer:
        for df in ([frames] if isinstance(frames, pd.DataFrame) else frames):
            writer.write(df)
        man["tables"][name] = writer.finish(columns or (), info)
    write_manifest(folder, man)
    return writer.path


def check_store_path(path: Any) -> Path:
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


def new_manifest() -> dict[str, Any]:
    from corpus_tools.version import __version__

    return {"format": FORMAT, "version": FORMAT_VERSION, "corpus_tools": __version__,
            "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "tables": {}}

