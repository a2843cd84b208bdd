"""Tests for corpus_tools._entity_rules.org_place_firms.township_firms: a township before a firm is its owner."""

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_place_firms import township_firms


def _spans(text, ents):
    return [(text[c.start:c.end], c.label) for c in township_firms(ents, text)]


def test_township_joins_the_firm_after_it():
    t = "红石镇香菇专业合作社"
    assert _spans(t, [Cand(0, 3, "TOWNSHIP"), Cand(3, 10, "ORG")]) == [(t, "ORG")]


def test_a_chain_of_places_stays_apart():
    t = "某某县红石镇香菇专业合作社"
    assert len(_spans(t, [Cand(0, 3, "GPE"), Cand(3, 6, "TOWNSHIP"), Cand(6, 13, "ORG")])) == 3


def test_a_village_between_keeps_them_apart():
    t = "红石镇李家村香菇专业合作社"
    got = _spans(t, [Cand(0, 3, "TOWNSHIP"), Cand(3, 13, "ORG")])
    assert got == [("红石镇", "TOWNSHIP"), ("李家村香菇专业合作社", "ORG")]


def test_no_firm_no_join():
    t = "红石镇党委"
    assert _spans(t, [Cand(0, 3, "TOWNSHIP"), Cand(3, 5, "ORG")]) == [("红石镇", "TOWNSHIP"), ("党委", "ORG")]
