"""Villages the segmenter reads as one place word (``_entity_rules.village_words``); invented sentences in other
counties' wording, with hand-written segmenter features where the function is tested alone."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.village_words import place_word_villages
from corpus_tools.entities import find_entities


def test_a_place_word_ending_in_the_village_suffix_is_a_village():
    text = "石榴坪村位于河谷"
    feats = ["B-ns", "I-ns", "I-ns", "E-ns", "B-v", "E-v", "B-n", "E-n"]
    assert place_word_villages(text, feats) == [(0, "石榴坪村")]


@pytest.mark.parametrize("text,feats", [
    ("新农村建设", ["B-n", "I-n", "E-n", "B-vn", "E-vn"]),  # not a place word
    ("南京市位于", ["B-ns", "I-ns", "E-ns", "B-v", "E-v"]),  # no village suffix
    ("乡村", ["B-ns", "E-ns"]),  # too short: no stem of two characters
    ("大坪村民", ["B-ns", "I-ns", "I-ns", "E-ns"]),  # the word runs past 村
])
def test_other_words_are_not(text, feats):
    assert place_word_villages(text, feats) == []


def test_without_segmenter_features_nothing_is_read():
    assert place_word_villages("大坪村位于山区", None) == []


def _labels(text):
    return [(text[e.start:e.end], e.label) for e in find_entities(text)]


def test_a_village_before_a_verb_is_found_without_a_county():
    text = "马鞍坪村位于山区，马鞍坪村距离集镇三十公里。"
    assert _labels(text).count(("马鞍坪村", "VILLAGE")) == 2


def test_a_common_word_before_a_verb_stays_out():
    text = "新农村建设让山村变了样。"
    assert not [x for x in _labels(text) if x[1] == "VILLAGE"]
