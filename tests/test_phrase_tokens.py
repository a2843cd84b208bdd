"""Tests for corpus_tools.phrase_tokens: known formulae and user words kept as one term in the word tables.

The sentences are invented, as 会昌报 or 临猗报 would print them (not the user21 pages the change was
measured on); the character segmenter of ``spacy.blank("zh")`` cuts every formula, so each
merge is the phrase layer's own work.
"""

from __future__ import annotations

import pandas as pd
import pytest
import spacy

from corpus_tools.concordance import collocations
from corpus_tools.corpus import Corpus
from corpus_tools.errors import InvalidArgumentError
from corpus_tools.keywords import keyness, keywords
from corpus_tools.options import ParseOptions, TermFilter
from corpus_tools.parsing import term_frame
from corpus_tools.phrase_tokens import (check_phrase_sources, check_words, find_phrases, merge_phrases, phrase_matcher,
                                        phrase_token_table)

EARLY = ["会昌县召开全县干部大会，坚持以科学发展观统领经济社会发展全局，加快构建和谐社会。",
         "筠门岭镇深入学习实践科学发展观，为构建和谐社会打下基础。",
         "西江镇干部表示，要用科学发 展观指导工作，促进和谐社会建设。"]  # an OCR space inside the formula
LATE = ["临猗县全面实施乡村振兴战略，推动苹果产业高质量发展。",
        "北辛乡围绕“一核两翼”发展布局，推动乡村振兴。",
        "角杯乡坚持“一核两翼”，实施乡村振兴战略。"]


def _corpus(bodies: list[str], prefix: str) -> Corpus:
    return Corpus.from_articles(pd.DataFrame({
        "issue_id": [prefix] * len(bodies), "article_id": [f"{prefix}-{k + 1:02d}" for k in range(len(bodies))],
        "title": ["要闻"] * len(bodies), "body": bodies}))


@pytest.fixture(scope="module")
def parse():
    return ParseOptions(nlp=spacy.blank("zh"), cache_dir=False)  # one character a token


def _terms(corpus: Corpus, parse: ParseOptions, **filt) -> pd.DataFrame:
    df = term_frame(corpus, parse=parse, term_filter=TermFilter(pos=None, **filt))
    return df[df["keep"]]


def test_known_formulae_are_one_term_and_marked_as_phrases(parse):
    df = _terms(_corpus(EARLY, "hc"), parse)
    counts = df["term"].astype(str).value_counts()
    assert counts["科学发展观"] == 3  # the OCR-split 科学发 展观 of the third article too
    assert counts["和谐社会"] == 3
    assert df.loc[df["term"] == "科学发展观", "phrase"].all()
    assert not df.loc[df["term"] == "会", "phrase"].any()


def test_phrases_off_keeps_the_segmenter_tokens(parse):
    df = _terms(_corpus(EARLY, "hc"), parse, phrases=())
    assert "科学发展观" not in set(df["term"].astype(str))
    assert not df["phrase"].any()


def test_a_variant_that_extends_its_formula_leaves_the_formula_its_count(parse):
    terms = _terms(_corpus(LATE, "ly"), parse)["term"].astype(str)
    assert (terms == "乡村振兴").sum() == 3
    assert "实施乡村振兴战略" not in set(terms)


def test_user_words_are_kept_whole_and_validated(parse):
    terms = set(_terms(_corpus(LATE, "ly"), parse, words=["一核两翼"])["term"].astype(str))
    assert "一核两翼" in terms
    assert "一核两翼" not in set(_terms(_corpus(LATE, "ly"), parse)["term"].astype(str))
    with pytest.raises(InvalidArgumentError, match="words value = '一核两翼' is invalid"):
        TermFilter(words="一核两翼")
    with pytest.raises(InvalidArgumentError, match="words holds '一核、两翼'"):
        TermFilter(words=["一核、两翼"])
    with pytest.raises(InvalidArgumentError, match="words holds '核'"):
        check_words(["核"])
    with pytest.raises(InvalidArgumentError, match="every word must be a str"):
        check_words(["一核两翼", 3])
    assert check_words(["Ｇ２０峰会"]) == ("G20峰会",)


