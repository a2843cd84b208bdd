"""Working groups, affiliated hospitals and hotline offices (corpus_tools._entity_rules.org_forms), and the
registered firm name with its region prefix (firms.gpe_chain_start), with small invented fixtures."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.firms import gpe_chain_start
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_forms import affiliated_hospitals, group_names, hotline_offices
from corpus_tools.entities import find_entities


def _names(cands, text):
    return [text[c.start:c.end] for c in cands]


@pytest.mark.parametrize("text, name", [
    ("经县民族团结进步创建工作领导小组研究，决定表彰。", "县民族团结进步创建工作领导小组"),
    ("6月6日，县委理论学习中心组开展专题学习。", "县委理论学习中心组"),
    ("由县委疫情防控工作专班统一调度。", "县委疫情防控工作专班"),
    ("，县农村自来水并网改造工作领导小组办公室负责", "县农村自来水并网改造工作领导小组办公室"),
    ("。县委保持共产党员先进性教育活动领导组要求", "县委保持共产党员先进性教育活动领导组"),
    ("，省委先进性教育活动第三督导组组长出席", "省委先进性教育活动第三督导组"),
    ("，市委党的二十大精神宣讲团来到镇里", "市委党的二十大精神宣讲团"),
])
def test_a_working_group_is_read_from_its_level(text, name):
    assert _names(group_names(text, {}), text) == [name]


def test_a_working_group_keeps_the_county_that_owns_it():
    text = "会宁县委全面深化改革领导小组召开会议"
    assert _names(group_names(text, {0: (3, "GPE")}), text) == ["会宁县委全面深化改革领导小组"]


@pytest.mark.parametrize("text", [
    "全县防汛指挥部",  # 全县: a scope, not a level that starts a name
    "县政府随即成立处置补助款问题工作领导小组",  # 成立 introduces the group
    "县委和县政府领导小组",  # 和 joins two bodies
    "县委领导小组",  # no task
    "县委的宣讲团",  # 的 outside 党的 is a clause
])
def test_no_working_group_without_a_level_and_a_task(text):
    assert group_names(text, {}) == []


def test_a_university_takes_its_numbered_affiliated_hospital():
    text = "与广西医科大学第一附属医院、南昌大学附属第二医院合作，浙江大学召开会议"
    cands = [Cand(1, 7, "ORG"), Cand(14, 18, "ORG"), Cand(27, 31, "ORG")]
    assert _names(affiliated_hospitals(cands, text), text) == ["广西医科大学第一附属医院", "南昌大学附属第二医院", "浙江大学"]


def test_the_hotline_office_is_named_by_its_number():
    text = "（县12345热线办供稿）市12345政务服务热线中心；拨打12345热线"
    assert _names(hotline_offices(text, {}), text) == ["县12345热线办", "市12345政务服务热线中心"]


def test_the_gpe_chain_runs_back_over_adjacent_places_only():
    ends = {0: (3, "GPE"), 3: (6, "GPE"), 8: (11, "GPE"), 11: (14, "TOWNSHIP")}
    assert gpe_chain_start(ends, 6) == 0
    assert gpe_chain_start(ends, 11) == 8
    assert gpe_chain_start(ends, 14) == 14  # a township is no part of the chain


def test_a_registered_firm_keeps_its_city_and_district():
    text = "广州市从化区荔农果业有限公司负责人说，订单增长。"
    got = {(e.text, e.label) for e in find_entities(text, model=False)}
    assert ("广州市从化区荔农果业有限公司", "ORG") in got
    assert ("广州市", "GPE") not in got and ("从化区", "GPE") not in got


def test_a_province_before_a_county_body_stays_apart():
    got = {(e.text, e.label) for e in find_entities("湖南省新田县人民医院派出医疗队。", model=False)}
    assert {("湖南省", "GPE"), ("新田县人民医院", "ORG")} <= got


def test_a_township_before_and_is_coordinated_with_a_department():
    got = {(e.text, e.label) for e in find_entities("会上，沙圪堵镇、纳日松镇和旗能源局作了交流发言。", model=False)}
    assert ("纳日松镇和旗能源局", "ORG") not in got
    assert ("县住房和城乡建设局", "ORG") in {(e.text, e.label) for e in find_entities("县住房和城乡建设局召开会议。", model=False)}


def test_a_weather_station_is_an_organisation():
    got = {(e.text, e.label) for e in find_entities("西北风4级。延庆区气象台12月9日17时发布", model=False)}
    assert ("延庆区气象台", "ORG") in got


@pytest.mark.parametrize("text, hospital", [
    ("投资900万元的县中医院门诊楼日前竣工。", "县中医院"),
    ("县人民医院门诊综合楼主体封顶。", "县人民医院"),
])
def test_a_hospital_ends_before_its_building(text, hospital):
    orgs = [e.text for e in find_entities(text) if e.label == "ORG"]
    assert orgs == [hospital]


@pytest.mark.parametrize("text, org", [
    ("在县农技站技术员指导下防治病虫害。", "县农技站"),
    ("遇有险情及时报告县防汛办。", "县防汛办"),
    ("记者从县发改委获悉，今年共确定重点项目。", "县发改委"),
])
def test_a_county_body_written_short_keeps_its_level(text, org):
    assert [e.text for e in find_entities(text) if e.label == "ORG"] == [org]


@pytest.mark.parametrize("text", ["全县共建成村级服务站。", "县里举办了培训班。"])
def test_no_abbreviated_body_after_a_scope_or_inside_a_verb(text):
    assert [e.text for e in find_entities(text) if e.label == "ORG"] == []


def test_a_verb_glued_to_the_level_is_no_county_of_the_body():
    # user28 F9 (invented 永春 sentence): the segmenter reads 邀请县 as one place word; no county is called so
    got = [e.text for e in find_entities("镇里邀请县农技站专家到田间授课。") if e.label == "ORG"]
    assert got == ["县农技站"]
    # a county the gazetteer knows stays in its body's name
    assert "饶平县潮剧团" in [e.text for e in find_entities("饶平县潮剧团走进村里演出。") if e.label == "ORG"]
