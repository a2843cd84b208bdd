"""A site and its part, a road and its ends (corpus_tools._entity_rules.fac_joins), invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.fac_joins import joined_facilities
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def _spans(text: str, ents: list[Cand]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in joined_facilities(ents, text)]


def test_a_temple_and_its_pagoda_are_one_facility():
    t = "广惠寺华塔周边环境整治完成"
    assert _spans(t, [Cand(0, 3, "FAC")]) == [("广惠寺华塔", "FAC")]


def test_a_site_followed_by_a_plain_word_stays_alone():
    t = "开元寺门前游人多，广惠寺周边整治"
    assert _spans(t, [Cand(0, 3, "FAC"), Cand(9, 12, "FAC")]) == [("开元寺", "FAC"), ("广惠寺", "FAC")]


def test_a_road_takes_the_ends_it_runs_between():
    t = "抓好龙南至九连山旅游公路和五指山—保亭—海棠湾高速公路建设"
    ents = [Cand(2, 4, "GPE"), Cand(5, 12, "FAC"), Cand(13, 16, "LOC"), Cand(17, 19, "GPE"), Cand(20, 27, "FAC")]
    assert _spans(t, ents) == [("龙南至九连山旅游公路", "FAC"), ("五指山—保亭—海棠湾高速公路", "FAC")]


def test_a_place_before_a_road_without_a_segment_mark_stays_apart():
    t = "龙南九连山旅游公路"
    assert _spans(t, [Cand(0, 2, "GPE"), Cand(2, 9, "FAC")]) == [("龙南", "GPE"), ("九连山旅游公路", "FAC")]


def test_a_line_and_its_station_stay_apart():
    # dev9 gold: 合青高铁 + 明光北站
    t = "合青高铁明光北站开通"
    assert _spans(t, [Cand(0, 4, "FAC"), Cand(4, 8, "FAC")]) == [("合青高铁", "FAC"), ("明光北站", "FAC")]


def test_find_entities_joins_the_road_from_a_county():
    ents = find_entities("县里要抓好龙南至九连山旅游公路建设。", county_code="360783")
    assert ("龙南至九连山旅游公路", "FAC") in {(e.text, e.label) for e in ents}


def test_a_verb_after_a_site_and_a_route_are_no_facility():
    # review: 灵岩寺关门 (a verb and its object) and 北京到上海大道 (从 … 到 …: a route) were joined into one FAC
    from corpus_tools.entities import find_entities

    got = [(e.text, e.label) for e in find_entities("每天傍晚，灵岩寺关门后，僧人开始晚课。")]
    assert ("灵岩寺", "FAC") in got and not any(t == "灵岩寺关门" for t, _ in got)
    got = [e.text for e in find_entities("从北京到上海大道两旁种满了树。")]
    assert "北京到上海大道" not in got
