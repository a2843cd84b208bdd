"""Tests of corpus_tools.slogans.placenames (invented fixtures; the shipped gazetteer)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans.placenames import is_division_stem, is_place, is_place_name, starts_with_division


@pytest.mark.parametrize("s", ["十八洞村", "三河市", "小岗村"])
def test_full_names_of_divisions_are_places(s):
    assert is_place_name(s) and is_place(s)


@pytest.mark.parametrize("s", ["三江", "景宁", "安吉", "七台河"])
def test_short_names_of_counties_and_cities_are_places(s):
    assert is_division_stem(s)


@pytest.mark.parametrize("s", ["三农", "五个一批", "两学一做", "四好农村公路", "百镇千村"])
def test_counting_formulae_are_no_places(s):
    assert not is_place(s)


def test_a_phrase_opening_with_a_county_names_its_thing():
    assert starts_with_division("安吉县白茶节") and not starts_with_division("乡村振兴")
