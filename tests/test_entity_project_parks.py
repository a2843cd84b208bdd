"""Projects in an industrial park (corpus_tools._entity_rules.project_parks): the park is a FAC, the
project what is built there.

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_parks import park_projects
from corpus_tools.entities import find_entities


def _spans(text: str, cands: list[Cand]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in cands]


def test_a_product_project_in_a_park_is_split_from_the_park():
    t = "6月2日，云河工业园区锂电池隔膜项目正式投产。"
    got = [(e.text, e.label) for e in find_entities(t)]
    assert ("云河工业园区", "FAC") in got
    assert ("锂电池隔膜项目", "PROJECT") in got


def test_a_kind_after_the_park_leaves_the_park_alone():
    t = "青川经济开发区新上项目"
    assert _spans(t, park_projects([Cand(0, len(t), "PROJECT")], t)) == [("青川经济开发区", "FAC")]


def test_works_on_the_park_itself_stay_one_project():
    for t in ("青川工业园区二期项目", "青川工业园区标准厂房建设项目", "青川工业园区基础设施配套工程"):
        assert _spans(t, park_projects([Cand(0, len(t), "PROJECT")], t)) == [(t, "PROJECT")]
