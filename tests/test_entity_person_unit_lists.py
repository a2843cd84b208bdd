"""Lists of people with their units in parentheses (ent37b)."""

from __future__ import annotations

from corpus_tools._entity_rules import resolve
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_unit_lists import unit_list_names
from corpus_tools.entities import find_entities


def _added(text: str, ents: list[Cand]) -> list[str]:
    return [text[c.start:c.end] for c in unit_list_names(ents, text, resolve) if c.label == "PERSON"]


def test_siblings_of_a_tagged_name():
    t = "优秀党员：曲比阿果（新河村）、林秀珍（县卫生局）、那木拉（红星镇）。"
    s = t.index("林秀珍")
    assert _added(t, [Cand(s, s + 3, "PERSON")]) == ["曲比阿果", "林秀珍", "那木拉"]


def test_items_on_their_own_lines():
    t = "现予公示：\n　　朝格图巴雅尔（某嘎查牧民）\n　　葛玉芬（某村村民）\n　　公示时间为五天。"
    s = t.index("葛玉芬")
    assert _added(t, [Cand(s, s + 3, "PERSON")]) == ["朝格图巴雅尔", "葛玉芬"]


def test_a_part_gives_way_to_the_whole_name():
    t = "名单：朝格图巴雅尔（某嘎查）、葛玉芬（某村）"
    s, p = t.index("葛玉芬"), t.index("巴雅尔")
    assert _added(t, [Cand(p, p + 3, "PERSON"), Cand(s, s + 3, "PERSON")]) == ["朝格图巴雅尔", "葛玉芬"]


def test_no_tagged_name_no_list():
    t = "一个乡镇（街道）、一个村（社区），本报讯（记者　李明）"
    assert _added(t, []) == []


def test_words_in_a_list_are_no_names():
    t = "获奖单位：林秀珍（县卫生局）、中心校（红星镇）、新华书店（县城）"
    s = t.index("林秀珍")
    assert _added(t, [Cand(s, s + 3, "PERSON")]) == ["林秀珍"]


def test_found_in_the_tagger():
    t = "先进个人：曲比阿果（新河村第一书记）、林秀珍（县卫生局）、海来木呷（红星镇）。"
    names = [e.text for e in find_entities(t) if e.label == "PERSON"]
    assert "海来木呷" in names and "林秀珍" in names
