"""Tests for corpus_tools.parsing: parse cache, token table, term filter."""

from __future__ import annotations

import shutil
import warnings

import pytest
import spacy

from corpus_tools import load_pipeline
from corpus_tools.corpus import load_seeds
from corpus_tools.parsing import (
    TOKEN_COLUMNS,
    _cache_path,
    _text_key,
    default_cache_dir,
    parse_corpus,
    pipeline_fingerprint,
    term_frame,
    tokens_frame,
)

ISSUE = "004_1e1be208c4a694e1"


@pytest.fixture(scope="module")
def small():
    return load_seeds().filter(issue_id=ISSUE)


@pytest.fixture(scope="module")
def jieba_nlp():
    pytest.importorskip("jieba")
    return load_pipeline(segmenter="jieba", tagger=False)


def test_parse_keys_and_texts(small, tmp_path):
    nlp = spacy.blank("zh")
    docs = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert list(docs) == [a.id for a in small.articles]
    for art in small.articles:
        assert docs[art.id].text == art.text


def test_second_run_reads_the_cache_without_parsing(small, tmp_path, monkeypatch):
    nlp = spacy.blank("zh")
    first = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    files = list((tmp_path / "docs").rglob("*.spacy"))
    assert len(files) == len({a.text for a in small.articles})
    assert len(list((tmp_path / "packs").rglob("*.spacy"))) == 1

    def boom(*args, **kwargs):
        raise AssertionError("the pipeline ran although every article is cached")

    monkeypatch.setattr(nlp, "pipe", boom)
    second = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)  # from the pack
    assert [d.text for d in second.values()] == [d.text for d in first.values()]
    assert [[t.text for t in d] for d in second.values()] == [[t.text for t in d] for d in first.values()]
    shutil.rmtree(tmp_path / "packs")
    third = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)  # per-article files
    assert [[t.text for t in d] for d in third.values()] == [[t.text for t in d] for d in first.values()]


def test_corrupt_pack_falls_back_to_the_article_files(small, tmp_path):
    nlp = spacy.blank("zh")
    parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    (pack,) = (tmp_path / "packs").rglob("*.spacy")
    pack.write_bytes(b"garbage")
    with pytest.warns(RuntimeWarning, match="pack"):
        docs = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert [d.text for d in docs.values()] == [a.text for a in small.articles]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)  # pack rewritten


@pytest.mark.parametrize("garbage", [b"not a docbin", b""])
def test_corrupt_cache_file_is_detected_and_rebuilt(small, tmp_path, garbage):
    nlp = spacy.blank("zh")
    parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    art = small.articles[0]
    path = _cache_path(tmp_path, pipeline_fingerprint(nlp), _text_key(art.text))
    assert path.is_file()
    path.write_bytes(garbage)
    shutil.rmtree(tmp_path / "packs")  # the corpus pack would be read first
    with pytest.warns(RuntimeWarning, match="corrupt"):
        docs = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert docs[art.id].text == art.text
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)  # rebuilt: no warning now


def test_cache_file_with_another_text_is_rebuilt(small, tmp_path):
    nlp = spacy.blank("zh")
    parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    a, b = small.articles[0], small.articles[1]
    fp = pipeline_fingerprint(nlp)
    _cache_path(tmp_path, fp, _text_key(a.text)).write_bytes(_cache_path(tmp_path, fp, _text_key(b.text)).read_bytes())
    shutil.rmtree(tmp_path / "packs")
    with pytest.warns(RuntimeWarning, match="different text"):
        docs = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert docs[a.id].text == a.text


def test_cache_disabled_writes_nothing(small, tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(tmp_path / "env"))
    parse_corpus(small, nlp=spacy.blank("zh"), progress=False, cache_dir=False)
    assert not (tmp_path / "env").exists()


def test_default_cache_dir_follows_env(small, tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(tmp_path / "env"))
    assert default_cache_dir() == tmp_path / "env"
    parse_corpus(small, nlp=spacy.blank("zh"), progress=False)
    assert list((tmp_path / "env").rglob("*.spacy"))


def test_fingerprint_distinguishes_pipelines(jieba_nlp):
    char = load_pipeline(segmenter="char", tagger=False)
    assert pipeline_fingerprint(char) != pipeline_fingerprint(jieba_nlp)
    assert pipeline_fingerprint(char) == pipeline_fingerprint(load_pipeline(segmenter="char", tagger=False))
    assert pipeline_fingerprint(spacy.blank("zh")) != pipeline_fingerprint(char)


def test_tokens_frame_columns_offsets_and_stops(small, jieba_nlp, tmp_path):
    df = tokens_frame(small, nlp=jieba_nlp, progress=False, cache_dir=tmp_path)
    assert list(df.columns) == TOKEN_COLUMNS
    assert set(df["article_id"].astype(str)) == {a.id for a in small.articles}
    assert (df["issue_id"].astype(str) == ISSUE).all()
    texts = {a.id: a.text for a in small.articles}
    for row in df.sample(200, random_state=0).itertuples():
        assert texts[row.article_id][row.idx:row.idx + len(row.text)] == row.text
    assert not df["text"].astype(str).str.isspace().any()
    assert df.loc[df["text"] == "的", "is_stop"].all()
    assert not df.loc[df["text"] == "消防", "is_stop"].any()
    # sentence numbers restart per article and grow after 。
    for _, part in df.groupby("article_id", observed=True):
        assert part["sent"].iloc[0] == 0
        assert part["sent"].is_monotonic_increasing
        ends = part.index[part["text"] == "。"]
        for k in ends:
            nxt = k + 1
            if nxt in part.index:
                assert part.loc[nxt, "sent"] == part.loc[k, "sent"] + 1


