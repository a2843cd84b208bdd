"""corpus_tools.trend_warnings: the word count's warning says how to get the text count (user37 F2)."""

from __future__ import annotations

import warnings

import pandas as pd

import corpus_tools as ct
from corpus_tools.trend_warnings import warn_split_counts


def _corpus():
    body = "河口镇的务工人员返乡创业，返乡创业带动就业。返乡人员增多。" * 3
    return ct.read_corpus(pd.DataFrame({"text": ["标题\n\n" + body], "date": ["2015-03-06"], "issue_id": ["a"]}))


def test_the_warning_names_the_call_and_the_numbers_are_returned():
    c = _corpus()
    counts = pd.DataFrame({"返乡": [3], "人员": [3]}, index=[c.articles[0].id])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        split = warn_split_counts(c, counts, ["返乡", "人员"], None)
    assert split == {"返乡": {"as_word": 3, "in_text": 9}}
    (msg,) = [str(w.message) for w in caught]
    assert "返乡: 3 as a word, 9 in the text" in msg
    assert "keyword_trends(corpus, ['返乡'], match='text')" in msg and "--match text" in msg
    assert "split_counts" in msg and "人员:" not in msg


def test_no_warning_and_nothing_returned_when_the_counts_agree():
    c = _corpus()
    counts = pd.DataFrame({"返乡": [9]}, index=[c.articles[0].id])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert warn_split_counts(c, counts, ["返乡"], None) == {}
    assert not caught


def test_keyword_trends_keeps_the_split_counts_in_attrs():
    tr = ct.keyword_trends(_corpus(), ["返乡"], by="all", normalize="count", match="text")
    assert tr.attrs["split_counts"] == {} and int(tr["返乡"].sum()) == 9