def test_phrase_sources_are_checked():
    with pytest.raises(InvalidArgumentError, match="phrases value = 'lexicon' is invalid; use one of 'formulae', 'places', 'mined', 'marked'"):
        TermFilter(phrases=("lexicon",))
    # one source as a str is that source (a closed set of names: no list of phrases can be meant) ...
    assert check_phrase_sources("formulae") == ("formulae",)
    assert TermFilter(phrases="marked").phrases == ("marked",)
    assert TermFilter(phrases=None).phrases == ()
    # ... but two in one str, or a value that is no str nor iterable, are refused with the allowed values
    with pytest.raises(InvalidArgumentError, match=r"phrases value = 'formulae,marked' is invalid.*a tuple of them"):
        TermFilter(phrases="formulae,marked")
    with pytest.raises(InvalidArgumentError, match=r"phrases = True \(bool\) is invalid; use one of"):
        TermFilter(phrases=True)
    with pytest.raises(InvalidArgumentError, match="needs the corpus"):
        phrase_matcher(("marked",))


def test_a_phrase_shorter_than_min_chars_is_dropped_like_any_term(parse):
    terms = set(_terms(_corpus(EARLY, "hc"), parse, min_chars=5)["term"].astype(str))
    assert "科学发展观" in terms and "和谐社会" not in terms  # 5 and 4 characters


def test_a_stop_word_listed_by_the_user_still_drops_a_phrase(parse):
    terms = set(_terms(_corpus(EARLY, "hc"), parse, extra_stop_words=("和谐社会",))["term"].astype(str))
    assert "和谐社会" not in terms and "科学发展观" in terms


def test_a_phrase_that_cuts_a_token_is_not_merged():
    toks = pd.DataFrame({"issue_id": pd.Categorical(["i"] * 3), "article_id": pd.Categorical(["a"] * 3),
                         "sent": [0, 0, 0], "i": [0, 1, 2], "text": pd.Categorical(["推动高", "质量", "发展"]),
                         "tag": pd.Categorical(["VV", "NN", "VV"]), "is_stop": False,
                         "ent_label": pd.Categorical([""] * 3), "idx": [0, 3, 5]})
    spans = {"a": [(s, e) for s, e, _, _ in phrase_matcher().finditer("推动高质量发展")]}
    assert spans == {"a": [(2, 7)]}
    out = merge_phrases(toks, spans)
    assert out["text"].tolist() == ["推动高", "质量", "发展"] and not out["phrase"].any()


def test_merged_row_keeps_first_offset_and_last_tag():
    toks = pd.DataFrame({"issue_id": pd.Categorical(["i"] * 4), "article_id": pd.Categorical(["a"] * 4),
                         "sent": [0, 0, 0, 0], "i": [0, 1, 2, 3],
                         "text": pd.Categorical(["构建", "和谐", "社会", "。"]),
                         "tag": pd.Categorical(["VV", "JJ", "NN", "PU"]), "is_stop": False,
                         "ent_label": pd.Categorical([""] * 4), "idx": [0, 2, 4, 6]})
    out = merge_phrases(toks, {"a": [(2, 6)]})
    row = out[out["phrase"]].iloc[0]
    assert (row["text"], row["tag"], row["idx"], row["i"]) == ("和谐社会", "NN", 2, 1)
    assert out["text"].tolist() == ["构建", "和谐社会", "。"]


def test_keyness_and_collocations_see_the_formulae(parse):
    early, late = _corpus(EARLY, "hc"), _corpus(LATE, "ly")
    k = keyness(early, late, parse=parse, term_filter=TermFilter(pos=None), min_count=1)
    assert set(k["term"].head(2)) == {"科学发展观", "和谐社会"}  # 3 each in the early articles, none late
    col = collocations(early, parse=parse, term_filter=TermFilter(pos=None, min_chars=1), min_count=1, top_n=None)
    pairs = set(zip(col["w1"], col["w2"]))
    assert ("和谐社会", "建") in pairs and ("统", "领") in pairs
    assert ("谐", "社") not in pairs and ("展", "观") not in pairs
    col = collocations(early, parse=parse, term_filter=TermFilter(pos=None, min_chars=1, phrases=()),
                       min_count=1, top_n=None)
    assert ("谐", "社") in set(zip(col["w1"], col["w2"]))  # 和 and 会 are stop words


