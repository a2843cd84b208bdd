"""TextCache: a bounded LRU of per-text results keyed by the text's content digest."""

from __future__ import annotations

from corpus_tools.text_cache import TextCache


def _counting():
    calls = []

    def fn(text: str) -> int:
        calls.append(text)
        return len(text)

    return fn, calls


def test_a_pass_over_more_texts_than_128_hits_on_the_second_pass():
    fn, calls = _counting()
    cache = TextCache(fn, maxsize=1000)
    pages = [f"第{i}版 平遥县岳壁乡" for i in range(300)]
    first = [cache(p) for p in pages]
    second = [cache(p) for p in pages]
    assert first == second
    assert len(calls) == len(pages)
    assert (cache.hits, cache.misses) == (len(pages), len(pages))


def test_keyed_by_content_not_identity():
    fn, calls = _counting()
    cache = TextCache(fn)
    text = "".join(["襄垣乡", "酥梨"])
    cache(text)
    cache("襄垣乡酥梨")           # equal text, another object: a hit
    cache("襄垣乡酥梨产业")        # edited text: computed again
    assert calls == ["襄垣乡酥梨", "襄垣乡酥梨产业"]


def test_bounded_least_recently_used_is_dropped():
    fn, calls = _counting()
    cache = TextCache(fn, maxsize=2)
    cache("甲")
    cache("乙")
    cache("甲")                   # 甲 is now the most recent
    cache("丙")                   # drops 乙
    assert len(cache) == 2
    cache("甲")
    cache("乙")
    assert calls == ["甲", "乙", "丙", "乙"]


def test_cache_clear_forgets():
    fn, calls = _counting()
    cache = TextCache(fn)
    cache("平遥")
    cache.cache_clear()
    cache("平遥")
    assert calls == ["平遥", "平遥"] and len(cache) == 1
