"""Sites (corpus_tools._entity_rules.sites): lakes, rivers and mountains, scenic areas, road codes,
stations and local festivals, in the style of county reports from 甘肃临泽 and 云南洱源.

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.scan import Scanner
from corpus_tools._entity_rules.lexicon import nature_names
from corpus_tools._entity_rules.sites import (festivals, find_sites, listed_nature, natural_features, nature_lists,
                                              road_codes, scenic_areas, stations)
from corpus_tools.entities import find_entities

ERYUAN = ("洱源县位于洱海源头，境内有茈碧湖、西湖、海西海等高原湖泊。"
          "首届洱源梅子节在县城开幕，游客沿S221线来到茈碧湖镇。")
LINZE = ("从G312国道和S213线一路向西，就到了临泽县丹霞景区。今年8月，第三届临泽红枣文化旅游节开幕，"
         "游客从兰州站乘车来到临泽。")


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in find_entities(text, model=False)}


def test_nature_names_list_is_mined():
    names = nature_names()
    assert {"黄河", "洱海", "长江"} <= names
    assert "黄山" not in names  # a city: GPE for the rules


def test_listed_nature_not_before_unit_suffix():
    assert [(c.start, c.end) for c in listed_nature("洱海保护")] == [(0, 2)]
    assert listed_nature("洱海村") == []


def test_nature_list_items_beat_township_short_forms():
    got = _ents(ERYUAN)
    assert {("洱海", "LOC"), ("茈碧湖", "LOC"), ("西湖", "LOC"), ("海西海", "LOC")} <= got
    assert ("茈碧湖镇", "TOWNSHIP") in got


def test_nature_lists_need_a_count_word():
    assert nature_lists("抓好“两山七河一流域”治理") == []
    t = "罗坪山和马鞍山两座大山之间"
    assert sorted(t[c.start:c.end] for c in nature_lists(t)) == ["罗坪山", "马鞍山"]


@pytest.mark.parametrize("text, want", [
    ("沿G312国道行驶", ["G312国道"]),
    ("318国道穿村而过", ["318国道"]),
    ("S213线改造完工", ["S213线"]),
    ("尺码有S1、S2", []),
    ("国道214线临泽段改造提速", ["国道214线"]),
    ("省道301线穿城而过，国道312", ["省道301线", "国道312"]),
    ("国道312临泽绕城线通车", []),
])
def test_road_codes(text, want):
    assert [text[c.start:c.end] for c in road_codes(text)] == want


def test_scenic_area_drops_head_and_owner():
    got = _ents(LINZE)
    assert ("丹霞", "FAC") in got and ("临泽县", "GPE") in got
    assert not any(t.endswith("景区") for t, _ in got)
    t = "现在很多景区都会联系我们"
    assert [c for c in scenic_areas(t, Scanner(t), {}) if c.label != "_"] == []


def test_stations_after_a_city_only():
    got = _ents(LINZE)
    assert ("兰州站", "FAC") in got
    t = "兰州站在西北"
    assert stations(t, {0: (2, "GPE")}) == []


def test_festivals_need_an_ordinal_or_place_and_skip_holidays():
    got = _ents(ERYUAN + LINZE)
    assert ("首届洱源梅子节", "EVENT") in got
    assert ("第三届临泽红枣文化旅游节", "EVENT") in got
    t = "中国农民丰收节当天，村民们过春节"
    assert festivals(t, Scanner(t), {0}) == []


def test_find_sites_runs_on_empty_text():
    assert find_sites("", Scanner(""), []) == []


def test_scenic_name_beats_a_town_short_form_and_landscape_tails():
    got = _ents("卢氏县双龙湾景区和太行大峡谷，实现了社区变景区")
    assert ("双龙湾", "LOC") in got and ("太行大峡谷", "LOC") in got
    assert not any(t.startswith("社区") for t, _ in got)


def test_building_verb_and_a_kind_is_no_facility():
    got = _ents("合寨村各自然屯全部修通水泥路。哪里要建公路，今年村里建养殖小区。他家在人民路。")
    assert [t for t, lab in got if lab == "FAC"] == ["人民路"]


def test_province_parts_are_regions():
    from corpus_tools._entity_rules.region_spans import province_parts

    t = "川西风格的农家院，文明新风吹到南疆村里，在四川西部和陕西省，东北部，鲁西南地区"
    assert [t[c.start:c.end] for c in province_parts(t)] == ["川西", "南疆", "鲁西南"]


@pytest.mark.parametrize("text", ["践行“绿水青山就是金山银山”理念，发展生态旅游。", "把金山银山变成百姓的钱袋子。"])
def test_two_nature_words_in_parallel_name_no_feature(text):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == []


def test_an_idiom_ending_in_a_nature_word_is_no_feature():
    from corpus_tools._entity_rules.words import nature_words

    text = "大家开门见山地谈，登上梵净山。"
    assert nature_words(text, [], [(2, 6, "LOC"), (11, 14, "LOC")]) == [(11, 14)]


def test_paired_landscape_words_name_no_feature():
    from corpus_tools._entity_rules.words import nature_words

    text = "绿水青山撬动美丽经济，走过千山万水，登上玉龙雪山。"
    assert nature_words(text, [], [(0, 4, "LOC"), (13, 17, "LOC"), (20, 24, "LOC")]) == [(20, 24)]


@pytest.mark.parametrize("text, want", [
    ("合作社的香菇远销欧洲、中东和东南亚。", ["欧洲", "中东", "东南亚"]),
    ("茶叶打开了非洲和拉美市场。", ["非洲", "拉美"]),
    ("苹果今年首次销往欧洲", ["欧洲"]),  # at the end of the text
])
def test_world_regions_are_loc(text, want):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == want


@pytest.mark.parametrize("text", [
    "海南亚龙湾的游客多了。",
    "这里属亚热带气候，中东部地区降雨多。",
    "广东亚运场馆对外开放。",
])
def test_world_region_strings_inside_other_words_are_no_loc(text):
    assert [e.text for e in find_entities(text) if e.label == "LOC" and e.text in ("南亚", "东亚", "中东")] == []


@pytest.mark.parametrize("text", [
    # review12 #2: a species written with its region
    "镇里建起了非洲菊种植基地，亲手种下的非洲菊开得正艳。",
    "南美白对虾养殖基地今年产量翻番。",
    "西双版纳的亚洲象保护区吸引了不少游客。",
])
def test_a_word_starting_with_a_region_is_no_loc(text):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == []


@pytest.mark.parametrize("text, want", [
    ("茶叶销往苏浙和闽粤等地。", ["苏浙", "闽粤"]),
    ("地处湘西山区，山高路远。", ["湘西山区"]),
    ("皖北山区的核桃", ["皖北山区"]),
])
def test_province_groups_and_region_mountain_areas_are_loc(text, want):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == want


@pytest.mark.parametrize("text", [
    "四川渝北区的企业来考察。",
    "江苏苏州的客商来了。",
    "京藏高速和沪渝高速在此交汇，京沪高铁也经过这里。",  # review12 #5: routes named by their ends
])
def test_short_forms_inside_place_names_are_no_region(text):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == []


def test_a_base_named_by_its_owner_is_a_facility():
    assert "永宁县香菇种植基地" in [e.text for e in find_entities("参观永宁县香菇种植基地。") if e.label == "FAC"]
    assert "李庄蔬菜基地" in [e.text for e in find_entities("走进张家湾村的李庄蔬菜基地。") if e.label == "FAC"]
    assert "晏家杨梅基地" in [e.text for e in find_entities("建设晏家杨梅基地。") if e.label == "FAC"]


def test_a_base_is_owned_by_the_nearest_place_only():
    # review12 #3: two places in a row, the last one owns the base
    text = "临夏县东乡族自治县劳务培训基地培训学员三百人。"
    fac = [e.text for e in find_entities(text) if e.label == "FAC"]
    assert fac == ["东乡族自治县劳务培训基地"]
    assert "临夏县" in [e.text for e in find_entities(text) if e.label == "GPE"]


@pytest.mark.parametrize("text", [
    # review12 #3: a fruit read as a name, a base station, a designation, a species
    "杨家坪村的杨梅基地今年大丰收。",
    "中国移动通信基地站建在山顶上。",
    "该县被命名为陕西省科普教育基地。",
    "镇里建起了非洲菊种植基地。",
    "这里已成为爱国主义教育基地。",
    "县里的扶贫产业基地都建起来了。",
    "他们在这里建基地。",
])
def test_a_base_named_by_what_it_does_is_no_facility(text):
    assert [e.text for e in find_entities(text) if e.label == "FAC"] == []


def test_a_count_before_a_scenic_head_is_no_name():
    assert not [e for e in find_entities("作为一个大景区，这里每年接待游客上百万人次。") if e.label == "FAC"]


def test_an_ordinal_inside_opens_a_festival_after_a_verb():
    events = [e.text for e in find_entities("合作社承办第三届稻田音乐节，吸引游客两万人。") if e.label == "EVENT"]
    assert events == ["第三届稻田音乐节"]


def test_landmark_words_of_the_segmenter_are_facilities():
    facs = [e.text for e in find_entities("他们去天安门看了升国旗，又到卢沟桥。") if e.label == "FAC"]
    assert facs == ["天安门", "卢沟桥"]
    labels = {e.text: e.label for e in find_entities("澳门和厦门的代表来到巴塔。")}
    assert "FAC" not in labels.values()


def test_a_verb_before_a_scenic_head_is_no_site():
    ents = find_entities("二是合理控制景区流量，游客故意毁坏景区设施。")
    assert [e.text for e in ents if e.label == "FAC"] == []


def test_economic_belts_named_by_a_region_are_one_loc():
    from corpus_tools._entity_rules.region_spans import region_belts

    t = "融入长三角经济带、淮河生态经济带和皖江城市带，打造沿江城市带"
    assert [t[c.start:c.end] for c in region_belts(t, [])] == ["长三角经济带", "淮河生态经济带", "皖江城市带"]


def test_a_mountain_area_keeps_the_mountain_whole():
    from corpus_tools._entity_rules.lexicon import nature_names
    from corpus_tools._entity_rules.sites import landscape_tails

    t = "大凉山区的孩子"
    assert [t[c.start:c.end] for c in landscape_tails(t, nature_names())] == ["大凉山区"]


def test_a_place_ending_in_jie_is_no_festival():
    found = [(e.text, e.label) for e in find_entities("贵州省毕节市赫章县的干部说", model=False)]
    assert ("毕节市", "GPE") in found and not any(lab == "EVENT" for _, lab in found)


def test_river_sources_but_not_their_villages():
    from corpus_tools._entity_rules.sites import river_sources

    t = "保护三江源，来到长江源村"
    assert [t[c.start:c.end] for c in river_sources(t)] == ["三江源"]


def test_rivers_by_their_branches_ice_and_water():
    from corpus_tools._entity_rules.sites import natural_features
    t = "汀江支流的水很清，孩子们在妫河冰面上玩，富春江江面上白鹭飞。"
    got = {t[c.start:c.end] for c in natural_features(t)}
    assert {"汀江", "妫河", "富春江"} <= got and "富春江江" not in got


def test_known_mountain_before_shang_is_the_mountain():
    from corpus_tools._entity_rules.sites import natural_features
    t = "乌鞘岭上的风很大，乌鞘岭地处河西走廊东端，从乌鞘岭上海出发"
    got = [t[c.start:c.end] for c in natural_features(t)]
    assert got.count("乌鞘岭") == 2  # not before 上海


@pytest.mark.parametrize("text, no_loc", [
    ("可是江尕勒萨依村地处峡谷山坳，耕地面积有限。", "峡谷山"),   # a common word + 山 opening 山坳
    ("1938年任八路军冀南军区第1军分区司令员。", "冀南"),         # a military command, no region
])
def test_no_feature_or_region_in_common_words_and_commands(text, no_loc):
    assert no_loc not in [e.text for e in find_entities(text) if e.label == "LOC"]


@pytest.mark.parametrize("text, want", [("商南县地处秦岭南麓，丹江穿境而过。", "丹江"), ("查济村有古建筑，许溪穿村而过。", "许溪")])
def test_a_river_running_through_a_place_is_a_feature(text, want):
    assert want in [text[c.start:c.end] for c in natural_features(text)]


def test_a_lake_area_and_a_reservoir_are_regions():
    got = {(e.text, e.label) for e in find_entities("洞庭湖区的华容等地遭遇降雨，县里加固了卧龙水库。")}
    assert ("洞庭湖区", "LOC") in got and ("卧龙水库", "LOC") in got


def test_terraces_named_by_two_characters_and_rivers_named_after_a_region():
    got = {(e.text, e.label) for e in find_entities("游客来到加榜梯田拍照，南欧江天然落差大。")}
    assert ("加榜梯田", "LOC") in got and ("南欧江", "LOC") in got
    for text in ("村里修了高标准梯田。", "这里有万亩梯田。", "山坡上修起了水平梯田。"):
        assert not [e for e in find_entities(text) if e.label == "LOC"], text


def test_an_express_road_is_a_facility_without_its_section():
    # user20 #9: 遂潼快速通道蓬溪段 had no entity; GUIDE: roads are FAC, a trailing 段 is dropped
    from corpus_tools.entities import extract_entities

    got = {(t, lab) for t, lab in extract_entities(["遂潼快速通道蓬溪段建成通车。"], county_code="510921")[["text", "label"]]
           .itertuples(index=False)}
    assert ("遂潼快速通道", "FAC") in got
    assert extract_entities(["加快建设快速通道和快速路。"], county_code="510921").empty  # the bare kinds are no names


def test_items_listed_before_a_named_river_are_rivers_too():
    t = "完成治理面积23万亩，老哈河、教来河沿岸和科尔沁沙地南缘"
    assert [t[c.start:c.end] for c in natural_features(t)] == ["教来河", "老哈河"]


def test_a_county_and_its_landform_word_are_one_loc():
    from corpus_tools._entity_rules.lexicon import Cand
    from corpus_tools._entity_rules.sites import place_landforms

    t = "弥渡坝子稻谷飘香，绿洲村"
    assert [t[c.start:c.end] for c in place_landforms(t, [Cand(0, 2, "GPE")])] == ["弥渡坝子"]
    assert place_landforms(t, [Cand(0, 2, "TOWNSHIP")]) == []
