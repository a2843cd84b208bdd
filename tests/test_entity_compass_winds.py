"""Winds in weather lines are no regions (corpus_tools._entity_rules.compass_winds)."""

from __future__ import annotations

from corpus_tools.entities import find_entities


def test_wind_direction_in_a_weather_line_is_no_loc():
    ents = find_entities("12日　晴转多云　东北风3—4级　气温5～16℃", model=False)
    assert not [e for e in ents if e.label == "LOC"]


def test_the_region_itself_stays():
    ents = find_entities("寒潮南下，东北地区气温明显下降。", model=False)
    assert ("东北", "LOC") in [(e.text, e.label) for e in ents]
