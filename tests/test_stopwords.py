"""Tests for corpus_tools.stopwords."""

from __future__ import annotations

import pandas as pd
import pytest
from spacy.lang.zh.stop_words import STOP_WORDS

from corpus_tools.stopwords import (
    DEFAULT_POS,
    get_stop_words,
    is_number,
    is_punct,
    news_stop_words,
    term_mask,
)


def test_default_list_is_spacy_plus_news_boilerplate():
    words = get_stop_words()
    assert set(STOP_WORDS) <= words
    assert {"本报讯", "近日", "日前", "一是", "记者"} <= news_stop_words() <= words
    assert not {"乡村振兴", "古城", "党建", "平遥县"} & words


def test_stop_list_is_extensible_per_call():
    assert "平遥" in get_stop_words(["平遥"])
    assert "平遥" not in get_stop_words()
    assert "本报讯" not in get_stop_words(news=False)
    assert get_stop_words(spacy_list=False, news=False) == frozenset()
    with pytest.raises(TypeError, match="iterable of words"):
        get_stop_words("平遥")


@pytest.mark.parametrize("token", ["2023", "２０２３年", "12月", "29.91", "87%", "三十", "第一", "万吨",
                                   "464名", "29.91万元", "一九九八年"])
def test_numbers_and_quantities(token):
    assert is_number(token)


@pytest.mark.parametrize("token", ["三晋", "百姓", "一体化", "二十大", "名人", "人次", "千家万户", "乡村振兴"])
def test_words_that_only_start_with_numerals_are_not_numbers(token):
    assert not is_number(token)


@pytest.mark.parametrize("token,expected", [("，", True), ("——", True), ("“", True), ("（", True),
                                            ("党建", False), ("A", False)])
def test_is_punct(token, expected):
    assert is_punct(token) is expected


def test_term_mask_filters_and_pos():
    texts = pd.Series(["本报讯", "乡村", "振兴", "，", "2023年", "县", "推进", "的"])
    tags = pd.Series(["n", "n", "vn", "w", "t", "n", "v", "u"])
    assert term_mask(texts).tolist() == [False, True, True, False, False, False, True, False]
    with_pos = term_mask(texts, tags, pos=DEFAULT_POS, stop_words=[])
    assert with_pos.tolist() == [True, True, True, False, False, False, False, False]
    no_pos = term_mask(texts, tags, pos=None, stop_words=[], min_chars=1)
    assert no_pos.tolist() == [True, True, True, False, False, True, True, True]
    with pytest.raises(ValueError, match="min_chars"):
        term_mask(texts, min_chars=0)
