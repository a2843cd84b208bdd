"""Word bounds read off the segmenter's per-character features (corpus_tools._entity_rules.word_bounds)."""

from __future__ import annotations

from corpus_tools._charner import word_features
from corpus_tools._entity_rules.word_bounds import ends_word, starts_word, word_end, word_start

# 来到|田坝村|驻村|工作队|。 (invented, as a 印江 paper might print it)
TEXT = "来到田坝村驻村工作队。"
FEATS = word_features(TEXT, [(0, 2, "v"), (2, 5, "ns"), (5, 7, "v"), (7, 10, "n"), (10, 11, "w")])


def test_word_start_and_end_hold_every_character_of_a_word():
    assert [word_start(FEATS, i) for i in range(2, 5)] == [2, 2, 2]
    assert [word_end(FEATS, i) for i in range(7, 10)] == [10, 10, 10]
    assert word_start(FEATS, 0) == 0 and word_end(FEATS, 10) == 11


def test_bounds_at_the_text_edges_and_inside_words():
    assert [i for i in range(len(TEXT) + 1) if starts_word(FEATS, i)] == [0, 2, 5, 7, 10, 11]
    assert [e for e in range(1, len(TEXT) + 1) if ends_word(FEATS, e)] == [2, 5, 7, 10, 11]


def test_a_character_no_word_covers_is_a_word_of_its_own():
    feats = word_features("县　委", [(0, 1, "n"), (2, 3, "n")])   # the full-width space has no word
    assert feats[1] == "" and word_end(feats, 1) == 2 and not starts_word(feats, 1)


def test_word_spans_cuts_the_words_at_both_edges():
    from corpus_tools._entity_rules.word_bounds import word_spans

    feats = ["B-n", "E-n", "B-n", "I-n", "E-n", "S-v"]  # a noun, a three-character noun, a verb
    assert list(word_spans(feats, 0, 6)) == [(0, 2, "n"), (2, 5, "n"), (5, 6, "v")]
    assert list(word_spans(feats, 1, 4)) == [(1, 2, "n"), (2, 4, "n")]
