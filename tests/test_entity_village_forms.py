"""A village before the short form of its bodies or its number (``_entity_rules.village_forms``); invented sentences in
other counties' wording, with hand-written segmenter features where the pass is tested alone."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.village_forms import numbered_villages, village_bodies
from corpus_tools.entities import find_entities


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_committee_short_form_after_a_found_village_is_one_org():
    text = "大坪乡青山村村委委员李红说"
    ents = [Cand(0, 3, "TOWNSHIP"), Cand(3, 6, "VILLAGE"), Cand(10, 12, "PERSON")]
    assert _spans(village_bodies(ents, text), text) == [("大坪乡", "TOWNSHIP"), ("青山村村委", "ORG"), ("李红", "PERSON")]


def test_glued_village_is_read_from_the_segmenter_words():
    # 柳湾|村村|委: the segmenter joins the village's 村 to the body's
    text = "柳湾村村委开会"
    feats = ["B-ns", "E-ns", "B-n", "E-n", "S-j", "B-v", "E-v"]
    assert _spans(village_bodies([], text, feats), text) == [("柳湾村村委", "ORG")]


def test_the_models_inner_span_gives_way():
    text = "柳湾村村委开会"
    feats = ["B-ns", "E-ns", "B-n", "E-n", "S-j", "B-v", "E-v"]
    assert _spans(village_bodies([Cand(2, 5, "ORG")], text, feats), text) == [("柳湾村村委", "ORG")]


def test_two_committees_name_only_the_village():
    text = "柳湾村村两委班子"
    feats = ["B-ns", "E-ns", "B-n", "I-n", "E-n", "B-n", "E-n", "E-n"]
    assert _spans(village_bodies([], text, feats), text) == [("柳湾村", "VILLAGE")]


@pytest.mark.parametrize("text, feats", [
    ("他当上了村支部书记", ["S-r", "B-v", "E-v", "S-u", "B-n", "I-n", "E-n", "B-n", "E-n"]),  # a clause, no stem
    ("全村村委班子", ["B-n", "E-n", "B-n", "E-n", "B-n", "E-n"]),  # a scope word
    ("贫困村村两委", ["B-n", "I-n", "E-n", "B-n", "I-n", "E-n"]),  # a kind of village
])
def test_no_village_named(text, feats):
    assert village_bodies([], text, feats) == []


def test_a_crossing_entity_keeps_the_mention_as_it_was():
    text = "柳湾村村委开会"
    feats = ["B-ns", "E-ns", "B-n", "E-n", "S-j", "B-v", "E-v"]
    ents = [Cand(4, 6, "PERSON")]
    assert village_bodies(ents, text, feats) == ents


@pytest.mark.parametrize("text, expected", [
    ("走访时，石门村支部书记张强介绍了情况。", ("石门村支部", "ORG")),
    ("会上，东坡村村委主任刘勇发了言。", ("东坡村村委", "ORG")),
    ("东坡村村两委班子带头修路。", ("东坡村", "VILLAGE")),
])
def test_whole_recogniser(text, expected):
    assert expected in [(e.text, e.label) for e in find_entities(text)]


def test_numbered_village_grows_over_its_number():
    text = "托万克乡英阿瓦提3村的大棚"
    ents = [Cand(0, 4, "TOWNSHIP"), Cand(4, 8, "VILLAGE")]
    assert _spans(numbered_villages(ents, text), text) == [("托万克乡", "TOWNSHIP"), ("英阿瓦提3村", "VILLAGE")]


@pytest.mark.parametrize("text, ents", [
    ("英阿瓦提村3村民小组", [Cand(0, 5, "VILLAGE")]),  # the village is whole already
    ("英阿瓦提3村民", [Cand(0, 4, "VILLAGE")]),  # 村民 after the number: no village
    ("英阿瓦提3村", [Cand(0, 4, "VILLAGE"), Cand(4, 6, "VILLAGE")]),  # another entity starts inside
])
def test_numbered_village_left_alone(text, ents):
    assert numbered_villages(ents, text) == ents
