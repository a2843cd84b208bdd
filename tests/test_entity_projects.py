"""PROJECT names from their heads (corpus_tools._entity_rules.heads.find_projects).

Sentences written for this file in the manner of county reports from other provinces.
"""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


def _projects(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "PROJECT"]


@pytest.mark.parametrize("text", [
    "去年新签亿元以上农业项目16个。",
    "村里推出入股项目，制定脱贫计划，实施超常规行动。",
])
def test_one_dictionary_word_before_the_head_is_a_kind(text):
    assert _projects(text) == []


@pytest.mark.parametrize("text", [
    "他带领村两委一班人跑项目、找资金，村里面貌焕然一新。",  # user20 #9: PROJECT 19 times in a Sichuan paper
    "镇里抓项目促发展，四处争项目。",
])
def test_the_object_of_a_one_character_verb_is_no_project(text):
    assert _projects(text) == []


@pytest.mark.parametrize("text, name", [
    ("全县实施头雁工程，培养村级带头人。", "头雁工程"),
    ("全市开展春风行动，帮助农民工返岗。", "春风行动"),
    ("光伏发电项目年内并网。", "光伏发电项目"),
])
def test_named_programmes_and_descriptions_stay(text, name):
    assert name in _projects(text)


def test_plan_after_an_adverb_is_a_verb():
    ents = [(e.text, e.label) for e in find_entities("县农文旅公司还计划投入3000万元。")]
    assert not any(lab == "PROJECT" for _, lab in ents)


def test_a_place_that_plans_names_no_plan():
    t = "贵阳农投公司和榕江县计划拿出5亿元，建设万亩坝区。"
    assert [e.text for e in find_entities(t) if e.label == "PROJECT"] == []


def test_a_level_designation_is_no_part_of_the_project_name():
    t = "“我们今年建了省级试点东篱田园综合体项目，几个村整合特色农业。"
    assert [e.text for e in find_entities(t) if e.label == "PROJECT"] == ["东篱田园综合体项目"]


@pytest.mark.parametrize("text, name", [
    ("蓬溪县城乡供水一体化项目正式开工。", "蓬溪县城乡供水一体化项目"),  # user20 #9: 一体 stopped the scan inside 一体化
    ("泰顺县城乡供水一体化项目完成主体工程。", "泰顺县城乡供水一体化项目"),
    ("仙居县城市有机更新项目顺利推进。", "仙居县城市有机更新项目"),  # 更新 is a name-internal verb like 改造
])
def test_a_stop_inside_a_longer_word_does_not_cut_a_project(text, name):
    assert name in _projects(text)
