"""Kinds and clauses before a head (corpus_tools._entity_rules.words): farms and homes for the
elderly, zones, firms brought in by a verb of setting up, clause words before a facility head.

The sentences are written for this file in the manner of county reports; the names are invented.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.words import clause_body, introduced_kind
from corpus_tools.entities import find_entities


def _found(text: str, label: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == label]


@pytest.mark.parametrize("text, name", [
    ("走进石桥镇柳湾村幸福院，老人们正在包饺子。", "柳湾村幸福院"),
    ("在李云龙农场的果园里，工人们忙着摘桃。", "李云龙农场"),
])
def test_a_farm_or_home_named_by_its_owner_is_an_organisation(text, name):
    assert name in _found(text, "ORG")


@pytest.mark.parametrize("text", [
    "村里的幸福院建好了，老人们搬了进去。",
    "很多年轻人不愿意去农场干活。",
    "他在昌平某农场打工。",
])
def test_a_bare_farm_or_home_is_a_kind(text):
    assert _found(text, "ORG") == []


def test_a_zone_named_by_its_place_is_a_facility_and_a_level_is_no_name():
    assert "清河经济开发区" in _found("清河县已形成清河经济开发区等平台。", "FAC")
    assert _found("县开发区建设加快，建成省级化工园区。", "FAC") == []


def test_a_firm_brought_in_by_a_verb_and_described_only_is_a_kind():
    feats = ["B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n"]
    assert introduced_kind(Cand(2, 10, "ORG"), "创办油茶产业开发公司", feats, "公司", [])
    # a trade name the dictionary does not know names one; co-operatives are judged by orgparts
    assert not introduced_kind(Cand(2, 10, "ORG"), "创办金丰农机开发公司", feats, "公司", [])
    assert "金丰农机专业合作社" in _found("他牵头成立了金丰农机专业合作社，带动农户。", "ORG")


@pytest.mark.parametrize("text, feats, head", [
    ("夏天搬进新小区", ["B-t", "E-t", "B-v", "E-v", "S-a", "B-n", "E-n"], "小区"),
    ("几公里路", ["S-m", "B-q", "E-q", "S-n"], "路"),
    ("村两委修公路", ["S-n", "B-n", "E-n", "S-v", "B-n", "E-n"], "公路"),
])
def test_a_clause_before_a_facility_head_is_no_name(text, feats, head):
    assert clause_body(Cand(0, len(text), "FAC"), text, feats, head)


@pytest.mark.parametrize("text, feats, head", [
    ("百福小区", ["S-m", "S-q", "B-n", "E-n"], "小区"),  # 福 tagged q inside a name
    ("振兴路", ["B-v", "E-v", "S-n"], "路"),
    ("十里长街", ["S-m", "S-q", "B-n", "E-n"], "街"),
    ("金柚产业园", ["S-nr", "S-v", "B-n", "I-n", "E-n"], "产业园"),
    ("“半条被子”陈列馆", ["S-w", "S-m", "S-q", "B-n", "E-n", "S-w", "B-n", "I-n", "E-n"], "陈列馆"),
])
def test_names_with_noisy_tags_stay_facilities(text, feats, head):
    assert not clause_body(Cand(0, len(text), "FAC"), text, feats, head)


def test_clause_words_make_no_facility_in_a_sentence():
    assert _found("往前走几公里路就到了。他成为一名湿地生态管护员。", "FAC") == []


@pytest.mark.parametrize("text, name", [
    ("牧民们离开藏北羌塘高原，来到城里安家。", "羌塘高原"),
    ("从东北平原到河西走廊，处处是丰收的景象。", "东北平原"),
])
def test_region_word_before_landscape_word_is_one_region(text, name):
    assert name in _found(text, "LOC")


def test_plain_word_title_not_propagated_bare():
    t = "常委会表决通过了《决定》。企业复工要早定，等到3月份决定就太晚了。依据《宪法》规定，宪法是根本大法。"
    docs = [e.text for e in find_entities(t) if e.label == "DOC"]
    assert docs == ["决定", "宪法", "宪法"]
    docs = [e.text for e in find_entities("县政府印发了《办法》。大家一起想办法，落实《土地管理法》，土地管理法要学好。")
            if e.label == "DOC"]
    assert docs == ["办法", "土地管理法", "土地管理法"]  # 想办法 is the plain word
