"""Stream a corpus through the spaCy pipeline, a window of articles at a time, via the parse cache.

:func:`iter_parse` (``Corpus.iter_docs``) streams ``(article, Doc)`` pairs in corpus order,
a batch at a time: articles already in the parse cache are read back, the others go through
``nlp.pipe`` (``n_process`` processes) and are written to the cache as they come, so an
interrupted run resumes where it stopped and a re-run after adding pages parses only the new
articles. :func:`parse_corpus` (``Corpus.parse``) collects the same pairs into one dict,
which holds every Doc in memory: use it for small corpora, and the streaming functions
(:func:`iter_parse`, :func:`~corpus_tools.parsing.frames.tokens_frame`, ``Corpus.save``) for
large ones. Articles longer than :data:`MAX_PARSE_CHARS` are parsed in sentence-aligned pieces.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from corpus_tools._validate import check_int
from corpus_tools.errors import check_corpus, user_stacklevel
from corpus_tools.nlp import fast_matmul
from corpus_tools.parsing.cache import (
    ShardCache,
    docbin_bytes,
    pipeline_fingerprint,
    resolve_cache_dir,
    text_key,
    usable_cache,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

    from corpus_tools.corpus import Article, Corpus

__all__ = ["MAX_PARSE_CHARS", "iter_parse", "parse_corpus", "resolve_nlp"]

_SHARD_SIZE = 256  # parsed articles per cache shard; also the window of the stream
#: Articles longer than this are parsed in sentence-aligned pieces (spaCy refuses texts over
#: ``nlp.max_length``, and the tagger's memory grows with the length of one text).
MAX_PARSE_CHARS = 20_000
_PIECE_END_RE = re.compile(r"[。！？!?；;\n]")


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


def _pipe(nlp: Language, texts: Iterable[str], *, batch_size: int, n_process: int = 1,
          tensors: bool = True) -> Iterator[Doc]:
    """``nlp.pipe`` over *texts*; a text over :data:`MAX_PARSE_CHARS` is parsed in sentence-aligned
    pieces, one at a time, joined back into one Doc (its text and token offsets are the
    article's), so memory is bounded by a piece, not by the article. Without *tensors*, each
    Doc's ``tensor`` (the tok2vec output, 96 floats a token) is dropped as the Doc comes out:
    the parse cache and the token table do not keep it, and a window of Docs held it."""
    from itertools import groupby

    import numpy as np
    from spacy.tokens import Doc

    for long, run in groupby(texts, key=lambda t: len(t) > MAX_PARSE_CHARS):
        if not long:
            docs: Iterable[Doc] = nlp.pipe(run, batch_size=batch_size, n_process=n_process)
        else:
            docs = (Doc.from_docs(list(nlp.pipe(_pieces(text), batch_size=1)), ensure_whitespace=False)
                    for text in run)
        for doc in docs:
            if not tensors:
                doc.tensor = np.zeros((0,), dtype="float32")
            yield doc


def _warn_long(articles: list[Article], positions: Iterable[int]) -> None:
    long = [articles[j].id for j in positions if len(articles[j].text) > MAX_PARSE_CHARS]
    if long:
        warnings.warn(f"{len(long)} article(s) longer than {MAX_PARSE_CHARS:,} characters were parsed in "
                      f"sentence-aligned pieces (offsets kept): {long[:10]}"
                      + (" …" if len(long) > 10 else ""), UserWarning, stacklevel=user_stacklevel())


def _check_corpus(corpus: Any) -> None:
    check_corpus(corpus)


def _check_pipe_options(n_process: Any, batch_size: Any) -> None:
    check_int("n_process", n_process, also=(-1, "all cores"))
    check_int("batch_size", batch_size)


_WORKER_NLP: Any = None  # the pipeline forked parse workers inherit (set only while they start)


def _parse_chunk(texts: list[str], batch_size: int) -> bytes:
    """In a worker: parse *texts* and return them as one serialised DocBin."""
    return docbin_bytes(list(_pipe(_WORKER_NLP, texts, batch_size=batch_size, tensors=False)))


def _parallel_stream(nlp: Language, texts: list[str], keys: list[str], *, n_process: int, batch_size: int,
                     cache: ShardCache | None) -> Iterator[Any]:
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


def windows(articles: list[Article], keys: list[str], nlp: Language, *, n_process: int, batch_size: int,
            progress: bool, cache: ShardCache | None, tensors: bool = True) -> Iterator[list[tuple[int, Any]]]:
    """The corpus in windows of :data:`_SHARD_SIZE` consecutive articles, in corpus order.

    Each item is ``(index, parse)``: a Doc fresh from the pipeline, or ``(DocBin, position)``
    for a cached parse. New parses go to the cache a shard at a time (and what is parsed
    when the run stops, by an error or Ctrl-C, is written too), so an interrupted run resumes.
    Memory holds one window, its shards, and the pipeline's own prefetch; without *tensors*
    the fresh Docs carry no ``Doc.tensor`` (see :func:`_pipe`)."""
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
                           batch_size=batch_size, tensors=tensors)
        _warn_long(articles, todo)
    bar = None
    if progress:
        from corpus_tools.progress import progress_bar

        bar = progress_bar(total=n, desc="parsing articles", unit="article")
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
                for j, doc in zip(redo, _pipe(nlp, (articles[j].text for j in redo), batch_size=batch_size,
                                              tensors=tensors)):
                    got[j] = doc
                    if cache is not None:  # kept only to be written: without a cache memory stays flat
                        new_docs.append(doc)
                        new_keys.append(keys[j])
            for j in window:
                if j in fresh:
                    got[j] = item = next(parsed)
                    if cache is not None and not isinstance(item, tuple):  # a Doc: not cached yet
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


def open_corpus(corpus: Corpus, nlp: Language | None, n_process: int, batch_size: int,
          cache_dir: str | os.PathLike | None | Literal[False]) -> tuple:
    """Checked arguments: (articles, text keys, pipeline, fingerprint, cache root)."""
    _check_corpus(corpus)
    nlp = resolve_nlp(nlp)
    _check_pipe_options(n_process, batch_size)
    root = usable_cache(resolve_cache_dir(cache_dir))
    articles = list(corpus.articles)
    return articles, [text_key(a.text) for a in articles], nlp, pipeline_fingerprint(nlp), root


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
        Show a tqdm progress bar (only when stderr is a terminal or a notebook).
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
    articles, keys, nlp, fingerprint, root = open_corpus(corpus, nlp, n_process, batch_size, cache_dir)
    cache = ShardCache(root, fingerprint, nlp) if root is not None else None

    def pairs() -> Iterator[tuple[Article, Doc]]:
        for window in windows(articles, keys, nlp, n_process=n_process, batch_size=batch_size,
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
