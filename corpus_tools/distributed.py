"""Parse a corpus and find its entities on a Dask cluster.

Needs the optional extra: ``pip install "corpus_tools[dask]"``.

The corpus is cut into partitions of whole issues (pages) in corpus order; each partition
is one Dask task. A task rebuilds the issues' layout if it was not computed yet, loads the
pipeline once per worker process from a pipeline *directory* (``spacy.load(pipeline,
config=config)``: the shipped one by default, or one you saved with ``nlp.to_disk``), and returns
exactly what the local function returns for those articles, so the concatenated result
equals the local table row for row:

* :func:`parse` -> :func:`corpus_tools.parsing.tokens_frame`;
* :func:`extract_entities` -> :func:`corpus_tools.entities.extract_entities`.

The client submits at most two tasks per worker thread (plus one) at a time and reads the
results in partition order, each taken apart into compact columns as it arrives and released
on the cluster: the client holds about the returned table (with ``out=``, one partition), the
scheduler the issues of the tasks in flight, and each worker one partition's parse; a worker
gives its freed heap back after each task. Measured on 14.5 M characters with two workers:
``benchmarks/scale.py``, the "Scale" section of ``docs/benchmarks.md``.

A worker that dies mid-task is replaced by its nanny and the scheduler runs the task again
on a live worker (up to ``distributed.scheduler.allowed-failures`` times, 3 by default);
since a partition's result is collected once per partition, no article is lost or counted
twice. Workers read and write the parse cache (``cache_dir``): on one machine, or with a
cache folder on shared storage, a later local ``keywords(corpus)`` or ``TopicModel.fit``
reads the cluster's parses instead of parsing again, and a run interrupted half-way
resumes from the cached articles.

Examples
--------
>>> from dask.distributed import Client, LocalCluster             # doctest: +SKIP
>>> from corpus_tools import load_seeds, distributed                # doctest: +SKIP
>>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))  # doctest: +SKIP
>>> tokens = distributed.parse(load_seeds(), client=client)         # doctest: +SKIP
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import uuid
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from corpus_tools._grouping import issue_batches
from corpus_tools._validate import check_int
from corpus_tools.store import write_table

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

    from corpus_tools.corpus import Corpus, Issue

__all__ = ["parse", "extract_entities"]

_INSTALL = 'pip install "corpus_tools[dask]"'


def _check_client(client: Any) -> "Client":
    try:
        from distributed import Client
    except ImportError:
        raise ImportError(f"corpus_tools.distributed needs Dask's distributed scheduler: {_INSTALL}") from None
    if not isinstance(client, Client):
        raise TypeError(f"client must be a dask.distributed.Client (e.g. Client(LocalCluster())), "
                        f"got {type(client).__name__}")
    return client


def _check_nlp_options(nlp_options: dict[str, Any] | None) -> dict[str, Any] | None:
    from corpus_tools.pipeline import load_pipeline

    if nlp_options is None:
        return None
    warnings.warn("distributed.parse(nlp_options=...) is deprecated: save the pipeline with "
                  "load_pipeline(...).to_disk(folder) and pass pipeline=folder", DeprecationWarning, stacklevel=3)
    if not isinstance(nlp_options, dict):
        raise TypeError(f"nlp_options must be a dict of corpus_tools.load_pipeline arguments, "
                        f"got {type(nlp_options).__name__}")
    allowed = [p for p in inspect.signature(load_pipeline).parameters]
    bad = sorted(set(nlp_options) - set(allowed))
    if bad:
        raise ValueError(f"nlp_options keys {bad} are invalid; load_pipeline takes {allowed}")
    return dict(nlp_options)


def _partitions(corpus: Corpus, partition_size: int) -> list[list[Issue]]:
    from corpus_tools.errors import check_corpus

    check_corpus(corpus)
    check_int("partition_size", partition_size)
    # do not run layout on the client just to count: an issue not yet split (no computed layout, a
    # cached_property) counts as one
    return list(issue_batches(corpus.issues, partition_size,
                              count=lambda i: len(i.articles) if "layout" in vars(i) else 1))


# -- tasks (run on the workers) ----------------------------------------------------------

def _pipeline_spec(pipeline: str | os.PathLike | None, config: dict[str, Any] | None,
                   options: dict[str, Any] | None) -> tuple[str, str]:
    """What a worker loads, as two strings: a pipeline folder and its config overrides (JSON)."""
    from corpus_tools.pipeline import pipeline_path

    if options is not None:
        if pipeline is not None or config is not None:
            raise ValueError("nlp_options cannot be combined with pipeline= or config=")
        return "", json.dumps(options, sort_keys=True, default=str)
    path = pipeline_path() if pipeline is None else Path(pipeline)
    if not (path / "config.cfg").is_file():
        raise ValueError(f"pipeline value = {str(pipeline)!r} is invalid; it must be a folder written by "
                         "nlp.to_disk (with a config.cfg)")
    if config is not None and not isinstance(config, dict):
        raise TypeError(f"config must be a dict of config overrides (as in spacy.load), got {type(config).__name__}")
    return str(path.resolve()), json.dumps(config or {}, sort_keys=True)


@functools.lru_cache(maxsize=1)
def _linux_libc() -> Any:
    """The process's C library on Linux (a :class:`ctypes.CDLL`); None elsewhere or when it cannot be loaded
    (found once a process: the memory calls run after every task)."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


