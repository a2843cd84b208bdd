"""Natural features named by their frames (corpus_tools._entity_rules.feature_frames).

The sentences were written for these tests in the style of other county papers; the gold follows
``../shared/gold/entities/GUIDE.md`` (rivers, mountains, islands: LOC; 景区 dropped; sights without a
landscape head: FAC).
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.feature_frames import (consistent_features, mountain_sides, quoted_sights, sight_lists,
                                                       travel_features)
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text, name", [
    ("村民沿白马河边种下了两千株柳树。", "白马河"),
    ("清晨，游客登上云台岭，观看日出。", "云台岭"),
    ("渔民驾船横渡青龙湖，只需半小时。", "青龙湖"),
    ("暑假里，学生们游览了月亮岛。", "月亮岛"),
    ("长江支流沙溪河畔的村庄", "沙溪河"),
])
def test_a_verb_of_travel_names_the_feature(text, name):
    assert [text[c.start:c.end] for c in travel_features(text)] == [name]


@pytest.mark.parametrize("text", [
    "沿一条小河往前走。",       # a count opens no name
    "他登上山顶，眺望远方。",     # no name before the head
    "沿河而行，风景很美。",       # the head alone
    "游览大山深处的村落。",       # a plain adjective and a head: a kind
    "沿白马河村的小路走。",       # the village, not the river
    "攀登航天科技高峰，",         # a metaphor
    "沿线峰壁险峻，",             # 沿线 is a word
])
def test_no_feature_without_a_name(text):
    assert travel_features(text) == []


def test_a_known_mountain_before_its_side_is_the_mountain():
    t = "龙王山下的村子，太白山顶积雪未化，山下午后很热"
    out = mountain_sides(t, frozenset({"龙王山", "太白山"}))
    assert [t[c.start:c.end] for c in out] == ["龙王山", "太白山"]


def test_items_of_a_list_of_sights_are_what_they_name():
    # GUIDE: 景区 is a dropped generic word, mountains are LOC (benchmarks/minor_recall26.md)
    t = "春节期间，云台山、黄龙洞、天河谷、南方长城等景区游人如织。"
    assert [(t[c.start:c.end], c.label) for c in sight_lists(t)] == [
        ("云台山", "LOC"), ("黄龙洞", "LOC"), ("天河谷", "LOC"), ("南方长城", "FAC")]


def test_a_single_sight_is_left_to_the_scenic_rule():
    assert sight_lists("云台山等景区游人如织。") == []


def test_a_framed_feature_relabels_its_bare_gazetteer_mentions():
    t = "夹金山下的小镇，翻过夹金山的公路"
    ents = [Cand(0, 3, "LOC", prio=3, source="list"), Cand(10, 13, "VILLAGE", prio=2, source="gazetteer"),
            Cand(14, 16, "FAC", prio=1)]
    assert [c.label for c in consistent_features(ents, t)] == ["LOC", "LOC", "FAC"]


def test_a_village_stays_where_no_frame_names_a_feature():
    t = "到夹金山村走访"
    ents = [Cand(1, 5, "VILLAGE", prio=2, source="gazetteer")]
    assert consistent_features(ents, t) == ents


def test_find_entities_reads_a_river_after_its_verb():
    t = "夏天，孩子们沿白马河捡石子，老人们在河边下棋。"
    assert ("白马河", "LOC") in [(e.text, e.label) for e in find_entities(t)]


def test_quoted_names_before_a_scenic_word_are_sights():
    t = "“天门洞”“云梦仙顶”景区游客不断，“两山”理念深入人心"
    assert [(t[c.start:c.end], c.label) for c in quoted_sights(t)] == [("天门洞", "LOC"), ("云梦仙顶", "FAC")]


def test_a_landform_written_as_a_scenic_area_is_the_landform():
    got = [(e.text, e.label) for e in find_entities("大觉山景区的杜鹃开了，老龙潭、胭脂峡等景区游客如织。")]
    assert ("大觉山", "LOC") in got and ("老龙潭", "LOC") in got and ("胭脂峡", "LOC") in got


def test_a_mountain_or_river_named_by_its_side_or_bank():
    from corpus_tools._entity_rules.feature_frames import side_features

    t = "月亮山下开幕，沱江两岸灯火"
    f = ["B-n", "E-n", "B-s", "E-s", "B-v", "E-v", "S-w", "B-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]
    assert [t[c.start:c.end] for c in side_features(t, f)] == ["沱江"]  # 月亮 is a common word (review)
    assert side_features("大山下的村庄", ["B-n", "E-n", "S-f", "S-u", "B-n", "E-n"]) == []
    t = "工人在矿区山下修路"   # a common noun before 山下 is no mountain's name (review)
    f = ["B-n", "E-n", "S-p", "B-n", "E-n", "B-s", "E-s", "B-v", "E-v"]
    assert side_features(t, f) == []
    t = "位于无定河流域"  # a lone character before a two-character river may be its first (无|定河)
    assert side_features(t, ["B-v", "E-v", "S-v", "B-n", "E-n", "B-n", "E-n"]) == []


def test_a_name_word_before_a_landscape_word_of_its_own():
    from corpus_tools._entity_rules.feature_frames import headed_features

    t = "游客可以看到兰溪瀑布和老寨山。"
    f = ["B-n", "E-n", "B-v", "E-v", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "S-c", "B-n", "E-n", "S-n", "S-w"]
    assert [t[c.start:c.end] for c in headed_features(t, f)] == ["兰溪瀑布", "老寨山"]
    t = "走进农村山里"
    assert headed_features(t, ["B-v", "E-v", "B-n", "E-n", "S-n", "S-f"]) == []


def test_a_list_after_a_verb_of_travel_names_each_feature():
    t = "游客还可以游览藏龙百瀑、黑龙潭和江南天池。"
    assert [t[c.start:c.end] for c in travel_features(t)] == ["藏龙百瀑", "黑龙潭", "江南天池"]


def test_a_feature_at_the_end_of_the_text_is_read_like_one_before_a_stop():
    # 荔浦县 as its paper would print it; the text's end is no place suffix after the name
    from corpus_tools._entity_rules.feature_frames import headed_features, side_features
    from corpus_tools.entities import extract_entities

    t = "灯火映照沱江两岸"
    f = ["B-n", "E-n", "B-v", "E-v", "B-ns", "E-ns", "B-n", "E-n"]
    assert [t[c.start:c.end] for c in side_features(t, f)] == ["沱江"]
    t = "游客看到龙潭瀑布"
    f = ["B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n"]
    assert [t[c.start:c.end] for c in headed_features(t, f)] == ["龙潭瀑布"]
    for text in ("每天傍晚，游人都到沱江两岸", "每天傍晚，游人都到沱江两岸。"):
        assert ("沱江", "LOC") in [(r.text, r.label) for r in extract_entities([text]).itertuples()]
