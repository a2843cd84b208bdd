"""Three-character names with a rare surname in a speaker's slot or after 老兵 / 战士; 新中国 is no GPE 中国."""

from __future__ import annotations

from corpus_tools._entity_rules.person_slot_names import slot_names
from corpus_tools.entities import find_entities


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in slot_names(text)]


def test_speaker_and_soldier_slots():
    text = "“地要种好。”郗春生说。退伍老兵蔺秋生义务护林。老战士檀德顺为学生讲课。"
    assert _names(text) == ["郗春生", "蔺秋生", "檀德顺"]


def test_no_name_in_a_speaker_slot_without_a_given_name():
    text = "。大家都说：好。革命烈士丰功伟绩永存。群众工作说，"
    assert _names(text) == []


def test_a_speaker_found_once_is_found_everywhere():
    text = "每年清明，蔺秋生都要上山。蔺秋生说：“能守一天是一天。”"
    got = [(e.text, e.label) for e in find_entities(text)]
    assert got.count(("蔺秋生", "PERSON")) == 2


def test_new_china_is_no_gpe():
    got = [(e.text, e.label) for e in find_entities("今年适逢新中国成立六十周年，全县举办庆祝活动。")]
    assert not [e for e in got if e[1] == "GPE"]
