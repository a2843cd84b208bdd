"""Byline pairs as entities (corpus_tools._entity_rules.byline_names), with invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.byline_names import byline_entities


def test_unit_credits_are_organisations_not_people():
    pairs = [("记者", "何晓梅"), ("通讯员", "张　永"), ("", "县统计局"), ("", "市委组织部"), ("", "霍山县农业农村局")]
    assert byline_entities(pairs) == [("何晓梅", "PERSON"), ("张　永", "PERSON"), ("县统计局", "ORG"),
                                      ("市委组织部", "ORG"), ("霍山县农业农村局", "ORG")]


def test_a_township_credit_is_a_township_and_plain_names_stay_people():
    assert byline_entities([("", "大湾乡"), ("", "王刚")]) == [("大湾乡", "TOWNSHIP"), ("王刚", "PERSON")]
    assert byline_entities(["李婷"]) == [("李婷", "PERSON")]
    assert byline_entities(None) == []


def test_unit_credit_forms_and_jump_lines():
    from corpus_tools._entity_rules.byline_names import byline_entities

    assert byline_entities([("", "县民宗委"), ("通讯员", "王建疆")]) == [("县民宗委", "ORG"), ("王建疆", "PERSON")]
    assert byline_entities([("", "转第四版")]) == []
