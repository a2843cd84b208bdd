"""Where a PROJECT name starts (corpus_tools._entity_rules.project_bounds and the head rule).

Sentences written for this file as 蓬溪县 (510921, 四川) and 仙居县 (331024, 浙江) papers would print them
(invented text, real place names).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_bounds import (after_output, designated_start, facility_works, paired_action_start,
                                                      period_body, plan_after_head, stage_bounds)
from corpus_tools.entities import find_entities


def _ents(text: str, county: str = "510921") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, county_code=county, model=False)]


def test_the_township_before_a_project_is_an_entity_of_its_own():
    got = _ents("其中，鸣凤镇蓬源智能装备制造基地项目总投资6000万元。")
    assert ("鸣凤镇", "TOWNSHIP") in got and ("蓬源智能装备制造基地项目", "PROJECT") in got
    got = _ents("横溪镇金盛农业观光园项目开工建设", "331024")
    assert ("横溪镇", "TOWNSHIP") in got and ("金盛农业观光园项目", "PROJECT") in got


def test_a_county_before_a_project_is_not_cut_in_two():
    # 蓬溪县: 溪 is no stop, but a scan that stops inside a county's name must not leave 县… behind
    got = _ents("蓬溪县医药物流园项目投资超亿元。")
    assert not any(t.startswith("县") for t, _ in got)


def test_plan_after_a_project_head_is_the_verb_of_the_amount():
    assert plan_after_head("示范园项目计划投资", 5)
    assert not plan_after_head("人才振兴行动计划", 6)
    got = _ents("位于天福镇的锦江现代农业示范园项目计划投资3500万元。")
    assert ("锦江现代农业示范园项目", "PROJECT") in got
    assert not any(t.endswith("计划") for t, _ in got)


def test_a_product_after_an_output_quantity_names_the_project():
    t = "举行年产5000吨竹浆纸包装项目签约仪式。"
    assert t[after_output(t, 14, 14):16] == "竹浆纸包装项目"
    assert ("竹浆纸包装项目", "PROJECT") in _ents(t)
    assert ("医药包装项目", "PROJECT") in _ents("位于常乐镇的年产20万套医药包装项目正式开工建设。")


def test_a_period_before_the_head_is_no_name():
    assert period_body("通报一季度") and period_body("上半年") and not period_body("蓬源智能装备制造基地")
    got = _ents("赤城镇召开招商引资工作推进会，通报一季度项目建设进展情况。")
    assert ("赤城镇", "TOWNSHIP") in got and not any(lab == "PROJECT" for _, lab in got)


def test_an_output_quantity_takes_de_and_yishang_and_no_clause():
    # review: 的 / 以上 after the unit were read into the name, and a clause after the quantity joined it
    assert ("有机肥项目", "PROJECT") in _ents("建成年产10万吨的有机肥项目。")
    assert ("生物质颗粒燃料项目", "PROJECT") in _ents("该厂年产2万吨以上的生物质颗粒燃料项目开工。")
    assert not any(t.startswith("茶叶") for t, _ in _ents("该企业年产3000吨茶叶带动周边农户发展茶园项目。"))


def test_a_stage_of_the_works_is_no_part_of_its_name():
    t = "锦江防洪堤工程城区段主体工程完工"
    out = stage_bounds([Cand(0, 14, "PROJECT")], t, None)
    assert [t[c.start:c.end] for c in out] == ["锦江防洪堤工程"]


def test_a_verb_before_a_quoted_programme_is_dropped():
    t = "抓实“百村示范、千户创建”行动"
    f = ["S-v", "S-a", "S-w", "S-m", "S-n", "B-v", "E-v", "S-w", "S-m", "S-q", "B-v", "E-v", "S-w", "B-vn", "E-vn"]
    assert [t[c.start:c.end] for c in stage_bounds([Cand(0, 15, "PROJECT")], t, f)] == ["“百村示范、千户创建”行动"]


def test_a_stage_alone_and_the_works_of_a_period_are_no_projects():
    assert period_body("一季度重大")
    names = [(e.text, e.label) for e in find_entities("完成投资6.2亿元，路基工程全部完工。")]
    assert not [n for n in names if n[1] == "PROJECT"]


def test_a_registered_firm_before_its_project_is_an_org_of_its_own():
    # a user's finding (user27 F6): the firm was swallowed by its project, so projects lost their firm
    got = _ents("位于蓬溪经济开发区的四川蓬源智能装备有限公司精密铸件生产线项目正式开工。")
    assert ("四川蓬源智能装备有限公司", "ORG") in got and ("精密铸件生产线项目", "PROJECT") in got
    got = _ents("浙江仙居君业药业股份有限公司原料药技改扩能项目投产。", "331024")
    assert ("原料药技改扩能项目", "PROJECT") in got
    assert not any(lab == "PROJECT" and "公司" in t for t, lab in got)


def test_a_pair_of_actions_before_the_head_is_one_kind_of_works():
    # 巩固 stops the left scan elsewhere (巩固成果); before 提升工程 it pairs with 提升 inside the name
    got = _ents("今年，赤城镇实施农村饮水安全巩固提升工程，新铺管网12公里。")
    assert ("农村饮水安全巩固提升工程", "PROJECT") in got
    got = _ents("下各庄村饮水安全巩固提升工程通水。", "331024")
    assert any(t.endswith("饮水安全巩固提升工程") for t, lab in got if lab == "PROJECT")
    # …提升工程 then 项目: the whole name, not the inner works (the inner span was a FP on the development reports)
    t = "新建农村饮水安全巩固提升工程项目"
    assert t[paired_action_start(t, 10, 14, lambda k: 2, frozenset({"巩固"}), frozenset({"提升"})):16] == t[2:]
    # a verb and its object (完成/v 路基/n) is a clause, not a pair: the works before it keeps its own name
    t = "路面改造工程已完成路基工程"
    f = ["B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n", "S-d", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n"]
    assert paired_action_start(t, 9, 11, lambda k: 0, frozenset({"完成"}), frozenset({"路基"}), f) == 9
    assert paired_action_start(t, 9, 11, lambda k: 0, frozenset({"完成"}), frozenset({"路基"})) == 9
    # before 计划 the first verb takes the plan as its object (制定|帮扶计划)
    t = "按照“一户一策”制定帮扶计划"
    f = ["S-p", "B-p", "S-w", "S-m", "S-q", "S-m", "S-n", "S-w", "B-v", "E-v", "B-v", "E-v", "B-n", "E-n"]
    assert paired_action_start(t, 10, 12, lambda k: 2, frozenset({"制定"}), frozenset({"帮扶"}), f) == 10


def test_a_designation_or_a_deictic_level_before_a_works_name_is_dropped():
    got = _ents("近日，省级文物保护单位宝梵寺大殿维修工程通过验收。")
    assert ("宝梵寺大殿维修工程", "PROJECT") in got
    assert not any(t.startswith(("省级", "单位")) for t, _ in got)
    got = _ents("今年，我县退耕还林还草巩固工程完成造林2万亩。")
    assert not any(t.startswith("县退耕") for t, _ in got)
    assert designated_start("我县高标准农田建设项目", 1, 10) == 2
    assert designated_start("我县路网项目", 1, 4) == 1  # too short a name left: unchanged


def test_a_works_project_grows_over_the_facility_it_starts_inside():
    t = "蓬溪文化广场绿化工程开工"
    out = facility_works([Cand(0, 6, "FAC", prio=2), Cand(4, 10, "PROJECT")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("蓬溪文化广场", "FAC"), ("蓬溪文化广场绿化工程", "PROJECT")]
    # a head rule's guess (prio 1) is no facility to grow over
    out = facility_works([Cand(0, 6, "FAC", prio=1), Cand(4, 10, "PROJECT")], t)
    assert [t[c.start:c.end] for c in out if c.label == "PROJECT"] == ["广场绿化工程"]
