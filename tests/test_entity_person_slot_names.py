"""Three-character names with a rare surname, vouched for by a person's slot and a given name that reads as one."""

from __future__ import annotations

from corpus_tools._entity_rules.person_slot_names import slot_names
from corpus_tools.entities import find_entities


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in slot_names(text)]


def test_slots_before_rare_surnames():
    text = "柳溪村菜农禚秀兰拿着账本。退休教师佘文华说：好。任命訾春梅为副局长。——仉桂芳摄"
    assert _names(text) == ["禚秀兰", "佘文华", "訾春梅", "仉桂芳"]


def test_words_after_a_slot_are_no_names():
    text = "车间主任包工位，职工食堂开张，群众满意度高，村民自建房屋。"
    assert _names(text) == []


def test_no_slot_no_name():
    assert _names("今年仉桂芳拿着账本") == []


def test_found_in_the_tagger():
    text = "石岭村果农冶秀英说：今年的梨好卖。"
    assert ("冶秀英", "PERSON") in [(e.text, e.label) for e in find_entities(text)]
