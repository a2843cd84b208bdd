"""Tests of the shared types and helpers of corpus_tools._entity_rules.lexicon."""

from corpus_tools._entity_rules.lexicon import FAC_HEADS_LONGEST_FIRST, Cand, ending_head, replace_inside


def test_replace_inside_puts_the_new_span_in_place_of_the_spans_inside_it():
    ents = [Cand(0, 2, "TOWNSHIP"), Cand(2, 4, "FAC"), Cand(6, 8, "PERSON")]
    out = replace_inside(ents, Cand(0, 4, "FAC", source="owned"))
    assert [(c.start, c.end, c.label) for c in out] == [(0, 4, "FAC"), (6, 8, "PERSON")]


def test_replace_inside_leaves_the_spans_when_one_crosses_the_new_bounds():
    ents = [Cand(0, 3, "ORG"), Cand(3, 5, "FAC")]
    assert replace_inside(ents, Cand(2, 5, "FAC")) is ents


def test_ending_head_takes_the_longest_facility_head_a_name_ends_with():
    assert ending_head("香花镇辣椒批发市场", FAC_HEADS_LONGEST_FIRST) == "批发市场"
    assert ending_head("除险加固", FAC_HEADS_LONGEST_FIRST) == ""
