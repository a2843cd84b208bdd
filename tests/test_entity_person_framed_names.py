"""Three-character names framed on both sides whose first two characters read as something else (ent37b)."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_framed_names import framed_full_names
from corpus_tools.entities import find_entities


def _spans(text, ents, feats=None):
    return [(text[c.start:c.end], c.label) for c in framed_full_names(ents, text, feats)]


def test_a_country_inside_a_name_after_a_noun_for_a_person_and_before_speech():
    t = "。移民户韩国英说，新房亮堂。"
    s = t.index("韩国")
    assert _spans(t, [Cand(s, s + 2, "GPE")]) == [("韩国英", "PERSON")]


def test_a_cut_name_grows_with_a_verb_after_it():
    t = "个体运输户常俊明主动送货"
    s = t.index("俊明")
    feats = ["B-n", "E-n", "B-n", "E-n", "S-n", "S-nr", "B-nr", "E-nr", "B-ad", "E-ad", "B-v", "E-v"]
    assert _spans(t, [Cand(s, s + 2, "PERSON")], feats) == [("常俊明", "PERSON")]


def test_no_verb_after_no_name():
    t = "个体运输户常俊明的车"
    s = t.index("俊明")
    feats = ["B-n", "E-n", "B-n", "E-n", "S-n", "S-nr", "B-nr", "E-nr", "S-u", "S-n"]
    assert _spans(t, [Cand(s, s + 2, "PERSON")], feats) == [("俊明", "PERSON")]


def test_no_slot_no_name():
    t = "今年韩国英说，好。"
    assert _spans(t, [Cand(2, 4, "GPE")]) == [("韩国", "GPE")]


def test_a_longer_entity_keeps_its_place():
    t = "。移民户韩国英说，"
    assert _spans(t, [Cand(1, 6, "ORG")]) == [("移民户韩国", "ORG")]


def test_found_in_the_tagger():
    names = [e.text for e in find_entities("。”搬迁户韩国英说，现在的新房有一百多平方米。") if e.label == "PERSON"]
    assert names == ["韩国英"]
