"""What follows an organisation's name (``_entity_rules.org_tails``): numbered groups and place-named branches join it,
a central school joins its 中心, a medical team a unit sends and a team a place forms are cut off; invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_tails import org_tails


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


@pytest.mark.parametrize("text, n, want", [
    ("宜宾市委第三巡察组进驻县里", 4, "宜宾市委第三巡察组"),
    ("县纪委第1检查组抽查台账", 3, "县纪委第1检查组"),
])
def test_numbered_group_joins_its_committee(text, n, want):
    assert _spans(org_tails([Cand(0, n, "ORG")], text), text) == [(want, "ORG")]


def test_place_named_branch_joins_its_bank_read_as_two():
    text = "中国建设银行通渭县支行放贷"
    ents = [Cand(0, 6, "ORG"), Cand(6, 11, "ORG")]
    assert _spans(org_tails(ents, text), text) == [("中国建设银行通渭县支行", "ORG")]


def test_branch_of_no_bank_stays_apart():
    text = "县委宣传部和顺县支行"
    assert _spans(org_tails([Cand(0, 5, "ORG")], text), text) == [("县委宣传部", "ORG")]


@pytest.mark.parametrize("text, n, want", [
    ("县人民医院医疗队走进山村", 8, "县人民医院"),
    ("镇卫生院组织巡诊队入户体检", 9, "镇卫生院"),
])
def test_medical_team_is_cut_off_its_unit(text, n, want):
    assert _spans(org_tails([Cand(0, n, "ORG")], text), text) == [(want, "ORG")]


def test_service_team_of_a_community_stays_one_body():
    text = "桃源社区志愿服务队上门"
    assert _spans(org_tails([Cand(0, 9, "ORG")], text), text) == [("桃源社区志愿服务队", "ORG")]


def test_team_a_community_forms_leaves_the_community():
    text = "青松社区组织腰鼓队排练"
    assert _spans(org_tails([Cand(0, 9, "ORG")], text), text) == [("青松社区", "COMMUNITY")]


def test_central_school_joins_its_center():
    text = "他在石门镇中心完小教书"
    assert _spans(org_tails([Cand(2, 7, "ORG")], text), text) == [("石门镇中心完小", "ORG")]
