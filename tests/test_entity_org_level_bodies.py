"""Offices written with a bare level and a short head (``_entity_rules.org_level_bodies``); invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_level_bodies import level_bodies


def _texts(ents, text):
    return [text[c.start:c.end] for c in ents]


def test_offices_after_a_boundary():
    text = "县农委牵头，镇林业站测量林地。县灾后重建办、县茶叶科研所联合发文。"
    assert _texts(level_bodies([], text), text) == ["县农委", "镇林业站", "县灾后重建办", "县茶叶科研所"]


def test_region_and_league_offices():
    text = "盟委、盟行署部署工作，由自治区水利厅验收。"
    assert _texts(level_bodies([], text), text) == ["盟行署", "自治区水利厅"]


@pytest.mark.parametrize("text", [
    "全县文化站都已开放。",  # a scope before the level
    "镇里举办了培训班。",  # a clause in the body
    "，镇干部站在路口值守。",  # people standing, no station
    "，县城所有学校开学。",  # 县城 is a word
    "，县委常委会召开会议。",  # a longer body's part
    "，乡便民服务中心开门办公。",  # the kind every township has
    "，县全民健身中心开放。",  # a facility
    "，镇垃圾中转站建成。",  # a facility
    "，乡大厅里坐满了人。",  # the head ends a word (大厅)
])
def test_no_office(text):
    assert level_bodies([], text) == []


def test_an_entity_already_there_wins():
    text = "，县农业农村局牵头"
    assert _texts(level_bodies([Cand(1, 7, "ORG")], text), text) == ["县农业农村局"]


def test_a_place_name_ending_in_the_level_is_no_level():
    text = "祁阳县市场监管局依法查处"
    tags = ["B-ns", "I-ns", "E-ns"] + ["B-n", "E-n", "B-vn", "E-vn", "S-n"] + ["B-d", "E-d", "B-v", "E-v"]
    assert level_bodies([], text, tags) == []


def test_after_a_verb_with_the_segmenter_tags():
    text = "还请县兽医站的技术员"
    tags = ["S-d", "S-v", "S-n", "B-n", "E-n", "S-n", "S-u", "B-n", "I-n", "E-n"]
    assert _texts(level_bodies([], text, tags), text) == ["县兽医站"]
    assert level_bodies([], text) == []  # without the tags only a boundary opens a level


def test_find_entities_reads_the_office():
    from corpus_tools.entities import find_entities

    ents = find_entities("镇文化站站长介绍，今年共举办展览六场。", model=False)
    assert ("镇文化站", "ORG") in [(e.text, e.label) for e in ents]
