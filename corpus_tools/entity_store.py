"""The entity table saved with a corpus, reused while the corpus and the recogniser are unchanged.

:meth:`Corpus.save <corpus_tools.corpus.Corpus.save>` writes ``entities.parquet`` with a stamp in
the store's manifest (:func:`stamp`): a digest of what entity extraction reads from the corpus
(:func:`corpus_tools.corpus_cache.corpus_fingerprint`: ids, dates, metadata, page texts, article
texts, bylines and blocks) and a digest of the recogniser (:func:`recogniser_digest`: every file
of the installed package — code, NER model, gazetteer, rules —, the NER model named by
``CORPUS_TOOLS_NER_MODEL`` if any, and the spaCy, thinc and NumPy versions). A corpus read back
with :meth:`Corpus.load <corpus_tools.corpus.Corpus.load>` remembers its folder
(:func:`remember_store`); :func:`corpus_tools.extract_entities` with its defaults (every label,
the model on) returns the saved table when both digests match, and recomputes otherwise. The
report, :func:`~corpus_tools.entities.entity_counts` and the place tables built on the full
table reuse it through ``extract_entities``. Calls restricted to some labels
(``keywords``' PERSON table, ``project_investments`` without ``entities=``) recompute: the
recogniser resolves overlaps differently when it looks for fewer labels.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import weakref
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from corpus_tools._entity_rules.byline_names import byline_entities
from corpus_tools.corpus_cache import corpus_fingerprint

__all__ = ["recogniser_digest", "stamp", "remember_store", "stored_entities", "in_call_order"]

_PACKAGE = Path(__file__).resolve().parent
#: corpus -> the store folder it was loaded from
_LOADED_FROM: "weakref.WeakKeyDictionary[Any, Path]" = weakref.WeakKeyDictionary()


def _hash_tree(h: "hashlib._Hash", root: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".pyc", ".c")):
                continue
            path = Path(dirpath) / name
            h.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)


@functools.cache
def recogniser_digest() -> str:
    """A digest of everything entity extraction runs on: the package's files (code, models, data),
    the NER model named by ``CORPUS_TOOLS_NER_MODEL`` when set, and the spaCy, thinc and NumPy
    versions. Computed once per process (about 60 MB read)."""
    from corpus_tools.ner_model import NER_MODEL_ENV

    h = hashlib.blake2b(digest_size=16)
    _hash_tree(h, _PACKAGE)
    other = os.environ.get(NER_MODEL_ENV)
    if other:
        h.update(f"\0model {other}\0".encode())
        _hash_tree(h, Path(other))
    for dist in ("spacy", "thinc", "numpy"):
        try:
            h.update(f"\0{dist} {importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover
            pass
    return h.hexdigest()


def stamp(corpus: Any) -> dict[str, str]:
    """What a saved entity table was computed from: ``{"corpus": …, "recogniser": …}`` digests."""
    return {"corpus": corpus_fingerprint(corpus).hex(), "recogniser": recogniser_digest()}


def remember_store(corpus: Any, folder: str | os.PathLike) -> None:
    """Note that *corpus* was loaded from the store *folder* (``Corpus.load`` calls it)."""
    _LOADED_FROM[corpus] = Path(folder).resolve()  # a later chdir must not lose it


def stored_entities(corpus: Any) -> pd.DataFrame | None:
    """The entity table saved with the store *corpus* was loaded from, when its stamp matches the
    corpus and the recogniser as they are now; None otherwise (not loaded, no entities saved, or
    anything changed).

    The rows are in the order one ``extract_entities(corpus)`` call gives (the save writes them
    a batch of issues at a time, each batch's byline names after its parts: see
    :func:`in_call_order`), with the same column types.
    """
    from corpus_tools.store.load import load_table
    from corpus_tools.store.manifest import StoreError, read_manifest

    folder = _LOADED_FROM.get(corpus)
    if folder is None:
        return None
    try:
        info = read_manifest(folder)["tables"].get("entities", {}).get("info", {})
    except StoreError:
        return None
    if info.get("recogniser") != recogniser_digest() or info.get("corpus") != corpus_fingerprint(corpus).hex():
        return None
    df = in_call_order(load_table(folder, "entities"), corpus.articles)
    if df is None:
        return None
    for col in ("issue_id", "admin_code", "owner_code"):
        df[col] = pd.Series([v if isinstance(v, str) else None for v in df[col]], index=df.index, dtype=object)
    for col in ("start", "end"):
        df[col] = df[col].astype("int64")
    return df


def in_call_order(df: pd.DataFrame, articles: Iterable[Any]) -> pd.DataFrame | None:
    """Entity rows of *articles* computed a few whole issues at a time (``Corpus.save`` does),
    in the order one :func:`~corpus_tools.entities.extract_entities` call over all of them
    gives; None when the rows do not fit the articles.

    One call lists, issue after issue, the page's masthead and byline-media rows (filed under
    its first article) and the rows of each article's parts, and only then every article's
    byline names (one row per byline entry that names a person or a unit: :func:`~corpus_tools._entity_rules.byline_names.byline_entities`); rows computed in pieces hold each piece's names
    after its parts. Each issue's last rows are its articles' names, so they are moved to the
    end, issue by issue.
    """
    n_names: dict[Any, int] = {}
    for art in articles:
        n_names[art.issue_id] = n_names.get(art.issue_id, 0) + len(byline_entities(getattr(art, "byline", None)))
    where: dict[Any, list[int]] = {}
    for k, iid in enumerate(df["issue_id"].tolist()):
        where.setdefault(iid, []).append(k)
    if set(where) - set(n_names):
        return None
    front: list[int] = []
    names: list[int] = []
    for iid, n in n_names.items():
        rows = where.get(iid, [])
        if n > len(rows):
            return None
        front += rows[:len(rows) - n]
        names += rows[len(rows) - n:]
    return df.iloc[front + names].reset_index(drop=True)
