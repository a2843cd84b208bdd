"""Tests for corpus_tools._entity_rules.signature_units: a signature's township, post or unit before the name."""

from corpus_tools import Issue, extract_entities
from corpus_tools._entity_rules.signature_units import signature_part, signature_rows, signature_township


def test_place_signature_gives_its_township():
    assert signature_part("（红石镇　钱卫东）") == "红石镇"
    assert signature_township("红石镇") and signature_township("北关街道")


def test_author_note_gives_the_post_without_the_name():
    assert signature_part("（作者系县委党校副校长）") == "县委党校副校长"
    assert signature_part("（作者系某乡某村党支部书记　卓玛）") == "某乡某村党支部书记"


def test_unit_before_the_byline_name_only():
    assert signature_part("县委党校　钱卫东", ["钱卫东"]) == "县委党校"
    assert signature_part("（县委宣传部　钱　东）", ["钱东"]) == "县委宣传部"
    assert signature_part("县委党校　钱卫东", ["王刚"]) is None  # the layout did not read it as the name
    assert signature_part("（记者　王磊）", ["王磊"]) is None  # a role, not a unit
    assert signature_part("县融媒体中心记者　王磊", ["王磊"]) is None


def test_rows_drop_persons_and_hidden_places_and_add_the_township_by_form():
    hidden = ("p", "p-01", "credit", "某村党支部", "ORG", 3, 8, "", "", None, None)
    person = ("p", "p-01", "credit", "卓玛", "PERSON", 0, 2, "", "", None, None)
    assert signature_rows([hidden, person], "p", "p-01", "某乡某村党支部书记") == []
    rows = signature_rows([], "p", "p-01", "北关街道")
    assert [(r[3], r[4]) for r in rows] == [("北关街道", "TOWNSHIP")]


def test_page_signature_township_is_an_entity():
    raw = ("镇村来信\n\n　　我们镇今年修了三条路，群众出行方便多了，大家都很满意，感谢党的好政策。\n"
           "（红石镇　钱卫东）\n")
    df = extract_entities(Issue(id="p1", raw=raw))
    got = set(zip(df["text"], df["label"]))
    assert ("红石镇", "TOWNSHIP") in got
    assert ("钱卫东", "PERSON") in got
