"""Tests of the shared types and helpers of corpus_tools._entity_rules.lexicon."""

from corpus_tools._entity_rules.lexicon import Cand, replace_inside


def test_replace_inside_puts_the_new_span_in_place_of_the_spans_inside_it():
    ents = [Cand(0, 2, "TOWNSHIP"), Cand(2, 4, "FAC"), Cand(6, 8, "PERSON")]
    out = replace_inside(ents, Cand(0, 4, "FAC", source="owned"))
    assert [(c.start, c.end, c.label) for c in out] == [(0, 4, "FAC"), (6, 8, "PERSON")]


def test_replace_inside_leaves_the_spans_when_one_crosses_the_new_bounds():
    ents = [Cand(0, 3, "ORG"), Cand(3, 5, "FAC")]
    assert replace_inside(ents, Cand(2, 5, "FAC")) is ents
