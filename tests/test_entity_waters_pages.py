"""Waters read from a list and from the document (corpus_tools._entity_rules.place_waters), a page's names read
in its other parts (corpus_tools._entity_rules.page_names), national forest parks as LOC and an event's
short form over the place inside it (evfac34, round 33).

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.page_names import page_names
from corpus_tools._entity_rules.place_waters import listed_waters
from corpus_tools.entities import find_entities


def _got(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in find_entities(text)}


def test_waters_listed_with_a_known_river_are_loc():
    got = _got("今年，县里对嘉陵江、蓼江、沱溪的重点水域开展禁捕巡查。")
    assert {("嘉陵江", "LOC"), ("蓼江", "LOC"), ("沱溪", "LOC")} <= got


def test_a_listed_water_is_read_again_in_the_same_text():
    got = [(e.text, e.label) for e in find_entities("乡里地处蓼江、黄河沿岸。蓼江两岸游人如织，蓼江镇也热闹起来。")]
    assert got.count(("蓼江", "LOC")) == 2  # the list and 蓼江两岸
    assert ("蓼江镇", "LOC") not in got and ("蓼江", "LOC") in got


def test_a_one_character_lead_is_left_out_like_the_known_waters():
    t = "打造沿长江、环蓼湖两条示范带"
    f = ["B-v", "E-v", "S-p", "B-ns", "E-ns", "S-w", "B-nr", "I-nr", "E-nr", "S-m", "S-q", "B-n", "I-n", "E-n"]
    out = listed_waters([Cand(3, 5, "LOC")], t, f)
    assert [(t[c.start:c.end], c.label) for c in out] == [("长江", "LOC"), ("蓼湖", "LOC")]


def test_common_words_and_places_are_no_listed_water():
    t = "保护长江、山河、江湖"
    f = ["B-v", "E-v", "B-ns", "E-ns", "S-w", "B-n", "E-n", "S-w", "B-n", "E-n"]
    assert [t[c.start:c.end] for c in listed_waters([Cand(2, 4, "LOC")], t, f)] == ["长江"]
    assert listed_waters([], t, None) == []


def test_page_names_reads_an_issue_name_in_its_other_parts():
    rows = [("i1", "1", "captions", "第五届中国·蓼城荷花节", "EVENT", 0, 11, "", "", None, None),
            ("i1", "1", "text", "蓼城", "GPE", 0, 2, "", "", None, None),
            ("i1", "2", "text", "蓼江", "LOC", 2, 4, "", "", None, None)]
    jobs = [("i1", "1", "text", "蓼城荷花节开幕", None), ("i1", "1", "captions", "第五届中国·蓼城荷花节", None),
            ("i1", "2", "text", "地处蓼江、黄河沿岸", None), ("i1", "3", "text", "蓼江游客增长，蓼江镇新貌", None),
            ("i2", "4", "text", "蓼江游客增长", None)]
    out = {(r[0], r[1], r[3], r[4]) for r in page_names(rows, jobs)}
    assert ("i1", "1", "蓼城荷花节", "EVENT") in out and ("i1", "1", "蓼城", "GPE") not in out
    assert ("i1", "3", "蓼江", "LOC") in out
    assert ("i2", "4", "蓼江", "LOC") not in out  # another issue
    assert sum(1 for r in page_names(rows, jobs) if r[1] == "3") == 1  # not 蓼江|镇
    assert page_names(rows, jobs, keep={"PERSON"}) == rows


def test_national_forest_parks_are_loc_and_their_short_form_too():
    got = _got("县林业局在白鹿岭国家森林公园组织防火演练。白鹿岭森林公园有林地三万亩。卧牛森林公园也开放了。")
    assert ("白鹿岭国家森林公园", "LOC") in got
    assert ("白鹿岭森林公园", "LOC") in got
    assert ("卧牛森林公园", "LOC") not in got


def test_an_event_short_form_holds_the_place_inside_it():
    got = _got("8月10日，第三届中国·蓼城荷花节在蓼城开幕。蓼城荷花节吸引游客两万人次。")
    assert ("第三届中国·蓼城荷花节", "EVENT") in got
    assert ("蓼城荷花节", "EVENT") in got
    assert ("荷花节", "EVENT") not in got
