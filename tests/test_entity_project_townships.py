"""The township in front of a project's name (corpus_tools._entity_rules.project_townships).

Sentences written for this file as the 蓬溪县 (510921, 四川) paper would print them (invented text, real
township names).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_townships import split_townships
from corpus_tools.entities import find_entities


def test_a_project_opening_with_a_township_is_split_after_the_spans_are_chosen():
    t = "蓬溪县鸣凤镇蓬源冷链物流中心项目开工建设"
    got = [(t[c.start:c.end], c.label) for c in split_townships([Cand(0, 16, "PROJECT")], t, "510921")]
    assert got == [("蓬溪县", "GPE"), ("鸣凤镇", "TOWNSHIP"), ("蓬源冷链物流中心项目", "PROJECT")]
    # a project named by its place alone keeps it (two characters of name at least before the head)
    t = "鸣凤镇项目开工"
    assert [(c.start, c.end) for c in split_townships([Cand(0, 5, "PROJECT")], t, "510921")] == [(0, 5)]


def test_the_body_inside_the_project_does_not_win_over_it():
    # with the model, 鸣凤镇蓬源冷链物流中心 (an ORG or FAC span) would win over a project cut short before
    # the spans are chosen; split afterwards, the township and the whole project stay
    text = "其中，鸣凤镇蓬源冷链物流中心项目总投资1.2亿元，天福镇金盛智能装备制造基地项目总投资6000万元。"
    got = {(e.text, e.label) for e in find_entities(text, county_code="510921")}
    assert {("鸣凤镇", "TOWNSHIP"), ("蓬源冷链物流中心项目", "PROJECT"), ("天福镇", "TOWNSHIP"),
            ("金盛智能装备制造基地项目", "PROJECT")} <= got


def test_a_road_from_a_township_keeps_the_township_in_its_name():
    # review: 艾亭镇至杨桥镇公路改造工程 was cut to 至杨桥镇公路改造工程
    from corpus_tools.entities import find_entities

    got = [(e.text, e.label) for e in find_entities("艾亭镇至杨桥镇公路改造工程通车。", county_code="341221", model=False)]
    assert ("艾亭镇至杨桥镇公路改造工程", "PROJECT") in got
