"""The shared option vocabulary: ParseOptions, TermFilter, `by`, renamed options, TopicModel as an estimator."""

from __future__ import annotations

import dataclasses
import datetime
import warnings

import pandas as pd
import pytest

from corpus_tools import (TopicModel, collocations, keyness, keyword_trends, keywords, kwic, load_pipeline,
                          load_seeds, read_corpus)
from corpus_tools.options import (BY, DEFAULT_BY, ParseOptions, TermFilter, analysis_options, period_key,
                                  resolve_options)

PAGES = ["县委召开全体会议\n\n县委召开全体会议，传达学习乡村振兴精神。乡村振兴是大事。\n",
         "岳壁乡开展植树活动\n\n岳壁乡组织干部群众在梁村开展植树活动，推进乡村振兴。\n",
         "古城旅游迎来新高峰\n\n春节期间，平遥古城接待游客，古城旅游收入增长。\n"]


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(pd.DataFrame({"issue_id": ["a", "b", "c"], "text": PAGES,
                                     "date": ["2023-01-05", "2023-02-05", "2024-03-01"]}))


@pytest.fixture(scope="module")
def char_nlp():
    return load_pipeline(segmenter="char", tagger=False)


def test_option_objects_are_frozen_hashable_and_checked():
    p = ParseOptions(n_process=2, cache_dir=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.n_process = 3
    t = TermFilter(pos={"n"}, extra_stop_words=["会议"])
    assert t.pos == ("n",) and t.extra_stop_words == ("会议",) and hash(t) == hash(TermFilter(pos=["n"], extra_stop_words=("会议",)))
    with pytest.raises(ValueError, match="n_process value = 0"):
        ParseOptions(n_process=0)
    with pytest.raises(ValueError, match="min_chars"):
        TermFilter(min_chars=0)
    with pytest.raises(TypeError, match="pos must be an iterable of tags"):
        TermFilter(pos="n")


def test_options_or_keywords_not_both():
    with pytest.raises(ValueError, match="either inside term_filter"):
        resolve_options(TermFilter, TermFilter(), "term_filter", min_chars=1)
    with pytest.raises(TypeError, match="ParseOptions"):
        resolve_options(ParseOptions, {"n_process": 2}, "parse")


def test_analysis_options_take_the_analysis_defaults():
    popts, tfilter = analysis_options(None, None, nlp=None, cache_dir=False, pos=None, extra_stop_words=["会议"],
                                      min_chars=1, default_pos=None)
    assert popts == ParseOptions(cache_dir=False) and tfilter == TermFilter(pos=None, extra_stop_words=("会议",),
                                                                             min_chars=1)
    # with collocations' default (pos=None) a given filter and the default keywords do not clash
    given = TermFilter(min_chars=3)
    assert analysis_options(None, given, nlp=None, cache_dir=None, pos=None, extra_stop_words=(), min_chars=2,
                            default_pos=None)[1] is given
    with pytest.raises(ValueError, match=r"\['min_chars'\] either inside term_filter"):
        analysis_options(None, given, nlp=None, cache_dir=None, pos=None, extra_stop_words=(), min_chars=4,
                         default_pos=None)


def test_collocations_refuse_a_filter_and_its_keywords_together(corpus, char_nlp):
    with pytest.raises(ValueError, match="either inside term_filter"):
        collocations(corpus, nlp=char_nlp, cache_dir=False, term_filter=TermFilter(pos=None), min_chars=1)


def test_one_by_vocabulary_and_period_key():
    assert BY == ("article", "issue", "day", "week", "month", "quarter", "year", "all") and DEFAULT_BY == "issue"
    d = datetime.date(2024, 11, 30)
    assert [period_key(d, b) for b in ("day", "week", "month", "quarter", "year", "all")] == [
        "2024-11-30", "2024-W48", "2024-11", "2024Q4", "2024", "all"]
    with pytest.raises(ValueError, match="`by` value = 'issue'"):
        period_key(d, "issue")


def test_keywords_accept_options_and_keywords_alike(corpus, char_nlp):
    by_kw = keywords(corpus, by="all", nlp=char_nlp, cache_dir=False, pos=None, min_chars=1)
    by_obj = keywords(corpus, by="all", parse=ParseOptions(nlp=char_nlp, cache_dir=False),
                      term_filter=TermFilter(pos=None, min_chars=1))
    pd.testing.assert_frame_equal(by_kw, by_obj)
    assert set(by_kw["group"]) == {"all"} and len(by_kw) == 20
    # the default grouping is the issue
    assert list(keywords(corpus, nlp=char_nlp, cache_dir=False, pos=None, min_chars=1)["group"].unique()) == ["a", "b", "c"]


def test_n_process_reaches_the_parse(corpus, char_nlp):
    one = keywords(corpus, parse=ParseOptions(nlp=char_nlp, cache_dir=False), term_filter=TermFilter(pos=None, min_chars=1))
    two = keywords(corpus, parse=ParseOptions(nlp=char_nlp, cache_dir=False, n_process=2),
                   term_filter=TermFilter(pos=None, min_chars=1))
    pd.testing.assert_frame_equal(one, two)


def test_trends_and_topics_take_all_and_the_default(corpus, char_nlp):
    tr = keyword_trends(corpus, ["乡村振兴"], by="all", normalize="count", match="text")
    assert tr.index.tolist() == ["all"] and int(tr.iloc[0, 0]) == 3
    assert keyword_trends(corpus, ["古城"], normalize="count", match="text").index.tolist() == ["a", "b", "c"]


def test_old_option_names_warn_and_still_work(corpus, char_nlp):
    seeds = load_seeds()
    with pytest.warns(DeprecationWarning, match=r"kwic\(window=...\) is deprecated; use width="):
        old = kwic(seeds, "古城", window=5)
    pd.testing.assert_frame_equal(old, kwic(seeds, "古城", width=5))
    with pytest.raises(ValueError, match="give width= only"):
        kwic(seeds, "古城", window=5, width=4)
    opts = {"parse": ParseOptions(nlp=char_nlp, cache_dir=False), "term_filter": TermFilter(pos=None, min_chars=1)}
    target, ref = corpus.filter(issue_id="a"), corpus.filter(issue_id=lambda i: i != "a")
    with pytest.warns(DeprecationWarning, match="min_freq"):
        old = keyness(target, ref, min_freq=2, **opts)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pd.testing.assert_frame_equal(old, keyness(target, ref, min_count=2, **opts))


def test_collocations_take_parse_options(corpus, char_nlp):
    col = collocations(corpus, parse=ParseOptions(nlp=char_nlp, cache_dir=False),
                       term_filter=TermFilter(pos=None, min_chars=1, phrases=()), min_count=2, top_n=None)
    assert ("乡", "村") in set(zip(col["w1"], col["w2"]))  # phrases=(): 乡村振兴 is not joined into one term


def test_topic_model_is_a_scikit_learn_estimator(corpus, char_nlp):
    from sklearn.base import clone
    from sklearn.pipeline import Pipeline

    tm = TopicModel(2, min_df=1, max_df=1.0, pos=None, min_chars=1,
                    parse=ParseOptions(nlp=char_nlp, cache_dir=False))
    params = tm.get_params()
    assert params["n_topics"] == 2 and params["parse"].nlp is char_nlp
    twin = clone(tm).set_params(n_topics=3)
    assert twin.n_topics == 3 and tm.n_topics == 2 and not hasattr(twin, "components_")
    pipe = Pipeline([("topics", tm)]).fit(corpus)
    assert pipe.named_steps["topics"].components_.shape[0] == 2
    weights = pipe.transform(corpus)
    assert set(weights.columns) == {"article_id", "issue_id", "topic", "weight"}
    again = clone(tm).fit(corpus)
    assert (again.components_ == pipe.named_steps["topics"].components_).all()
    assert tm.topics_over_time("all").index.tolist() == ["all"]
