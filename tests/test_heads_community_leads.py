"""Tests for corpus_tools._entity_rules.heads.find_communities: where one lives opens no community's name."""

from corpus_tools.entities import find_entities


def _communities(text: str) -> set:
    return {e.text for e in find_entities(text, model=False) if e.label == "COMMUNITY"}


def test_residence_verb_is_cut_off():
    assert _communities("家住红星社区的退休教师说起了变化。") == {"红星社区"}


def test_town_area_is_cut_off():
    assert _communities("消防大队在镇区红星苑社区开展演练。") == {"红星苑社区"}