def test_tokens_frame_without_tagger_has_empty_tags(small, jieba_nlp, tmp_path):
    df = tokens_frame(small, nlp=jieba_nlp, progress=False, cache_dir=tmp_path)
    assert set(df["tag"].astype(str)) == {""}


def test_term_frame_warns_when_pos_cannot_apply(small, jieba_nlp, tmp_path):
    with pytest.warns(UserWarning, match="no POS tags"):
        df = term_frame(small, nlp=jieba_nlp, cache_dir=tmp_path)
    kept = df.loc[df["keep"], "term"].astype(str)
    assert "本报讯" not in set(kept) and "，" not in set(kept)
    assert not kept.str.fullmatch(r"[\d.%]+").any()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        term_frame(small, nlp=jieba_nlp, pos=None, cache_dir=tmp_path)


def test_bad_input_is_rejected(small):
    with pytest.raises(TypeError, match="Corpus"):
        parse_corpus("平遥县", nlp=spacy.blank("zh"))
    with pytest.raises(TypeError, match="spaCy Language"):
        parse_corpus(small, nlp="zh")
    with pytest.raises(ValueError, match="batch_size"):
        parse_corpus(small, nlp=spacy.blank("zh"), batch_size=0)
    with pytest.raises(TypeError, match="cache_dir"):
        parse_corpus(small, nlp=spacy.blank("zh"), cache_dir=True)


def test_default_pipeline_when_shipped_models_exist(small, tmp_path):
    try:
        nlp = load_pipeline()
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"default pipeline not available: {exc}")
    df = tokens_frame(small, progress=False, cache_dir=tmp_path)
    assert df["tag"].astype(str).ne("").any()
    assert pipeline_fingerprint(nlp)


def test_token_table_cached_on_disk_and_sliced_in_memory(tmp_path, monkeypatch):
    import corpus_tools.parsing as parsing

    seeds = load_seeds()
    nlp = spacy.blank("zh")
    full = tokens_frame(seeds, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert list(tmp_path.rglob("*.npz"))
    sub = seeds.filter(issue_id=ISSUE)
    fresh = tokens_frame(sub, nlp=nlp, progress=False, cache_dir=False)  # computed from docs
    parsing._FRAME_MEMO.clear()

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although the token table is cached")

    monkeypatch.setattr(parsing, "parse_corpus", no_parse)
    again = tokens_frame(seeds, nlp=nlp, progress=False, cache_dir=tmp_path)  # from the .npz
    assert again.astype(str).equals(full.astype(str))
    sliced = tokens_frame(sub, nlp=nlp, progress=False, cache_dir=tmp_path)  # from memory
    assert sliced.astype(str).equals(fresh.astype(str))


def test_corrupt_token_table_is_rebuilt(tmp_path):
    import corpus_tools.parsing as parsing

    corpus = load_seeds().filter(issue_id=ISSUE)
    nlp = spacy.blank("zh")
    parsing._FRAME_MEMO.clear()  # else the table may be sliced from one in memory
    first = tokens_frame(corpus, nlp=nlp, progress=False, cache_dir=tmp_path)
    (table,) = tmp_path.rglob("*.npz")
    table.write_bytes(b"garbage")
    parsing._FRAME_MEMO.clear()
    with pytest.warns(RuntimeWarning, match="token table"):
        again = tokens_frame(corpus, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert again.astype(str).equals(first.astype(str))


def test_two_processes_give_the_same_parse(small, tmp_path):
    nlp = load_pipeline(segmenter="char", tagger=False)
    two = parse_corpus(small, nlp=nlp, n_process=2, batch_size=2, progress=False, cache_dir=False)
    one = parse_corpus(small, nlp=nlp, progress=False, cache_dir=False)
    assert {k: [t.text for t in d] for k, d in two.items()} == {k: [t.text for t in d] for k, d in one.items()}


def test_clear_cache_removes_parses_and_tables(tmp_path):
    import corpus_tools.parsing as parsing
    from corpus_tools.parsing import clear_cache

    corpus = load_seeds().filter(issue_id=ISSUE)
    parsing._FRAME_MEMO.clear()  # else the table comes from memory and nothing is written
    tokens_frame(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=tmp_path)
    n_files = len(list(tmp_path.rglob("*.spacy"))) + len(list(tmp_path.rglob("*.npz")))
    assert n_files >= 2
    assert clear_cache(tmp_path) == n_files
    assert not list(tmp_path.rglob("*.spacy")) and not list(tmp_path.rglob("*.npz"))
