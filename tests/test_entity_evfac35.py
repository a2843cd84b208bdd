"""evfac35: plans / reproaches / categories are no PROJECT, a county's square is FAC, a memorial named after an event is one FAC."""

import corpus_tools as ct
from corpus_tools._entity_rules.event_memorials import event_memorials
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.project_idioms import plain_projects


def _ents(text):
    return [(e.text, e.label) for e in ct.find_entities(text)]


def test_plans_reproaches_and_categories_are_no_projects():
    for t, word in (("镇里讨论通过了全镇“十五”计划。", "计划"), ("不能搞劳民伤财的“面子工程”。", "面子工程"),
                    ("那是全省第一个入选的竹编类项目。", "类项目")):
        assert not any(label == "PROJECT" for _, label in _ents(t)), t
    t = "“十一五”规划，河道疏浚工程"
    kept = plain_projects([Cand(0, 7, "PROJECT"), Cand(8, 14, "PROJECT")], t)
    assert [t[c.start:c.end] for c in kept] == ["河道疏浚工程"]


def test_county_square_is_a_facility():
    assert ("县文化广场", "FAC") in _ents("文艺汇演在县文化广场举行。")
    assert ("县文化广场", "FAC") not in _ents("全县文化广场建设全面铺开。")


def test_memorial_named_after_an_event_is_one_facility():
    assert ("南昌起义纪念馆", "FAC") in _ents("游客参观南昌起义纪念馆。")
    t = "来到秋收起义修水纪念馆"
    ents = [Cand(2, 6, "EVENT"), Cand(6, 11, "FAC")]
    assert [(t[c.start:c.end], c.label) for c in event_memorials(ents, t)] == [("秋收起义修水纪念馆", "FAC")]
    assert [c.label for c in event_memorials([Cand(0, 4, "EVENT")], "南昌起义爆发")] == ["EVENT"]
