"""TermFilter(phrases=…"entities"): the names the tagger finds kept whole in the word tables (user35 F10)."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.entity_terms import entity_words
from corpus_tools.options import TermFilter
from corpus_tools.phrase_tokens import check_phrase_sources


def _corpus():
    texts = ["县长仇海涛主持会议，听取东沟河治理情况汇报。仇海涛要求加强东沟河保护。"] * 3 + ["县委书记钱志远强调节能减排。"] * 3
    dates = ["2020-01-02", "2020-01-03", "2020-01-04", "2008-01-02", "2008-01-03", "2008-01-04"]
    return ct.read_corpus(pd.DataFrame({"text": texts, "date": dates}))


def test_entity_words_lists_the_names():
    assert {"仇海涛", "钱志远"} <= set(entity_words(_corpus()))


def test_the_option_keeps_names_whole_and_the_default_is_unchanged():
    c = _corpus()
    on = ct.keywords(c, by="all", top_n=30, term_filter=TermFilter(phrases=("formulae", "places", "mined", "entities")))
    assert "仇海涛" in set(on.term) and "海涛" not in set(on.term)
    assert "仇海涛" not in set(ct.keywords(c, by="all", top_n=30).term)


def test_entities_is_a_phrase_source():
    assert check_phrase_sources("entities") == ("entities",)


def test_entity_words_tag_a_corpus_once(monkeypatch) -> None:
    import corpus_tools.entities as entities
    from corpus_tools.entity_terms import entity_words

    c = ct.read_corpus(pd.DataFrame({"text": ["县长仇海涛到东沟镇检查工作。"], "date": ["2020-01-02"]}))
    calls = []
    real = entities.extract_entities
    monkeypatch.setattr(entities, "extract_entities", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = entity_words(c)
    assert entity_words(c) == first and "仇海涛" in first
    assert len(calls) == 1
