"""Tests of org_village_coops: a village's kind-only co-operative one ORG, a place's performing team the place."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_village_coops import village_teams
from corpus_tools.entities import find_entities


def test_village_and_township_teams_are_the_place():
    text = "东河镇代表队演唱民歌，芹泉村农民宣传队表演快板"
    got = village_teams([Cand(0, 6, "ORG"), Cand(11, 19, "ORG")], text)
    assert [(text[c.start:c.end], c.label) for c in got] == [("东河镇", "TOWNSHIP"), ("芹泉村", "VILLAGE")]


def test_service_units_keep_their_village():
    text = "田坝村驻村工作队进村入户"
    got = village_teams([Cand(0, 8, "ORG")], text)
    assert [(text[c.start:c.end], c.label) for c in got] == [("田坝村驻村工作队", "ORG")]


def test_team_in_running_text():
    ents = [(e.text, e.label) for e in find_entities("八士村花灯队队长李桂芬说，她们队每月能演出40多场。")]
    assert ("八士村", "VILLAGE") in ents and not any(lab == "ORG" for _, lab in ents)


def test_village_coop_named_by_a_product_the_report_prints_elsewhere():
    text = ("村里成立了水田村稻蟹种养专业合作社，统一收购。水田村的稻蟹米每斤卖到12元。稻蟹共生让村民增收。")
    ents = [(e.text, e.label) for e in find_entities(text, county_code="152223")]
    assert ("水田村稻蟹种养专业合作社", "ORG") in ents


def test_team_is_the_village_without_the_model():
    # 沙坪村 of another county's paper: the rule does not wait for the model's arbiter
    ents = [(e.text, e.label) for e in find_entities("沙坪村腰鼓队在广场上表演。", model=False)]
    assert ("沙坪村", "VILLAGE") in ents and not any(lab == "ORG" for _, lab in ents)
