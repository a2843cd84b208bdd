"""FAC, EVENT and PROJECT mechanisms of the facev32 round: a county's facility joined to it, plenums written 全委,
a numbered congress's sitting, bridges that end a segmenter word, 会堂/口岸 heads, 国家 before a programme and the
economic and social plan (corpus_tools._entity_rules.fac_counties, events, fac_heads, project_bounds)."""

from __future__ import annotations

import warnings

import pytest

from corpus_tools._entity_rules.events import named_events
from corpus_tools._entity_rules.fac_counties import county_facilities
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_bounds import designated_start, economic_plan


def _ents(text: str) -> list[tuple[str, str]]:
    from corpus_tools.entities import find_entities

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(e.text, e.label) for e in find_entities(text)]


def test_a_county_and_its_park_are_one_facility():
    t = "十多家企业落户安化县黑茶产业园"
    out = county_facilities([Cand(7, 10, "GPE"), Cand(10, 15, "FAC")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("安化县黑茶产业园", "FAC")]


def test_a_province_before_a_facility_stays_apart():
    t = "参观湖南省博物馆"
    out = county_facilities([Cand(2, 5, "GPE"), Cand(5, 8, "FAC")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("湖南省", "GPE"), ("博物馆", "FAC")]


def test_an_autonomous_region_before_a_facility_stays_apart():
    t = "宁夏回族自治区博物馆"
    out = county_facilities([Cand(0, 7, "GPE"), Cand(7, 10, "FAC")], t)
    assert len(out) == 2


def test_a_county_short_form_joins_a_facility_that_opens_with_its_level():
    t = "并入安化县城污水处理厂"
    out = county_facilities([Cand(2, 4, "GPE"), Cand(4, 11, "FAC")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("安化县城污水处理厂", "FAC")]


def test_a_township_before_a_facility_is_not_joined_here():
    t = "梅城镇文化广场"
    out = county_facilities([Cand(0, 3, "TOWNSHIP"), Cand(3, 7, "FAC")], t)
    assert len(out) == 2


@pytest.mark.parametrize("text, name", [
    ("旗委召开十二届三次全委（扩大）会议", "十二届三次全委（扩大）会议"),
    ("贯彻落实自治区党委十届六次全委会议精神", "自治区党委十届六次全委会议"),
    ("中共安化县委十四届五次全委会议召开", "中共安化县委十四届五次全委会议"),
])
def test_a_plenum_written_with_quanwei_is_one_event(text, name):
    assert name in [text[c.start:c.end] for c in named_events(text)]


def test_the_sitting_of_a_numbered_county_congress_is_the_event():
    assert ("安化县第十七届人民代表大会第三次会议", "EVENT") in _ents("1月8日，安化县第十七届人民代表大会第三次会议隆重开幕。")


def test_a_numbered_contest_of_a_sport_is_an_event():
    ents = _ents("举办第五届资江龙舟赛和首届乡村篮球赛，")
    assert ("第五届资江龙舟赛", "EVENT") in ents and ("首届乡村篮球赛", "EVENT") in ents


def test_a_bridge_the_segmenter_ends_before_a_verb_is_a_facility():
    assert ("沅江大桥", "FAC") in _ents("9月1日，沅江大桥建成通车，")
    assert ("金龙桥", "FAC") in _ents("游客在金龙桥观赏夜景。")


def test_a_bridge_named_by_a_common_word_stays_a_kind():
    assert not [e for e in _ents("这座公路大桥位于国道旁。") if e[1] == "FAC"]


def test_a_meeting_hall_and_a_border_port_are_facilities():
    assert ("县人民会堂", "FAC") in _ents("大会在县人民会堂开幕。")
    assert ("二连浩特口岸", "FAC") in _ents("今年经二连浩特口岸出境的班列增长。")


def test_a_border_port_named_by_a_kind_is_no_facility():
    assert not [e for e in _ents("加强边境口岸管理") if e[1] == "FAC"]


def test_the_national_scope_is_no_part_of_a_programme():
    t = "我县列入国家退耕还林还草工程"
    assert t[designated_start(t, 4, 12):14] == "退耕还林还草工程"


def test_the_economic_and_social_plan_is_no_project():
    assert economic_plan("批准2024年国民经济和社会发展计划", 16)
    assert not economic_plan("实施乡村社会发展示范计划", 10)
    assert not [e for e in _ents("会议审议通过了全县国民经济和社会发展计划。") if e[1] == "PROJECT"]


def test_a_village_market_named_by_its_goods_is_one_facility():
    from corpus_tools._entity_rules.fac_markets import place_markets

    t = "每逢集日，桥头村山货市场人头攒动"
    out = place_markets([Cand(5, 8, "VILLAGE")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("桥头村山货市场", "FAC")]


def test_a_market_in_the_economic_sense_stays_the_place():
    from corpus_tools._entity_rules.fac_markets import place_markets

    t = "打开桥头村山货市场上的销路"
    assert [c.label for c in place_markets([Cand(2, 5, "VILLAGE")], t)] == ["VILLAGE"]
    t = "桥头村建成山货市场"
    feats = ["B-ns", "I-ns", "E-ns", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n"]
    assert [c.label for c in place_markets([Cand(0, 3, "VILLAGE")], t, feats)] == ["VILLAGE"]
