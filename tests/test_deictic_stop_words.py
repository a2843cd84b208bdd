"""user33 F8: 全县, 我县, 我省, 全镇, 县里 are stop words by default, and can be kept."""
from __future__ import annotations

import pandas as pd

from corpus_tools.options import TermFilter
from corpus_tools.stopwords import DEICTIC_PLACE_WORDS, get_stop_words, term_mask


def test_deictic_place_words_are_stop_words_by_default():
    for w in ("全县", "我县", "我省", "全省", "本县", "全镇", "全乡", "全市", "县里", "省里", "镇里"):
        assert w in DEICTIC_PLACE_WORDS and w in get_stop_words()
    assert "县城" not in get_stop_words() and "全国" not in DEICTIC_PLACE_WORDS


def test_they_can_be_kept():
    assert "全县" not in get_stop_words(deictic=False)
    assert TermFilter().deictic_stop_words and not TermFilter(deictic_stop_words=False).deictic_stop_words
    s = pd.Series(["全县", "渔业"])
    assert term_mask(s, stop_words=get_stop_words()).tolist() == [False, True]
    assert term_mask(s, stop_words=get_stop_words(deictic=False)).tolist() == [True, True]
