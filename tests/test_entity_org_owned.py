"""Units named after their owner (``_entity_rules.org_owned``) and a firm's trade name written with part of
its industry word (``assemble.firm_short_forms``); invented sentences in other counties' wording."""

from __future__ import annotations

from collections import Counter

from corpus_tools._entity_rules.org_short_forms import firm_short_forms
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_owned import owned_units
from corpus_tools.entities import find_entities


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_unit_after_a_village_is_the_owners():
    text = "走进徐马庄村王飞家庭农场。王飞说，产品好卖。"
    ents = [Cand(2, 6, "VILLAGE"), Cand(6, 8, "PERSON"), Cand(8, 12, "_"), Cand(13, 15, "PERSON")]
    assert _spans(owned_units(ents, text), text) == [("徐马庄村", "VILLAGE"), ("王飞家庭农场", "ORG"), ("王飞", "PERSON")]


def test_owner_never_named_alone_stays_person():
    text = "走进王飞家庭农场参观。"
    ents = [Cand(2, 4, "PERSON")]
    assert owned_units(ents, text) == ents


def test_verb_between_name_and_head_is_a_clause():
    text = "王建国开办养殖场。王建国说。"
    ents = [Cand(0, 3, "PERSON"), Cand(9, 12, "PERSON")]
    assert owned_units(ents, text) == ents


def test_title_after_the_unit_is_no_unit():
    text = "王飞工作室主任介绍。王飞说。"
    ents = [Cand(0, 2, "PERSON"), Cand(10, 12, "PERSON")]
    assert owned_units(ents, text) == ents


def test_place_inside_is_not_swallowed():
    text = "张勇大寨村合作社。张勇说。"
    ents = [Cand(0, 2, "PERSON"), Cand(2, 5, "VILLAGE"), Cand(9, 11, "PERSON")]
    assert owned_units(ents, text) == ents


def test_trade_name_keeps_the_part_of_its_industry_written():
    text = "河北金丰农业科技有限公司负责人说，金丰农业准备扩大生产。"
    out = firm_short_forms([Cand(0, 12, "ORG")], text, [Cand(0, 2, "GPE")])
    assert _spans(out, text) == [("金丰农业", "ORG")]


def test_owned_farm_in_a_report():
    text = "在岱岳区夏张镇，赵振华养殖场存栏肉牛300多头。赵振华说，今年打算再建两个牛棚。"
    got = Counter((e.text, e.label) for e in find_entities(text) if e.label in ("ORG", "PERSON"))
    assert got == Counter({("赵振华养殖场", "ORG"): 1, ("赵振华", "PERSON"): 1})
