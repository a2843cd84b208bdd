"""Bare township names of the page's county listed side by side (ent37b)."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.township_stem_lists import county_stems, listed_township_stems
from corpus_tools.entities import find_entities

# 惠东县 (441323): 平山街道, 大岭街道, 稔山镇, 铁涌镇 …
HUIDONG = "441323"


def _found(text: str, ents=(), county=HUIDONG) -> list[str]:
    return [text[c.start:c.end] for c in listed_township_stems(list(ents), text, county) if c.label == "TOWNSHIP"]


def test_stems_of_the_county():
    stems = county_stems(HUIDONG)
    assert stems["大岭"] == "大岭街道" and stems["稔山"] == "稔山镇" and stems["稔山镇"] == "稔山镇"


def test_two_bare_stems_vouch_for_each_other():
    assert _found("工厂搬到大岭、平山一带，工人也跟着去了。") == ["大岭", "平山"]


def test_a_bare_stem_beside_a_whole_name():
    assert _found("稔山镇、平山的学员都来了。") == ["平山"]


def test_one_stem_alone_is_not_enough():
    assert _found("他在平山工作，大岭有座庙。") == []


def test_no_county_no_reading():
    assert _found("工厂搬到大岭、平山一带。", county=None) == []


def test_an_entity_keeps_its_place():
    t = "工厂搬到大岭、平山一带。"
    s = t.index("平山")
    assert _found(t, [Cand(s, s + 2, "LOC")]) == ["大岭"]


def test_other_bare_mentions_of_an_established_stem_that_is_no_word():
    t = "在中云、阜安两处设培训点。\n中云的女工都来了。"
    assert _found(t, county="370281") == ["中云", "阜安", "中云"]


def test_found_in_the_tagger():
    ents = find_entities("调到大岭、平山两处工作。", county_code=HUIDONG)
    assert [(e.text, e.label) for e in ents if e.label == "TOWNSHIP"] == [("大岭", "TOWNSHIP"), ("平山", "TOWNSHIP")]
