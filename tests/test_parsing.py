"""Tests for corpus_tools.parsing: parse cache, token table, term filter."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
import spacy

from corpus_tools import load_pipeline
from corpus_tools.corpus import Corpus
from corpus_tools.loaders import load_seeds
from corpus_tools.options import ParseOptions, TermFilter
from corpus_tools.parsing import (
    MAX_PARSE_CHARS,
    TOKEN_COLUMNS,
    empty_tokens_frame,
    default_cache_dir,
    iter_parse,
    iter_token_chunks,
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


@pytest.fixture
def counting_nlp(monkeypatch):
    """A blank pipeline that counts the texts it parses."""
    nlp = spacy.blank("zh")
    seen: list[str] = []
    pipe = nlp.pipe

    def counting(texts, **kwargs):
        for text in texts:
            seen.append(text)
            yield from pipe([text])

    monkeypatch.setattr(nlp, "pipe", counting)
    nlp.seen = seen
    return nlp


def _shards(root):
    return sorted((root / "shards").rglob("*.spacy"))


def test_parse_keys_and_texts(small, tmp_path):
    nlp = spacy.blank("zh")
    docs = parse_corpus(small, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert list(docs) == [a.id for a in small.articles]
    for art in small.articles:
        assert docs[art.id].text == art.text


def test_second_run_reads_the_cache_without_parsing(small, tmp_path, counting_nlp):
    first = parse_corpus(small, nlp=counting_nlp, progress=False, cache_dir=tmp_path)
    assert len(counting_nlp.seen) == len(small.articles)
    assert len(_shards(tmp_path)) == 1  # one DocBin for the batch, with its index
    assert len(list((tmp_path / "shards").rglob("*.idx"))) == 1
    second = parse_corpus(small, nlp=counting_nlp, progress=False, cache_dir=tmp_path)
    assert len(counting_nlp.seen) == len(small.articles)  # nothing parsed again
    assert [[t.text for t in d] for d in second.values()] == [[t.text for t in d] for d in first.values()]


def test_interrupted_run_resumes_and_new_pages_parse_alone(tmp_path, counting_nlp, monkeypatch):
    import corpus_tools.parsing.stream as parsing_stream

    monkeypatch.setattr(parsing_stream, "_SHARD_SIZE", 4)  # a shard every four articles
    seeds = load_seeds()
    first_pages = seeds.filter(issue_id=lambda i: i != ISSUE)
    stream = iter_parse(first_pages, nlp=counting_nlp, progress=False, cache_dir=tmp_path)
    done = [next(stream) for _ in range(6)]
    stream.close()  # interrupted in the second window: what was parsed (8 articles) is on disk
    assert [a.id for a, _ in done] == [a.id for a in first_pages.articles[:6]]
    assert len(counting_nlp.seen) == 8 and len(_shards(tmp_path)) == 2
    counting_nlp.seen.clear()
    pairs = list(iter_parse(first_pages, nlp=counting_nlp, progress=False, cache_dir=tmp_path))
    assert counting_nlp.seen == [a.text for a in first_pages.articles[8:]]  # resumed
    assert [a.id for a, _ in pairs] == [a.id for a in first_pages.articles]
    assert all(doc.text == art.text for art, doc in pairs)
    counting_nlp.seen.clear()
    parse_corpus(seeds, nlp=counting_nlp, progress=False, cache_dir=tmp_path)  # a page added
    assert counting_nlp.seen == [a.text for a in seeds.filter(issue_id=ISSUE).articles]


@pytest.mark.parametrize("damage", ["garbage", "truncate", "empty", "index"])
def test_corrupt_or_partial_shard_is_detected_and_rebuilt(small, tmp_path, counting_nlp, damage):
    first = tokens_frame(small, nlp=counting_nlp, progress=False, cache_dir=False)
    parse_corpus(small, nlp=counting_nlp, progress=False, cache_dir=tmp_path)
    (shard,) = _shards(tmp_path)
    data = shard.read_bytes()
    if damage == "garbage":
        shard.write_bytes(data[:100] + bytes(b ^ 0xFF for b in data[100:200]) + data[200:])
    elif damage == "truncate":
        shard.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        shard.write_bytes(b"")
    else:
        shard.with_suffix(".idx").write_text("{not json", encoding="utf-8")
    counting_nlp.seen.clear()
    with pytest.warns(RuntimeWarning, match="corrupt or partial") as got:
        docs = parse_corpus(small, nlp=counting_nlp, progress=False, cache_dir=tmp_path)
    assert {w.filename for w in got if "corrupt or partial" in str(w.message)} == {__file__}  # the caller's line
    assert [d.text for d in docs.values()] == [a.text for a in small.articles]
    assert len(counting_nlp.seen) == len(small.articles)  # parsed again, never used
    counting_nlp.seen.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = tokens_frame(small, nlp=counting_nlp, progress=False, cache_dir=tmp_path)  # rebuilt
    assert counting_nlp.seen == []
    assert again.astype(str).equals(first.astype(str))


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
    with pytest.warns(UserWarning, match="no POS tags") as got:
        df = term_frame(small, parse=ParseOptions(nlp=jieba_nlp, cache_dir=tmp_path))
    assert {w.filename for w in got if "no POS tags" in str(w.message)} == {__file__}  # the caller's line
    kept = df.loc[df["keep"], "term"].astype(str)
    assert "本报讯" not in set(kept) and "，" not in set(kept)
    assert not kept.str.fullmatch(r"[\d.%]+").any()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        term_frame(small, parse=ParseOptions(nlp=jieba_nlp, cache_dir=tmp_path), term_filter=TermFilter(pos=None))


def test_bad_input_is_rejected(small):
    with pytest.raises(TypeError, match="Corpus"):
        parse_corpus("平遥县", nlp=spacy.blank("zh"))
    with pytest.raises(TypeError, match="spaCy Language"):
        parse_corpus(small, nlp="zh")
    with pytest.raises(ValueError, match="batch_size"):
        parse_corpus(small, nlp=spacy.blank("zh"), batch_size=0)
    with pytest.raises(TypeError, match="cache_dir"):
        parse_corpus(small, nlp=spacy.blank("zh"), cache_dir=True)
    with pytest.raises(ValueError, match="n_process value = 0"):
        iter_parse(small, nlp=spacy.blank("zh"), n_process=0)  # checked at the call, not on first use


def test_default_pipeline_when_shipped_models_exist(small, tmp_path):
    try:
        nlp = load_pipeline()
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"default pipeline not available: {exc}")
    df = tokens_frame(small, progress=False, cache_dir=tmp_path)
    assert df["tag"].astype(str).ne("").any()
    assert pipeline_fingerprint(nlp)


def test_token_table_cached_on_disk_and_kept_by_the_corpus(tmp_path, monkeypatch):
    import corpus_tools.parsing.stream as parsing_stream

    seeds = load_seeds()
    nlp = spacy.blank("zh")
    full = tokens_frame(seeds, nlp=nlp, progress=False, cache_dir=tmp_path)
    assert list(tmp_path.rglob("*.npz"))

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although the token table is cached")

    monkeypatch.setattr(parsing_stream, "windows", no_parse)
    again = tokens_frame(load_seeds(), nlp=nlp, progress=False, cache_dir=tmp_path)  # from the .npz
    assert again.astype(str).equals(full.astype(str))
    memo = tokens_frame(seeds, nlp=nlp, progress=False, cache_dir=False)  # this corpus's own table
    assert memo.astype(str).equals(full.astype(str))
    with pytest.raises(AssertionError, match="parsed"):  # another corpus gets nothing from it
        tokens_frame(load_seeds(), nlp=nlp, progress=False, cache_dir=False)


def test_table_from_cached_shards_equals_a_fresh_one_and_is_compact(tmp_path):
    seeds = load_seeds()
    nlp = spacy.blank("zh")
    fresh = tokens_frame(seeds, nlp=nlp, progress=False, cache_dir=tmp_path)
    for table in tmp_path.rglob("*.npz"):
        table.unlink()
    from_shards = tokens_frame(load_seeds(), nlp=nlp, progress=False, cache_dir=tmp_path)  # no Doc made
    assert from_shards.astype(str).equals(fresh.astype(str))
    assert {str(from_shards[c].dtype) for c in ("sent", "i", "idx")} == {"int32"}
    assert all(isinstance(from_shards[c].dtype, pd.CategoricalDtype)
               for c in ("issue_id", "article_id", "text", "tag", "ent_label"))
    pieces = list(iter_token_chunks(seeds, nlp=nlp, progress=False, cache_dir=tmp_path))
    assert pd.concat(pieces, ignore_index=True).astype(str).equals(fresh.astype(str))


def test_memo_is_checked_after_the_arguments_and_fills_a_new_cache(small, tmp_path):
    nlp = spacy.blank("zh")
    tokens_frame(small, nlp=nlp, progress=False, cache_dir=tmp_path / "a")
    with pytest.raises(ValueError, match="batch_size"):  # memoised, still checked
        tokens_frame(small, nlp=nlp, batch_size=0, progress=False, cache_dir=tmp_path / "a")
    tokens_frame(small, nlp=nlp, progress=False, cache_dir=tmp_path / "b")  # from memory ...
    assert list((tmp_path / "b").rglob("*.npz"))  # ... and written to the new cache folder


def test_corrupt_token_table_is_rebuilt(tmp_path):
    corpus = load_seeds().filter(issue_id=ISSUE)
    nlp = spacy.blank("zh")
    first = tokens_frame(corpus, nlp=nlp, progress=False, cache_dir=tmp_path)
    (table,) = tmp_path.rglob("*.npz")
    table.write_bytes(b"garbage")
    with pytest.warns(RuntimeWarning, match="token table") as got:
        again = tokens_frame(load_seeds().filter(issue_id=ISSUE), nlp=nlp, progress=False,
                             cache_dir=tmp_path)
    assert {w.filename for w in got if "token table" in str(w.message)} == {__file__}  # the caller's line
    assert again.astype(str).equals(first.astype(str))


def test_two_processes_give_the_same_parse(small, tmp_path):
    nlp = load_pipeline(segmenter="char", tagger=False)
    two = parse_corpus(small, nlp=nlp, n_process=2, batch_size=2, progress=False, cache_dir=False)
    one = parse_corpus(small, nlp=nlp, progress=False, cache_dir=False)
    assert {k: [t.text for t in d] for k, d in two.items()} == {k: [t.text for t in d] for k, d in one.items()}
    table = tokens_frame(small, nlp=nlp, n_process=2, progress=False, cache_dir=tmp_path)  # workers cache
    assert _shards(tmp_path)
    fresh = Corpus(list(small.issues))  # the same pages in a new object: parsed again
    assert table.astype(str).equals(tokens_frame(fresh, nlp=nlp, progress=False, cache_dir=False).astype(str))


def test_clear_cache_removes_parses_and_tables(tmp_path):
    from corpus_tools.parsing import clear_cache

    corpus = load_seeds().filter(issue_id=ISSUE)
    tokens_frame(corpus, nlp=spacy.blank("zh"), progress=False, cache_dir=tmp_path)
    n_files = sum(len(list(tmp_path.rglob(p))) for p in ("*.spacy", "*.idx", "*.npz"))
    assert n_files == 3  # one shard and its index, one table
    assert clear_cache(tmp_path) == n_files
    assert not list(tmp_path.rglob("*.spacy")) and not list(tmp_path.rglob("*.npz"))


# ---------------------------------------------------------------------------------------
# issue 19: long articles, an unwritable cache, empty corpora, no process-global memo


def _one_article_corpus(text: str) -> Corpus:
    return Corpus.from_articles(pd.DataFrame({"issue_id": ["long"], "article_id": ["long-01"],
                                              "title": ["长文"], "body": [text]}))


def test_an_article_longer_than_spacy_allows_is_parsed_in_pieces_and_named():
    nlp = spacy.blank("zh")
    nlp.max_length = 50_000  # spaCy's E088 limit, lowered so the test stays small
    sentence = "县委召开全体会议研究部署乡村振兴工作。"
    corpus = _one_article_corpus(sentence * (60_000 // len(sentence)))
    art = corpus.articles[0]
    assert len(art.text) > nlp.max_length > MAX_PARSE_CHARS
    with pytest.warns(UserWarning, match="long-01") as got:
        docs = parse_corpus(corpus, nlp=nlp, progress=False, cache_dir=False)
    assert {w.filename for w in got if "long-01" in str(w.message)} == {__file__}  # the caller's line
    doc = docs["long-01"]
    assert doc.text == art.text  # nothing lost, offsets restored
    assert all(art.text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    with pytest.warns(UserWarning, match="long-01"):
        table = tokens_frame(_one_article_corpus(art.text[len("长文\n"):]), nlp=nlp, progress=False,
                             cache_dir=False)
    assert len(table) == len([t for t in doc if not t.is_space])
    assert table["idx"].is_monotonic_increasing


def test_pieces_end_after_a_sentence_and_rejoin_exactly():
    from corpus_tools.parsing.stream import _pieces

    text = ("一二三四五六七八九十。" * 5000) + "1" * 30_000  # ends with a run that has no sentence end
    parts = _pieces(text)
    assert "".join(parts) == text
    assert all(0 < len(p) <= MAX_PARSE_CHARS for p in parts)
    assert all(p.endswith("。") for p in parts[:2])


def test_unwritable_cache_folder_falls_back_to_no_cache_with_one_warning(small, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = blocker / "cache"  # cannot be created, even by root
    nlp = spacy.blank("zh")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        first = tokens_frame(load_seeds().filter(issue_id=ISSUE), nlp=nlp, progress=False, cache_dir=cache)
        again = tokens_frame(load_seeds().filter(issue_id=ISSUE), nlp=nlp, progress=False, cache_dir=cache)
    msgs = [str(w.message) for w in seen if "cannot be written" in str(w.message)]
    assert {w.filename for w in seen if "cannot be written" in str(w.message)} == {__file__}  # the caller's line
    assert len(msgs) == 1 and str(cache) in msgs[0]
    assert first.astype(str).equals(again.astype(str)) and len(first)
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("cache", [False, "tmp"])
def test_empty_corpus_gives_the_typed_empty_table_on_every_path(tmp_path, cache):
    empty = load_seeds().between("1900-01-01", "1900-12-31")
    assert not empty.articles
    cache_dir = tmp_path if cache == "tmp" else False
    nlp = spacy.blank("zh")
    for _ in range(2):  # built, then from the cache or the corpus's own memo
        df = tokens_frame(empty, nlp=nlp, progress=False, cache_dir=cache_dir)
        assert list(df.columns) == TOKEN_COLUMNS and df.empty
        assert df.dtypes.astype(str).tolist() == empty_tokens_frame().dtypes.astype(str).tolist()
    terms = term_frame(empty, parse=ParseOptions(nlp=nlp, cache_dir=cache_dir), term_filter=TermFilter(pos=None))
    assert terms.empty and {"term", "keep"} <= set(terms.columns)


def test_results_do_not_depend_on_what_ran_before(tmp_path):
    nlp = spacy.blank("zh")
    alone = tokens_frame(load_seeds().filter(issue_id=ISSUE), nlp=nlp, progress=False, cache_dir=False)
    tokens_frame(load_seeds(), nlp=nlp, progress=False, cache_dir=tmp_path)  # a superset first
    after = tokens_frame(load_seeds().filter(issue_id=ISSUE), nlp=nlp, progress=False, cache_dir=tmp_path)
    assert after.astype(str).equals(alone.astype(str))
    assert after.dtypes.astype(str).tolist() == alone.dtypes.astype(str).tolist()


@pytest.mark.parametrize("cache", [False, "tmp"])
def test_analyses_of_an_empty_corpus_give_empty_tables_with_or_without_a_cache(tmp_path, cache):
    from corpus_tools import collocations, emerging_terms, keyword_trends, keywords

    empty = load_seeds().between("1900-01-01", "1900-12-31")
    opts = {"nlp": spacy.blank("zh"), "cache_dir": tmp_path if cache == "tmp" else False}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no POS tags" from the blank pipeline
        tables = {"keywords": keywords(empty, **opts), "emerging_terms": emerging_terms(empty, **opts),
                  "collocations": collocations(empty, **opts),
                  "keyword_trends": keyword_trends(empty, ["县"], **opts)}
    assert all(df.empty for df in tables.values())
    assert list(tables["keywords"].columns)[:3] == ["group", "term", "score"]
    assert list(tables["collocations"].columns)[:2] == ["w1", "w2"]


def test_token_table_path_drops_doc_tensors_and_iter_parse_keeps_them(small):
    from corpus_tools.parsing import stream

    try:
        nlp = load_pipeline()  # the shipped tok2vec sets Doc.tensor
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"default pipeline not available: {exc}")
    texts = [a.text for a in small.articles[:3]]
    kept = list(stream._pipe(nlp, texts, batch_size=16))
    dropped = list(stream._pipe(nlp, texts, batch_size=16, tensors=False))
    assert all(d.tensor.size > 0 for d in kept) and all(d.tensor.size == 0 for d in dropped)
    assert [[(t.text, t.tag_) for t in d] for d in dropped] == [[(t.text, t.tag_) for t in d] for d in kept]
    _, doc = next(iter_parse(small, nlp=nlp, progress=False, cache_dir=False))
    assert doc.tensor.size > 0  # what users get from the stream keeps it
