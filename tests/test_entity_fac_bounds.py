"""Facility bounds: a stretch between two facilities, the county town (corpus_tools._entity_rules.fac_bounds)."""

from __future__ import annotations

from corpus_tools._entity_rules.fac_bounds import facility_bounds
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text: str, ents: list[Cand]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in facility_bounds(ents, text)]


def test_a_stretch_between_a_bridge_and_a_museum_is_two_facilities():
    t = "资江大桥至县民俗博物馆路段封闭"
    assert _spans(t, [Cand(0, 11, "FAC")]) == [("资江大桥", "FAC"), ("县民俗博物馆", "FAC")]


def test_a_road_between_two_places_stays_one_name():
    t = "龙南至九连山旅游公路"
    assert _spans(t, [Cand(0, 10, "FAC")]) == [("龙南至九连山旅游公路", "FAC")]


def test_the_county_town_is_no_part_of_a_facility():
    t = "县城人民广场"
    assert _spans(t, [Cand(0, 6, "FAC")]) == [("人民广场", "FAC")]


def test_jurisdiction_word_is_no_part_of_a_facility_user27():
    # user27 finding 5, in 麻城市's words: 辖区|滨江小区
    from corpus_tools.entities import find_entities

    ents = [(e.text, e.label) for e in find_entities("社区把辖区滨江小区等5个小区划成网格。", county_code="421181")]
    assert ("滨江小区", "FAC") in ents and not any(t.startswith("辖区") for t, _ in ents)


def test_a_jurisdiction_word_before_a_facility_is_cut():
    t = "社区把辖区江堤小区等8个小区划成网格"
    assert _spans(t, [Cand(3, 9, "FAC")]) == [("江堤小区", "FAC")]


def test_a_facility_of_the_word_alone_is_kept():
    t = "所在小区"
    assert _spans(t, [Cand(0, 4, "FAC")]) == [("所在小区", "FAC")]
