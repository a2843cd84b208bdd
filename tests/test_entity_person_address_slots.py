"""Names before a word of address, names of sound characters after a noun for a person (ent37b)."""

from __future__ import annotations

from corpus_tools._entity_rules.person_slot_names import addressed_names, person_slot
from corpus_tools._entity_rules.sound_names import slotted_sound_names, sound_span
from corpus_tools.entities import find_entities


def _found(spans, text):
    return [text[s:e] for s, e in spans]


def _persons(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "PERSON"]


def test_a_name_before_a_word_of_address():
    t = "住在老街的容秀兰阿婆每天早起。六十八岁的喻德全老汉笑了。"
    assert _found(addressed_names(t), t) == ["容秀兰", "喻德全"]


def test_a_name_of_sound_characters_before_a_word_of_address():
    t = "苏木的巴图老人说，去年冬天雪大。"
    assert "巴图" in _found(addressed_names(t, sound_span), t)


def test_words_before_a_word_of_address_are_no_names():
    t = "学校的语文老师说，村里的王大爷和刘家老人都来了，敬老院的护理员阿姨很忙。"
    assert _found(addressed_names(t, sound_span), t) == []


def test_a_pair_of_provinces_inside_an_addressed_name_gives_way():
    # 苏 and 桂 are province short forms: 苏桂 alone would be a pair of provinces
    assert "苏桂英" in _persons("八十岁的苏桂英阿婆拉着记者的手。")


def test_sound_names_after_a_noun_for_a_person():
    t = "搬迁户阿苦木呷原来住在山上，彝族女孩阿西古莫，今年回到学校。"
    assert _found(slotted_sound_names(t, person_slot), t) == ["阿苦木呷", "阿西古莫"]


def test_no_sound_name_after_a_plain_noun():
    t = "他们的房子阿苦木呷原来住"
    assert _found(slotted_sound_names(t, person_slot), t) == []


def test_a_three_character_noun_in_hu_is_a_slot():
    assert person_slot("养殖户阿苦木呷", 3) and person_slot("搬迁户格日", 3) and not person_slot("阿苦木呷", 2)


def test_found_in_the_tagger():
    names = _persons("移民搬迁户格日木呷说，新房亮堂。结义村的宓永寿老师在村小教了三十年书。")
    assert "格日木呷" in names and "宓永寿" in names
