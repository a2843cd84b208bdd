"""A township's own generic facility as one FAC (corpus_tools._entity_rules.fac_owned), invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.fac_owned import owned_facilities, short_form_facilities
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text: str, ents: list[Cand], feats: list[str]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in owned_facilities(ents, text, feats)]


def test_a_township_and_its_square_are_one_facility():
    t = "在煎茶镇文化广场举行"
    f = ["S-p", "B-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n", "B-v", "E-v"]
    assert _spans(t, [Cand(1, 4, "TOWNSHIP"), Cand(4, 8, "_")], f) == [("煎茶镇文化广场", "FAC")]


def test_a_verb_between_the_place_and_the_head_is_a_clause():
    t = "羊沙镇修通水泥路"
    f = ["B-ns", "I-ns", "E-ns", "B-v", "E-v", "B-n", "E-n", "S-n"]
    assert _spans(t, [Cand(0, 3, "TOWNSHIP")], f) == [("羊沙镇", "TOWNSHIP")]


def test_a_facility_with_a_name_of_its_own_keeps_the_township_apart():
    t = "木斯镇吉仁台遗址"
    f = ["B-ns", "I-ns", "E-ns", "B-nr", "I-nr", "E-nr", "B-n", "E-n"]
    ents = [Cand(0, 3, "TOWNSHIP"), Cand(3, 8, "FAC")]
    assert _spans(t, ents, f) == [("木斯镇", "TOWNSHIP"), ("吉仁台遗址", "FAC")]


def test_a_village_in_between_owns_the_facility():
    t = "龙潭镇水西村文化广场"
    f = ["B-ns", "I-ns", "E-ns", "B-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]
    ents = [Cand(0, 3, "TOWNSHIP"), Cand(3, 6, "VILLAGE")]
    assert _spans(t, ents, f) == [("龙潭镇", "TOWNSHIP"), ("水西村", "VILLAGE")]


def test_without_word_features_nothing_changes():
    assert owned_facilities([Cand(0, 3, "TOWNSHIP")], "煎茶镇文化广场", None) == [Cand(0, 3, "TOWNSHIP")]


def test_a_township_short_form_carries_its_temple():
    t = "送到了和日寺。"
    f = ["S-v", "S-v", "S-u", "B-ns", "I-ns", "E-ns", "S-w"]
    assert _spans(t, [Cand(3, 5, "TOWNSHIP")], f) == [("和日寺", "FAC")]


def test_a_village_keeps_only_its_temple_in_a_name():
    t = "石溪头村文化广场"
    f = ["B-ns", "I-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]
    assert _spans(t, [Cand(0, 4, "VILLAGE")], f) == [("石溪头村", "VILLAGE")]


def test_a_village_short_form_names_the_facility_after_it():
    t = "高定村的鼓楼，高定鼓楼迎客"
    f = ["B-ns", "I-ns", "E-ns", "S-u", "B-n", "E-n", "S-w", "B-ns", "E-ns", "B-v", "E-v", "B-v", "E-v"]
    out = short_form_facilities([Cand(0, 3, "VILLAGE"), Cand(7, 9, "VILLAGE")], t, f)
    assert [(t[c.start:c.end], c.label) for c in out] == [("高定村", "VILLAGE"), ("高定鼓楼", "FAC")]


def test_a_short_form_keeps_a_named_facility_in_one_span():
    t = "程阳永济桥上"
    f = ["B-ns", "E-ns", "B-nz", "E-nz", "S-n", "S-f"]
    out = short_form_facilities([Cand(0, 2, "VILLAGE"), Cand(2, 5, "FAC")], t, f)
    assert [(t[c.start:c.end], c.label) for c in out] == [("程阳永济桥", "FAC")]


def test_the_short_form_pass_leaves_full_forms_alone():
    t = "石溪头村文化广场"
    f = ["B-ns", "I-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]
    assert short_form_facilities([Cand(0, 4, "VILLAGE")], t, f) == [Cand(0, 4, "VILLAGE")]
