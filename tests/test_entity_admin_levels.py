"""Tests of corpus_tools._entity_rules.admin_levels: the administrative-level sets."""

import re

from corpus_tools._entity_rules import admin_levels as al

_STRINGS = ("ADMIN_CHARS", "COUNTY_LEVELS", "GOVERNMENT_LEVELS", "GOVERNMENT_MINORITY_LEVELS",
            "GOVERNMENT_VILLAGE_LEVELS", "TOWN_LEVELS", "UPPER_LEVELS", "UPPER_LEVELS_NO_BANNER", "VILLAGE_UNITS")


def test_every_public_set_is_exported():
    assert set(al.__all__) == set(_STRINGS) | {"TOWNSHIP_SUFFIXES", "LOCAL_UNIT_SUFFIXES"}


def test_character_sets_have_no_repeats_and_are_distinct():
    sets = [frozenset(getattr(al, name)) for name in _STRINGS]
    for name in _STRINGS:
        value = getattr(al, name)
        assert len(set(value)) == len(value), name
    assert len(set(sets)) == len(sets)  # two names never hold the same set


def test_nesting():
    assert set(al.GOVERNMENT_LEVELS) < set(al.ADMIN_CHARS)
    assert set(al.UPPER_LEVELS_NO_BANNER) < set(al.UPPER_LEVELS)
    assert set(al.TOWN_LEVELS) < set(al.VILLAGE_UNITS)
    assert "盟" not in al.ADMIN_CHARS


def test_suffixes_on_names():
    assert "茅坪镇".endswith(al.TOWNSHIP_SUFFIXES)
    assert "龙市街道".endswith(al.TOWNSHIP_SUFFIXES)
    assert not "彭家村".endswith(al.TOWNSHIP_SUFFIXES)
    assert "彭家村".endswith(al.LOCAL_UNIT_SUFFIXES)


def test_sets_as_regex_classes():
    assert re.fullmatch(rf"[\u4e00-\u9fff]{{2}}[{al.COUNTY_LEVELS}]", "平遥县")
    assert re.fullmatch(rf"[\u4e00-\u9fff]{{2}}[{al.COUNTY_LEVELS}]", "平遥镇") is None