@functools.lru_cache(maxsize=1)
def _keep_freed_memory() -> bool:
    """In a worker, let glibc keep freed memory for reuse instead of returning it at once.

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, which also turns off
    glibc's adaptive mmap threshold: every allocation over 128 KiB is then mapped and unmapped
    again, and a parse task spent 1.5x the CPU time of the same task in a plain process
    (about a third of it page faults; measured 2026-12-03 on 1.36 M characters of the scale
    benchmark's corpus, 34.8 against 22.0 CPU-s). This sets the trim threshold to 64 MiB and the mmap threshold to
    32 MiB (``mallopt``), which gave back the plain-process CPU time. Linux/glibc only;
    elsewhere nothing is done. Returns whether the settings were applied.
    """
    libc = _linux_libc()
    if libc is None:
        return False
    try:
        m_trim_threshold, m_mmap_threshold = -1, -3  # <malloc.h>
        return bool(libc.mallopt(m_trim_threshold, 64 << 20)) and bool(libc.mallopt(m_mmap_threshold, 32 << 20))
    except AttributeError:  # not glibc (e.g. musl has no mallopt)
        return False


def _return_freed_memory() -> bool:
    """In a worker, after a task: hand the heap's free pages back to the system (``malloc_trim``).

    With the thresholds of :func:`_keep_freed_memory` the heap keeps what a task freed: the
    tagger's activations and each window's Docs, interleaved with what stays (strings,
    lexemes), leave a few hundred MB of free heap that the process keeps between tasks
    (measured: 372 of 530 MiB of heap free after parsing 655 articles in a thread).
    ``malloc_trim(0)`` returns the free pages of every arena once per task, so the next task
    starts from the memory in use; a task reuses them at the cost of page faults (about
    0.1 s per task of 500 articles). Linux/glibc only; returns whether it ran.
    """
    libc = _linux_libc()
    if libc is None:
        return False
    try:
        libc.malloc_trim(0)
        return True
    except AttributeError:  # not glibc
        return False


@functools.lru_cache(maxsize=2)
def _worker_pipeline(path: str, config_json: str) -> Any:
    """The task's pipeline, loaded once per worker process and used by this module's tasks only."""
    if not path:  # deprecated nlp_options: load_pipeline arguments
        from corpus_tools.pipeline import load_pipeline

        return load_pipeline(**json.loads(config_json))
    import spacy

    import corpus_tools.pipeline  # noqa: F401 - registers our tokenizer and components

    return spacy.load(path, config=json.loads(config_json))


def _parse_task(issues: list[Issue], spec: tuple[str, str], cache_dir: Any) -> pd.DataFrame:
    from corpus_tools.corpus import Corpus
    from corpus_tools.parsing import tokens_frame

    _keep_freed_memory()
    try:
        return tokens_frame(Corpus(issues), nlp=_worker_pipeline(*spec), progress=False, cache_dir=cache_dir)
    finally:
        _return_freed_memory()


def _entities_task(issues: list[Issue], options: dict[str, Any]) -> pd.DataFrame:
    from corpus_tools.corpus import Corpus
    from corpus_tools.entities import extract_entities as local_extract

    _keep_freed_memory()
    try:
        return local_extract(Corpus(issues), **options)
    finally:
        _return_freed_memory()


