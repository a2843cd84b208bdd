"""Facilities named by their place (corpus_tools._entity_rules.fac_places) and the FAC head fixes."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.fac_places import landscape_works, place_heads, placed_facilities
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def _facs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "FAC"]


def test_place_owned_zones_and_facilities_are_one_span():
    t = "安徽省明光市。明光通用机场建成后，明光经济开发区和明光精细化工集中区发展很快，上海市工业综合开发区也来考察。"
    assert _facs(t) == ["明光通用机场", "明光经济开发区", "明光精细化工集中区", "上海市工业综合开发区"]


@pytest.mark.parametrize("text, feats", [
    ("平南县城区水厂", ["B-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]),       # a kind (城区)
    ("广东省级产业园", ["B-ns", "E-ns", "B-b", "E-b", "B-n", "I-n", "E-n"]),       # a designation (省级)
    ("平南县和产业园", ["B-ns", "I-ns", "E-ns", "S-c", "B-n", "I-n", "E-n"]),       # a conjunction
])
def test_kinds_designations_and_clauses_are_not_facilities(text, feats):
    place = Cand(0, 3 if text[2] == "县" else 2, "GPE")
    assert placed_facilities(text, feats, [place]) == []


def test_quoted_figure_is_not_a_facility():
    assert "中国武隆公园" not in _facs("风景秀丽，足可称“中国武隆公园”。")


def test_head_inside_a_word_is_no_head():
    assert _facs("四川昭觉县易地扶贫搬迁县城建成") == []


@pytest.mark.parametrize("feats, want", [
    (["B-ns", "E-ns", "B-n", "E-n", "B-n", "I-n", "E-n"], [(0, 7)]),   # 明光|经济|开发区
    (["B-ns", "E-ns", "B-n", "E-n", "B-n", "I-n", "I-n"], []),          # the head does not end a word
])
def test_placed_facilities_reads_word_ends(feats, want):
    got = placed_facilities("明光经济开发区", feats, [Cand(0, 2, "GPE")])
    assert [(c.start, c.end) for c in got] == want


def test_village_history_hall_and_heads_list():
    assert "史馆" in place_heads() and place_heads() == tuple(sorted(place_heads(), key=len, reverse=True))
    assert _facs("陕西延川县梁家河村史馆") == ["梁家河村史馆"]


def test_rail_lines_need_city_or_province_initials():
    t = "京沪高铁通车了。合青高铁明光北站建成。中国高铁领先，毕节迈入高铁时代，乘坐高铁很方便。"
    assert _facs(t) == ["京沪高铁", "合青高铁"]


def test_deictic_word_and_quoted_memorial():
    assert _facs("大家讨论当地虹港路的改造。") == ["虹港路"]
    assert _facs("村中的“朱彦夫事迹展览馆”去年修葺一新。") == ["朱彦夫事迹展览馆"]


def test_unit_sites_and_ancestral_halls():
    from corpus_tools._entity_rules.fac_places import ancestral_halls, unit_sites
    feats = ["B-ns", "E-ns", "B-n", "E-n", "S-w"]
    assert [(c.end, c.label) for c in unit_sites("广南侗寨，", feats, [Cand(0, 2, "VILLAGE")])] == [(4, "VILLAGE")]
    assert [(c.end, c.label) for c in unit_sites("莲麻小镇，", feats, [Cand(0, 2, "VILLAGE")])] == [(4, "FAC")]
    assert unit_sites("平遥古镇，", feats, [Cand(0, 2, "GPE")]) == []  # a county before 古镇: left to the site rules
    assert unit_sites("天津港集团和天津港", None, [Cand(6, 8, "GPE")]) == []
    assert [(c.start, c.end) for c in ancestral_halls("修缮了观寿公祠和李氏宗祠，每年家祠")] == [(3, 7), (8, 12)]


def test_old_town_named_after_any_township():
    from corpus_tools._entity_rules.fac_places import old_towns
    assert [(c.start, c.end, c.label) for c in old_towns("习近平来到和顺古镇考察", None)] == [(5, 9, "FAC")]
    assert old_towns("这是一座千年古镇", None) == []


def test_dams_dikes_and_reserves_named_after_their_place_are_one_facility():
    t = "四川唐家河自然保护区和毛寨山自然保护区，三峡大坝，往湘江大堤上走，湖北丹江口市的丹江口大坝加高。"
    facs = _facs(t)
    for want in ("三峡大坝", "湘江大堤", "丹江口大坝"):
        assert want in facs
    locs = [e.text for e in find_entities(t) if e.label == "LOC"]
    assert "三峡" not in locs and "湘江" not in locs
    # reserves are one name too, LOC since facloc30 (natural_areas: the invented pages' writers, 11 LOC vs 2 FAC)
    assert "唐家河自然保护区" in locs and "毛寨山自然保护区" in locs


@pytest.mark.parametrize("text", ["建设自然保护区", "黄泥塘镇大坝", "水电站的大坝", "修好了一道大堤"])
def test_kinds_and_town_dams_are_no_landscape_works(text):
    assert _facs(text) == []


def test_a_dam_whose_plain_the_text_names_is_no_dam():
    feats = ["B-ns", "E-ns", "B-n", "E-n", "S-w", "B-ns", "E-ns", "B-n", "E-n"]
    assert landscape_works("车江坝区，车江大坝", feats, [Cand(5, 7, "GPE")]) == []


def test_a_township_short_form_with_a_bridge_or_square_is_the_facility() -> None:
    from corpus_tools.entities import find_entities

    got = {(e.text, e.label) for e in find_entities("岢岚县城新修的岚漪大桥正式通车。")}
    assert ("岚漪大桥", "FAC") in got and ("岚漪", "TOWNSHIP") not in got


def test_a_river_owns_the_bridge_named_right_after_it():
    t = "新建的滹沱河大桥连通古城，秭归长江大桥也通车了。"
    assert _facs(t) == ["滹沱河大桥", "秭归长江大桥"]


def test_a_river_is_no_owner_of_what_is_not_attached():
    t = "滹沱河沿岸大桥"
    feats = ["B-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]
    assert placed_facilities(t, feats, [Cand(0, 3, "LOC")]) == []
