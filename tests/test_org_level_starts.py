"""Tests for corpus_tools._entity_rules.org_level_starts: a county body starts at its own level word."""

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_level_starts import level_starts
from corpus_tools.entities import find_entities


def _cut(text: str, s: int, e: int) -> str:
    (c,) = level_starts([Cand(s, e, "ORG", prio=1)], text)
    return text[c.start:c.end]


def test_clause_before_the_level_is_cut_off():
    t = "他及时报告县防汛办公室"
    assert _cut(t, 4, len(t)) == "县防汛办公室"
    t = "学习全会精神旗委决定"
    assert _cut(t, 2, 8) == "旗委"


def test_a_named_county_or_a_word_keeps_the_span():
    assert _cut("会同县公安局民警", 0, 6) == "会同县公安局"
    assert _cut("城市管理局执法", 0, 5) == "城市管理局"
    t = "中共某某彝族自治县委员会"
    assert _cut(t, 0, len(t)) == t


def test_district_only_before_its_committee():
    t = "高新开发区管委会主任"
    assert _cut(t, 0, 8) == "高新开发区管委会"


def test_page_text():
    orgs = {e.text for e in find_entities("全会听取了区委书记王明代表区委常委会作的报告。") if e.label == "ORG"}
    assert not any(o.startswith("区委书记") for o in orgs)


def test_a_former_county_keeps_its_committee():
    t = "山东原寿光县委书记"
    assert _cut(t, 3, 7) == "寿光县委"


def test_a_level_character_inside_a_village_name_stays():
    t = "镇里的新旗村党委"
    assert _cut(t, 3, 8) == "新旗村党委"
