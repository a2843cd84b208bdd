"""Full names after a noun for a working person or a span of years (corpus_tools._entity_rules.person_worker_slots),
and the slot noun that runs on into the next character (农民|工维权, corpus_tools._entity_rules.person_slot_names).

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.person_slot_names import slot_names
from corpus_tools._entity_rules.person_worker_slots import worker_slot_names
from corpus_tools.entities import find_entities


def _persons(text: str) -> list[str]:
    return [e.text for e in find_entities(text, model=False) if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("“工资按月发。”工人向春燕说。", "向春燕"),  # a surname that is also a preposition
    ("初二学生向晓梅，爸妈都在福建打工。", "向晓梅"),
    ("在广州打工八年的程玉华，今年回村办起了养鸡场。", "程玉华"),  # years at work + 的
    ("“厂里包吃住。”工人冉建国说。", "冉建国"),  # a given name that is a word, with a speech verb
    ("五年级学生冉建国，跟着奶奶生活。", "冉建国"),  # or after a surname that is mostly one
])
def test_a_worker_is_named(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "学生向老师问好。",
    "工人向记者介绍，",
    "学生向建国，",  # a word as given name needs the speech verb or a surname that is mostly one
    "经过30年的发展历程，",
    "组织农民工维权宣传。",
])
def test_no_name_where_none_is(text):
    assert worker_slot_names(text) == []


@pytest.mark.parametrize("text", ["镇里开展农民工维权宣传。（刘小芳）", "开展农民工维权活动。"])
def test_a_noun_running_into_the_next_character_is_no_slot(text):
    assert slot_names(text) == []
    assert not any(p.startswith("工") for p in _persons(text))
