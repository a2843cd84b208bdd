"""Tests for corpus_tools.keywords: TF-IDF / TextRank keywords, keyness, and the jieba comparison."""

from __future__ import annotations

import re
import warnings
from collections import Counter

import numpy as np
import pytest
from spacy.lang.zh.stop_words import STOP_WORDS

from corpus_tools import load_pipeline
from corpus_tools.loaders import load_seeds
from corpus_tools.keywords import KEYNESS_COLUMNS, KEYWORD_COLUMNS, keyness, keywords
from corpus_tools.options import ParseOptions, TermFilter
from corpus_tools.parsing import term_frame

jieba = pytest.importorskip("jieba")

#: Multi-word political / administrative formulae common in county papers (a fixed list,
#: not derived from our output): the comparison counts those kept whole in a top-20 list.
FORMULAE = ["乡村振兴", "二十大精神", "集体经济", "基层治理", "党建引领", "文旅融合", "文物保护",
            "综治中心", "老旧小区", "高质量发展", "基层党组织", "乡村旅游", "人居环境"]


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(segmenter="jieba", tagger=False)


@pytest.fixture(scope="module")
def opts(nlp, tmp_path_factory):
    return {"nlp": nlp, "cache_dir": tmp_path_factory.mktemp("parse_cache")}


