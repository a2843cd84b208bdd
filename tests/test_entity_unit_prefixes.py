"""Department names the segmenter cuts into one-character words, and works roles before a firm (user32b F12)."""

from __future__ import annotations

import pytest

from corpus_tools import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("text, org", [
    ("船营区住建局有关负责人表示，将加强质量监管。", "船营区住建局"),   # 住|建|局: not 建 a verb taking 局
    ("丰台区住建局派驻技术人员全程监督。", "丰台区住建局"),
    ("县住建局有关负责人表示。", "县住建局"),
])
def test_a_level_and_a_short_department_name_stay_one_org(text, org):
    assert _orgs(text) == [org]


@pytest.mark.parametrize("text, org", [
    ("施工单位江城热力公司负责人介绍。", "江城热力公司"),
    ("中标单位吉林宏达建筑公司进场施工。", "吉林宏达建筑公司"),
    ("主办单位县委宣传部", "县委宣传部"),
])
def test_a_works_role_opens_no_firm_name(text, org):
    assert _orgs(text) == [org]


def test_a_verb_before_a_head_still_takes_it_as_its_object():
    assert _orgs("孩子上大学的学费有了着落。") == []
