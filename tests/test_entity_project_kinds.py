"""Counted and joined projects (corpus_tools._entity_rules.project_kinds).

The sentences were written for these tests in the style of other county papers; the gold follows
``../shared/gold/entities/GUIDE.md`` (counts of different projects are no PROJECT; a programme spread over
N sites is one).
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_kinds import counted_projects, is_counted_project, joined_projects, plain_word


@pytest.mark.parametrize("text, name", [
    ("全县实施了十二个乡村旅游示范项目。", "乡村旅游示范项目"),
    ("一批批特色种植项目落地。", "特色种植项目"),
    ("引进光伏、风电等新能源项目。", "新能源项目"),
    ("今年新开工水利项目7个。", "水利项目"),
])
def test_a_counted_project_string_is_a_kind(text, name):
    s = text.index(name)
    assert is_counted_project(text, s, s + len(name))


@pytest.mark.parametrize("text, name", [
    ("完成了12处农村公路安保工程。", "农村公路安保工程"),  # one programme over N sites
    ("启动了县城集中供热工程。", "县城集中供热工程"),
    ("及部分古建筑保护项目通过验收。", "古建筑保护项目"),  # a part of the works, no count
])
def test_sites_and_parts_count_no_kind(text, name):
    s = text.index(name)
    assert not is_counted_project(text, s, s + len(name))


def test_a_counted_string_is_a_kind_in_every_mention():
    t = "实施了五个庭院经济项目。庭院经济项目带动增收，县城集中供热工程完工。"
    ents = [Cand(5, 11, "PROJECT"), Cand(12, 18, "PROJECT"), Cand(24, 32, "PROJECT")]
    assert [c.label for c in counted_projects(ents, t)] == ["_", "_", "PROJECT"]


def test_two_works_joined_by_a_conjunction_make_one_project():
    t = "县里启动洋河湿地保护与恢复工程。"
    out = joined_projects([], t, lambda k: 4)
    assert [t[c.start:c.end] for c in out] == ["洋河湿地保护与恢复工程"]


def test_a_plain_first_word_joins_no_project():
    t = "加快城市基础设施建设和配套工程。"
    words = ["B-v", "E-v", "B-n", "E-n"] + ["B-n", "E-n"] * 2 + ["B-vn", "E-vn", "S-c", "B-a", "E-a", "B-n", "E-n", "S-w"]
    out = joined_projects([], t, lambda k: 2, lambda s: plain_word(words, s))
    assert out == []


def test_a_head_that_goes_on_is_no_project_end():
    t = "负责黄河湿地保护和建设工程师的培训。"
    assert joined_projects([], t, lambda k: 2) == []