@pytest.fixture(scope="module")
def by_issue(seeds, opts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no tagger: the POS filter is skipped
        return keywords(seeds, by="issue", top_n=20, ngram_range=(1, 2), **opts)


def _junk(term: str) -> bool:
    """The comparison criterion, independent of our filters: a number or a function word."""
    return bool(re.search(r"[0-9０-９]", term)) or term in STOP_WORDS


def test_columns_ranks_and_group_order(seeds, by_issue):
    assert list(by_issue.columns) == KEYWORD_COLUMNS + ["log_ratio"]  # by issue: keyness by default
    assert (by_issue["log_ratio"] > 0).all()
    assert list(dict.fromkeys(by_issue["group"])) == [i.id for i in seeds.issues]
    for _, g in by_issue.groupby("group"):
        assert g["rank"].tolist() == list(range(1, len(g) + 1))
        assert len(g) == 20
        assert g["score"].is_monotonic_decreasing
        assert (g["score"] > 0).all()


def test_tf_and_df_match_an_independent_count(seeds, nlp, opts):
    issue = seeds.issues[0]
    sub = seeds.filter(issue_id=issue.id)
    # phrases=(): the segmenter's own tokens, which the independent count below sees
    kw = keywords(sub, by="article", top_n=5, term_filter=TermFilter(pos=None, phrases=()), **opts)
    tokens = {a.id: [t.text for t in nlp(a.text)] for a in sub.articles}
    for row in kw.itertuples():
        assert row.tf == Counter(tokens[row.group])[row.term]
        assert row.df == sum(row.term in toks for toks in tokens.values())


@pytest.fixture(scope="module", params=["default", "pkuseg", "jieba"])
def compared(request, seeds, tmp_path_factory):
    """Our by-issue top 20 with (1, 2)-grams: the default pipeline (pkuseg + tagger, POS filter
    on) and the pkuseg and jieba segmenters without a tagger, each when available."""
    try:
        nlp = load_pipeline() if request.param == "default" else \
            load_pipeline(segmenter=request.param, tagger=False)
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"{request.param} pipeline not available: {exc}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no tagger: the POS filter is skipped
        # TF-IDF, like jieba.analyse.extract_tags (by issue the default would be keyness)
        return keywords(seeds, by="issue", top_n=20, ngram_range=(1, 2), nlp=nlp, method="tfidf",
                        cache_dir=tmp_path_factory.mktemp("cmp_cache"))


def test_ours_beat_jieba_extract_tags_on_the_seeds(seeds, compared):
    import jieba.analyse

    by_issue = compared

    ours_junk = jieba_junk = ours_whole = jieba_whole = 0
    for issue in seeds.issues:
        text = "".join(a.text for a in issue.articles)
        theirs = jieba.analyse.extract_tags(text, topK=20)
        ours = by_issue.loc[by_issue["group"] == issue.id, "term"].tolist()
        ours_junk += sum(map(_junk, ours))
        jieba_junk += sum(map(_junk, theirs))
        raw = re.sub(r"\s+", "", issue.raw)
        frequent = [f for f in FORMULAE if raw.count(f) >= 4]
        ours_whole += sum(f in ours for f in frequent)
        jieba_whole += sum(f in theirs for f in frequent)
    assert ours_junk == 0
    assert jieba_junk > ours_junk
    assert ours_whole > jieba_whole


def test_multiword_term_kept_whole_where_jieba_splits_it(seeds, compared):
    import jieba.analyse

    by_issue = compared

    issue = seeds["001_1d3a89e59fb6b767"]
    assert re.sub(r"\s+", "", issue.raw).count("乡村振兴") >= 5
    theirs = jieba.analyse.extract_tags("".join(a.text for a in issue.articles), topK=20)
    ours = by_issue.loc[by_issue["group"] == issue.id, "term"].tolist()
    assert "乡村振兴" in ours
    assert "乡村振兴" not in theirs


def test_textrank(seeds, opts):
    sub = seeds.filter(issue_id="004_1e1be208c4a694e1")
    kw = keywords(sub, by="issue", method="textrank", top_n=10, pos=None, **opts)
    assert list(kw.columns) == KEYWORD_COLUMNS
    assert len(kw) == 10 and (kw["score"] > 0).all() and (kw["score"] < 1).all()
    assert not any(map(_junk, kw["term"]))
    with pytest.raises(ValueError, match="ngram_range"):
        keywords(sub, method="textrank", ngram_range=(1, 2), pos=None, **opts)


def test_period_grouping_warns_about_undated_issues(seeds, opts):
    with pytest.warns(UserWarning, match="undated"):
        kw = keywords(seeds, by="year", top_n=3, pos=None, **opts)
    assert list(dict.fromkeys(kw["group"])) == sorted({str(i.date.year) for i in seeds.issues if i.date})


def test_extra_stop_words_and_validation(seeds, opts):
    sub = seeds.filter(issue_id="004_1e1be208c4a694e1")
    first = keywords(sub, by="issue", top_n=1, pos=None, **opts)["term"].iloc[0]
    again = keywords(sub, by="issue", top_n=5, pos=None, extra_stop_words=[first], **opts)
    assert first not in set(again["term"])
    with pytest.raises(ValueError, match="method"):
        keywords(sub, method="bm25", **opts)
    with pytest.raises(ValueError, match="`by`"):
        keywords(sub, by="fortnight", **opts)
    with pytest.raises(ValueError, match="top_n"):
        keywords(sub, top_n=0, **opts)


def test_keyness_against_the_rest(seeds, nlp, opts):
    target_id = "003_f6a22faeb5ea5671"
    target = seeds.filter(issue_id=target_id)
    rest = seeds.filter(issue_id=lambda i: i != target_id)
    k = keyness(target, rest, pos=None, **opts)
    assert list(k.columns) == KEYNESS_COLUMNS
    assert (k["g2"] >= 0).all() and k["p"].between(0, 1).all()
    top = k.iloc[0]
    assert top["log_ratio"] > 0
    tgt_tokens = Counter(t.text for a in target.articles for t in nlp(a.text))
    ref_tokens = Counter(t.text for a in rest.articles for t in nlp(a.text))
    assert top["freq_target"] == tgt_tokens[top["term"]]
    assert top["freq_reference"] == ref_tokens[top["term"]]
    # over-used terms first, under-used last
    assert k["log_ratio"].iloc[-1] < 0
    # the log ratio agrees in sign with the relative frequencies
    n1 = sum(v for t, v in tgt_tokens.items() if not re.fullmatch(r"[\W_]+", t))
    n2 = sum(v for t, v in ref_tokens.items() if not re.fullmatch(r"[\W_]+", t))
    rel = (k["freq_target"] / n1) > (k["freq_reference"] / n2)
    assert ((k["log_ratio"] > 0) == rel).all()
    by_lr = keyness(target, rest, measure="log_ratio", pos=None, **opts)
    assert by_lr["log_ratio"].is_monotonic_decreasing


def test_keyness_warns_on_overlap(seeds, opts):
    with pytest.warns(UserWarning, match="share") as got:
        keyness(seeds, seeds.filter(issue_id="004_1e1be208c4a694e1"), pos=None, **opts)
    assert {w.filename for w in got if "share" in str(w.message)} == {__file__}  # the caller's line


def test_g2_is_zero_for_equal_rates():
    from corpus_tools.keywords import g2_log_ratio

    g2, lr = g2_log_ratio(np.array([5, 50]), np.array([10, 0]), 1000, 2000)
    assert g2[0] == pytest.approx(0.0, abs=1e-9) and lr[0] == pytest.approx(0.0, abs=1e-9)
    assert g2[1] > 10 and lr[1] > 5


@pytest.fixture(scope="module")
def tagged_nlp():
    """jieba words tagged from jieba's own POS dictionary (ICTCLAS tags, a superset of the PKU
    noun tags): a real, if simple, tagger, to check that the POS filter applies when tags exist."""
    import jieba.posseg
    from spacy.language import Language

    if not Language.has_factory("test_jieba_dict_tagger"):
        @Language.component("test_jieba_dict_tagger", assigns=["token.tag"])
        def _tagger(doc):
            table = jieba.posseg.dt.word_tag_tab
            for tok in doc:
                tok.tag_ = table.get(tok.text, "x")
            return doc

    jieba.posseg.dt.initialize()
    nlp = load_pipeline(segmenter="jieba", tagger=False)
    import spacy

    tagged = spacy.blank("zh")
    tagged.tokenizer = nlp.tokenizer
    tagged.add_pipe("test_jieba_dict_tagger")
    return tagged


def test_pos_filter_applies_when_the_pipeline_tags(seeds, tagged_nlp, tmp_path):
    from corpus_tools.parsing import tokens_frame
    from corpus_tools.stopwords import DEFAULT_POS

    sub = seeds.filter(issue_id="001_1d3a89e59fb6b767")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # tags exist: no "ignored" warning
        kw = keywords(sub, by="issue", top_n=20, nlp=tagged_nlp, cache_dir=tmp_path)
    toks = tokens_frame(sub, nlp=tagged_nlp, progress=False, cache_dir=tmp_path)
    tags_of = toks.groupby(toks["text"].astype(str))["tag"].agg(lambda t: set(t.astype(str)))
    terms = term_frame(sub, parse=ParseOptions(nlp=tagged_nlp, cache_dir=tmp_path))
    phrases = set(terms.loc[terms["phrase"], "term"].astype(str))  # known formulae: terms whatever their tag
    assert len(kw) == 20
    for term in kw["term"]:
        assert term in phrases or tags_of[term] & set(DEFAULT_POS), (term, tags_of.get(term))
    verbs = kw[kw["term"].map(lambda t: t not in phrases and tags_of[t] <= {"v"})]
    assert verbs.empty
    everything = keywords(sub, by="issue", top_n=40, pos=None, nlp=tagged_nlp, cache_dir=tmp_path)
    assert any(t not in phrases and tags_of[t] <= {"v", "vd", "a", "d"} for t in everything["term"])


def _two_months():
    import pandas as pd

    from corpus_tools import Corpus

    common = "中国经济发展，企业建设服务。"
    rows = []
    for month, topic in (("2020-01", "疫情防控"), ("2020-05", "乡村振兴")):
        for day in range(1, 4):
            rows.append({"issue_id": f"d{month}{day}", "date": f"{month}-{day:02d}",
                         "body": common * 6 + f"各地{topic}。{topic}有力。"})
    return Corpus.from_articles(pd.DataFrame(rows))


def test_period_keywords_rank_by_keyness_against_the_rest(tmp_path):
    from corpus_tools.keywords import g2_log_ratio

    corpus = _two_months()
    nlp = load_pipeline(tagger=False)
    opts = {"nlp": nlp, "pos": None, "cache_dir": tmp_path}
    key = keywords(corpus, by="month", top_n=3, **opts)
    assert list(key.columns) == KEYWORD_COLUMNS + ["log_ratio"]
    top = key[key["rank"] == 1].set_index("group")["term"].to_dict()
    assert top == {"2020-01": "疫情防控", "2020-05": "乡村振兴"}
    # the frequent words both months share are not keywords of either
    assert not set(key["term"]) & {"中国", "经济", "发展", "企业"}
    # TF-IDF over the same months ranks the frequent shared words first
    tfidf = keywords(corpus, by="month", top_n=3, method="tfidf", **opts)
    assert list(tfidf.columns) == KEYWORD_COLUMNS
    assert set(tfidf["term"]) & {"中国", "经济", "发展", "企业", "建设", "服务"}
    # score = G2 of the group's count against the rest, sizes = kept terms per group
    row = key.iloc[0]
    n_group = int(keywords(corpus, by="month", top_n=None, method="tfidf", **opts)
                  .groupby("group")["tf"].sum()[row["group"]])
    n_all = int(keywords(corpus, by="month", top_n=None, method="tfidf", **opts)["tf"].sum())
    g2, lr = g2_log_ratio(np.array([row["tf"]]), np.array([0]), n_group, n_all - n_group)
    assert row["score"] == pytest.approx(float(g2[0]))
    assert row["log_ratio"] == pytest.approx(float(lr[0]))


def test_keyness_needs_two_groups(tmp_path):
    corpus = _two_months().filter(issue_id="d2020-011")
    opts = {"nlp": load_pipeline(tagger=False), "pos": None, "cache_dir": tmp_path}
    auto = keywords(corpus, by="month", top_n=3, **opts)  # one group: TF-IDF
    assert list(auto.columns) == KEYWORD_COLUMNS
    with pytest.raises(ValueError, match="at least 2"):
        keywords(corpus, by="month", method="keyness", **opts)
    assert list(keywords(_two_months(), by="article", top_n=2, **opts).columns) == KEYWORD_COLUMNS


def _name_articles():
    import pandas as pd

    from corpus_tools.corpus import Corpus

    # invented: a rare surname the segmenter splits from the given name (杞|国荣)
    body = ("红岩镇赤水村党总支书记杞国荣介绍，今年全村烤烟产值突破2000万元。"
            "村民杞国荣一边栽苗一边算账，杞国荣说烤烟让全村人增收。")
    other = "新街镇陶营村发展蔬菜种植，蔬菜基地带动农户增收，烤烟和蔬菜成为两大产业。"
    return Corpus.from_articles(pd.DataFrame({"issue_id": ["p1", "p2"], "title": ["烤烟产业", "蔬菜产业"],
                                              "body": [body, other]}))


def test_pieces_of_a_persons_name_are_no_keywords():
    corpus = _name_articles()
    opts = {"nlp": load_pipeline(), "cache_dir": False, "pos": None, "by": "article", "top_n": None}
    kept = set(keywords(corpus, entities=False, **opts)["term"])
    assert set(keywords(corpus, **opts)["term"]) == kept  # the default keeps the pieces (no recogniser run)
    dropped = set(keywords(corpus, entities=True, **opts)["term"])  # the recogniser reads 杞国荣 as one PERSON
    pieces = {"国荣"} & kept
    assert pieces, "the segmenter no longer splits 杞国荣: the test needs another invented name"
    assert not pieces & dropped
    assert {"烤烟", "蔬菜"} <= dropped
    target, reference = corpus.filter(issue_id="p1"), corpus.filter(issue_id="p2")
    k = keyness(target, reference, nlp=opts["nlp"], cache_dir=False, pos=None, min_count=1, entities=True)
    assert "国荣" not in set(k["term"])
    assert "国荣" in set(keyness(target, reference, nlp=opts["nlp"], cache_dir=False, pos=None, min_count=1,
                                entities=False)["term"])
