"""A known formula inside a quoted title of a place is counted once, as the title (user37b F3)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.corpus import Corpus
from corpus_tools.slogans.detect import find_slogans
from corpus_tools.slogans.formulae import find_formulae
from corpus_tools.slogans.quotedtitles import in_quoted_titles, place_title, titled_quotes, within_titles
from corpus_tools.slogans.tables import slogan_mentions


@pytest.mark.parametrize("content, ok", [
    ("山海协作乡村振兴示范县", True),
    ("创建共同富裕示范镇", True),
    ("要走共同富裕道路", False),     # no place's level at the end
    ("共同富裕，示范县", False),     # punctuation inside: a clause
    ("示范县", False),               # too short for a title
])
def test_place_title_shape(content, ok):
    assert place_title(content) is ok


def test_titled_quotes_needs_a_known_form_strictly_inside():
    text = "争创“山海协作乡村振兴示范县”和“乡村振兴示范县”"
    got = titled_quotes(text, [(3, 14), (17, 24)], {"乡村振兴": "quoted"})
    assert [(m.text, m.source, m.quoted) for m in got] == [("山海协作乡村振兴示范县", "marked", True),
                                                         ("乡村振兴示范县", "marked", True)]
    assert titled_quotes(text, [(3, 14)], {"数字经济": "quoted"}) == []


def test_within_titles_only_for_quoted_titles():
    text = "争创“山海协作乡村振兴示范县”"
    assert within_titles(text, [(3, 14)], 7, 11)
    assert not within_titles("山海协作乡村振兴示范县", [(0, 11)], 4, 8)  # no quotes: not a printed title


def test_in_quoted_titles_keeps_formulae_outside_titles():
    text = "争创“山海协作乡村振兴示范县”，全面推进乡村振兴。他说“乡村振兴要靠人才”"
    got = in_quoted_titles(text, find_formulae(text))
    assert [(m.text, m.source) for m in got] == [("山海协作乡村振兴示范县", "marked"), ("乡村振兴", "lexicon"),
                                                 ("乡村振兴", "lexicon")]


def test_find_slogans_counts_the_title_once():
    got = find_slogans("全县上下争创“山海协作乡村振兴示范县”。")
    assert [(m.text, m.source) for m in got] == [("山海协作乡村振兴示范县", "marked")]


def test_slogan_mentions_counts_the_title_not_the_formula_inside():
    df = pd.DataFrame({"issue_id": ["x1", "x2"], "date": ["2021-03-01", "2021-09-01"], "title": ["甲", "乙"],
                       "body": ["我们争创“山海协作乡村振兴示范县”。", "争创“山海协作乡村振兴示范县”，推进乡村振兴。"]})
    sm = slogan_mentions(Corpus.from_articles(df))
    counts = sm.groupby("text").size().to_dict()
    assert counts == {"山海协作乡村振兴示范县": 2, "乡村振兴": 1}


def test_a_zone_named_after_two_formulae_is_one_mention():
    got = find_formulae("支持浙江高质量发展建设共同富裕示范区", date="2022-01-01")
    assert [m.formula for m in got] == ["高质量发展建设共同富裕示范区"]
    assert [m.formula for m in find_formulae("深化数字化改革", date="2022-01-01")] == ["数字化改革"]
