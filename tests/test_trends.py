"""Tests for corpus_tools.trends: keyword_trends and emerging_terms on the seeds."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from corpus_tools import load_pipeline
from corpus_tools.loaders import load_seeds
from corpus_tools.trends import EMERGING_COLUMNS, emerging_terms, keyword_trends


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("parse_cache")


def _raw_count(issue, term):
    return re.sub(r"\s+", "", issue.raw).count(term)


@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_multiword_term_counted_on_text_even_when_split(seeds, cache, segmenter):
    if segmenter == "jieba":
        pytest.importorskip("jieba")
    nlp = load_pipeline(segmenter=segmenter, tagger=False)
    assert len(nlp.make_doc("乡村振兴")) > 1  # the segmenter splits it
    tr = keyword_trends(seeds, ["乡村振兴"], by="issue", normalize="count", nlp=nlp, cache_dir=cache)
    assert list(tr.index) == [i.id for i in seeds.issues]
    expected = [_raw_count(i, "乡村振兴") for i in seeds.issues]
    assert tr["乡村振兴"].tolist() == expected
    assert tr.attrs["normalize"] == "count"  # plot_trends labels its axis from it
    assert tr.attrs["dates"] == [i.date for i in seeds.issues]  # and dates a long axis from these
    assert sum(expected) > 10


def test_single_token_term_counted_as_tokens(seeds, cache):
    pytest.importorskip("jieba")
    nlp = load_pipeline(segmenter="jieba", tagger=False)
    assert len(nlp.make_doc("平遥")) == 1
    tr = keyword_trends(seeds, "平遥", by="issue", normalize="count", nlp=nlp, cache_dir=cache)
    for issue in seeds.issues:
        tokens = sum(t.text == "平遥" for a in issue.articles for t in nlp(a.text))
        assert tr.loc[issue.id, "平遥"] == tokens
        # 平遥县 is one token, so the token count stays below the substring count
        assert tokens < sum(a.text.count("平遥") for a in issue.articles)
    text = keyword_trends(seeds, "平遥", by="issue", normalize="count", match="text", nlp=nlp, cache_dir=cache)
    assert (text["平遥"] >= tr["平遥"]).all()


def test_normalisations(seeds, cache):
    nlp = load_pipeline(segmenter="char", tagger=False)
    counts = keyword_trends(seeds, ["古城"], by="issue", normalize="count", nlp=nlp, cache_dir=cache)
    rate = keyword_trends(seeds, ["古城"], by="issue", normalize="per_10k", nlp=nlp, cache_dir=cache)
    share = keyword_trends(seeds, ["古城"], by="issue", normalize="share_of_articles", nlp=nlp, cache_dir=cache)
    for issue in seeds.issues:
        n_words = sum(1 for a in issue.articles for ch in a.text if re.match(r"\w", ch))
        assert rate.loc[issue.id, "古城"] == pytest.approx(counts.loc[issue.id, "古城"] / n_words * 1e4)
        with_term = sum("古城" in a.text for a in issue.articles)
        assert share.loc[issue.id, "古城"] == pytest.approx(with_term / len(issue.articles))


def test_periods_in_date_order_and_undated_warning(seeds, cache):
    with pytest.warns(UserWarning, match="undated"):
        tr = keyword_trends(seeds, ["乡村振兴"], by="month", normalize="count", match="text")
    dated = [i for i in seeds.issues if i.date]
    months = sorted({f"{i.date:%Y-%m}" for i in dated})
    assert list(tr.index) == months
    for m in months:
        assert tr.loc[m, "乡村振兴"] == sum(_raw_count(i, "乡村振兴") for i in dated if f"{i.date:%Y-%m}" == m)
    with pytest.warns(UserWarning, match="undated"):
        q = keyword_trends(seeds, ["乡村振兴"], by="quarter", normalize="count", match="text")
    assert all(re.fullmatch(r"\d{4}Q[1-4]", p) for p in q.index)


def test_validation(seeds):
    with pytest.raises(ValueError, match="normalize"):
        keyword_trends(seeds, ["古城"], normalize="tfidf", match="text")
    with pytest.raises(ValueError, match="`by`"):
        keyword_trends(seeds, ["古城"], by="fortnight", match="text")
    with pytest.raises(ValueError, match="terms"):
        keyword_trends(seeds, [], match="text")


def test_emerging_terms(seeds, cache):
    pytest.importorskip("jieba")
    nlp = load_pipeline(segmenter="jieba", tagger=False)
    with pytest.warns(UserWarning):
        em = emerging_terms(seeds, by="year", min_count=3, top_n=5, pos=None, nlp=nlp, cache_dir=cache)
    assert list(em.columns) == EMERGING_COLUMNS
    assert set(em["direction"]) == {"rising", "falling"}
    assert ((em["direction"] == "rising") == (em["log_ratio"] > 0)).all()
    assert ((em["count"] + em["count_previous"]) >= 3).all()
    years = sorted({str(i.date.year) for i in seeds.issues if i.date})
    assert set(zip(em["previous"], em["period"])) <= set(zip(years, years[1:]))
    # counts agree with an independent token count for one rising term
    row = em[em["direction"] == "rising"].iloc[0]
    arts = [a for i in seeds.issues if i.date and str(i.date.year) == row["period"] for a in i.articles]
    assert row["count"] == sum(t.text == row["term"] for a in arts for t in nlp(a.text))


def test_a_user_folder_with_dates_in_file_names(tmp_path):
    import shutil

    from corpus_tools import keywords, read_corpus
    from corpus_tools.loaders import seeds_path

    src = sorted(seeds_path().glob("*.txt"))[:3]
    names = ["2021-03-02_p1.txt", "2021-03-20_p1.txt", "2021-07-01_p2.txt"]
    for s, n in zip(src, names):
        shutil.copy(s, tmp_path / n)
    corpus = read_corpus(tmp_path)
    nlp = load_pipeline(segmenter="char", tagger=False)
    tr = keyword_trends(corpus, ["党建"], by="month", normalize="count", nlp=nlp, cache_dir=False)
    assert list(tr.index) == ["2021-03", "2021-07"]
    # counted in the articles' title, subtitle and body: section banners, kickers and photo
    # captions on the page are not article text
    per_issue = [sum(re.sub(r"\s+", "", a.text).count("党建") for a in i.articles) for i in corpus.issues]
    assert tr["党建"].tolist() == [per_issue[0] + per_issue[1], per_issue[2]]
    kw = keywords(corpus, by="month", top_n=5, pos=None, nlp=nlp, min_chars=1, cache_dir=False)
    assert list(dict.fromkeys(kw["group"])) == ["2021-03", "2021-07"]


def test_by_day_groups_the_pages_of_one_printed_issue() -> None:
    """A page file is an "issue"; by="day" groups every page of one date (one printed issue)."""
    import warnings

    from corpus_tools.corpus import Corpus
    from corpus_tools.options import period_key
    from corpus_tools.slogans import slogan_trends
    from corpus_tools.trends import keyword_trends

    df = pd.DataFrame({"issue_id": ["p1", "p2", "p3"], "date": ["2020-02-03", "2020-02-03", "2020-02-04"],
                       "title": ["乡村振兴", "疫情防控", "乡村振兴"],
                       "body": ["红岩镇推进乡村振兴，乡村振兴见成效。", "新街镇做好疫情防控工作。",
                                "陶营村推动乡村振兴，村民增收。"]})
    corpus = Corpus.from_articles(df)
    t = keyword_trends(corpus, ["乡村振兴", "疫情防控"], by="day", normalize="count", match="text")
    assert t.index.name == "day" and t.index.tolist() == ["2020-02-03", "2020-02-04"]
    assert t.loc["2020-02-03", "疫情防控"] >= 1 and t.loc["2020-02-03", "乡村振兴"] >= 2  # both pages of the day
    assert t.loc["2020-02-04", "疫情防控"] == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = slogan_trends(corpus, by="day")
    assert set(s["period"]) <= {"2020-02-03", "2020-02-04"} and len(set(s["period"])) == 2
    import datetime
    assert period_key(datetime.date(2020, 2, 3), "day") == "2020-02-03"


def test_emerging_terms_by_issue_compares_dated_issues_in_date_order(seeds, cache):
    nlp = load_pipeline(segmenter="char", tagger=False)
    with pytest.warns(UserWarning, match=r"1 undated issue\(s\) left out of emerging_terms") as got:
        em = emerging_terms(seeds, by="issue", min_count=2, top_n=3, pos=None, min_chars=1, nlp=nlp, cache_dir=cache)
    assert {w.filename for w in got if "left out of" in str(w.message)} == {__file__}  # the caller's line
    dated = [i.id for i in seeds.issues if i.date is not None]
    assert set(zip(em["previous"], em["period"])) <= set(zip(dated, dated[1:]))
    assert not {i.id for i in seeds.issues if i.date is None} & (set(em["period"]) | set(em["previous"]))


def test_a_comma_separated_string_that_matches_nothing_warns():
    from corpus_tools.loaders import read_corpus

    # an invented 今日洛川 page
    c = read_corpus(pd.DataFrame({"text": ["旧县镇推进乡村振兴，苹果产业带动共同富裕。"], "date": ["2024-04-12"]}))
    with pytest.warns(UserWarning, match=r"contains a comma and matched nothing.*\['乡村振兴', '共同富裕'\]") as got:
        tr = keyword_trends(c, "乡村振兴,共同富裕", by="year", normalize="count", match="text")
    assert {w.filename for w in got if "contains a comma" in str(w.message)} == {__file__}
    assert tr.iloc[0, 0] == 0
    # a phrase with a comma that the text prints is counted, without a warning
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert keyword_trends(c, ["乡村振兴，苹果"], by="year", normalize="count", match="text").iloc[0, 0] == 1


def test_a_one_token_name_the_segmenter_cuts_in_context_is_counted_everywhere(tmp_path):
    """user22: 通江口镇 is one token alone but 通|江口镇 after 昨天，; match="auto" counted the token only.
    Here a 新化县 village as its paper would print it."""
    nlp = load_pipeline(tagger=False)
    assert len(nlp.make_doc("富公坳村")) == 1
    assert "富公坳村" not in [t.text for t in nlp("昨天，富公坳村召开会议。")]  # cut in context
    (tmp_path / "2023-05-06_p1.txt").write_text(
        "新化报\n\n富公坳村修通产业路\n　　本报讯 昨天，富公坳村召开会议，部署产业路建设。"
        "富公坳村的村民说，路通了，茶叶好卖了。\n", encoding="utf-8")
    from corpus_tools import read_corpus

    corpus = read_corpus(tmp_path)
    auto = keyword_trends(corpus, ["富公坳村"], by="all", normalize="count", nlp=nlp, cache_dir=False)
    text = keyword_trends(corpus, ["富公坳村"], by="all", normalize="count", match="text", nlp=nlp, cache_dir=False)
    assert auto["富公坳村"].tolist() == text["富公坳村"].tolist() == [3]
