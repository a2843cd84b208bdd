"""Bare 中央 standing for the central authorities (``_entity_rules.heads``); invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text", [
    "全乡严格执行中央“八项规定”。",
    "中央提出的新要求，要落实到每个村。",
    "全旗认真贯彻中央和自治区党委的部署。",
])
def test_bare_central_authorities(text):
    assert ("中央", "ORG") in [(e.text, e.label) for e in find_entities(text)]


def test_central_inside_a_name_is_not_bare():
    assert ("中央", "ORG") not in [(e.text, e.label) for e in find_entities("中央电视台播出了这个节目。")]
