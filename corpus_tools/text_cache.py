"""A bounded cache of per-text results keyed by a digest of the text's content.

Analyses run the same per-page step (county inference) on every call; a corpus is
usually larger than ``functools.lru_cache``'s default sizes, and an in-order pass over
an LRU smaller than the corpus never hits. :class:`TextCache` holds enough entries for
real corpora while keeping only a 16-byte digest and the (small) result per text.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Callable, Generic, TypeVar

__all__ = ["TextCache", "TEXT_CACHE_SIZE"]

_T = TypeVar("_T")
#: Texts whose county inference is kept (pages and articles of a few years of a daily paper);
#: keyed by a 16-byte digest, so the cache holds no text, only its small result.
TEXT_CACHE_SIZE = 65536


class TextCache(Generic[_T]):
    """A least-recently-used cache of ``fn(text)`` keyed by a BLAKE2b digest of *text*.

    ``functools.lru_cache(maxsize=128)`` re-computed every page of a corpus of more than 128
    pages on every pass (an in-order pass over an LRU smaller than the corpus never hits);
    this one fits real corpora, and keys by content, so an edited text is computed again.

    Parameters
    ----------
    fn : callable
        ``fn(text) -> result``; results must not be modified by callers (they are shared).
    maxsize : int, default :data:`TEXT_CACHE_SIZE`
        Results kept; the least recently used is dropped beyond it.

    Examples
    --------
    >>> square_len = TextCache(lambda text: len(text) ** 2)
    >>> square_len("平遥县"), square_len("平遥县"), (square_len.hits, square_len.misses)
    (9, 9, (1, 1))
    """

    def __init__(self, fn: Callable[[str], _T], maxsize: int = TEXT_CACHE_SIZE) -> None:
        self.fn, self.maxsize = fn, maxsize
        self._data: OrderedDict[bytes, _T] = OrderedDict()
        self.hits = self.misses = 0
        self.__doc__, self.__wrapped__ = fn.__doc__, fn

    def __call__(self, text: str) -> _T:
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            value = self._data[key] = self.fn(text)
            if len(self._data) > self.maxsize:
                self._data.popitem(last=False)
            return value
        self.hits += 1
        self._data.move_to_end(key)
        return value

    def __len__(self) -> int:
        return len(self._data)

    def cache_clear(self) -> None:
        """Forget every kept result."""
        self._data.clear()
        self.hits = self.misses = 0
