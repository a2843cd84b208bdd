"""A county name whose level character opens the next word (``corpus_tools._entity_rules.county_words``)."""

from __future__ import annotations

from corpus_tools.entities import find_entities


def _pairs(text: str, county: "str | None") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, county_code=county)]


def test_county_name_before_a_word_its_level_character_opens_user27():
    # user27 finding 5, in 麻城市's words: 麻城|市民之家 names the city by its short form, not 麻城市
    assert ("麻城", "GPE") in _pairs("市人社局在麻城市民之家举办春季招聘会。", "421181")
    assert ("麻城市", "GPE") not in _pairs("市人社局在麻城市民之家举办春季招聘会。", "421181")


def test_words_of_the_countys_own_area_and_a_following_name_keep_the_full_name():
    assert ("霍山县", "GPE") in _pairs("这里是霍山县城的上游。", None)  # gold: 霍山县城 -> GPE 霍山县
    assert ("乌兰察布市", "GPE") in _pairs("乌兰察布市投入超10亿元。", None)