# -- driver ---------------------------------------------------------------------------------

def _in_order(client: "Client", name: str, fn: Any, parts: list[list[Issue]], args: tuple,
              progress: bool, desc: str) -> Iterator[pd.DataFrame]:
    """Each partition's result, in partition order, with a bounded number of tasks in flight.

    At most two tasks per worker thread (plus one) are submitted at a time, and the next one
    when a result has been read: the scheduler holds the pickled issues of those tasks only,
    not the whole corpus, and the workers hold at most that many results. A result is
    released on the cluster as soon as it is read.
    """
    from collections import deque

    run = uuid.uuid4().hex[:12]
    ahead = 2 * max(1, sum(client.nthreads().values())) + 1
    todo = iter(enumerate(parts))
    pending: deque = deque()

    def top_up() -> None:
        while len(pending) < ahead:
            nxt = next(todo, None)
            if nxt is None:
                return
            i, part = nxt
            pending.append(client.submit(fn, part, *args, key=f"corpus_tools-{name}-{run}-{i:06d}", pure=False))

    bar = None
    if progress:
        from corpus_tools.progress import progress_bar

        bar = progress_bar(total=len(parts), desc=desc, unit="partition")
    try:
        top_up()
        while pending:
            fut = pending.popleft()
            df = fut.result()
            fut.release()  # the cluster can free the result
            del fut
            top_up()
            if bar is not None:
                bar.update()
            yield df
    finally:
        if bar is not None:
            bar.close()
        for fut in pending:
            fut.cancel()


class _Categories:
    """The union of the categories of several categoricals, with each one's codes mapped onto it."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}

    def codes(self, values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
        """*values*' own codes and the map from them to union codes (keep both: the codes stay compact)."""
        index = self.index
        mapping = np.fromiter((index.setdefault(c, len(index)) for c in values.cat.categories),
                              dtype=np.int32, count=len(values.cat.categories))
        return values.cat.codes.to_numpy(), np.append(mapping, -1)  # code -1 (missing) stays -1


