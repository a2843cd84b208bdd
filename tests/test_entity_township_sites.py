"""Townships named after a landmark (corpus_tools._entity_rules.township_sites), with invented fixtures."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools._entity_rules.township_sites import township_site


def test_site_and_water_forms():
    assert township_site("游客来到光雾山景区。光雾山红叶正艳", 10, 13) == "site"
    assert township_site("柘林湾的渔民", 0, 2) == "water"
    assert township_site("柘林镇的渔民", 0, 2) == ""
    assert township_site("龙潭河村的干部", 0, 2) == ""


def test_the_landmark_is_no_township_in_a_page():
    text = ("剑门关镇大房村发展农家乐四十二家。随着铁路加紧建设，剑门关将迎来高铁时代，"
            "剑门关景区游客增多。")
    df = ct.extract_entities([text], county_code="510823")
    got = set(zip(df["text"], df["label"]))
    assert ("剑门关镇", "TOWNSHIP") in got
    assert ("剑门关", "TOWNSHIP") not in got
    assert ("剑门关", "LOC") in got


def test_a_bay_named_after_the_town():
    text = "柘林镇推行生态养殖。柘林湾海域的生蚝进入收获旺季。"
    df = ct.extract_entities([text], county_code="445122")
    assert ("柘林", "TOWNSHIP") not in set(zip(df["text"], df["label"]))


def test_a_mountain_named_like_its_town():
    assert township_site("清凉山红叶醉游人", 0, 3, ("清凉山镇",)) == "site"
    assert township_site("唐古拉山牧民", 0, 4, ("唐古拉镇",)) == ""  # a longer name of the town itself


def test_a_facility_named_after_the_landmark_keeps_its_place():
    assert township_site("剑门关景区。剑门关关楼前", 6, 9) == ""
    assert township_site("剑门关景区。剑门关将迎来高铁", 6, 9) == "site"
