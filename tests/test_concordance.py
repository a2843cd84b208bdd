"""Tests for corpus_tools.concordance: kwic, collocations, cooccurrence."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from corpus_tools import load_pipeline
from corpus_tools.concordance import (
    COLLOCATION_COLUMNS,
    EDGE_COLUMNS,
    KWIC_COLUMNS,
    KwicFrame,
    collocations,
    cooccurrence,
    kwic,
)
from corpus_tools.loaders import load_seeds


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


def test_kwic_lines(seeds):
    lines = kwic(seeds, "乡村振兴", width=6)
    assert isinstance(lines, KwicFrame) and list(lines.columns) == KWIC_COLUMNS
    assert len(lines) == sum(a.text.count("乡村振兴") for a in seeds.articles)
    assert (lines["match"] == "乡村振兴").all()
    assert (lines["left"].str.len() <= 6).all() and (lines["right"].str.len() <= 6).all()
    texts = {a.id: a.text for a in seeds.articles}
    for row in lines.itertuples():
        assert texts[row.article_id][row.start:row.start + 4] == "乡村振兴"
        assert texts[row.article_id][:row.start].replace("\n", " ").endswith(row.left)


def test_kwic_regex_and_fullwidth(seeds):
    lines = kwic(seeds, r"\d{4}年", regex=True, width=3)
    assert len(lines) > 0 and lines["match"].str.fullmatch(r"\d{4}年").all()
    from corpus_tools.concordance import kwic as k2

    one = load_seeds().filter(issue_id="001_1d3a89e59fb6b767")
    assert len(k2(one, "２０２３")) == len(k2(one, "2023"))
    with pytest.raises(ValueError, match="regular expression"):
        kwic(seeds, "(", regex=True)
    with pytest.raises(ValueError, match="non-empty"):
        kwic(seeds, "")


def test_kwic_html_is_aligned_and_derived_frames_are_plain(seeds):
    lines = kwic(seeds, "古城", width=5)
    html = lines._repr_html_()
    assert "text-align:right" in html and "text-align:left" in html and "古城" in html
    assert html.count("<tr>") == min(len(lines), 200)
    assert type(lines.head()) is pd.DataFrame


@pytest.fixture(scope="module")
def jieba_nlp():
    pytest.importorskip("jieba")
    return load_pipeline(segmenter="jieba", tagger=False)


def test_collocations(seeds, jieba_nlp, tmp_path):
    col = collocations(seeds, nlp=jieba_nlp, min_count=3, top_n=None, cache_dir=tmp_path)
    assert list(col.columns) == COLLOCATION_COLUMNS
    assert (col["count"] >= 3).all() and (col["log_dice"] <= 14 + 1e-9).all()
    assert col["log_dice"].is_monotonic_decreasing
    # an adjacent pair count agrees with an independent count of adjacent tokens
    row = col.iloc[0]
    pairs = Counter()
    for a in seeds.articles:
        toks = [t.text for t in jieba_nlp(a.text) if not t.is_space]
        pairs.update(zip(toks, toks[1:]))
    assert row["count"] == pairs[(row["w1"], row["w2"])]
    by_pmi = collocations(seeds, nlp=jieba_nlp, measure="pmi", cache_dir=tmp_path)
    assert by_pmi["pmi"].is_monotonic_decreasing
    with pytest.raises(ValueError, match="measure"):
        collocations(seeds, measure="t", nlp=jieba_nlp, cache_dir=tmp_path)


def test_collocations_of_one_word_are_selected_before_the_cut(seeds, jieba_nlp, tmp_path):
    # user24 F8: c[c.w1 == word] on the default top 50 was empty for a formula
    every = collocations(seeds, nlp=jieba_nlp, min_count=2, top_n=None, cache_dir=tmp_path)
    word = every.iloc[-1]["w1"]            # a word of the weakest pair: beyond any short cut
    mine = collocations(seeds, nlp=jieba_nlp, min_count=2, top_n=3, word=word, cache_dir=tmp_path)
    assert len(mine) >= 1 and ((mine["w1"] == word) | (mine["w2"] == word)).all()
    with pytest.raises(ValueError, match="word"):
        collocations(seeds, nlp=jieba_nlp, word="", cache_dir=tmp_path)


@pytest.fixture()
def entities():
    return pd.DataFrame({
        "issue_id": ["i1", "i1", "i1", "i1", "i2", "i2", "i2"],
        "article_id": ["i1-01", "i1-01", "i1-01", "i1-02", "i2-01", "i2-01", "i2-01"],
        "text": ["平遥县", "张三", "县委", "平遥县", "平遥县", "张三", "张三"],
        "label": ["LOC", "PER", "ORG", "LOC", "LOC", "PER", "PER"],
    })


def test_cooccurrence_edges(entities):
    edges = cooccurrence(entities)
    assert list(edges.columns) == EDGE_COLUMNS
    as_dict = {(r.source, r.target): r.weight for r in edges.itertuples()}
    assert as_dict == {("平遥县", "张三"): 2, ("县委", "平遥县"): 1, ("县委", "张三"): 1}
    assert (edges["source"] < edges["target"]).all()
    assert dict(zip(edges["source"], edges["source_label"]))["平遥县"] == "LOC"


def test_cooccurrence_options(entities):
    only = cooccurrence(entities, labels=["LOC", "PER"])
    assert set(only["source"]) | set(only["target"]) == {"平遥县", "张三"}
    issue = cooccurrence(entities, unit="issue", min_count=2)
    assert issue[["source", "target", "weight"]].values.tolist() == [["平遥县", "张三", 2]]
    with pytest.raises(ValueError, match="lacks columns"):
        cooccurrence(entities.drop(columns=["label"]))
    with pytest.raises(ValueError, match="unit"):
        cooccurrence(entities, unit="page")


def test_cooccurrence_feeds_networkx(entities):
    nx = pytest.importorskip("networkx")
    g = nx.from_pandas_edgelist(cooccurrence(entities), edge_attr="weight")
    assert g["平遥县"]["张三"]["weight"] == 2
    assert np.isclose(sum(d["weight"] for *_, d in g.edges(data=True)), 4)


def test_cooccurrence_by_sentence(entities):
    ents = entities.assign(sentence=[0, 0, 1, 0, 0, 0, 1])
    edges = cooccurrence(ents, unit="sentence")
    assert {(r.source, r.target): r.weight for r in edges.itertuples()} == {("平遥县", "张三"): 2}
    with pytest.raises(ValueError, match="lacks columns"):
        cooccurrence(entities, unit="sentence")


def test_cooccurrence_on_a_seed_issue_uses_extract_entities(seeds):
    import corpus_tools as ct

    one = seeds.filter(issue_id="001_1d3a89e59fb6b767")
    edges = cooccurrence(one, labels=["PERSON", "ORG"])
    ents = ct.extract_entities(one, labels=["PERSON", "ORG"])
    names_by_article = ents.groupby("article_id")["text"].apply(set)
    assert len(edges) > 0
    for row in edges.head(20).itertuples():
        shared = sum({row.source, row.target} <= names for names in names_by_article)
        assert shared == row.weight
    assert set(edges["source_label"]) | set(edges["target_label"]) <= {"PERSON", "ORG"}


def test_cooccurrence_keeps_namesakes_apart_and_orients_pairs_by_the_labels_given():
    """user22 #5/#6: with text=norm two villages 三合村 became one node bridging two townships, and a
    PERSON stood in source or target at random. Here 新化县's two 大兴村 (白溪镇, 温塘镇)."""
    from corpus_tools.concordance import cooccurrence

    ents = pd.DataFrame({
        "issue_id": ["a"] * 6, "article_id": ["a-01"] * 3 + ["a-02"] * 3,
        "text": ["白溪镇", "大兴村", "刘建华", "温塘镇", "大兴村", "刘建华"],
        "norm": ["白溪镇", "大兴村", "刘建华", "温塘镇", "大兴村", "刘建华"],
        "label": ["TOWNSHIP", "VILLAGE", "PERSON", "TOWNSHIP", "VILLAGE", "PERSON"],
        "admin_code": ["431322112", "431322112291", None, "431322115", "431322115233", None]})
    merged = cooccurrence(ents.assign(text=ents["norm"]))
    assert ("大兴村", "白溪镇") in set(zip(merged["source"], merged["target"]))  # one node in both townships
    apart = cooccurrence(ents, nodes="norm")
    nodes = set(apart["source"]) | set(apart["target"])
    assert {"大兴村（白溪镇）", "大兴村（温塘镇）"} <= nodes and "大兴村" not in nodes
    people = cooccurrence(ents, nodes="norm", labels=["PERSON", "TOWNSHIP"])
    assert set(people["source_label"]) == {"PERSON"} and set(people["target_label"]) == {"TOWNSHIP"}
    assert people.set_index("target").loc["温塘镇", "source"] == "刘建华"
    with pytest.raises(ValueError, match="nodes"):
        cooccurrence(ents, nodes="code")
