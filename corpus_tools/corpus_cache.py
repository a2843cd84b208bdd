"""Results computed from a corpus, computed once per corpus and shared while it is unchanged.

Used by the slogan tables and by :func:`corpus_tools.keywords.keywords` (its PERSON table).
:func:`~corpus_tools.slogans.tables.extract_slogans`, :func:`~corpus_tools.slogans.tables.slogan_mentions`,
:func:`~corpus_tools.slogans.tables.slogan_trends` and the co-occurrence table all start from the
same two steps (the corpus's slogan set and every mention), the costly part of each call (a minute of
CPU on 400 pages). :func:`shared` keeps their result per corpus object and argument set, checked
against a fingerprint of the corpus's content, so the second table is free and an edited corpus
(another date, county, filter or text) is detected again.
For a corpus read with an analysis cache (``read_corpus(..., cache=...)``, the command line) the result
is also kept on disk (:func:`corpus_tools.analysis_cache.stored_result`), so the next process reads it back.
"""

from __future__ import annotations

import hashlib
import weakref
from pathlib import Path
from typing import Any, Callable, Hashable, TypeVar

import pandas as pd

__all__ = ["shared", "argument_key", "corpus_fingerprint", "MAX_PER_CORPUS"]

_T = TypeVar("_T")
#: Argument sets kept per corpus and group (the oldest of the group is dropped beyond it).
MAX_PER_CORPUS = 4
#: corpus -> {argument key: (fingerprint, result)}; an entry goes with its corpus.
_RESULTS: "weakref.WeakKeyDictionary[Any, dict[Hashable, tuple[bytes, Any, tuple]]]" = weakref.WeakKeyDictionary()


def argument_key(value: Any) -> Hashable | None:
    """A hashable stand-in for one argument of a cached computation (the slogan tables'), or None
    when it has none.

    None, booleans, strings, numbers and tuples stand for themselves; a path by its text and
    modification time; a DataFrame (a lexicon given in memory) by a hash of its content; another
    object (a :class:`~corpus_tools.slogans.decision.DecisionModel`) by its identity.

    Parameters
    ----------
    value : Any
        One argument of the cached call.

    Returns
    -------
    Hashable or None
        The stand-in (None for None).

    Examples
    --------
    >>> argument_key(("quoted",)), argument_key(None)
    (('quoted',), None)
    >>> df = pd.DataFrame({"text": ["乡村振兴"], "year": [2017]})
    >>> argument_key(df) == argument_key(df.copy())
    True
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (tuple, list)):
        return tuple(argument_key(v) for v in value)
    if isinstance(value, Path):
        return ("path", str(value), value.stat().st_mtime_ns if value.exists() else None)
    if isinstance(value, pd.DataFrame):
        digest = hashlib.blake2b(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes(),
                                 digest_size=16)
        digest.update(repr(list(value.columns)).encode())
        return ("frame", digest.hexdigest())
    return ("object", id(value))


def corpus_fingerprint(corpus: Any) -> bytes:
    """A digest of what slogan detection and entity extraction read: each issue's id, date,
    metadata, page text and blocks (kind and span: the masthead lines), and the ids, kickers,
    texts, captions and byline names of its (filtered) articles.

    Parameters
    ----------
    corpus : Corpus
        The corpus (filtered or not).

    Returns
    -------
    bytes
        The digest (equal for two corpora that read the same).

    Examples
    --------
    >>> import corpus_tools as ct
    >>> corpus_fingerprint(ct.load_seeds()) == corpus_fingerprint(ct.load_seeds())
    True
    """
    h = hashlib.blake2b(digest_size=16)
    for issue in corpus:
        h.update(f"\0{issue.id}\0{issue.date}\0{sorted(issue.meta.items(), key=str)!r}\0".encode())
        h.update(issue.raw.encode("utf-8", "surrogatepass"))
        h.update(repr([(b.kind, b.start, b.end) for b in issue.blocks]).encode())
        for art in issue.articles:
            h.update(f"\0{art.id}\0{art.kicker}\0{art.text}\0{art.captions!r}\0{art.byline_names!r}"
                     .encode("utf-8", "surrogatepass"))
    return h.digest()


def shared(corpus: Any, args: tuple, compute: Callable[[], _T], *, group: str = "") -> _T:
    """``compute()`` for *corpus* and *args*, computed once while the corpus is unchanged.

    Parameters
    ----------
    corpus : Corpus
        The corpus (held weakly: the result goes when the corpus does).
    args : tuple
        The arguments the result depends on; mapped through :func:`argument_key`.
    compute : callable
        Computes the result; callers must not modify what it returns (it is shared).
    group : str, optional, keyword-only
        The results this one competes with for the :data:`MAX_PER_CORPUS` places of its corpus
        (the phrase tables keep to their own group, so they never push out a slogan set).

    Returns
    -------
    The result of ``compute()``, fresh or kept.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> corpus, calls = load_seeds(), []
    >>> shared(corpus, ("demo",), lambda: calls.append(1) or len(calls))
    1
    >>> shared(corpus, ("demo",), lambda: calls.append(1) or len(calls)), len(calls)
    (1, 1)
    """
    key = (group, *(argument_key(a) for a in args))
    try:
        store = _RESULTS.setdefault(corpus, {})
    except TypeError:               # an object that cannot be referenced weakly: no cache
        return compute()
    fingerprint = corpus_fingerprint(corpus)
    kept = store.get(key)
    if kept is not None and kept[0] == fingerprint:
        return kept[1]
    from corpus_tools.analysis_cache import stored_result

    result = stored_result(corpus, key, fingerprint, compute)   # on disk, for a corpus read with a cache
    store.pop(key, None)
    store[key] = (fingerprint, result, args)   # args kept alive: an identity key is not reused
    mine = [k for k in store if k[0] == group]
    for old in mine[:max(0, len(mine) - MAX_PER_CORPUS)]:
        store.pop(old)
    return result
