"""Two named bodies joined by 和/与/及 are two organisations (``orgparts._joined_named_body`` in ``split_bodies``);
invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


def _orgs(text):
    return [text[e.start:e.end] for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("text,orgs", [
    ("学院与兰州大学和西北师范大学签订协议。", ["兰州大学", "西北师范大学"]),
    ("他率队来到贵州大学和遵义医科大学。", ["贵州大学", "遵义医科大学"]),
])
def test_two_universities_are_two_organisations(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text,org", [
    ("县文化和旅游局组织演出。", "县文化和旅游局"),
    ("县发展和改革局批复了项目。", "县发展和改革局"),
])
def test_a_department_joining_two_fields_stays_one(text, org):
    assert org in _orgs(text)
