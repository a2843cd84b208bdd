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
