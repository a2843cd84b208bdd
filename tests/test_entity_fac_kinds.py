"""Facility kinds the text counts (corpus_tools._entity_rules.fac_kinds) and institutions that act
(corpus_tools._entity_rules.fac_acting).

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md`` and the
open blind reports' convention for institutions (文化馆馆长: ORG).
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.fac_acting import acting_institutions
from corpus_tools._entity_rules.fac_kinds import count_patterns, counted_kinds, is_counted, station_facilities
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text, s, e", [
    ("全县修复了200多座明清古戏台。", 10, 15),
    ("全县建成农民文化广场30个。", 4, 10),
    ("菜品送到各居民小区门口。", 5, 9),
    ("打造江安河、鲁家滩等精品公园。", 10, 14),
    ("众多古戏台派上了用场。", 0, 5),
])
def test_a_counted_facility_string_is_a_kind(text, s, e):
    assert is_counted(text, s, e)


@pytest.mark.parametrize("text, s, e", [
    ("镇里打造了一条绣品街。", 7, 10),  # a count of one introduces a name
    ("穿过甬道就是永丰陵园一座座墓碑。", 6, 10),
    ("市民在人民广场散步。", 3, 7),
])
def test_a_named_facility_is_not_counted(text, s, e):
    assert not is_counted(text, s, e)


def test_the_kind_is_blocked_in_every_mention_and_names_stay():
    text = "全县建成农民文化广场30个。农民文化广场上很热闹，人民广场也是。"
    first, second, named = Cand(4, 10, "FAC"), Cand(14, 20, "FAC"), Cand(25, 29, "FAC")
    out = counted_kinds([first, second, named, Cand(0, 2, "GPE")], text)
    assert [(text[c.start:c.end], c.label) for c in out] == [
        ("农民文化广场", "_"), ("农民文化广场", "_"), ("人民广场", "FAC"), ("全县", "GPE")]


def test_counted_kinds_are_no_facilities_of_the_tagger():
    text = "近年来，县里的300多座明清古戏台普遍得到修复，明清古戏台成了乡村小舞台。"
    assert not [e.text for e in find_entities(text) if e.label == "FAC"]


def test_an_institution_with_staff_is_an_org_in_every_mention():
    text = "石门县文化馆馆长说，石门县文化馆今年办了十场演出。"
    cands = [Cand(0, 6, "FAC"), Cand(10, 16, "FAC")]
    assert [c.label for c in acting_institutions(cands, text)] == ["ORG", "ORG"]


@pytest.mark.parametrize("text, span", [
    ("游客来到石门县博物馆参观。", (4, 10)),  # no staff, no role: the building
    ("石门县人民广场的负责人说", (0, 7)),  # a square is no institution
    ("石门县博物馆馆长说", (0, 6)),  # GUIDE: museums are FAC, staff or not
    ("文化大院的负责人说", (0, 4)),  # a bare kind names no institution
])
def test_buildings_stay_facilities(text, span):
    out = acting_institutions([Cand(*span, "FAC")], text)
    assert [c.label for c in out] == ["FAC"]


def test_a_reservoir_is_a_body_of_water() -> None:
    from corpus_tools._entity_rules.fac_acting import water_bodies

    text = "卧龙水库边的龙潭公园"
    out = water_bodies([Cand(0, 4, "FAC"), Cand(6, 10, "FAC")], text)
    assert [(text[c.start:c.end], c.label) for c in out] == [("卧龙水库", "LOC"), ("龙潭公园", "FAC")]


def test_a_plant_with_no_owner_is_a_kind():
    from corpus_tools._entity_rules.fac_kinds import ownerless_plants

    t = "秸秆运往生物质电厂，县污水处理厂和华能电厂"
    feats = (["B-n", "E-n", "B-v", "E-v"] + ["B-n", "I-n", "E-n", "B-n", "E-n"] + ["S-w"]
             + ["S-n", "B-n", "E-n", "B-n", "I-n", "E-n"] + ["S-c"] + ["B-nz", "E-nz", "B-n", "E-n"])
    cands = [Cand(4, 9, "FAC"), Cand(10, 16, "FAC"), Cand(17, 21, "FAC")]
    assert [c.label for c in ownerless_plants(cands, t, feats, [])] == ["_", "FAC", "FAC"]


def test_a_plant_named_by_a_word_the_segmenter_reads_as_a_verb_stays():
    from corpus_tools._entity_rules.fac_kinds import ownerless_plants

    t = "宁固污水处理厂投用"
    feats = ["B-v", "E-v", "B-n", "E-n", "B-n", "I-n", "E-n", "B-v", "E-v"]
    assert ownerless_plants([Cand(0, 7, "FAC")], t, feats, [])[0].label == "FAC"


def test_count_patterns_before_opening_and_after():
    before, opens, after = count_patterns("个座", "各|众多", after="个")
    assert before.search("修复了300多座") and opens.match("众多古戏台") and after.match("12个")
    assert not before.search("一座") and not after.match("3座")  # one is no count; after only 个 here


@pytest.mark.parametrize("name,label", [("万安水电站", "ORG"), ("鱼龙村光伏电站", "ORG"), ("宝坻经济开发区", "TOWNSHIP"),
                                        ("京津中关村科技城", "TOWNSHIP")])
def test_power_stations_and_zones_are_facilities(name, label):
    assert [c.label for c in station_facilities([Cand(0, len(name), label)], name)] == ["FAC"]


def test_other_orgs_and_townships_keep_their_labels():
    t = "县供电公司和城关镇"
    out = station_facilities([Cand(0, 5, "ORG"), Cand(6, 9, "TOWNSHIP")], t)
    assert [c.label for c in out] == ["ORG", "TOWNSHIP"]


def test_a_county_power_station_is_a_facility_of_the_tagger():
    assert ("万安水电站", "FAC") in [(e.text, e.label) for e in find_entities("万安水电站库区后扶项目年底全面完工。")]
