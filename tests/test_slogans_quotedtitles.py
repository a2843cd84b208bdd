"""A county's quoted title of itself holding a known formula is a marked slogan (user37b F3)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.corpus import Corpus
from corpus_tools.slogans.detect import find_slogans
from corpus_tools.slogans.formulae import find_formulae
from corpus_tools.slogans.quotedtitles import place_title, titled_quotes
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


def test_titled_quotes_needs_a_known_form_inside_and_no_rating():
    text = "争创“山海协作乡村振兴示范县”，荣获“山海协作乡村振兴示范村”称号"
    got = titled_quotes(text, [(3, 14), (19, 30)], {"乡村振兴": "quoted"})
    assert [(m.text, m.source, m.quoted) for m in got] == [("山海协作乡村振兴示范县", "marked", True)]
    assert titled_quotes(text, [(3, 14)], {"数字经济": "quoted"}) == []


def test_find_slogans_marks_the_title_and_keeps_the_formula():
    got = find_slogans("全县上下争创“山海协作乡村振兴示范县”。")
    assert [(m.text, m.source) for m in got] == [("山海协作乡村振兴示范县", "marked"), ("乡村振兴", "lexicon")]


def test_slogan_mentions_count_the_title_in_its_own_row():
    df = pd.DataFrame({"issue_id": ["x1", "x2"], "date": ["2021-03-01", "2021-09-01"], "title": ["甲", "乙"],
                       "body": ["我们争创“山海协作乡村振兴示范县”。", "争创“山海协作乡村振兴示范县”，推进乡村振兴。"]})
    counts = slogan_mentions(Corpus.from_articles(df)).groupby("text").size().to_dict()
    assert counts.get("山海协作乡村振兴示范县") == 2 and counts.get("乡村振兴") == 3


def test_zhejiang_rows():
    assert [m.formula for m in find_formulae("深化数字化改革", date="2022-01-01")] == ["数字化改革"]
    nested = find_formulae("支持浙江高质量发展建设共同富裕示范区", date="2022-01-01", nested=True)
    assert "高质量发展建设共同富裕示范区" in [m.formula for m in nested]
    assert [m.formula for m in find_formulae("支持浙江高质量发展建设共同富裕示范区", date="2022-01-01")] == \
        ["高质量发展", "共同富裕"]
