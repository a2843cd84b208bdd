"""Rivers, canals and lakes cued by the sentence (water_cues, user35); river and lake chiefs as posts."""

import pytest

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.water_cues import cued_waters


def _ents(text, county="320831"):
    return [(e.text, e.label) for e in ct.find_entities(text, county_code=county)]


@pytest.mark.parametrize("text, name", [
    ("工业园尾水经清溪河排入洪泽湖。", "清溪河"),
    ("雨水管网改造后不再排入桃源河。", "桃源河"),
    ("志愿者沿柳庄河巡查排口。", "柳庄河"),
    ("柳庄河沿岸的12家养殖场已搬迁。", "柳庄河"),
    ("二〇二三年主要断面：柳庄河　Ⅲ类　3.1", "柳庄河"),
])
def test_a_cue_makes_a_water(text, name):
    assert (name, "LOC") in _ents(text)


def test_a_course_on_a_known_river_is_whole():
    assert ("淮河入海水道", "LOC") in _ents("尾水达标后排入淮河入海水道。")


def test_a_list_with_a_known_lake():
    got = _ents("重点保护洪泽湖、杨柳航道和桃源河等水域。")
    assert {("洪泽湖", "LOC"), ("杨柳航道", "LOC"), ("桃源河", "LOC")} <= set(got)


def test_a_village_named_after_the_river_stays_village():
    got = _ents("三河沿岸的银涂镇三河村群众参加巡河。")
    assert ("三河", "LOC") in got and ("三河村", "VILLAGE") in got


def test_glued_rows_of_a_table():
    t = "发布水质状况：断面 类别 指数清溪河 Ⅳ类 2.0柳庄河 Ⅲ类 5.7"
    got = set(_ents(t))
    assert {("清溪河", "LOC"), ("柳庄河", "LOC")} <= got


@pytest.mark.parametrize("text", ["沿湖村村民", "经县河长办审核", "为长江生态保护作贡献", "这条河很清"])
def test_no_water_from_a_clause(text):
    assert not [n for n, lab in _ents(text) if lab == "LOC" and n not in ("长江",)]


def test_carbon_peak_is_no_place():
    assert cued_waters([Cand(2, 5, "LOC")], "实现碳达峰目标", None) == []


@pytest.mark.parametrize("text, name", [
    ("县级河长吴晓峰，镇级河长闻建英（塔集镇）。", "闻建英"),
    ("镇级湖长杜红梅每周巡湖。", "杜红梅"),
])
def test_river_chief_is_a_post(text, name):
    assert (name, "PERSON") in _ents(text)


def test_a_chiefs_board_is_no_person():
    assert not [n for n, lab in _ents("县级河长公示牌已更新。") if lab == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("问题已列入督办清单，由镇级河长聂建军跟踪销号。", "聂建军"),
    ("村级河长：项红（前锋镇）", "项红"),
])
def test_a_name_the_segmenter_cuts_after_the_post(text, name):
    assert (name, "PERSON") in _ents(text)


@pytest.mark.parametrize("text", ["全面推行河长制。", "河长办主任讲话。", "各级河长要履职尽责。"])
def test_no_name_from_the_post_alone(text):
    assert not [n for n, lab in _ents(text) if lab == "PERSON"]
