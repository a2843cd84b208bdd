"""Tests of slogans beside places and organisations (corpus_tools.slogans.cooccurrence:
slogan_entity_cooccurrence)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from corpus_tools import load_seeds
from corpus_tools.errors import InvalidArgumentError
from corpus_tools.slogans import COOCCURRENCE_COLUMNS, slogan_entity_cooccurrence


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.fixture(scope="module")
def two_pages():
    from corpus_tools import read_corpus

    return read_corpus(pd.DataFrame({
        "issue_id": ["p1", "p2"], "county_code": ["140728"] * 2, "date": ["2023-01-05", "2023-02-01"],
        "text": [("岳壁乡筑牢禁烧防线\n为此，岳壁乡把“不着一把火、不冒一处烟”作为工作底线，加大巡逻管控宣传力度，"
                  "筑牢秸秆禁烧防火墙。梁村党支部对标市委“两学五抓”标准抓长效，推动工作落实。"),
                 ("襄垣乡发展酥梨产业\n襄垣乡紧紧抓住酥梨这一主导产业，打造“一园六中心”全域旅游示范区。"
                  "岳壁乡继续坚持“不着一把火、不冒一处烟”，巩固成果。")]}))


def test_slogan_entity_cooccurrence_sentence(two_pages):
    co = slogan_entity_cooccurrence(two_pages)
    assert list(co.columns) == COOCCURRENCE_COLUMNS
    pairs = {(r.slogan, r.entity): r for r in co.itertuples()}
    assert set(pairs) == {("不着一把火、不冒一处烟", "岳壁乡"), ("一园六中心", "襄垣乡")}
    r = pairs[("不着一把火、不冒一处烟", "岳壁乡")]
    assert (r.label, r.admin_code, r.n_articles, r.n_sentences, r.n_issues) == \
        ("TOWNSHIP", "140728202", 2, 2, 2)
    assert (r.first_date, r.last_date) == (dt.date(2023, 1, 5), dt.date(2023, 2, 1))
    assert r.article_ids == ["p1-01", "p2-01"]
    assert "岳壁乡把" in r.example and "梁村" not in r.example  # the sentence, not the article
    assert co.iloc[0]["slogan"] == "不着一把火、不冒一处烟"     # most articles first


def test_slogan_entity_cooccurrence_article_and_labels(two_pages):
    co = slogan_entity_cooccurrence(two_pages, window="article")
    pairs = {(r.slogan, r.entity): (r.n_articles, r.n_sentences) for r in co.itertuples()}
    assert pairs[("两学五抓", "岳壁乡")] == (1, 0)        # same article, other sentence
    assert pairs[("一园六中心", "岳壁乡")] == (1, 0)
    assert pairs[("不着一把火、不冒一处烟", "岳壁乡")] == (2, 2)
    assert co.set_index(["slogan", "entity"]).loc[("两学五抓", "岳壁乡"), "level"] == "municipal"
    orgs = slogan_entity_cooccurrence(two_pages, labels=["ORG"])
    assert ("两学五抓", "梁村党支部") in set(zip(orgs["slogan"], orgs["entity"]))
    assert set(orgs["label"]) == {"ORG"}
    assert len(slogan_entity_cooccurrence(two_pages, window="article", min_articles=2)) == 1


def test_slogan_entity_cooccurrence_reuses_entities(two_pages):
    from corpus_tools.entities import extract_entities

    ents = extract_entities(two_pages, model=False)
    co = slogan_entity_cooccurrence(two_pages, entities=ents, labels=("TOWNSHIP",))
    assert set(co["entity"]) == {"岳壁乡", "襄垣乡"}


def test_slogan_entity_cooccurrence_validation(two_pages):
    with pytest.raises(ValueError, match="`window` value = 'page' is invalid"):
        slogan_entity_cooccurrence(two_pages, window="page")
    with pytest.raises(ValueError, match="labels"):
        slogan_entity_cooccurrence(two_pages, labels=["TOWN"])
    with pytest.raises(ValueError, match="min_articles"):
        slogan_entity_cooccurrence(two_pages, min_articles=0)
    with pytest.raises(ValueError, match="entities must be a DataFrame"):
        slogan_entity_cooccurrence(two_pages, entities=pd.DataFrame({"x": [1]}))
    with pytest.raises(TypeError, match="corpus must be a Corpus"):
        slogan_entity_cooccurrence("岳壁乡")


def test_slogan_entity_cooccurrence_seeds(seeds):
    co = slogan_entity_cooccurrence(seeds, window="article", labels=["TOWNSHIP"])
    assert len(co) >= 10
    codes = co["admin_code"].dropna()
    assert len(codes) >= 0.8 * len(co) and codes.str.len().eq(9).all()  # townships: 9-digit codes
    # sentence pairs are article pairs with at least one shared sentence, counted alike
    by_sentence = slogan_entity_cooccurrence(seeds, window="sentence", labels=["TOWNSHIP"])
    merged = by_sentence.merge(co, on=["slogan", "entity"], suffixes=("_s", "_a"))
    assert len(merged) == len(by_sentence) > 0
    assert (merged["n_sentences_s"] == merged["n_sentences_a"]).all()
    assert (merged["n_articles_s"] <= merged["n_articles_a"]).all()
    assert set(co.loc[co["n_sentences"] > 0, "slogan"] + co.loc[co["n_sentences"] > 0, "entity"]) == \
        set(by_sentence["slogan"] + by_sentence["entity"])


def test_slogans_printed_together_per_article_and_sentence():
    # user21 F7: which formulae co-occur (both layers, grouped wordings as one)
    from corpus_tools.corpus import Corpus
    from corpus_tools.slogans import SLOGAN_PAIR_COLUMNS, slogan_cooccurrence

    pages = [("2019-05-01", "县委召开会议", "会议要求，推进乡村振兴，坚持高质量发展。巩固脱贫攻坚成果。"),
             ("2019-06-01", "全县推进乡村全面振兴", "全县坚持高质量发展。")]
    corpus = Corpus.from_articles(pd.DataFrame(pages, columns=["issue_id", "title", "body"]).assign(date=lambda d: d.issue_id))
    art = slogan_cooccurrence(corpus)
    assert list(art.columns) == SLOGAN_PAIR_COLUMNS
    pairs = {(r.slogan_a, r.slogan_b): r.n_articles for r in art.itertuples()}
    # 乡村全面振兴 is a wording of 乡村振兴: the two articles pair it with 高质量发展
    assert pairs[("乡村振兴", "高质量发展")] == 2 and pairs[("乡村振兴", "脱贫攻坚")] == 1
    sent = slogan_cooccurrence(corpus, window="sentence")
    assert {(r.slogan_a, r.slogan_b) for r in sent.itertuples()} == {("乡村振兴", "高质量发展")}
    with pytest.raises(InvalidArgumentError, match="window"):
        slogan_cooccurrence(corpus, window="page")
    with pytest.raises(InvalidArgumentError, match="min_count"):
        slogan_cooccurrence(corpus, min_count=0)