def _concat(frames: Iterable[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """The frames one after the other, read one at a time; categorical columns stay categorical.

    Each frame is taken apart into its columns as it arrives (categoricals as their own
    compact codes plus a map onto the union of categories), so memory holds the pieces,
    about the size of the result, and one column being built, never an object column of
    the whole table (``pd.concat`` of categoricals with different categories makes one).
    """
    pieces: dict[str, list[Any]] = {}
    cats: dict[str, _Categories] = {}
    dtypes: dict[str, Any] = {}
    n = 0
    for frame in frames:
        if not len(frame):
            continue
        n += len(frame)
        for col in frame.columns:
            values = frame[col]
            if isinstance(values.dtype, pd.CategoricalDtype):
                values = cats.setdefault(col, _Categories()).codes(values)
            dtypes.setdefault(col, frame[col].dtype)
            pieces.setdefault(col, []).append(values)
        del frame, values
    if not n:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    out: dict[str, Any] = {}
    for col in list(pieces):  # one column at a time, freeing its pieces
        parts = pieces.pop(col)
        if col in cats:
            codes = np.concatenate([mapping[c] for c, mapping in parts])
            del parts
            out[col] = pd.Categorical.from_codes(codes, categories=list(cats.pop(col).index), validate=False)
        elif isinstance(dtypes[col], np.dtype) and dtypes[col] != object:
            out[col] = np.concatenate([p.to_numpy() for p in parts])
        else:
            out[col] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(out, copy=False)


def parse(
    corpus: Corpus,
    *,
    client: "Client",
    out: str | os.PathLike | None = None,
    pipeline: str | os.PathLike | None = None,
    config: dict[str, Any] | None = None,
    partition_size: int = 500,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    progress: bool = True,
    nlp_options: dict[str, Any] | None = None,
) -> pd.DataFrame | Path:
    """Parse every article on a Dask cluster; the token table of :func:`~corpus_tools.parsing.tokens_frame`.

    Parameters
    ----------
    corpus : Corpus
    client : dask.distributed.Client
        A client connected to the cluster (``Client(LocalCluster())`` on one machine).
    out : folder, optional
        Write the table as ``<out>/tokens.parquet`` (recorded in the folder's manifest,
        readable with :func:`corpus_tools.store.load_table`), one partition at a time so the
        client holds one partition in memory; the folder's path is returned. Without it,
        the table is returned.
    pipeline : folder, optional
        A spaCy pipeline directory the workers can read: default
        :func:`corpus_tools.pipeline_path` (the shipped pipeline); for another one, save it
        with ``load_pipeline(segmenter="jieba").to_disk(folder)``. Each worker loads it once.
    config : dict, optional
        Config overrides for ``spacy.load(pipeline, config=config)``, e.g.
        ``{"nlp": {"tokenizer": {"segmenter": "char"}}}``.
    partition_size : int
        Articles per task, counted over whole issues. Without a computed layout an issue
        counts as one article, so a task holds *partition_size* pages.
    cache_dir : path, None or False
        The parse cache *as seen by the workers* (see
        :func:`~corpus_tools.parsing.parse_corpus`); None is each worker's default cache.
    progress : bool
        Show a progress bar over partitions.
    nlp_options : dict, optional
        Deprecated: arguments of :func:`corpus_tools.load_pipeline`; use *pipeline*.

    Returns
    -------
    DataFrame or pathlib.Path
        The token table (columns :data:`~corpus_tools.parsing.TOKEN_COLUMNS`, in corpus
        order, equal to ``tokens_frame(corpus, nlp=spacy.load(pipeline, config=config))``),
        or the *out* folder.
    """
    from corpus_tools.parsing import TOKEN_COLUMNS

    client = _check_client(client)
    spec = _pipeline_spec(pipeline, config, _check_nlp_options(nlp_options))
    parts = _partitions(corpus, partition_size)
    frames = _in_order(client, "parse", _parse_task, parts, (spec, cache_dir), progress, "parsing partitions")
    if out is None:
        return _concat(frames, TOKEN_COLUMNS)
    from corpus_tools.parsing import pipeline_fingerprint

    nlp = _worker_pipeline(*spec)  # the same pipeline, loaded on the client for its fingerprint
    info = {"pipeline": {"name": nlp.meta.get("name"), "version": nlp.meta.get("version"),
                         "pipes": list(nlp.pipe_names), "fingerprint": pipeline_fingerprint(nlp),
                         "path": spec[0] or None, "config": json.loads(spec[1]) if spec[0] else None},
            "nlp_options": None if spec[0] else json.loads(spec[1]), "computed": "corpus_tools.distributed.parse"}
    write_table(out, "tokens", frames, columns=TOKEN_COLUMNS, info=info)
    return Path(out)


def extract_entities(
    corpus: Corpus,
    *,
    client: "Client",
    labels: Iterable[str] | None = None,
    model: bool = True,
    partition_size: int = 500,
    progress: bool = True,
) -> pd.DataFrame:
    """:func:`corpus_tools.extract_entities` on a Dask cluster, one partition of articles per task.

    Parameters
    ----------
    corpus : Corpus
    client : dask.distributed.Client
    labels, model
        As in :func:`corpus_tools.entities.extract_entities`.
    partition_size : int
        Articles per task (see :func:`parse`).
    progress : bool
        Show a progress bar over partitions.

    Returns
    -------
    DataFrame
        The same table as ``corpus_tools.extract_entities(corpus, labels=labels, model=model)``.
    """
    from corpus_tools._validate import check_labels
    from corpus_tools.entities import ENTITY_COLUMNS, LABELS

    client = _check_client(client)
    keep = check_labels(labels, LABELS)  # fail on the client, before any task runs
    options = {"labels": None if keep is None else sorted(keep), "model": bool(model)}
    parts = _partitions(corpus, partition_size)
    df = _concat(_in_order(client, "entities", _entities_task, parts, (options,), progress, "entities"),
                 ENTITY_COLUMNS)
    # the local table lists byline names after every other mention of the corpus
    order = np.argsort(df["part"].eq("byline").to_numpy(), kind="stable")
    df = df.iloc[order].reset_index(drop=True)
    for col in ("issue_id", "admin_code", "owner_code"):  # None, not NaN, as the local table
        df[col] = pd.Series([v if isinstance(v, str) else None for v in df[col]], index=df.index, dtype=object)
    return df
