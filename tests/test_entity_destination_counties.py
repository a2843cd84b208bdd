"""Counties named bare where people go to work (corpus_tools._entity_rules.destination_counties).

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.destination_counties import destination_counties, destination_forms
from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text, name, code", [
    ("他在义乌打工五年，攒下了本钱。", "义乌", "330782"),
    ("今年春节后，村里二十人前往昆山务工。", "昆山", "320583"),
    ("三十名村民乘大巴前往昆山\n务工。", "昆山", "320583"),  # a line of the column ends in the frame
    ("返岗专列从县城出发，直达苏州和义乌。", "义乌", "330782"),  # a travel verb and a list
])
def test_a_destination_is_a_gpe_with_its_code(text, name, code):
    got = [(e.text, e.label, e.admin_code) for e in find_entities(text, county_code="500235", model=False)]
    assert (name, "GPE", code) in got


@pytest.mark.parametrize("text", ["他在家务工。", "在昆山上看日出。", "在朝阳打工。", "他和义乌人做生意。"])
def test_no_destination_outside_the_frame_or_for_an_ambiguous_form(text):
    assert destination_counties(text, []) == []


def test_the_table_holds_unique_county_forms_only():
    forms = destination_forms()
    assert forms["晋江"] == "350582"
    assert "朝阳" not in forms and "北京" not in forms