def test_keywords_by_article_rank_the_formula(parse):
    kw = keywords(_corpus(EARLY, "hc"), by="article", method="tfidf", top_n=None, parse=parse,
                  term_filter=TermFilter(pos=None))
    assert set(kw.loc[kw["term"] == "科学发展观", "group"]) == {"hc-01", "hc-02", "hc-03"}


def test_the_word_after_a_joined_phrase_is_still_adjacent_for_ngrams(parse):
    kw = keywords(_corpus(EARLY[:1], "hc"), by="article", method="tfidf", top_n=None, ngram_range=(2, 2),
                  parse=parse, term_filter=TermFilter(pos=None, min_chars=1))
    assert "科学发展观统" in set(kw["term"])  # 科学发展观 | 统: one bigram, no gap after the joined rows


def test_the_phrase_merge_is_kept_per_corpus_table_and_phrase_set(parse, monkeypatch):
    from corpus_tools import phrase_tokens

    merges = []
    monkeypatch.setattr(phrase_tokens, "merge_phrases",
                        lambda *a, _f=phrase_tokens.merge_phrases: merges.append(1) or _f(*a))
    corpus = _corpus(EARLY, "hc")
    first = _terms(corpus, parse)
    again = _terms(corpus, parse)
    assert len(merges) == 1  # the second word table takes the merged tokens back
    assert again["term"].astype(str).tolist() == first["term"].astype(str).tolist()
    _terms(corpus, parse, words=["统领经济"])  # another phrase set: merged afresh
    assert len(merges) == 2
    corpus.issues[0].meta["county"] = "会昌县"  # an edited corpus ("marked" phrases may depend on it)
    assert (_terms(corpus, parse)["term"].astype(str) == "科学发展观").sum() == 3
    assert len(merges) == 3  # merged afresh


def test_a_kept_merge_is_not_changed_by_its_callers(parse):
    corpus = _corpus(EARLY, "hc")
    toks = term_frame(corpus, parse=parse, term_filter=TermFilter(pos=None, phrases=()))
    toks = toks[[c for c in toks.columns if c not in ("phrase", "term", "keep")]]
    first = phrase_token_table(corpus, toks, table_key="test")
    shown = first["text"].astype(str).tolist()
    first["text"] = "x"  # a caller's change (term_frame adds columns to it)
    first.loc[0, "phrase"] = True
    again = phrase_token_table(corpus, toks, table_key="test")
    assert again["text"].astype(str).tolist() == shown and "科学发展观" in shown
    assert not again.loc[0, "phrase"]
    assert find_phrases(corpus)  # the spans are kept beside it


# a 新化县 page (user22's finding 2 in another county): the segmenter cuts 富|公坳村 after 昨天，
XINHUA = ("新化报\n2023年5月6日 星期六 第2版\n\n富公坳村修通产业路\n　　本报讯 昨天，富公坳村召开会议，部署产业路建设。"
          "新化县白溪镇、温塘镇也派人参加。富公坳村的村民说，路通了，茶叶好卖了。\n")


def test_the_countys_places_are_one_term_by_default():
    from corpus_tools import read_corpus

    corpus = read_corpus(pd.DataFrame({"text": [XINHUA]}))  # the county is read off the page: 新化县
    default = term_frame(corpus, term_filter=TermFilter())
    terms = default.loc[default["keep"], "term"].astype(str).tolist()
    assert terms.count("富公坳村") == 3 and "公坳村" not in terms
    assert default.loc[default["term"] == "富公坳村", "phrase"].all()
    formulae_only = term_frame(corpus, term_filter=TermFilter(phrases=("formulae",)))
    assert "公坳村" in set(formulae_only.loc[formulae_only["keep"], "term"].astype(str))  # the segmenter's cut
    with pytest.raises(InvalidArgumentError, match="needs the corpus whose places it adds"):
        phrase_matcher(("places",))
