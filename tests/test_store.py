"""Parquet persistence: round trip, readers, and detection of partial or corrupt saves."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools import Corpus, CorpusToolsError, load_pipeline, read_corpus
from corpus_tools.parsing import TOKEN_COLUMNS, tokens_frame
from corpus_tools.store import (MANIFEST, StoreError, load_corpus, load_table, save_corpus,
                                verify_store, write_table)

PAGE_A = """县委召开全体会议

本报讯 3月5日，县委召开全体（扩大）会议，传达学习全国“两会”精神。会议强调，要坚持“三个不动摇”，推动乡村振兴。

（张三 李四）


岳壁乡开展植树活动

本报讯 3月12日，岳壁乡组织干部群众在梁村开展义务植树活动，共栽植树木两千余株。
"""
PAGE_B = """古城旅游迎来新高峰

春节期间，全县接待游客十二万人次，旅游收入同比增长百分之十五。
"""


@pytest.fixture
def corpus() -> Corpus:
    df = pd.DataFrame({
        "issue_id": ["p1", "p2", "p3"],
        "text": [PAGE_A, PAGE_B, "无标题的短讯一则。"],
        "date": ["2023-03-15", "2023-02-01", None],
        "county_code": ["140728", "140728", "140728"],
        "paper": ["平遥报", "平遥报", "平遥报"],
    })
    return read_corpus(df)


CHEAP = {"segmenter": "char", "tagger": False}


def _same_corpus(a: Corpus, b: Corpus) -> None:
    assert [i.id for i in a] == [i.id for i in b]
    for x, y in zip(a.issues, b.issues):
        assert (x.raw, x.date, x.meta) == (y.raw, y.date, y.meta)
        assert x.layout == y.layout
    assert a.articles == b.articles
    pd.testing.assert_frame_equal(a.articles_frame(), b.articles_frame())
    pd.testing.assert_frame_equal(a.blocks_frame(), b.blocks_frame())
    pd.testing.assert_frame_equal(a.issues_frame(), b.issues_frame())


def test_round_trip_reproduces_issues_and_articles_without_layout(corpus, tmp_path, monkeypatch):
    save_corpus(corpus, tmp_path, tables=("articles", "issues", "blocks"), progress=False)
    import corpus_tools.corpus as corpus_module

    def no_layout(raw):  # a loaded corpus must not split pages again
        raise AssertionError("layout was re-run on load")

    monkeypatch.setattr(corpus_module, "split_page", no_layout)
    loaded = Corpus.load(tmp_path)
    _same_corpus(corpus, loaded)
    assert loaded.issues[-1].date is None


def test_filtered_corpus_keeps_its_articles_and_ids(corpus, tmp_path):
    keep = [a.id for a in corpus.articles][1:]
    sub = corpus.filter(article_id=keep)
    save_corpus(sub, tmp_path, tables=(), progress=False)
    loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == keep
    _same_corpus(sub, loaded)
    # the hidden article is still part of the page layout
    assert len(loaded.issues[0].all_articles) == len(corpus.issues[0].all_articles)


def test_metadata_types_survive(tmp_path):
    import datetime as dt

    df = pd.DataFrame({"issue_id": ["x"], "text": [PAGE_B], "date": ["2020-05-01"],
                       "printed": [dt.date(2020, 4, 30)], "n_pages": [8]})
    c = read_corpus(df)
    c.save(tmp_path, tables=(), progress=False)
    meta = Corpus.load(tmp_path).issues[0].meta
    assert meta == c.issues[0].meta
    assert isinstance(meta["printed"], dt.date)


def test_tokens_table_equals_tokens_frame(corpus, tmp_path):
    nlp = load_pipeline(**CHEAP)
    save_corpus(corpus, tmp_path, tables=("tokens",), nlp=nlp, batch_size=1, cache_dir=False, progress=False)
    saved = load_table(tmp_path, "tokens")
    local = tokens_frame(corpus, nlp=nlp, cache_dir=False, progress=False)
    assert list(saved.columns) == TOKEN_COLUMNS
    pd.testing.assert_frame_equal(saved.astype(str), local.astype(str))
    assert isinstance(saved["text"].dtype, pd.CategoricalDtype)
    man = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert man["tables"]["tokens"]["info"]["pipeline"]["pipes"] == list(nlp.pipe_names)


def test_slogans_table(corpus, tmp_path):
    from corpus_tools.slogans import slogan_mentions

    save_corpus(corpus, tmp_path, tables=("slogans",), progress=False)
    pd.testing.assert_frame_equal(load_table(tmp_path, "slogans").astype(str),
                                  slogan_mentions(corpus).astype(str))


def test_readable_by_polars_and_duckdb(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=("tokens",), nlp=load_pipeline(**CHEAP), cache_dir=False,
                progress=False)
    n_tokens = len(load_table(tmp_path, "tokens"))
    pl = pytest.importorskip("polars")
    arts = pl.read_parquet(tmp_path / "articles.parquet")
    assert arts.height == len(corpus.articles)
    assert arts.schema["byline"] == pl.List(pl.String)
    duckdb = pytest.importorskip("duckdb")
    got = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'tokens.parquet'}' t "
                     f"JOIN '{tmp_path / 'articles.parquet'}' a USING (article_id)").fetchall()[0][0]
    assert got == n_tokens


def test_missing_manifest_is_a_partial_save(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    (tmp_path / MANIFEST).unlink()
    with pytest.raises(StoreError, match="manifest.json.*partial"):
        load_corpus(tmp_path)


def test_missing_file_is_named(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    (tmp_path / "blocks.parquet").unlink()
    with pytest.raises(StoreError, match="blocks.parquet: missing") as info:
        load_corpus(tmp_path)
    assert info.value.path.endswith("blocks.parquet")


def test_truncated_file_is_named(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    path = tmp_path / "articles.parquet"
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(CorpusToolsError, match="articles.parquet.*truncated"):
        load_corpus(tmp_path)


def test_checksum_mismatch_is_named(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    path = tmp_path / "issues.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one byte flipped
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="issues.parquet: SHA-256"):
        load_corpus(tmp_path)
    with pytest.raises(StoreError, match="issues.parquet"):
        verify_store(tmp_path)


def test_resave_rebuilds_a_corrupt_store(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    (tmp_path / "_layout.parquet").write_bytes(b"garbage")
    with pytest.raises(StoreError, match="_layout.parquet"):
        load_corpus(tmp_path)
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    _same_corpus(corpus, load_corpus(tmp_path))


def test_interrupted_table_write_leaves_store_flagged_partial(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)

    def frames():
        yield pd.DataFrame({"article_id": ["p1-01"], "n": [1]})
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_table(tmp_path, "extra", frames())
    assert not (tmp_path / "extra.parquet").exists()
    with pytest.raises(StoreError, match="partial"):
        load_table(tmp_path, "articles")


def test_table_not_saved_and_bad_arguments(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    with pytest.raises(StoreError, match="'tokens' was not saved"):
        load_table(tmp_path, "tokens")
    with pytest.raises(ValueError, match="tables value"):
        save_corpus(corpus, tmp_path, tables=("tokenz",))
    with pytest.raises(StoreError, match="no such folder"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(TypeError, match="Corpus"):
        save_corpus("县委召开会议", tmp_path)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ValueError, match="is a file"):
        save_corpus(corpus, tmp_path / "file.txt")


def test_stale_optional_table_is_removed(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=("slogans",), progress=False)
    assert (tmp_path / "slogans.parquet").exists()
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    assert not (tmp_path / "slogans.parquet").exists()
    assert "slogans" not in verify_store(tmp_path)["tables"]


def test_seeds_round_trip(tmp_path):
    from corpus_tools import load_seeds

    seeds = load_seeds()
    seeds.save(tmp_path, tables=(), progress=False)
    _same_corpus(seeds, Corpus.load(Path(tmp_path)))


def test_cli_save(tmp_path):
    from corpus_tools import seeds_path
    from corpus_tools.cli import main

    out = tmp_path / "out"
    assert main(["save", str(seeds_path()), str(out), "--tables", "articles", "slogans", "--quiet"]) == 0
    assert len(load_table(out, "slogans")) > 0
    assert len(Corpus.load(out)) == 5
