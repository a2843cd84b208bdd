"""The slogan detection of a corpus is computed once and shared by the slogan tables."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from corpus_tools import corpus_cache
from corpus_tools.slogans import tables
from corpus_tools.corpus_cache import argument_key, corpus_fingerprint

TEXTS = [
    "平遥新闻\n岳壁乡推进“三晋强基”工程\n本报讯 岳壁乡深入实施“三晋强基”工程，推动乡村振兴。",
    "平遥新闻\n古城迎来冬季游客\n本报讯 县里以“三晋强基”为抓手，巩固脱贫攻坚成果。",
]


def _corpus():
    from corpus_tools import read_corpus

    return read_corpus(pd.DataFrame({"text": TEXTS, "date": ["2023-11-02", "2023-11-09"],
                                     "county_code": ["140728", "140728"]}))


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = tables.prepare

    def prepare(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(tables, "prepare", prepare)
    return calls


def test_the_tables_share_one_detection(counted):
    corpus = _corpus()
    a = tables.extract_slogans(corpus, decision=False)
    tables.slogan_mentions(corpus, decision=False)
    tables.slogan_trends(corpus, by="month", decision=False)
    tables.slogan_trends(corpus, by="year", decision=False)
    assert len(counted) == 1
    assert a.equals(tables.extract_slogans(corpus, decision=False))


def test_other_arguments_or_an_edited_corpus_detect_again(counted):
    corpus = _corpus()
    first = tables.extract_slogans(corpus, decision=False)
    tables.extract_slogans(corpus, decision=False, layers=("marked",))
    assert len(counted) == 2
    corpus.issues[1] = dataclasses.replace(corpus.issues[1], date=dt.date(2024, 1, 5))  # edited in place
    again = tables.extract_slogans(corpus, decision=False)
    assert len(counted) == 3
    assert again.last_date.max() == dt.date(2024, 1, 5) != first.last_date.max()


def test_a_filtered_corpus_is_its_own():
    corpus = _corpus()
    part = corpus.between("2023-11-01", "2023-11-05")
    assert corpus_fingerprint(part) != corpus_fingerprint(corpus)
    whole = tables.extract_slogans(corpus, decision=False).set_index("text")["count"]
    half = tables.extract_slogans(part, decision=False).set_index("text")["count"]
    assert half["三晋强基"] < whole["三晋强基"]


def test_the_cache_goes_with_its_corpus():
    import gc

    corpus = _corpus()
    tables.extract_slogans(corpus, decision=False)
    before = len(corpus_cache._RESULTS)
    del corpus
    gc.collect()
    assert len(corpus_cache._RESULTS) == before - 1


def test_argument_keys():
    frame = pd.DataFrame({"text": ["乡村振兴"], "year": [2017]})
    assert argument_key(frame) == argument_key(frame.copy())
    assert argument_key(frame) != argument_key(frame.assign(year=[2018]))
    assert argument_key(["quoted", "numbered"]) == ("quoted", "numbered")
    model = object()
    assert argument_key(model) == argument_key(model) != argument_key(object())


def test_extract_slogans_scans_for_early_mentions_once(monkeypatch):
    calls = []
    real = tables.before_year

    def before_year(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(tables, "before_year", before_year)
    corpus = _corpus()
    a = tables.extract_slogans(corpus, decision=False)
    b = tables.extract_slogans(corpus, decision=False)
    assert len(calls) == 1 and a.equals(b)
    tables.extract_slogans(corpus, decision=False, layers=("lexicon",))
    assert len(calls) == 2
