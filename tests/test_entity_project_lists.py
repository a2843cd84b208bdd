"""Listed works and programmes after a deictic scope (corpus_tools._entity_rules.project_lists), invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_lists import listed_items, scoped_programmes
from corpus_tools.entities import find_entities


def _at(text: str, name: str, label: str) -> Cand:
    return Cand(text.find(name), text.find(name) + len(name), label)


def _spans(text: str, ents: list[Cand]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in ents]


def test_a_listed_project_cut_by_the_scan_takes_the_whole_item():
    t = "进展如下：3.龙泉水库除险加固工程，总投资5200万元；"
    assert _spans(t, listed_items([_at(t, "水库除险加固工程", "PROJECT")], t)) == [("龙泉水库除险加固工程", "PROJECT")]


def test_a_river_opening_a_listed_item_makes_it_one_project():
    t = "重点工程：②清水河防洪工程：新建堤防8公里。"
    assert _spans(t, listed_items([_at(t, "清水河", "LOC")], t)) == [("清水河防洪工程", "PROJECT")]


def test_a_hospital_building_in_a_list_stays_the_hospital():
    t = "进展如下：4.县中医院住院楼：主体封顶。"
    assert _spans(t, listed_items([_at(t, "县中医院", "ORG")], t)) == [("县中医院", "ORG")]


def test_a_listed_item_opening_with_a_verb_or_a_generic_body_is_left_alone():
    t = "1.加快推进县城供水工程：年内完工；2.重点项目：完成投资。"
    ents = [_at(t, "县城供水工程", "PROJECT")]
    assert _spans(t, listed_items(ents, t)) == [("县城供水工程", "PROJECT")]


def test_an_output_quantity_in_a_listed_item_is_dropped():
    t = "①年产3万吨饲料加工项目，总投资9000万元"
    assert _spans(t, listed_items([_at(t, "加工项目", "PROJECT")], t)) == [("饲料加工项目", "PROJECT")]


def test_the_deictic_scope_is_dropped_from_a_named_programme():
    t = "今年全旗退耕还林工程完成造林3万亩。"
    assert _spans(t, scoped_programmes([], t, None)) == [("退耕还林工程", "PROJECT")]


def test_the_works_of_a_scope_with_a_generic_body_are_no_programme():
    assert scoped_programmes([], "全县重点工程进展顺利", None) == []


def test_find_entities_reads_a_numbered_list_of_works():
    t = "今年县里重点推进五项工程：1.光明大道改建工程，全长12公里；2.五里河防洪工程，新建堤防6公里。"
    got = {(e.text, e.label) for e in find_entities(t, county_code="610625")}
    assert ("光明大道改建工程", "PROJECT") in got and ("五里河防洪工程", "PROJECT") in got


def test_a_quoted_programme_after_the_county_scope():
    t = "全县“三个一批”工程建设，全县广播电视“村村通”工程共建设接收站"
    assert [t[c.start:c.end] for c in scoped_programmes([], t, None)] == ["“三个一批”工程", "广播电视“村村通”工程"]


def test_an_item_the_scan_cannot_read_is_a_project_when_its_siblings_are():
    t = "①智能网联汽车零部件生产基地项目，总投资21亿元；②高性能复合材料产业化项目，总投资13.6亿元；④新能源储能电池包项目，总投资6.2亿元。"
    ents = [Cand(t.index(n), t.index(n) + len(n), "PROJECT") for n in ("智能网联汽车零部件生产基地项目", "高性能复合材料产业化项目")]
    out = listed_items(ents, t)
    assert [t[c.start:c.end] for c in out if c.label == "PROJECT"][-1] == "新能源储能电池包项目"


def test_a_lone_item_needs_a_name_inside():
    t = "①新能源储能电池包项目，总投资6.2亿元。"
    assert listed_items([], t) == []
