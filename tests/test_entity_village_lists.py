"""Villages named as such by their sentence (``_entity_rules.village_lists``): bare list items before 等村 / N个嘎查,
X嘎查 after a township or a boundary, a village whose own name ends in 村; invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.village_lists import doubled_cun, gacha_villages, listed_villages


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_list_before_a_count_of_villages():
    text = "对石岭、上湾、柿子沟3个村开展排查"
    assert _spans(listed_villages([], text), text) == [("石岭", "VILLAGE"), ("上湾", "VILLAGE"), ("柿子沟", "VILLAGE")]


def test_person_reading_of_an_item_gives_way():
    text = "在乌兰、巴雅尔等嘎查推广"
    got = _spans(listed_villages([Cand(4, 7, "PERSON")], text), text)
    assert got == [("乌兰", "VILLAGE"), ("巴雅尔", "VILLAGE")]


@pytest.mark.parametrize("text", [
    "推广插秧、打糕、舞狮等乡村文化",  # 乡村 is no close
    "他走访了贫困户、五保户等村民",  # 村民
    "县八个乡镇、八十五个村",  # no bare items
])
def test_no_village_list(text):
    assert listed_villages([], text) == []


def test_list_with_a_county_item_is_left_alone():
    text = "在通渭县、石岭等村"
    assert _spans(listed_villages([Cand(1, 4, "GPE")], text), text) == [("通渭县", "GPE")]


def test_gacha_after_a_township_and_in_a_list():
    text = "阿木古郎苏木宝力格嘎查牧民说，在乌力吉嘎查、查干嘎查推广"
    got = _spans(gacha_villages([Cand(0, 6, "TOWNSHIP")], text), text)
    assert got == [("阿木古郎苏木", "TOWNSHIP"), ("宝力格嘎查", "VILLAGE"), ("乌力吉嘎查", "VILLAGE"),
                   ("查干嘎查", "VILLAGE")]


def test_bare_gacha_body_is_no_person_and_no_village():
    text = "他是嘎查党支部书记"
    assert gacha_villages([Cand(2, 5, "PERSON")], text) == []


def test_doubled_cun_needs_one_closed_mention():
    text = "东村村、西村的果农忙。东村村果农说"
    ents = [Cand(0, 2, "VILLAGE"), Cand(4, 6, "VILLAGE"), Cand(11, 13, "VILLAGE")]
    assert [t for t, _ in _spans(doubled_cun(ents, text), text)] == ["东村村", "西村", "东村村"]


def test_doubled_cun_not_before_a_people_word():
    text = "东村村民说"
    assert _spans(doubled_cun([Cand(0, 2, "VILLAGE")], text), text) == [("东村", "VILLAGE")]
