"""Region words inside longer words of the segmenter (corpus_tools._entity_rules.region_words):
species, pests and climate zones named after a region are no LOC.

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.region_words import regions_in_words
from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text", [
    "今年全县东亚飞蝗发生面积明显减少。",  # the species is a word of the lexicon: 东亚|飞蝗 was a LOC
    "植保站加强亚洲玉米螟监测。",
    "全县属中亚热带季风气候，雨量充沛。",
    "保护区里的华南虎又添了幼崽。",  # a word of the segmenter's own model
])
def test_a_region_starting_a_longer_word_of_the_segmenter_is_no_loc(text):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == []


def test_a_region_inside_a_word_blocks_the_model_but_keeps_place_and_area_words():
    t = "华南虎和亚洲区的亚太经济、黄河流域"
    feats = ["B-n", "I-n", "E-n", "S-c", "B-n", "I-n", "E-n", "S-u", "B-j", "I-j", "I-j", "E-j", "S-w",
             "B-n", "I-n", "I-n", "E-n"]
    cands = [Cand(0, 2, "LOC"), Cand(4, 6, "LOC"), Cand(8, 10, "LOC"), Cand(13, 15, "LOC")]
    got = [(c.label, t[c.start:c.end]) for c in regions_in_words(cands, t, feats)]
    # 亚洲区: an area word after the region; 亚太经济/j: an abbreviation word; 黄河: a river, no region
    assert got == [("LOC", "亚洲"), ("LOC", "亚太"), ("LOC", "黄河"), ("_", "华南虎")]
    assert regions_in_words(cands, t, None) == cands  # no word features: nothing to read


@pytest.mark.parametrize("text, want", [
    ("东北农村冬天冷，东北大米好吃。", ["东北", "东北"]),
    ("海南岛东北部等地，村子东北角有座庙，位于县城东北方向。", []),
    ("黄浦江自西南向东北斜穿上海，福建省连江县东北沿海。", []),
    ("完成老城区设施提升改造项目东北、西北片区的管网。", []),
])
def test_the_north_east_is_a_region_but_not_as_a_direction(text, want):
    assert [e.text for e in find_entities(text) if e.label == "LOC" and e.text == "东北"] == want


def test_a_direction_inside_a_province_name_leaves_the_province():
    t = "广西东北部、广东北部等地有中到大雨。"
    assert [e.text for e in find_entities(t) if e.label == "GPE"] == ["广西", "广东"]


def test_a_region_named_elsewhere_in_the_text_is_not_spread_onto_a_direction():
    t = "东北地区降温。西北地区东北部温度偏高，广西东北部、广东北部等地有雨，东北大米好。"
    assert [(e.text, e.label) for e in find_entities(t) if e.text in ("东北", "广东")] == [
        ("东北", "LOC"), ("广东", "GPE"), ("东北", "LOC")]


@pytest.mark.parametrize("text, want", [
    ("县里获得了西部地区的文化示范项目。", ["西部"]),
    ("新市镇逐渐成为中南地区最大的再生资源集散地。", ["中南"]),
    ("推动中西部地区发展。", []),  # 中|西部: another region, left alone
    ("推动西部地区发展，深化东西部协作。", ["西部"]),  # the document pass stays out of 东西部
    ("连江县东部地区降雨较多。", []),  # a part of the county
    ("我县西部地区山高坡陡。", []),
])
def test_a_compass_region_before_diqu_is_the_region(text, want):
    assert [e.text for e in find_entities(text) if e.label == "LOC"] == want
