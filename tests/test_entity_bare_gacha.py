"""A Mongolian village (X嘎查) written bare after it is named in full (``_entity_rules.assemble``); invented text."""

from __future__ import annotations

from corpus_tools.entities import find_entities


def _pairs(text):
    return [(e.text, e.label) for e in find_entities(text, model=False)]


def test_bare_gacha_is_the_village():
    text = "在巴彦镇乌兰哈达嘎查，牧民建起了暖棚。乌兰哈达的牧民说，今年的羊膘肥体壮。"
    pairs = _pairs(text)
    assert ("乌兰哈达嘎查", "VILLAGE") in pairs
    assert pairs.count(("乌兰哈达", "VILLAGE")) == 1


def test_no_bare_form_without_the_full_name():
    assert ("乌兰哈达", "VILLAGE") not in _pairs("乌兰哈达的牧民说，今年的羊膘肥体壮。")
