"""Parquet persistence: round trip, readers, and detection of partial or corrupt saves."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools import Corpus, CorpusToolsError, Issue, load_corpus, load_pipeline, read_corpus
from corpus_tools.parsing import TOKEN_COLUMNS, tokens_frame
from corpus_tools.store import (MANIFEST, StoredIssue, StoreError, load_table, read_issues, save_corpus,
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
    import corpus_tools.issue as issue_module

    def no_layout(raw):  # a loaded corpus must not split pages again
        raise AssertionError("layout was re-run on load")

    monkeypatch.setattr(issue_module, "split_page", no_layout)
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


def test_read_issues_gives_plain_records_in_saved_order(corpus, tmp_path):
    sub = corpus.filter(article_id=[a.id for a in corpus.articles][1:])
    sub.save(tmp_path, tables=(), progress=False)
    records = read_issues(tmp_path)
    assert all(isinstance(r, StoredIssue) for r in records)
    assert [r.id for r in records] == [i.id for i in sub.issues]
    for r, issue in zip(records, sub.issues):
        assert (r.raw, r.date, r.meta, r.layout) == (issue.raw, issue.date, issue.meta, issue.layout)
    # the issue with a hidden article carries a filter; the others keep every article
    assert records[0].article_filter is not None and records[1].article_filter is None
    assert [a.id for a in Corpus(Issue(*r[:5]) for r in records).articles] == [a.id for a in sub.articles]


def test_entity_batches_keep_the_corpus_class(corpus, tmp_path, monkeypatch):
    """The store makes its batches with the corpus's own class (it does not import Corpus)."""
    import corpus_tools.entities as entities

    class MyCorpus(Corpus):
        pass

    seen = []

    def fake_extract(sub):
        seen.append((type(sub), [i.id for i in sub.issues]))
        return pd.DataFrame({c: pd.Series(dtype=object) for c in entities.ENTITY_COLUMNS})

    monkeypatch.setattr(entities, "extract_entities", fake_extract)
    save_corpus(MyCorpus(corpus.issues), tmp_path, tables=("entities",), batch_size=1, progress=False)
    assert {t for t, _ in seen} == {MyCorpus}
    assert [i for _, ids in seen for i in ids] == [i.id for i in corpus.issues]


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


def test_interrupted_table_write_leaves_the_store_as_it_was(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)

    def frames():
        yield pd.DataFrame({"article_id": ["p1-01"], "n": [1]})
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_table(tmp_path, "extra", frames())
    assert not (tmp_path / "extra.parquet").exists()
    assert "extra" not in verify_store(tmp_path)["tables"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    _same_corpus(corpus, load_corpus(tmp_path))


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


# ---------------------------------------------------------------------------------------
# issue 19: a save never destroys what was there


def test_save_refuses_a_folder_that_is_not_a_store(corpus, tmp_path):
    folder = tmp_path / "my-thesis"
    folder.mkdir()
    for name in ("tokens.parquet", "articles.parquet", "notes.txt"):
        (folder / name).write_text(f"the user's own {name}")
    with pytest.raises(StoreError, match="not empty and holds no corpus store") as info:
        save_corpus(corpus, folder, tables=(), progress=False)
    assert info.value.path == str(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["articles.parquet", "notes.txt", "tokens.parquet"]
    assert (folder / "tokens.parquet").read_text() == "the user's own tokens.parquet"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("path", ["", "   "])
def test_save_to_an_empty_path_is_an_error(corpus, path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="path value = ''"):
        corpus.save(path, tables=(), progress=False)
    assert not list(tmp_path.iterdir())


def test_save_path_must_be_a_path(corpus):
    with pytest.raises(TypeError, match="path must be a folder path"):
        save_corpus(corpus, None, tables=(), progress=False)


def test_failed_resave_keeps_the_previous_save(corpus, tmp_path):
    save_corpus(corpus, tmp_path / "store", tables=(), progress=False)
    before = {p.name: p.read_bytes() for p in (tmp_path / "store").iterdir()}
    bad = read_corpus(pd.DataFrame({"issue_id": ["x"], "text": [PAGE_B], "tags": [{"a", "b"}]}))
    with pytest.raises(TypeError, match="set"):  # a set cannot be saved: found part-way
        save_corpus(bad, tmp_path / "store", tables=(), progress=False)
    assert {p.name: p.read_bytes() for p in (tmp_path / "store").iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # no half-built folder left
    _same_corpus(corpus, load_corpus(tmp_path / "store"))


def test_interrupted_optional_table_keeps_the_previous_save(corpus, tmp_path, monkeypatch):
    import corpus_tools.store.save as store_save

    save_corpus(corpus, tmp_path, tables=(), progress=False)
    before = verify_store(tmp_path)

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(store_save, "_save_optional", boom)
    with pytest.raises(KeyboardInterrupt):
        save_corpus(corpus, tmp_path, tables=("slogans",), progress=False)
    assert verify_store(tmp_path)["tables"] == before["tables"]


def test_user_tables_and_files_survive_a_resave(corpus, tmp_path):
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    write_table(tmp_path, "codes", pd.DataFrame({"article_id": ["p1-01"], "code": ["A"]}),
                info={"coder": "R1"})
    (tmp_path / "README.txt").write_text("my notes")
    save_corpus(corpus, tmp_path, tables=(), progress=False)
    man = verify_store(tmp_path)
    assert man["tables"]["codes"]["info"] == {"coder": "R1"}
    assert load_table(tmp_path, "codes")["code"].tolist() == ["A"]
    assert (tmp_path / "README.txt").read_text() == "my notes"


def test_nat_and_other_pandas_values_in_metadata_round_trip(tmp_path):
    import datetime as dt

    import numpy as np

    meta = {"missing_date": pd.NaT, "na": pd.NA, "nan": float("nan"),
            "stamp": pd.Timestamp("2020-05-01 08:30", tz="Asia/Shanghai"), "naive": pd.Timestamp("2020-05-01"),
            "np_date": np.datetime64("2020-05-01T00:00:00"), "delta": pd.Timedelta("1 days 02:00:00"),
            "period": pd.Period("2020-05", freq="M"), "time": dt.time(8, 30), "int64": np.int64(7),
            "arr": np.array([1, 2]), "nested": {"when": [pd.NaT, dt.date(2020, 1, 1)]}}
    c = read_corpus(pd.DataFrame({"issue_id": ["x"], "text": [PAGE_B]}))
    c.issues[0].meta.update(meta)
    c.save(tmp_path, tables=(), progress=False)
    verify_store(tmp_path)
    got = Corpus.load(tmp_path).issues[0].meta
    assert got["missing_date"] is pd.NaT and got["na"] is pd.NA and got["nan"] != got["nan"]
    assert got["stamp"] == meta["stamp"] and str(got["stamp"].tz) == "Asia/Shanghai"
    assert got["naive"] == meta["naive"] and got["np_date"] == pd.Timestamp("2020-05-01")
    assert got["delta"] == meta["delta"] and got["period"] == meta["period"] and got["time"] == meta["time"]
    assert got["int64"] == 7 and got["arr"] == [1, 2]
    assert got["nested"]["when"][0] is pd.NaT and got["nested"]["when"][1] == dt.date(2020, 1, 1)


def _meta_values():
    import datetime as dt

    from hypothesis import strategies as st

    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(-2**53, 2**53), st.floats(allow_nan=False),
        st.text(max_size=8), st.dates(), st.datetimes(min_value=dt.datetime(1900, 1, 1)),
        st.just(pd.NaT), st.builds(pd.Timestamp, st.datetimes(min_value=dt.datetime(1900, 1, 1),
                                                              max_value=dt.datetime(2200, 1, 1))),
        st.builds(pd.Timedelta, st.integers(-10**15, 10**15)))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(min_size=1, max_size=5), inner, max_size=3)),
        max_leaves=6)


