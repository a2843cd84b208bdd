"""Expo short forms (corpus_tools._entity_rules.event_expos, facloc33)."""

import corpus_tools as ct
from corpus_tools._entity_rules.event_expos import expo_short_forms
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text, ents=()):
    return [(text[c.start:c.end], c.label) for c in expo_short_forms(list(ents), text)]


def test_an_ordinal_and_a_theme_character_make_the_name():
    assert _spans("第三届茶博会开幕，茶博会期间签约项目十个。") == [("第三届茶博会", "EVENT"), ("茶博会", "EVENT")]


def test_no_theme_character_no_name():
    assert _spans("参加了博会的人") == []
    assert _spans("他在的博会上") == []


def test_a_chosen_entity_wins():
    t = "上海世博会"
    assert _spans(t, [Cand(0, 5, "EVENT")]) == [("上海世博会", "EVENT")]


def test_in_the_tagger():
    df = ct.extract_entities(["九月，县里组织企业参加第五届梨博会，现场签约八千万元。"])
    assert ("第五届梨博会", "EVENT") in set(zip(df["text"], df["label"]))
