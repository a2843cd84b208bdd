"""Landscapes named in sound characters (corpus_tools._entity_rules.landscape_names, places31)."""

import corpus_tools as ct
from corpus_tools._entity_rules.landscape_names import sounded_landscapes


def _spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in sounded_landscapes(text)]


def test_sound_names_before_a_landscape_word():
    t = "夏天的呼伦贝尔大草原游人如织，巴丹吉林沙漠边缘也栽上了梭梭。"
    assert _spans(t) == ["呼伦贝尔大草原", "巴丹吉林沙漠"]


def test_plain_words_before_a_landscape_word_are_no_name():
    assert _spans("全旗治理沙化草原十万亩，保护天然草原。") == []
    assert _spans("一望无际的草原上，牛羊成群。") == []


def test_the_landscape_word_must_end_the_name():
    assert _spans("科尔沁草原站的技术员来村指导。") == []  # 草原站: an office


def test_a_unit_before_the_landscape_word_is_left_to_the_place_rules():
    assert _spans("克什克腾旗草原防火形势严峻。") == []


def test_in_the_tagger():
    df = ct.extract_entities(["进入七月，锡林郭勒草原迎来旅游旺季。"])
    assert ("锡林郭勒草原", "LOC") in set(zip(df["text"], df["label"]))
