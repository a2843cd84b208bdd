"""Round 35 (helper gpeper35): a unit's signature, surnames that are nothing else, a county before a firm.

Invented fixtures (no gold page text).
"""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_place_firms import place_firms
from corpus_tools._entity_rules.person_slot_names import only_surname, slot_names
from corpus_tools._entity_rules.person_unit_signatures import unit_signatures


def _pairs(text: str) -> list[tuple[str, str]]:
    df = ct.extract_entities([text])
    return list(zip(df["text"], df["label"]))


def test_a_unit_signature_vouches_for_a_rare_surname():
    t = "路灯亮了，村民夜里出门放心多了。（东岗镇　訾海平）\n学习心得\n县委党校　乜文军\n"
    assert [t[s:e] for s, e in unit_signatures(t)] == ["訾海平", "乜文军"]
    t = "（作者单位：北湖镇农业服务中心　仝建设）（作者系某村党支部书记　更桑加）"
    assert [t[s:e] for s, e in unit_signatures(t)] == ["仝建设", "更桑加"]


def test_headline_couplets_and_bylines_are_no_unit_signature():
    t = "一方有难　八方支援\n产业到户　增收到人\n（记者　王文华）\n"
    assert unit_signatures(t) == []
    t = "江孜县融媒体中心　　主办\n"
    assert unit_signatures(t) == []


def test_a_surname_that_is_nothing_else_takes_a_given_name_that_is_a_word():
    assert only_surname("禚") and only_surname("庹") and not only_surname("王") and not only_surname("和")
    t = "河湾村农民禚桂花说：“今年收成好。”"
    assert [t[s:e] for s, e in slot_names(t)] == ["禚桂花"]
    t = "为社区空巢老人提供日间照料，种粮大户种了六十亩。"
    assert slot_names(t) == []
    assert ("庹长江", "PERSON") in _pairs("石门村农民庹长江一家育苗十五亩，今年收入过万元。")
    assert ("谌满娇", "PERSON") in _pairs("客家山歌传人谌满娇今年五十八岁。")


def test_a_county_before_a_firm_stays_in_its_name():
    t = "去年成立了北川县青禾马铃薯专业合作社。"
    out = place_firms([Cand(5, 8, "GPE"), Cand(8, 18, "ORG")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("北川县青禾马铃薯专业合作社", "ORG")]
    t = "平遥县委召开会议"
    assert len(place_firms([Cand(0, 2, "GPE"), Cand(2, 4, "ORG")], t)) == 2
    t = "新建村青禾合作社"  # a village before a trade name stays apart (GUIDE)
    assert len(place_firms([Cand(0, 3, "VILLAGE"), Cand(3, 8, "ORG")], t)) == 2
