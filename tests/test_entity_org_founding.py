"""Bodies the text says were set up (corpus_tools._entity_rules.org_founding)."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.org_founding import founded_bodies


def _names(text, places=frozenset()):
    return [text[c.start:c.end] for c in founded_bodies(text, None, frozenset(), places)]


@pytest.mark.parametrize("text, names", [
    ("乡里组建了梯田保护巡查中队，由乡综治中心统一调度。", ["梯田保护巡查中队"]),
    ("县里成立了脐橙产业发展领导小组和电商服务中心。", ["脐橙产业发展领导小组", "电商服务中心"]),
    ("成立以县长为组长的河道治理工作领导小组。", ["河道治理工作领导小组"]),
])
def test_a_founded_body_named_by_its_remit_is_an_organisation(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "村里成立了合作社，还组建了巡逻队。",  # a bare head, a team of anything
    "村民创办了油茶产业开发公司。",  # a firm set up: words.introduced_kind decides
    "设立了专门的活动室、娱乐室和餐厅。",  # rooms
    "在各省设立若干区域医疗中心。",  # a count of bodies of a kind
    "建立全流程依法公开的阳光化法院。",  # a clause describes a kind
])
def test_no_body_from_kinds_rooms_firms_or_counts(text):
    assert _names(text) == []


def test_a_place_inside_the_body_is_left_to_the_head_rules():
    text = "成立智慧城市暨智慧阜南建设工作领导小组"
    assert _names(text, {text.index("阜南")}) == []
