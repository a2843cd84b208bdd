"""user36b F1, F11: a former township printed with 乡 where a village of today bears its name; the entity table's link.

Invented text on 浦江县 (330726): 巧溪村 and 潘宅村 are villages of today, no township of the country is called 巧溪乡
or 潘宅乡 (the gazetteer's former-township situation of 周台子乡 / 周台子村 in 定边县, any county)."""
import warnings

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools._entity_rules.former_townships import former_township_length
from corpus_tools.former_places import link_kind, not_in_gazetteer


def _corpus(text: str, date: str = "2001-05-01"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.read_corpus(pd.DataFrame({"issue_id": ["x"], "date": [date], "county_code": ["330726"],
                                            "text": [text]}))


@pytest.fixture(scope="module")
def linked():
    c = _corpus("巧溪等两乡并入浦南街道\n　　今年，潘宅乡在潘宅村实施退耕还林，潘宅乡农经站加强监督。"
                "潘宅乡并入浦南街道，巧溪乡并入浦南街道，巧溪村的干部到街道报到。\n")
    return ct.with_place_links(ct.extract_entities(c), c)


def test_a_name_printed_with_xiang_is_a_township_not_the_village(linked):
    towns = linked[linked["text"] == "潘宅乡"]
    assert len(towns) >= 2 and set(towns["label"]) == {"TOWNSHIP"}
    assert not linked["admin_code"].eq("330726001211").any() or \
        set(linked.loc[linked["admin_code"].eq("330726001211"), "text"]) == {"潘宅村"}  # the village keeps its own
    assert "潘宅" not in set(linked.loc[linked["label"] == "VILLAGE", "text"])


def test_the_former_township_links_to_its_successor_in_the_entity_table(linked):
    towns = linked[(linked["text"] == "潘宅乡") & (linked["label"] == "TOWNSHIP")]
    assert set(towns["link"]) == {"former-via-merger"} and set(towns["linked_to"]) == {"浦南街道"}
    assert set(towns["admin_code"]) == {"330726001"}
    assert set(linked.loc[linked["label"] == "ORG", "link"]) <= {""}


def test_the_township_office_is_one_org(linked):
    assert ("潘宅乡农经站", "ORG") in set(zip(linked["text"], linked["label"]))


def test_a_stem_before_a_count_of_townships_is_a_township(linked):
    assert ("巧溪", "TOWNSHIP") in set(zip(linked["text"], linked["label"]))


def test_without_a_merger_sentence_the_row_says_not_in_gazetteer():
    c = _corpus("巧溪乡退耕还林\n　　今年，巧溪乡实施退耕还林。\n")
    e = ct.with_place_links(ct.extract_entities(c), c)
    rows = e[e["text"] == "巧溪乡"]
    assert len(rows) == 2 and set(rows["link"]) == {"not-in-gazetteer"} and rows["admin_code"].isna().all()


def test_words_after_xiang_stay_words():
    assert former_township_length("巧溪乡村旅游", 0, 2) == 0
    assert former_township_length("巧溪乡亲们", 0, 2) == 0
    assert former_township_length("巧溪乡党委", 0, 2) == 3
    assert former_township_length("巧溪两个村", 0, 2) == 0


def test_a_rename_keeping_the_stem_links_the_same_with_or_without_a_merger_sentence():
    assert link_kind("浦阳乡", "330726003") == "stem"
    assert link_kind("浦阳乡", "330726003", {"浦阳乡": ("330726003", "浦阳街道", "")}) == "stem"
    assert not_in_gazetteer("巧溪乡", "330726") and not not_in_gazetteer("巧溪村", "330726")
