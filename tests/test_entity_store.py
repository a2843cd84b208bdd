"""A loaded corpus reuses the entity table saved with it while corpus and recogniser are unchanged."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools.entity_store as es
from corpus_tools import Corpus, extract_entities, read_corpus
from corpus_tools import entities as ent

# two pages of another county's paper (invented text, real place names)
PAGES = pd.DataFrame({
    "issue_id": ["lz-01", "lz-02", "lz-03"], "date": ["2024-03-05", "2024-03-06", "2024-03-07"],
    "text": ["林州新闻\n\n红旗渠畔春耕忙\n\n本报讯（记者 张丽娜）连日来，姚村镇各村抢抓农时，组织群众开展春耕生产。\n",
             "林州新闻\n\n任村镇建成桃园项目\n\n本报讯 日前，林州市任村镇投资三千万元的桃园项目建成，县委书记王建军到场调研。\n"
             "（通讯员 李红）\n",
             "林州新闻\n\n太行大峡谷迎来写生季\n\n本报讯 连日来，石板岩镇迎来全国各地的美术院校师生，"
             "高家台村的民宿家家客满。\n（林州市融媒体中心 郭晓峰）\n"],
})


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    corpus = read_corpus(PAGES)
    fresh = extract_entities(corpus)
    folder = tmp_path_factory.mktemp("store") / "lz"
    corpus.save(folder, tables=("articles", "issues", "blocks", "entities"), progress=False)
    return folder, fresh


def _no_recogniser(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("the recogniser ran")
    monkeypatch.setattr(ent, "model_spans", boom)
    monkeypatch.setattr(ent, "find_entities", boom)


def test_loaded_corpus_gets_the_saved_table_without_running_the_recogniser(saved, monkeypatch):
    folder, fresh = saved
    again = Corpus.load(folder)
    _no_recogniser(monkeypatch)
    pd.testing.assert_frame_equal(extract_entities(again), fresh)


def test_saving_a_loaded_corpus_again_keeps_the_table_without_recomputing(saved, tmp_path, monkeypatch):
    folder, fresh = saved
    again = Corpus.load(folder)
    _no_recogniser(monkeypatch)
    again.save(tmp_path / "copy", tables=("articles", "issues", "blocks", "entities"), progress=False)
    pd.testing.assert_frame_equal(extract_entities(Corpus.load(tmp_path / "copy")), fresh)


def test_changed_recogniser_or_corpus_recomputes(saved, monkeypatch):
    folder, fresh = saved
    again = Corpus.load(folder)
    assert es.stored_entities(again) is not None
    again.issues[0].meta["county_code"] = "410581"  # the county: linking may change
    assert es.stored_entities(again) is None
    monkeypatch.setattr(es, "recogniser_digest", lambda: "another model")
    assert es.stored_entities(Corpus.load(folder)) is None
    assert es.stored_entities(read_corpus(PAGES)) is None  # not loaded from a store


def test_label_restricted_calls_recompute(saved, monkeypatch):
    folder, fresh = saved
    calls = []
    real = ent.find_entities
    monkeypatch.setattr(ent, "find_entities", lambda *a, **k: calls.append(1) or real(*a, **k))
    persons = extract_entities(Corpus.load(folder), labels=["PERSON"])
    assert calls and set(persons["label"]) <= {"PERSON"}


def test_decode_repairs_survive_save_and_load(tmp_path):
    data = PAGES["text"][0].encode()
    at = data.index("姚村镇".encode())
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "lz-01.txt").write_bytes(data[:at] + b"\xd2" + data[at:])
    with pytest.warns(UserWarning, match="could not be decoded"):
        corpus = read_corpus(tmp_path / "pages")
    corpus.save(tmp_path / "store", tables=("articles", "issues", "blocks"), progress=False)
    (issue,) = Corpus.load(tmp_path / "store").issues
    assert issue.meta["decode_repairs"] == corpus.issues[0].meta["decode_repairs"]


def test_table_saved_in_batches_comes_back_in_one_call_order(saved, tmp_path, monkeypatch):
    from corpus_tools.store import save_corpus

    _, fresh = saved
    save_corpus(read_corpus(PAGES), tmp_path / "b", tables=("articles", "issues", "blocks", "entities"),
                batch_size=1, progress=False)  # one batch per issue: byline rows after each batch's parts
    again = Corpus.load(tmp_path / "b")
    _no_recogniser(monkeypatch)
    pd.testing.assert_frame_equal(extract_entities(again), fresh)


def test_table_saved_in_pieces_is_written_in_one_call_order(saved, tmp_path, monkeypatch):
    import corpus_tools.store.save as save_module
    from corpus_tools.store import load_table

    _, fresh = saved
    assert ((fresh["part"] == "byline") & (fresh["label"] == "ORG")).any()  # a media byline: a row among the parts
    monkeypatch.setattr(save_module, "_PROGRESS_STEP", 1)  # one issue per extract_entities call
    read_corpus(PAGES).save(tmp_path / "p", tables=("articles", "issues", "blocks", "entities"), progress=False)
    def rows(df):
        return [tuple(None if pd.isna(v) else v for v in row) for row in df.itertuples(index=False)]

    assert rows(load_table(tmp_path / "p", "entities")) == rows(fresh)


def test_saved_table_says_how_many_rows_are_byline_names(saved, tmp_path, monkeypatch):
    """The store no longer reads bylines again to count their names (user19: in_call_order re-ran
    byline_entities): extract_entities says how many of its last rows are names, the save puts every
    name last and records the count; a store written before that is recomputed, not reordered."""
    import json
    import shutil

    from corpus_tools.store.manifest import read_manifest

    folder, fresh = saved
    n_names = fresh.attrs[es.BYLINE_NAME_ROWS]
    assert n_names == 3 and (fresh["part"].iloc[-n_names:] == "byline").all()
    assert (fresh["part"].iloc[:-n_names] == "byline").sum() == 1  # the media byline stays among the parts
    info = read_manifest(folder)["tables"]["entities"]["info"]
    assert info[es.BYLINE_NAME_ROWS] == n_names and info["order"] == es.ROW_ORDER
    assert extract_entities(Corpus.load(folder)).attrs[es.BYLINE_NAME_ROWS] == n_names
    old = tmp_path / "old"
    shutil.copytree(folder, old)
    manifest = next(p for p in old.iterdir() if p.suffix == ".json" and "info" in p.read_text(encoding="utf-8"))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for key in ("order", es.BYLINE_NAME_ROWS):
        del data["tables"]["entities"]["info"][key]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert es.stored_entities(Corpus.load(old)) is None
