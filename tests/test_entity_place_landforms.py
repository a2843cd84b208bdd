"""Landforms named by a place's short form (corpus_tools._entity_rules.place_landforms, facloc33)."""

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.place_landforms import placed_landforms


def _out(text, ents, words=None):
    return [(text[c.start:c.end], c.label) for c in placed_landforms(ents, text, words)]


def test_a_village_short_form_and_a_head_make_a_landform():
    t = "游客登上石佛峡，在石佛峡口拍照。"
    assert _out(t, [Cand(4, 6, "VILLAGE"), Cand(9, 11, "VILLAGE")]) == [("石佛峡", "LOC"), ("石佛峡", "LOC")]


def test_the_place_with_its_level_word_stays_the_place():
    t = "石佛峡村的村民，石佛山乡政府"
    assert _out(t, [Cand(0, 2, "VILLAGE"), Cand(8, 10, "TOWNSHIP")]) == [("石佛", "VILLAGE"), ("石佛", "TOWNSHIP")]


def test_a_head_inside_another_word_is_no_landform():
    t = "在青岭江山市，青岭山参"
    words = ["S-p", "B-ns", "E-ns", "B-ns", "I-ns", "E-ns", "S-w", "B-ns", "E-ns", "B-n", "E-n"]
    assert _out(t, [Cand(1, 3, "GPE"), Cand(7, 9, "VILLAGE")], words) == [("青岭", "GPE"), ("青岭", "VILLAGE")]


def test_a_side_word_after_the_head_is_allowed():
    t = "在青岭山上种树"
    words = ["S-p", "B-ns", "E-ns", "B-s", "E-s", "B-v", "E-v"]
    assert _out(t, [Cand(1, 3, "VILLAGE")], words) == [("青岭山", "LOC")]


def test_a_brand_and_a_province_are_no_landform():
    t = "贴着“青岭河”商标的矿泉水，浙江江畔"
    assert _out(t, [Cand(3, 5, "VILLAGE"), Cand(14, 16, "GPE")]) == [("青岭", "VILLAGE"), ("浙江", "GPE")]


def test_in_the_tagger():
    df = ct.extract_entities(["三月里，交城县的干部群众在交城山上植树造林。"])
    assert ("交城山", "LOC") in set(zip(df["text"], df["label"]))
