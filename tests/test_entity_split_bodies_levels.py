"""Two bodies written together in the minority regions (旗委旗政府): ``_entity_rules.orgparts.split_bodies``."""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text, bodies", [
    ("在旗委旗政府的领导下，全旗干部奋力拼搏。", ["旗委", "旗政府"]),
    ("州委州政府高度重视这项工作。", ["州委", "州政府"]),
    ("县委县政府高度重视这项工作。", ["县委", "县政府"]),
])
def test_two_bodies_split(text, bodies):
    assert [e.text for e in find_entities(text) if e.label == "ORG"] == bodies
