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
from typing import Any

import pandas as pd

from corpus_tools.corpus_cache import corpus_fingerprint

__all__ = ["recogniser_digest", "stamp", "remember_store", "stored_entities", "ROW_ORDER", "BYLINE_NAME_ROWS"]

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
    versions. Computed once per process (about 60 MB read).

    Returns
    -------
    str
        A hex digest.
    """
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


#: ``extract_entities(...).attrs`` key (and manifest info key): how many of the table's last rows
#: are the articles' byline names.
BYLINE_NAME_ROWS = "byline_name_rows"
#: How a saved entity table orders its rows: as one ``extract_entities(corpus)`` call, every page's
#: rows and then every article's byline names. A store without it (written before the names were
#: held back to the end) is not reused: its table is computed afresh.
ROW_ORDER = "one call: parts, then byline names"


def stamp(corpus: Any) -> dict[str, str]:
    """What a saved entity table was computed from: ``{"corpus": …, "recogniser": …}`` digests and
    its row order (:data:`ROW_ORDER`).

    Parameters
    ----------
    corpus : Corpus
        The corpus the entity table was extracted from.

    Returns
    -------
    dict of str to str
        ``corpus`` (:func:`~corpus_tools.corpus_cache.corpus_fingerprint`, hex), ``recogniser``
        (:func:`recogniser_digest`) and ``order``.
    """
    return {"corpus": corpus_fingerprint(corpus).hex(), "recogniser": recogniser_digest(), "order": ROW_ORDER}


def remember_store(corpus: Any, folder: str | os.PathLike) -> None:
    """Note that *corpus* was loaded from the store *folder* (``Corpus.load`` calls it).

    Parameters
    ----------
    corpus : Corpus
        The corpus just loaded.
    folder : str or PathLike
        The store it was loaded from.

    Returns
    -------
    None
    """
    _LOADED_FROM[corpus] = Path(folder).resolve()  # a later chdir must not lose it


def stored_entities(corpus: Any) -> pd.DataFrame | None:
    """The entity table saved with the store *corpus* was loaded from, when its stamp matches the
    corpus and the recogniser as they are now; None otherwise (not loaded, no entities saved, or
    anything changed).

    The rows are in the order one ``extract_entities(corpus)`` call gives (the save writes the
    pages' rows a batch of issues at a time and every byline name after them, :data:`ROW_ORDER`),
    with the same column types.

    Parameters
    ----------
    corpus : Corpus
        A corpus (one not loaded from a store gives None).

    Returns
    -------
    DataFrame or None
        The saved entity table, or None.
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
    if {k: v for k, v in info.items() if k != BYLINE_NAME_ROWS} != stamp(corpus) or BYLINE_NAME_ROWS not in info:
        return None
    df = load_table(folder, "entities")
    df.attrs[BYLINE_NAME_ROWS] = int(info[BYLINE_NAME_ROWS])
    for col in ("issue_id", "admin_code", "owner_code"):
        df[col] = pd.Series([v if isinstance(v, str) else None for v in df[col]], index=df.index, dtype=object)
    for col in ("start", "end"):
        df[col] = df[col].astype("int64")
    return df
