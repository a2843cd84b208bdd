"""County bodies written with the bare level (``_entity_rules.org_level_units``); invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_level_units import level_units


def _texts(ents, text):
    return [text[c.start:c.end] for c in ents]


def test_station_and_committee_after_a_boundary():
    text = "经县蚕桑工作站指导，县直机关工委组织学习"
    assert _texts(level_units([], text), text) == ["县蚕桑工作站", "县直机关工委"]


def test_numbered_item_opens_a_school():
    text = "3.县第二中学综合楼已封顶"
    assert _texts(level_units([], text), text) == ["县第二中学"]


@pytest.mark.parametrize("text", [
    "全县各中学都开了课",  # a scope
    "县里成立了服务中心",  # a clause
    "通渭县农技推广站",  # a full county name: the other rules'
])
def test_no_level_unit(text):
    assert level_units([], text) == []


def test_an_entity_already_there_wins():
    text = "由旗草原监理所处理"
    assert _texts(level_units([Cand(1, 7, "ORG")], text), text) == ["旗草原监理所"]


def test_pupils_are_no_school():
    assert level_units([], "，县二中学生多来自山区") == []
