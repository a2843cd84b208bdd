"""Organisation shapes the segmenter's words reveal (``_entity_rules/org_shapes.py``), and the ORG
mechanisms built on them, on sentences written for this file in the wording of other counties'
papers (names of firms and people invented, places real)."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_repeats import declared_short_forms
from corpus_tools._entity_rules.org_shapes import coined_word, joins_bodies, shattered_name
from corpus_tools.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


def test_shattered_name_needs_two_content_characters_that_make_no_word():
    assert shattered_name("天润农业", ["S-n", "S-v", "B-n", "E-n"], 0, 4)
    assert not shattered_name("花椒种植", ["B-n", "E-n", "B-vn", "E-vn"], 0, 4)
    # a verb opening the body, or a verb's complement, is a clause: 回|大医院, 办|起|小杂粮
    assert not shattered_name("回大医院", ["S-v", "S-a", "B-n", "E-n"], 0, 4)
    assert not shattered_name("办起小杂粮", ["S-v", "S-v", "S-a", "B-n", "E-n"], 1, 5)


def test_coined_word_and_joined_bodies():
    assert coined_word("隆藏炼铁", ["B-n", "E-n", "B-n", "E-n"], 0, 4)
    assert not coined_word("电子", ["B-n", "E-n"], 0, 2)
    assert joins_bodies("丹凤县老促会和县慈善协会") and joins_bodies("县人社局与县妇联")
    assert not joins_bodies("县文化和旅游局") and not joins_bodies("县住房和城乡建设局")


def test_declared_short_form_only_after_an_organisation():
    text = "浙江正泰电器股份有限公司（以下简称正泰电器）投资。正泰电器表示。"
    spans = declared_short_forms([Cand(0, 12, "ORG")], text)
    assert ((17, 21), True) in spans and ((25, 29), False) in spans
    assert declared_short_forms([], "《意见》（以下简称《意见》）") == []


@pytest.mark.parametrize("text, org", [
    ("靠着花生秸秆，天润农业公司董事长王明发了家。", "天润农业公司"),
    ("怀远县徐圩乡盛世兴农合作社理事长方智勇说。", "盛世兴农合作社"),
    ("而今的黑格科技，共获得投资近亿元。", "黑格科技"),
    ("记者来到鑫源食品，工人们正在包装。", "鑫源食品"),
])
def test_coined_trade_names_are_firms(text, org):
    assert org in _orgs(text)


@pytest.mark.parametrize("text", ["我们要依靠科技发展现代农业和智慧农业。", "蔬菜通过电商物流配送到城里。",
                                  "发菊拿着钱陪丈夫去了回大医院。", "手机、电脑等新款电子产品畅销。",
                                  "一批原创性科技成果瓜熟蒂落。"])
def test_common_phrases_stay_out(text):
    assert _orgs(text) == []


def test_a_verb_complement_opens_no_trade_name():
    assert not any(o.startswith("起") for o in _orgs("去年，村里办起了小杂粮合作社。"))


def test_a_body_and_its_predicate_are_cut():
    assert _orgs("县供电公司组织党员服务队到村里检修线路。") == ["县供电公司"]
    assert not any("和" in o for o in _orgs("丹凤县老促会和县慈善协会为困难学生送去了助学金。"))


def test_a_declared_short_name_is_an_organisation_everywhere():
    text = "浙江正泰电器股份有限公司（以下简称正泰电器）在乐清投资建设智能制造基地，正泰电器负责人表示将扩大用工。"
    assert _orgs(text) == ["浙江正泰电器股份有限公司", "正泰电器", "正泰电器"]


def test_a_verb_with_complement_and_particle_is_no_head():
    text = "靠着花生秸秆，天润农业公司董事长曾兆军办起了“花生壳”加工厂。"
    assert not any(o.endswith("办") for o in _orgs(text))
