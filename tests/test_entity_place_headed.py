"""Sights and outlets named after a place (X石窟, X竹编小镇, X江绿道, X新闻网) and works heads that end no name."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.place_headed import place_headed
from corpus_tools.entities import find_entities


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


@pytest.mark.parametrize("text, place, want", [
    ("游客涌入青岭石窟参观", (4, 6), ("青岭石窟", "FAC")),
    ("周末去青岭竹编小镇", (3, 5), ("青岭竹编小镇", "FAC")),
    ("沿着白溪江绿道慢跑", (2, 5), ("白溪江绿道", "FAC")),
    ("青岭新闻网讯 记者报道", (0, 2), ("青岭新闻网", "ORG")),
    ("青岭县融媒体中心发布", (0, 3), ("青岭县融媒体中心", "ORG")),
])
def test_a_place_and_a_sight_or_media_head_are_one_name(text, place, want):
    got = place_headed([Cand(place[0], place[1], "GPE")], text)
    assert _spans(got, text) == [want]


def test_a_found_facility_after_the_place_is_taken_in():
    text = "青岭竹编小镇开街"
    got = place_headed([Cand(0, 2, "GPE"), Cand(2, 6, "FAC")], text)
    assert _spans(got, text) == [("青岭竹编小镇", "FAC")]


@pytest.mark.parametrize("text, feats", [
    ("青岭的小镇很美", None),  # 的 is no modifier of a name
    ("青岭，小镇很美", None),
    ("青岭新建绿道三条", ["B-ns", "E-ns", "B-v", "E-v", "B-n", "E-n", "S-m", "S-q"]),  # a verb: a clause
    ("青岭三条绿道", ["B-ns", "E-ns", "S-m", "S-q", "B-n", "E-n"]),
])
def test_no_join_across_a_clause(text, feats):
    got = place_headed([Cand(0, 2, "GPE")], text, feats)
    assert _spans(got, text) == [("青岭", "GPE")]


def test_a_three_character_name_ending_in_a_works_head_is_a_facility():
    text = "千年古堰何坊堰仍在灌溉，李坊安到场"
    got = place_headed([Cand(4, 7, "PERSON"), Cand(12, 15, "PERSON")], text)
    assert _spans(got, text) == [("何坊堰", "FAC"), ("李坊安", "PERSON")]


def test_find_entities_reads_the_joined_names():
    text = "国庆期间，杭州石窟和杭州新闻网都很热闹。"
    got = [(e.text, e.label) for e in find_entities(text)]
    assert ("杭州石窟", "FAC") in got and ("杭州新闻网", "ORG") in got
    assert ("杭州", "GPE") not in got
