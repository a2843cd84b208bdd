"""collocations(word=X) never comes back empty without saying why (user35 F11). Invented text."""

import warnings

import numpy as np
import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.colloc_word import word_note
from corpus_tools.corpus import Corpus


def _corpus():
    body = "县里实施东沟河综合治理工程，推进综合治理。村里开展环境综合治理行动。"
    return Corpus.from_articles(pd.DataFrame([{"issue_id": f"2020-0{i}-01_p1", "title": None, "subtitle": None,
                                               "body": body} for i in range(1, 4)]))


def test_word_only_inside_longer_tokens_is_named_with_them():
    with pytest.warns(UserWarning, match=r"治理 is never a token of its own.*综合治理 \(9\)"):
        out = ct.collocations(_corpus(), word="治理", window=3, min_count=2, cache_dir=False)
    assert out.empty


def test_rare_word_says_min_count():
    with pytest.warns(UserWarning, match="is a token 9 times, but none of its pairs"):
        ct.collocations(_corpus(), word="综合治理", window=3, min_count=50, cache_dir=False)


def test_found_word_gives_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = ct.collocations(_corpus(), word="综合治理", window=3, min_count=2, cache_dir=False)
    assert len(out) > 0


def test_note_for_a_word_not_printed():
    assert "not a kept token" in word_note("河长", ["工程"], np.array([3]), min_count=2, window=1)
