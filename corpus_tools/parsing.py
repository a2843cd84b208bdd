"""Run the spaCy pipeline over a corpus once, cache the result, and expose the token table.

:func:`iter_parse` (``Corpus.iter_docs``) streams ``(article, Doc)`` pairs in corpus order,
a batch at a time: articles already in the parse cache are read back, the others go through
``nlp.pipe`` (``n_process`` processes) and are written to the cache as they come, so an
interrupted run resumes where it stopped and a re-run after adding pages parses only the new
articles. :func:`parse_corpus` (``Corpus.parse``) collects the same pairs into one dict,
which holds every Doc in memory: use it for small corpora, and the streaming functions
(:func:`iter_parse`, :func:`tokens_frame`, ``Corpus.save``) for large ones.

The cache stores parses in *shards*: one spaCy ``DocBin`` per run of up to 256 parsed
articles (``<cache>/shards/<pipeline>/<id>.spacy``) next to a small index
(``<id>.idx``: the articles' text hashes, the shard's size and CRC-32). A parse is keyed by
a hash of the article text and a fingerprint of the pipeline (spaCy version, language,
components, config, ``nlp.meta`` and the tokenizer's settings). A shard whose size or
checksum does not match its index (a partial write, a damaged file) is deleted with a
warning and its articles are parsed again: a bad shard is never used.

The cache lives in ``$CORPUS_TOOLS_CACHE`` when that is set, else in
``$XDG_CACHE_HOME/corpus_tools`` (``~/.cache/corpus_tools``). Pass ``cache_dir=`` to put
it elsewhere or ``cache_dir=False`` to keep nothing on disk. A cache folder that cannot be
written (a read-only home, a shared cache) is not used: the run goes on without a cache, with
one warning naming the folder. When you change a pipeline in
ways its config does not show (e.g. ``jieba.add_word``), call :func:`clear_cache`.

:func:`tokens_frame` (``Corpus.tokens_frame``) flattens the parse into one row per token
(whitespace tokens left out) with the columns in :data:`TOKEN_COLUMNS`, built batch by
batch from the stream (cached articles are read straight from the shards' arrays, without
making Docs), so memory is bounded by the table, not by the parses. The table uses compact
types (categoricals, ``int32``), is cached as one ``.npz`` of plain arrays per corpus, and
is kept with the Corpus object that asked for it (a repeated analysis of the same corpus
reuses it; nothing is shared between corpora). Analyses read it through :func:`term_frame`,
which adds the normalised ``term`` and the ``keep`` mask of the shared stop-word /
punctuation / number / POS filter.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import tempfile
import threading
import warnings
import weakref
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from corpus_tools._validate import check_int
from corpus_tools.errors import check_corpus
from corpus_tools.nlp import fast_matmul
from corpus_tools.stopwords import DEFAULT_POS, get_stop_words, term_mask
from corpus_tools.text import to_halfwidth

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

    from corpus_tools.corpus import Article, Corpus

__all__ = [
    "TOKEN_COLUMNS",
    "MAX_PARSE_CHARS",
    "empty_tokens_frame",
    "iter_parse",
    "iter_token_chunks",
    "parse_corpus",
    "tokens_frame",
    "term_frame",
    "default_cache_dir",
    "clear_cache",
    "pipeline_fingerprint",
    "resolve_nlp",
]

#: Columns of :func:`tokens_frame`.
TOKEN_COLUMNS = ["issue_id", "article_id", "sent", "i", "text", "tag", "is_stop", "ent_label", "idx"]

_TABLE_VERSION = "2"  # bump when the token table changes (v2: int32 columns)
_CACHE_FORMAT = 1  # shard index format
_SHARD_SIZE = 256  # parsed articles per cache shard; also the window of the stream
_SENT_END_RE = re.compile(r"^[。！？!?…]+[”’」』）)]*$")
# The token table of a corpus is small next to its Docs; each Corpus object keeps its latest
# one (key -> table) for repeated analyses. The memo lives and dies with that object: a
# result never depends on what else the process computed before.
_CORPUS_MEMO: weakref.WeakKeyDictionary[Any, tuple[str, pd.DataFrame]] = weakref.WeakKeyDictionary()
_MEMO_LOCK = threading.Lock()  # tokens_frame may run in several threads (e.g. dask workers)
#: Articles longer than this are parsed in sentence-aligned pieces (spaCy refuses texts over
#: ``nlp.max_length``, and the tagger's memory grows with the length of one text).
MAX_PARSE_CHARS = 20_000
_PIECE_END_RE = re.compile(r"[。！？!?；;\n]")
_UNWRITABLE_WARNED: set[str] = set()  # cache folders already reported unwritable


def default_cache_dir() -> Path:
    """Where parses are cached when ``cache_dir`` is not given.

    ``$CORPUS_TOOLS_CACHE`` if set, else ``$XDG_CACHE_HOME/corpus_tools``, else
    ``~/.cache/corpus_tools``.

    Examples
    --------
    >>> default_cache_dir().name in {"corpus_tools"} or "CORPUS_TOOLS_CACHE" in os.environ
    True
    """
    env = os.environ.get("CORPUS_TOOLS_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "corpus_tools"


def _resolve_cache_dir(cache_dir: str | os.PathLike | None | Literal[False]) -> Path | None:
    if cache_dir is False:
        return None
    if cache_dir is None:
        return default_cache_dir()
    if cache_dir is True or not isinstance(cache_dir, (str, os.PathLike)):
        raise TypeError(f"cache_dir must be a path, None (default location) or False (no cache); "
                        f"got {cache_dir!r}")
    return Path(cache_dir).expanduser()


#: Cache sub-folders and the files in them; ``docs`` and ``packs`` are the layout of
#: earlier versions (one file per article, one pack per corpus), removed by clear_cache.
_CACHE_FILES = (("shards", ("*.spacy", "*.idx")), ("tables", ("*.npz",)), ("docs", ("*.spacy",)),
                ("packs", ("*.spacy",)))


def clear_cache(cache_dir: str | os.PathLike | None = None) -> int:
    """Delete every cached parse and token table under *cache_dir* (default: :func:`default_cache_dir`).

    Returns
    -------
    int
        The number of files removed (a shard counts twice: its ``.spacy`` and its ``.idx``).

    Examples
    --------
    >>> import tempfile
    >>> clear_cache(tempfile.mkdtemp())
    0
    """
    base = _resolve_cache_dir(cache_dir)
    n = 0
    for sub, patterns in _CACHE_FILES:
        if (base / sub).is_dir():
            for pattern in patterns:
                for path in (base / sub).rglob(pattern):
                    path.unlink(missing_ok=True)
                    n += 1
    with _MEMO_LOCK:
        _CORPUS_MEMO.clear()
    return n


def _default_nlp() -> Language:
    try:
        from corpus_tools.pipeline import load_pipeline
    except ImportError as exc:  # pragma: no cover - only while the nlp module is missing
        raise ImportError("corpus_tools.load_pipeline is not available; pass a spaCy pipeline "
                          "with nlp=, e.g. nlp=spacy.blank('zh')") from exc
    return load_pipeline()


def resolve_nlp(nlp: Language | None) -> Language:
    """*nlp*, or the default pipeline ``corpus_tools.load_pipeline()`` when it is None."""
    if nlp is None:
        return _default_nlp()
    from spacy.language import Language

    if not isinstance(nlp, Language):
        raise TypeError(f"nlp must be a spaCy Language (e.g. corpus_tools.load_pipeline()), "
                        f"got {type(nlp).__name__}")
    return nlp


def pipeline_fingerprint(nlp: Language) -> str:
    """A short hash naming the pipeline's version for the cache.

    It covers the spaCy version, the language, the component names, the config and
    ``nlp.meta`` (where ``corpus_tools.load_pipeline`` records its model version).

    Examples
    --------
    >>> import spacy
    >>> len(pipeline_fingerprint(spacy.blank("zh")))
    16
    """
    import spacy

    try:
        config = nlp.config.to_str()
    except Exception:  # a config with unserialisable values: fall back to its repr
        config = repr(dict(nlp.config))
    meta = {k: v for k, v in nlp.meta.items() if k not in ("performance", "sources")}
    payload = json.dumps({"spacy": spacy.__version__, "lang": nlp.lang, "pipes": nlp.pipe_names,
                          "config": config, "meta": meta, "tokenizer": _tokenizer_signature(nlp.tokenizer)},
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _tokenizer_signature(tok: Any) -> str:
    """Settings of a custom tokenizer that its config does not show (segmenter, user words)."""
    parts = [f"{type(tok).__module__}.{type(tok).__qualname__}"]
    for obj in (tok, getattr(tok, "tokenizer", None)):
        if obj is None:
            continue
        for attr in ("segmenter", "user_words", "lexicon", "drop_punct"):
            if hasattr(obj, attr) and not callable(getattr(obj, attr)):
                parts.append(f"{attr}={getattr(obj, attr)!r}")
    return "|".join(parts)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _usable_cache(root: Path | None) -> Path | None:
    """*root* if the cache can be written there, else None (no cache) with one warning per folder."""
    if root is None:
        return None
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=root)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if str(root) not in _UNWRITABLE_WARNED:
            _UNWRITABLE_WARNED.add(str(root))
            warnings.warn(f"the parse cache folder {root} cannot be written ({type(exc).__name__}: "
                          f"{exc.strerror or exc}); parsing without a cache. Pass cache_dir= a "
                          "writable folder (or set $CORPUS_TOOLS_CACHE), or cache_dir=False",
                          RuntimeWarning, stacklevel=4)
        return None
    return root


def _pieces(text: str, limit: int | None = None) -> list[str]:
    """*text* cut into pieces of at most *limit* characters, after a sentence end where there is one.

    Examples
    --------
    >>> [len(p) for p in _pieces("一二三。" * 5, limit=9)]
    [8, 8, 4]
    """
    limit = MAX_PARSE_CHARS if limit is None else limit
    if len(text) <= limit:
        return [text]
    out, start = [], 0
    while len(text) - start > limit:
        ends = [m.end() for m in _PIECE_END_RE.finditer(text, start + limit // 2, start + limit)]
        cut = ends[-1] if ends else start + limit
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _pipe(nlp: Language, texts: Iterable[str], *, batch_size: int, n_process: int = 1) -> Iterator[Doc]:
    """``nlp.pipe`` over *texts*; a text over :data:`MAX_PARSE_CHARS` is parsed in sentence-aligned
    pieces, one at a time, joined back into one Doc (its text and token offsets are the
    article's), so memory is bounded by a piece, not by the article."""
    from itertools import groupby

    from spacy.tokens import Doc

    for long, run in groupby(texts, key=lambda t: len(t) > MAX_PARSE_CHARS):
        if not long:
            yield from nlp.pipe(run, batch_size=batch_size, n_process=n_process)
            continue
        for text in run:
            yield Doc.from_docs(list(nlp.pipe(_pieces(text), batch_size=1)), ensure_whitespace=False)


def _warn_long(articles: list[Article], positions: Iterable[int]) -> None:
    long = [articles[j].id for j in positions if len(articles[j].text) > MAX_PARSE_CHARS]
    if long:
        warnings.warn(f"{len(long)} article(s) longer than {MAX_PARSE_CHARS:,} characters were parsed in "
                      f"sentence-aligned pieces (offsets kept): {long[:10]}"
                      + (" …" if len(long) > 10 else ""), UserWarning, stacklevel=5)


def _check_corpus(corpus: Any) -> None:
    check_corpus(corpus)


def _check_pipe_options(n_process: Any, batch_size: Any) -> None:
    check_int("n_process", n_process, also=(-1, "all cores"))
    check_int("batch_size", batch_size)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write under a temporary name, then rename: a crash never leaves half a file under *path*."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------
# The parse cache: DocBin shards with an index


def _docbin_bytes(docs: list[Doc]) -> bytes:
    """*docs* as one serialised DocBin, without the attributes no Doc sets.

    A DocBin stores 13 attributes of 8 bytes per token; a tagging pipeline sets four of them
    (ORTH, NORM, TAG and possibly SENT_START). Dropping the all-zero columns makes shards
    several times faster to decompress, and the Docs read back are the same (an attribute
    left out is read back as unset)."""
    from spacy.tokens import DocBin

    # user data only when a component set some: decoding it costs a registry look-up per Doc
    db = DocBin(docs=docs, store_user_data=any(d.user_data for d in docs))
    keep = [0] + [k for k in range(1, len(db.attrs)) if any(t[:, k].any() for t in db.tokens)]
    if len(keep) < len(db.attrs):
        db.attrs = [db.attrs[k] for k in keep]
        db.tokens = [np.ascontiguousarray(t[:, keep]) for t in db.tokens]
    return db.to_bytes()


class _ShardCache:
    """The cached parses of one pipeline: ``<id>.spacy`` DocBins, each with an ``<id>.idx``
    index (format, byte size, CRC-32, the text key of every Doc in order).

    Opening reads the indexes only; a shard is checked (size, checksum, number of Docs)
    when it is read. Shards that fail are deleted and reported by :meth:`warn`."""

    def __init__(self, root: Path, fingerprint: str, nlp: Language):
        self.dir = root / "shards" / fingerprint
        self.nlp = nlp
        self.where: dict[str, tuple[Path, int]] = {}  # text key -> (shard, position)
        self.info: dict[Path, dict[str, Any]] = {}
        self.bad: list[str] = []
        if not self.dir.is_dir():
            return
        for idx in sorted(self.dir.glob("*.idx")):
            shard = idx.with_suffix(".spacy")
            try:
                info = json.loads(idx.read_text(encoding="utf-8"))
                if not isinstance(info, dict) or info.get("format") != _CACHE_FORMAT \
                        or not isinstance(info.get("keys"), list):
                    raise ValueError("index in an unknown format")
                size = shard.stat().st_size
                if size != info["bytes"]:
                    raise ValueError(f"{size} bytes, its index says {info['bytes']} (partial write)")
            except (OSError, ValueError, KeyError) as exc:
                self._drop(shard, exc)
                continue
            self._add(shard, info)

    def _add(self, shard: Path, info: dict[str, Any]) -> None:
        self.info[shard] = info
        for pos, key in enumerate(info["keys"]):
            self.where.setdefault(key, (shard, pos))

    def _drop(self, shard: Path, exc: BaseException) -> None:
        self.bad.append(f"{shard}: {type(exc).__name__}: {exc}")
        for path in (shard, shard.with_suffix(".idx")):
            path.unlink(missing_ok=True)
        info = self.info.pop(shard, None)
        for key in info["keys"] if info else ():
            if self.where.get(key, (None,))[0] == shard:
                del self.where[key]

    def read(self, shard: Path) -> DocBin | None:
        """The checked DocBin of *shard* (its strings added to the vocab), or None if it is bad."""
        from spacy.tokens import DocBin

        info = self.info[shard]
        try:
            data = shard.read_bytes()
            if len(data) != info["bytes"] or zlib.crc32(data) != info["crc32"]:
                raise ValueError("size or CRC-32 differs from its index (corrupt or partial file)")
            db = DocBin().from_bytes(data)
            if len(db) != len(info["keys"]):
                raise ValueError(f"holds {len(db)} docs, its index lists {len(info['keys'])}")
        except Exception as exc:  # zlib, msgpack and numpy raise several types on damaged data
            self._drop(shard, exc)
            return None
        strings = self.nlp.vocab.strings
        for s in db.strings:
            strings.add(s)
        return db

    def write(self, docs: list[Doc], keys: list[str]) -> None:
        self.write_bytes(_docbin_bytes(docs), keys)

    def write_bytes(self, data: bytes, keys: list[str]) -> None:
        """Store a serialised DocBin whose Docs are the texts of *keys*, in order."""
        shard = self.dir / f"{hashlib.sha256(chr(0).join(keys).encode()).hexdigest()[:24]}.spacy"
        info = {"format": _CACHE_FORMAT, "bytes": len(data), "crc32": zlib.crc32(data), "keys": keys}
        self.dir.mkdir(parents=True, exist_ok=True)
        _atomic_write(shard, data)
        # the index goes last: a shard without one is never read
        _atomic_write(shard.with_suffix(".idx"), json.dumps(info).encode("utf-8"))
        self._add(shard, info)

    def note(self) -> None:
        """A human-readable note saying which pipeline the folder belongs to."""
        note = self.dir / "pipeline.json"
        if note.exists():
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        nlp = self.nlp
        info = {"lang": nlp.lang, "pipes": nlp.pipe_names, "name": nlp.meta.get("name"),
                "version": nlp.meta.get("version")}
        _atomic_write(note, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"))

    def warn(self) -> None:
        if self.bad:
            warnings.warn(f"{len(self.bad)} cached parse shard(s) were corrupt or partial; they were "
                          f"deleted and their articles are parsed again. First: {self.bad[0]}",
                          RuntimeWarning, stacklevel=4)
            self.bad.clear()


_WORKER_NLP: Any = None  # the pipeline forked parse workers inherit (set only while they start)


def _parse_chunk(texts: list[str], batch_size: int) -> bytes:
    """In a worker: parse *texts* and return them as one serialised DocBin."""
    return _docbin_bytes(list(_pipe(_WORKER_NLP, texts, batch_size=batch_size)))


def _parallel_stream(nlp: Language, texts: list[str], keys: list[str], *, n_process: int, batch_size: int,
                     cache: _ShardCache | None) -> Iterator[Any]:
    """``(DocBin, position)`` for each of *texts*, in order, parsed by *n_process* forked workers.

    Each task parses a chunk of texts (at most a shard) and sends it back as a DocBin, which
    goes to the cache as it is: the main process makes no Doc, so it stays free for its own
    work (spaCy's ``nlp.pipe(n_process=...)`` rebuilds every Doc in the main process, which
    costs about as much CPU as parsing it here). At most two tasks per worker are in flight."""
    import multiprocessing as mp
    from collections import deque

    from spacy.tokens import DocBin

    global _WORKER_NLP
    workers = (os.cpu_count() or 1) if n_process == -1 else n_process
    size = max(1, min(_SHARD_SIZE, -(-len(texts) // (4 * workers))))
    chunks = iter(range(0, len(texts), size))
    _WORKER_NLP = nlp
    gc.freeze()  # the workers' garbage collector then leaves the inherited objects (and their pages) alone
    try:
        pool = mp.get_context("fork").Pool(workers)
    finally:
        gc.unfreeze()
        _WORKER_NLP = None
    pending: deque = deque()

    def submit() -> None:
        while len(pending) < 2 * workers:
            start = next(chunks, None)
            if start is None:
                return
            stop = min(len(texts), start + size)
            pending.append((start, stop, pool.apply_async(_parse_chunk, (texts[start:stop], batch_size))))

    try:
        submit()
        while pending:
            start, stop, result = pending.popleft()
            data = result.get()
            submit()
            db = DocBin().from_bytes(data)
            strings = nlp.vocab.strings
            for string in db.strings:
                strings.add(string)
            if cache is not None:
                cache.write_bytes(data, keys[start:stop])
            for pos in range(stop - start):
                yield db, pos
    finally:
        pool.terminate()
        pool.join()


def _windows(articles: list[Article], keys: list[str], nlp: Language, *, n_process: int, batch_size: int,
             progress: bool, cache: _ShardCache | None) -> Iterator[list[tuple[int, Any]]]:
    """The corpus in windows of :data:`_SHARD_SIZE` consecutive articles, in corpus order.

    Each item is ``(index, parse)``: a Doc fresh from the pipeline, or ``(DocBin, position)``
    for a cached parse. New parses go to the cache a shard at a time (and what is parsed
    when the run stops, by an error or Ctrl-C, is written too), so an interrupted run resumes.
    Memory holds one window, its shards, and the pipeline's own prefetch."""
    n = len(articles)
    where = cache.where if cache is not None else {}
    todo = [j for j in range(n) if keys[j] not in where]
    fresh = set(todo)
    parsed: Iterator[Doc] = iter(())
    if todo:
        if cache is not None:
            cache.note()
        import multiprocessing as mp

        if n_process != 1 and len(todo) > 1 and "fork" in mp.get_all_start_methods():
            parsed = _parallel_stream(nlp, [articles[j].text for j in todo], [keys[j] for j in todo],
                                      n_process=n_process, batch_size=batch_size, cache=cache)
        else:  # one process, or no fork on this platform: spaCy's own multiprocessing
            parsed = _pipe(nlp, (articles[j].text for j in todo), n_process=n_process,
                           batch_size=batch_size)
        _warn_long(articles, todo)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=n, desc="parsing articles", unit="article")
        bar.set_postfix(cached=n - len(todo))
    new_docs: list[Doc] = []
    new_keys: list[str] = []
    speed = contextlib.ExitStack()
    fast = False
    try:
        if todo:
            speed.enter_context(fast_matmul(nlp))  # before the first Doc: n_process forks then
            fast = True
        if cache is not None:
            cache.warn()
        for start in range(0, n, _SHARD_SIZE):
            window = range(start, min(n, start + _SHARD_SIZE))
            got: dict[int, Any] = {}
            by_shard: dict[Path, list[tuple[int, int]]] = {}
            redo: list[int] = []
            for j in window:
                if j not in fresh:
                    loc = where.get(keys[j])
                    if loc is None:  # its shard turned out bad in an earlier window
                        redo.append(j)
                    else:
                        by_shard.setdefault(loc[0], []).append((j, loc[1]))
            for shard, pairs in by_shard.items():
                db = cache.read(shard) if cache is not None else None
                if db is None:
                    redo.extend(j for j, _ in pairs)
                else:
                    got.update((j, (db, pos)) for j, pos in pairs)
            if redo:
                if cache is not None:
                    cache.warn()
                redo.sort()
                if not fast:
                    speed.enter_context(fast_matmul(nlp))
                    fast = True
                _warn_long(articles, redo)
                for j, doc in zip(redo, _pipe(nlp, (articles[j].text for j in redo), batch_size=batch_size)):
                    got[j] = doc
                    new_docs.append(doc)
                    new_keys.append(keys[j])
            for j in window:
                if j in fresh:
                    got[j] = item = next(parsed)
                    if not isinstance(item, tuple):  # a Doc: not cached yet
                        new_docs.append(item)
                        new_keys.append(keys[j])
            yield [(j, got[j]) for j in window]
            if bar is not None:
                bar.update(len(window))
            if cache is not None and len(new_docs) >= _SHARD_SIZE:
                cache.write(new_docs, new_keys)
                new_docs, new_keys = [], []
    finally:
        if hasattr(parsed, "close"):
            parsed.close()  # stop the workers
        speed.close()
        if cache is not None and new_docs:
            cache.write(new_docs, new_keys)
        if bar is not None:
            bar.close()


def _subset(db: DocBin, positions: list[int]) -> DocBin:
    """A DocBin of some of *db*'s Docs (so that only those are made)."""
    from spacy.tokens import DocBin

    sub = DocBin(store_user_data=db.store_user_data)
    sub.attrs = db.attrs
    sub.strings = db.strings
    for name in ("tokens", "spaces", "cats", "flags", "span_groups", "user_data"):
        values = getattr(db, name)
        setattr(sub, name, [values[p] for p in positions] if len(values) == len(db.tokens) else [])
    return sub


def _window_docs(window: list[tuple[int, Any]], nlp: Language) -> list[Doc]:
    docs: dict[int, Doc] = {}
    cached: dict[int, tuple[DocBin, list[tuple[int, int]]]] = {}
    for j, item in window:
        if isinstance(item, tuple):
            cached.setdefault(id(item[0]), (item[0], []))[1].append((j, item[1]))
        else:
            docs[j] = item
    for db, pairs in cached.values():
        docs.update(zip((j for j, _ in pairs), _subset(db, [p for _, p in pairs]).get_docs(nlp.vocab)))
    return [docs[j] for j, _ in window]


def _open(corpus: Corpus, nlp: Language | None, n_process: int, batch_size: int,
          cache_dir: str | os.PathLike | None | Literal[False]) -> tuple:
    """Checked arguments: (articles, text keys, pipeline, fingerprint, cache root)."""
    _check_corpus(corpus)
    nlp = resolve_nlp(nlp)
    _check_pipe_options(n_process, batch_size)
    root = _usable_cache(_resolve_cache_dir(cache_dir))
    articles = list(corpus.articles)
    return articles, [_text_key(a.text) for a in articles], nlp, pipeline_fingerprint(nlp), root


def iter_parse(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> Iterator[tuple[Article, Doc]]:
    """``(article, Doc)`` for every article, in corpus order, reading and writing the parse cache.

    The corpus is handled a window of 256 articles at a time: cached parses are read back,
    the others are parsed by ``nlp.pipe`` and written to the cache as they come. Memory is
    bounded by a window, not by the corpus, as long as you do not keep the Docs.

    Parameters
    ----------
    corpus : Corpus
        The articles to parse (``Article.text``: title, subtitle and body).
    nlp : spacy.language.Language, optional
        Any spaCy pipeline; default ``corpus_tools.load_pipeline()``.
    n_process : int
        Processes for the articles not in the cache (``nlp.pipe``); -1 for all cores.
    batch_size : int
        Articles per ``nlp.pipe`` batch. The tagger's activations grow with the batch
        (about 330 MB more per process at 64 than at 16, for the same speed).
    progress : bool
        Show a tqdm progress bar.
    cache_dir : path, None or False
        Cache folder; None for :func:`default_cache_dir`, False for no disk cache.

    Returns
    -------
    iterator of (Article, spacy.tokens.Doc)
        Token offsets (``token.idx``) index into ``Article.text``.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> pairs = iter_parse(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> article, doc = next(pairs)
    >>> doc.text == article.text
    True
    """
    articles, keys, nlp, fingerprint, root = _open(corpus, nlp, n_process, batch_size, cache_dir)
    cache = _ShardCache(root, fingerprint, nlp) if root is not None else None

    def pairs() -> Iterator[tuple[Article, Doc]]:
        for window in _windows(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
                               progress=progress, cache=cache):
            yield from zip((articles[j] for j, _ in window), _window_docs(window, nlp))

    return pairs()


def parse_corpus(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> dict[str, Doc]:
    """Every article's Doc in one dict, reading and writing the parse cache.

    This holds all the Docs in memory at once (about 50 KB per article of 600 characters,
    so some GB for tens of thousands of articles): fine for a few thousand articles. For
    larger corpora stream with :func:`iter_parse`, or build the token table with
    :func:`tokens_frame`, whose memory is bounded by the table.

    Parameters
    ----------
    corpus : Corpus
    nlp, n_process, batch_size, progress, cache_dir
        As in :func:`iter_parse`.

    Returns
    -------
    dict
        ``article_id -> Doc`` in corpus order. Token offsets (``token.idx``) index into
        ``Article.text``.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> docs = parse_corpus(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> first = corpus.articles[0]
    >>> docs[first.id].text == first.text
    True
    """
    return {art.id: doc for art, doc in iter_parse(corpus, nlp=nlp, n_process=n_process, batch_size=batch_size,
                                                    progress=progress, cache_dir=cache_dir)}


# ---------------------------------------------------------------------------------------
# The token table, window by window


def _token_arrays(item: Any) -> tuple[np.ndarray, np.ndarray]:
    """``(uint64 array of ORTH, TAG, ENT_TYPE, SENT_START; bool spaces)`` of one parse,
    from a Doc or straight from a cached DocBin's arrays (no Doc made; an attribute the
    DocBin left out is zero)."""
    from spacy.attrs import ENT_TYPE, ORTH, SENT_START, SPACY, TAG

    cols = (ORTH, TAG, ENT_TYPE, SENT_START)
    if not isinstance(item, tuple):
        return item.to_array(list(cols)), item.to_array(SPACY).astype(bool)
    db, pos = item
    tokens = db.tokens[pos]
    out = np.zeros((len(tokens), len(cols)), dtype=np.uint64)
    for k, attr in enumerate(cols):
        if attr in db.attrs:
            out[:, k] = tokens[:, db.attrs.index(attr)]
    return out, db.spaces[pos].reshape(-1)


class _Labels:
    """Global integer codes for spaCy string hashes, growing window by window.

    The hashes seen so far are kept sorted, so a window's look-up is vectorised and only
    new hashes go through Python (to fetch their string)."""

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.uint64)
        self.vals = np.empty(0, dtype=np.int32)
        self.labels: list[str] = []

    def codes(self, hashes: np.ndarray, string: Any) -> np.ndarray:
        """Codes of *hashes*; *string* names a hash not seen before (spaCy hashes "" to 0)."""
        uniq, inv = np.unique(hashes, return_inverse=True)
        pos = np.searchsorted(self.keys, uniq)
        known = pos < len(self.keys)
        known[known] = self.keys[pos[known]] == uniq[known]
        new = uniq[~known]
        if len(new):
            start = len(self.labels)
            self.labels.extend(string(h) if h else "" for h in new.tolist())
            keys = np.concatenate([self.keys, new])
            order = np.argsort(keys, kind="stable")  # two sorted runs: a linear merge
            self.keys = keys[order]
            self.vals = np.concatenate([self.vals, np.arange(start, start + len(new), dtype=np.int32)])[order]
        return self.vals[np.searchsorted(self.keys, uniq)][inv.reshape(-1)]


class _Words(_Labels):
    """Codes of token strings, with what the table needs of each string: its length, whether
    it is whitespace, whether it ends a sentence (。！？ … or a line break)."""

    def __init__(self) -> None:
        super().__init__()
        self.n_chars = np.empty(0, dtype=np.int64)
        self.space = np.empty(0, dtype=bool)
        self.ends = np.empty(0, dtype=bool)

    def codes(self, hashes: np.ndarray, string: Any) -> np.ndarray:
        codes = super().codes(hashes, string)
        new = self.labels[len(self.n_chars):]
        if new:
            self.n_chars = np.concatenate([self.n_chars, [len(w) for w in new]]).astype(np.int64)
            self.space = np.concatenate([self.space, [w.isspace() for w in new]]).astype(bool)
            self.ends = np.concatenate([self.ends, [bool(_SENT_END_RE.match(w)) or "\n" in w
                                                    for w in new]]).astype(bool)
        return codes


def _string_lookup(window: list[tuple[int, Any]], nlp: Language) -> Any:
    """hash -> string over the pipeline's vocab and that of any Doc made with another one
    (a tokenizer borrowed from another pipeline keeps its own vocab)."""
    stores = [nlp.vocab.strings]
    for _, item in window:
        if not isinstance(item, tuple) and all(item.vocab.strings is not st for st in stores):
            stores.append(item.vocab.strings)
    if len(stores) == 1:
        return stores[0].__getitem__

    def string(h: int) -> str:
        for store in stores:
            if h in store:
                return store[h]
        return stores[0][h]  # raises spaCy's KeyError

    return string


def _window_columns(window: list[tuple[int, Any]], string: Any, text: _Words, tag: _Labels,
                    ent: _Labels) -> dict[str, np.ndarray]:
    """The token-table columns of one window, codes from the shared label tables.

    *string* maps a spaCy hash to its string; ``art`` holds the window item of each row
    (position in *window*)."""
    parts = [_token_arrays(item) for _, item in window]
    lengths = np.array([len(a) for a, _ in parts], dtype=np.int64)
    empty = {k: np.empty(0, dtype=np.int32) for k in ("art", "sent", "i", "text", "tag", "ent", "idx")}
    if not lengths.sum():
        return empty
    arr = np.concatenate([a for a, _ in parts]).astype(np.uint64, copy=False)
    spaces = np.concatenate([s for _, s in parts]).astype(np.int64)
    first = np.concatenate([[0], np.cumsum(lengths)[:-1]])  # row of each article's first token
    owner = np.repeat(np.arange(len(parts)), lengths)
    words = text.codes(arr[:, 0], string)
    n_chars, is_space, ends = text.n_chars[words], text.space[words], text.ends[words]
    # character offsets: running length within the article
    step = n_chars + spaces
    idx = np.cumsum(step) - step
    idx -= np.repeat(idx[first], lengths)
    # sentence starts: the pipeline's boundaries where it set any (as Doc.has_annotation), else
    # after each sentence end; every article starts a sentence
    ss = arr[:, 3]
    annotated = np.fromiter(((n == 1) or bool(ss[f + 1:f + n].any()) for f, n in zip(first, lengths)),
                            dtype=bool, count=len(parts))
    starts = np.concatenate([[True], ends[:-1]])
    use_ss = annotated[owner]
    starts[use_ss] = ss[use_ss] == 1
    starts[first[lengths > 0]] = True
    keep = ~is_space
    # sentence numbers over the kept tokens only (a line break after 。 opens no empty sentence),
    # from 0 in each article
    g = np.cumsum(starts)[keep]
    own = owner[keep]
    change = np.concatenate([[0], (g[1:] != g[:-1]).astype(np.int64)])
    sent = np.cumsum(change)
    kept_first = np.concatenate([[0], np.flatnonzero(own[1:] != own[:-1]) + 1]) if len(own) else own
    sent -= np.repeat(sent[kept_first], np.diff(np.concatenate([kept_first, [len(own)]])))
    pos = (np.arange(len(arr)) - np.repeat(first, lengths))[keep]
    kept = arr[keep]
    return {"art": own.astype(np.int32), "sent": sent.astype(np.int32), "i": pos.astype(np.int32),
            "text": words[keep], "tag": tag.codes(kept[:, 1], string),
            "ent": ent.codes(kept[:, 2], string), "idx": idx[keep].astype(np.int32)}


def _stop_mask(categories: Iterable[str]) -> np.ndarray:
    stops = get_stop_words()
    cats = list(categories)
    return np.fromiter((to_halfwidth(t) in stops for t in cats), dtype=bool, count=len(cats))


def _assemble(cols: dict[str, np.ndarray], art_ids: list[str], issue_of: list[str], text: list[str],
              tag: list[str], ent: list[str]) -> pd.DataFrame:
    """The token table from code columns (``art`` indexes *art_ids* / *issue_of*)."""
    if not len(cols["art"]):
        return empty_tokens_frame()
    used = np.unique(cols["art"])  # articles with tokens, in corpus order
    present = [art_ids[k] for k in used]
    remap = np.full(len(art_ids), -1, dtype=np.int32)
    remap[used] = np.arange(len(used), dtype=np.int32)
    issues = list(dict.fromkeys(issue_of[k] for k in used))
    issue_code = {iid: k for k, iid in enumerate(issues)}
    art_issue = np.array([issue_code[issue_of[k]] for k in used], dtype=np.int32)
    art_codes = remap[cols["art"]]
    text_cat = pd.Categorical.from_codes(cols["text"], categories=text, validate=False)
    frame = pd.DataFrame({
        "issue_id": pd.Categorical.from_codes(art_issue[art_codes], categories=issues, validate=False),
        "article_id": pd.Categorical.from_codes(art_codes, categories=present, validate=False),
        "sent": cols["sent"],
        "i": cols["i"],
        "text": text_cat,
        "tag": pd.Categorical.from_codes(cols["tag"], categories=tag, validate=False),
        "is_stop": _stop_mask(text)[cols["text"]],
        "ent_label": pd.Categorical.from_codes(cols["ent"], categories=ent, validate=False),
        "idx": cols["idx"],
    }, copy=False)
    return frame[TOKEN_COLUMNS]


def empty_tokens_frame() -> pd.DataFrame:
    """A token table with no rows and the columns and types of :func:`tokens_frame`.

    Examples
    --------
    >>> empty_tokens_frame().dtypes.astype(str).tolist()
    ['category', 'category', 'int32', 'int32', 'category', 'category', 'bool', 'category', 'int32']
    """
    cat = pd.CategoricalDtype(pd.Index([], dtype=object))
    types = {"issue_id": cat, "article_id": cat, "sent": np.int32, "i": np.int32, "text": cat,
             "tag": cat, "is_stop": bool, "ent_label": cat, "idx": np.int32}
    return pd.DataFrame({c: pd.Series(dtype=types[c]) for c in TOKEN_COLUMNS})


def _token_windows(articles: list[Article], keys: list[str], nlp: Language, *, n_process: int,
                   batch_size: int, progress: bool, root: Path | None, fingerprint: str
                   ) -> Iterator[tuple[dict[str, np.ndarray], tuple[_Labels, ...]]]:
    """The code columns of each window (``art``: the article's position in *articles*) and
    the label tables the codes refer to (text, tag, entity label), shared by all windows."""
    cache = _ShardCache(root, fingerprint, nlp) if root is not None else None
    labels = (_Words(), _Labels(), _Labels())
    for window in _windows(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
                           progress=progress, cache=cache):
        cols = _window_columns(window, _string_lookup(window, nlp), *labels)
        cols["art"] = np.array([j for j, _ in window], dtype=np.int32)[cols["art"]]  # corpus positions
        yield cols, labels


def _build_table(articles: list[Article], keys: list[str], nlp: Language, **options: Any) -> pd.DataFrame:
    """The whole token table, built window by window (only code arrays are kept)."""
    chunks: dict[str, list[np.ndarray]] = {}
    labels: tuple[_Labels, ...] = (_Words(), _Labels(), _Labels())
    for cols, labels in _token_windows(articles, keys, nlp, **options):
        for name, values in cols.items():
            chunks.setdefault(name, []).append(values)
    cols = {}
    for name in list(chunks):  # one column at a time, freeing its pieces
        cols[name] = np.concatenate(chunks.pop(name)) if chunks.get(name) else np.empty(0, dtype=np.int32)
    if not cols:
        cols = {"art": np.empty(0, dtype=np.int32)}
    names = [lab.labels for lab in labels]
    if "text" in cols:  # whitespace tokens were coded too: drop the strings no row uses
        used = np.bincount(cols["text"], minlength=len(names[0])) > 0
        if not used.all():
            cols["text"] = (np.cumsum(used) - 1).astype(np.int32)[cols["text"]]
            names[0] = [w for w, u in zip(names[0], used.tolist()) if u]
    return _assemble(cols, [a.id for a in articles], [a.issue_id for a in articles], *names)


def iter_token_chunks(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> Iterator[pd.DataFrame]:
    """The token table of :func:`tokens_frame` in consecutive pieces of 256 articles.

    Concatenated (``pd.concat``) they are the rows of ``tokens_frame(corpus)``; each piece
    has its own categories. Use it to write or aggregate tokens of a corpus whose table
    does not fit in memory. Parameters are those of :func:`iter_parse`.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> pieces = iter_token_chunks(load_seeds(), nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> list(next(pieces).columns) == TOKEN_COLUMNS
    True
    """
    articles, keys, nlp, fingerprint, root = _open(corpus, nlp, n_process, batch_size, cache_dir)
    ids, issue_of = [a.id for a in articles], [a.issue_id for a in articles]

    def chunks() -> Iterator[pd.DataFrame]:
        for cols, labels in _token_windows(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
                                           progress=progress, root=root, fingerprint=fingerprint):
            piece = dict(cols)
            names = []  # this piece's own categories: the labels it uses
            for col, lab in zip(("text", "tag", "ent"), labels):
                used, inv = np.unique(cols[col], return_inverse=True)
                piece[col] = inv.reshape(-1).astype(np.int32)
                names.append([lab.labels[k] for k in used.tolist()])
            yield _assemble(piece, ids, issue_of, *names)

    return chunks()


def tokens_frame(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> pd.DataFrame:
    """One row per token of every article (whitespace tokens left out).

    Parameters are those of :func:`iter_parse`; they are checked first. The table is then
    looked up in this order: the table this Corpus object computed last (the same articles
    and pipeline; it is also written to *cache_dir* if it is not there yet), the table cached
    in *cache_dir* (checked; a bad file is rebuilt with a warning), else it is built window by
    window from the parse cache and the pipeline. A corpus without articles gives an empty
    table with the same columns and types. Memory is bounded by the table (about 30 bytes a token), not by the parses.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`TOKEN_COLUMNS`):

        - ``issue_id``, ``article_id`` (categorical): join keys;
        - ``sent`` (int32): sentence number within the article, from 0 (the pipeline's
          sentence boundaries, else 。！？ and line breaks);
        - ``i`` (int32): the token's index in the article's Doc;
        - ``text`` (categorical): the token as written;
        - ``tag`` (categorical): fine-grained POS tag, ``""`` without a tagger;
        - ``is_stop`` (bool): in :func:`corpus_tools.stopwords.get_stop_words` ``()``;
        - ``ent_label`` (categorical): entity label of the token, ``""`` outside entities;
        - ``idx`` (int32): character offset of the token in ``Article.text``.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> df = tokens_frame(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    >>> list(df.columns)
    ['issue_id', 'article_id', 'sent', 'i', 'text', 'tag', 'is_stop', 'ent_label', 'idx']
    """
    articles, text_keys, nlp, fingerprint, root = _open(corpus, nlp, n_process, batch_size, cache_dir)
    key = _corpus_key(fingerprint, articles, text_keys)
    path = _table_path(root, fingerprint, key) if root is not None else None
    with _MEMO_LOCK:
        hit = _CORPUS_MEMO.get(corpus)
    frame = hit[1] if hit is not None and hit[0] == key else None
    if frame is not None and path is not None and not path.is_file():
        _write_table(path, frame)  # computed without this cache folder: keep it there too
    if frame is None and path is not None:
        frame = _read_table(path)
    if frame is None:
        frame = _build_table(articles, text_keys, nlp, n_process=n_process, batch_size=batch_size,
                             progress=progress, root=root, fingerprint=fingerprint)
        if path is not None:
            _write_table(path, frame)
    with _MEMO_LOCK, contextlib.suppress(TypeError):  # an object that takes no weak reference: no memo
        _CORPUS_MEMO[corpus] = (key, frame)
    return frame.copy(deep=False)  # copy-on-write: callers' changes never reach the memo


def _corpus_key(fingerprint: str, articles: list[Article], text_keys: list[str]) -> str:
    h = hashlib.sha256(f"{_TABLE_VERSION}\0{fingerprint}".encode())
    for art, tkey in zip(articles, text_keys):
        h.update(f"\0{art.id}\0{art.issue_id}\0{tkey}".encode())
    return h.hexdigest()[:32]


def _table_path(root: Path, fingerprint: str, key: str) -> Path:
    return root / "tables" / fingerprint / f"{key}.npz"


_CAT_COLS = ("issue_id", "article_id", "text", "tag", "ent_label")
_NUM_COLS = ("sent", "i", "idx")


def _write_table(path: Path, frame: pd.DataFrame) -> None:
    """The token table as plain arrays (no pickle): category codes plus their labels."""
    arrays: dict[str, np.ndarray] = {}
    for col in _CAT_COLS:
        cat = frame[col].cat
        arrays[f"{col}__codes"] = cat.codes.to_numpy()
        arrays[f"{col}__cats"] = np.asarray(cat.categories.astype(str), dtype=str)
    for col in _NUM_COLS:
        arrays[col] = frame[col].to_numpy()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, path)


def _read_table(path: Path) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as npz:
            data: dict[str, Any] = {}
            n = None
            for col in _CAT_COLS:
                codes = npz[f"{col}__codes"]
                cats = npz[f"{col}__cats"].tolist()
                data[col] = pd.Categorical.from_codes(codes, categories=cats)
                n = len(codes) if n is None else n
                if len(codes) != n:
                    raise ValueError("columns of different lengths")
            for col in _NUM_COLS:
                data[col] = npz[col]
                if len(data[col]) != n:
                    raise ValueError("columns of different lengths")
    except Exception as exc:
        warnings.warn(f"cached token table {path} is corrupt ({type(exc).__name__}: {exc}); "
                      "rebuilding it from the cached parses", RuntimeWarning, stacklevel=3)
        return None
    data["is_stop"] = _stop_mask(data["text"].categories)[data["text"].codes]
    return pd.DataFrame(data)[TOKEN_COLUMNS]


def term_frame(
    corpus: Corpus,
    *,
    nlp: Language | None = None,
    pos: Iterable[str] | None = DEFAULT_POS,
    extra_stop_words: Iterable[str] = (),
    min_chars: int = 2,
    progress: bool = False,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> pd.DataFrame:
    """:func:`tokens_frame` plus ``term`` (half-width token text) and ``keep`` (passes the filter).

    The filter drops stop words (:func:`corpus_tools.stopwords.get_stop_words` plus
    *extra_stop_words*), punctuation, numbers, tokens shorter than *min_chars* and, when the
    pipeline tags, tokens whose tag is not in *pos*. Without a tagger the POS filter is
    skipped with a warning.
    """
    if isinstance(pos, str):
        raise TypeError(f"pos must be a collection of tags such as ('n', 'vn'), got the string {pos!r}")
    nlp = resolve_nlp(nlp)
    df = tokens_frame(corpus, nlp=nlp, progress=progress, cache_dir=cache_dir, n_process=n_process,
                      batch_size=batch_size)
    tags = None
    if pos is not None:
        if df["tag"].astype(str).ne("").any():
            tags = df["tag"]
        else:
            warnings.warn(f"the pipeline {nlp.pipe_names} assigns no POS tags, so pos={tuple(pos)} "
                          "is ignored; use corpus_tools.load_pipeline(tagger=True) or pass pos=None",
                          UserWarning, stacklevel=3)
    cats = pd.Index(df["text"].cat.categories) if isinstance(df["text"].dtype, pd.CategoricalDtype) \
        else pd.Index(df["text"].unique())
    norm = pd.Series([to_halfwidth(t) for t in cats], index=cats)
    df["term"] = (df["text"].map(norm).astype("category") if len(df)
                  else pd.Series(pd.Categorical([]), index=df.index, dtype="category"))
    df["keep"] = term_mask(df["term"], tags,
                           stop_words=get_stop_words(extra_stop_words), pos=pos, min_chars=min_chars)
    return df