def _same_value(a, b) -> bool:
    if a is pd.NaT or b is pd.NaT:
        return a is b
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same_value(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return isinstance(b, list) and len(a) == len(b) and all(map(_same_value, a, b))
    return type(a) is type(b) and a == b


def test_random_corpora_and_metadata_save_and_load(tmp_path_factory):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    line = st.text(alphabet="县委召开会议乡村振兴古城旅游本报讯，。、“”（）0123456789 ", min_size=1, max_size=30)
    page = st.lists(line, min_size=1, max_size=6).map("\n".join)
    issue = st.tuples(page, st.one_of(st.none(), st.dates()),
                      st.dictionaries(st.text(alphabet="abcdefgh_", min_size=1, max_size=6), _meta_values(),
                                      max_size=4))

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(issue, min_size=0, max_size=4))
    def check(issues):
        from corpus_tools import Issue

        corpus = Corpus([Issue(id=f"i{k}", raw=raw, date=date, meta=dict(meta))
                         for k, (raw, date, meta) in enumerate(issues)])
        folder = tmp_path_factory.mktemp("store")
        save_corpus(corpus, folder, tables=(), progress=False)
        save_corpus(corpus, folder, tables=(), progress=False)  # a re-save over the first
        loaded = load_corpus(folder)
        assert [i.id for i in loaded] == [i.id for i in corpus]
        for x, y in zip(corpus.issues, loaded.issues):
            assert (x.raw, x.date) == (y.raw, y.date)
            assert _same_value(x.meta, y.meta), (x.meta, y.meta)
            assert x.layout == y.layout
        assert loaded.articles == corpus.articles

    check()


def test_save_into_the_current_folder_twice(tmp_path, monkeypatch):
    from corpus_tools import load_seeds

    monkeypatch.chdir(tmp_path)
    seeds = load_seeds()
    seeds.save(".", tables=(), progress=False)
    seeds.save(".", tables=(), progress=False)  # the folder is swapped under the process's feet
    assert Path.cwd() == tmp_path and len(Corpus.load(".")) == 5
    assert not [p for p in tmp_path.parent.iterdir() if p.name.startswith(f".{tmp_path.name}.")]


def test_saved_entities_are_one_call_in_pieces_and_the_bar_counts_articles(corpus, tmp_path, monkeypatch):
    """Entities are tagged a few issues at a time (so the bar moves, in articles) and written in
    the order one extract_entities call gives (byline rows last)."""
    import corpus_tools.store.save as save
    from corpus_tools import extract_entities

    monkeypatch.setattr(save, "_PROGRESS_STEP", 1)
    out = save_corpus(corpus, tmp_path / "s", tables=("entities",), progress=False)
    whole = extract_entities(corpus)
    assert load_table(out, "entities").reset_index(drop=True)[whole.columns].astype(str).equals(whole.astype(str))
    assert "byline" in set(whole["part"])

    updates = []

    class Bar:
        def __init__(self, iterable=None, *, total, desc, unit, **kwargs):  # kwargs: disable (corpus_tools.progress)
            updates.append((total, unit))

        def update(self, n):
            updates.append(n)

        def close(self):
            pass

    import tqdm.auto

    monkeypatch.setattr(tqdm.auto, "tqdm", Bar)
    save_corpus(corpus, tmp_path / "t", tables=("entities",), progress=True)
    n = len(corpus.articles)
    assert updates[0] == (n, "article") and sum(updates[1:]) == n and len(updates) > 2
