"""Other mentions of a name read in full once (``_entity_rules.person_full_mentions``); invented sentences."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_full_mentions import full_name_mentions


def _texts(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_a_cut_part_becomes_the_full_name():
    text = "牧民巴雅尔图家的羊圈很暖。巴雅尔图算了一笔账。"
    out = full_name_mentions([Cand(2, 6, "PERSON"), Cand(14, 16, "PERSON")], text)  # 尔图: a cut part
    assert _texts(out, text) == [("巴雅尔图", "PERSON"), ("巴雅尔图", "PERSON")]


def test_a_bare_mention_is_read():
    text = "旗委书记额尔敦毕力格讲话。额尔敦毕力格要求各地抓好落实。"
    out = full_name_mentions([Cand(4, 10, "PERSON")], text)
    assert [t for t, _ in _texts(out, text)] == ["额尔敦毕力格", "额尔敦毕力格"]


def test_another_entity_across_the_mention_wins():
    text = "牧民巴雅尔图说。巴雅尔图嘎查的草场很好。"
    out = full_name_mentions([Cand(2, 6, "PERSON"), Cand(8, 14, "VILLAGE")], text)
    assert _texts(out, text) == [("巴雅尔图", "PERSON"), ("巴雅尔图嘎查", "VILLAGE")]


def test_a_word_across_the_end_stops_it():
    text = "村民李东正说。李东正在地里忙。"
    out = full_name_mentions([Cand(2, 5, "PERSON")], text)
    assert _texts(out, text) == [("李东正", "PERSON")]


def test_two_character_names_are_left():
    text = "老王说。老王家的地"
    assert full_name_mentions([Cand(0, 2, "PERSON")], text) == [Cand(0, 2, "PERSON")]
