"""Tests of corpus_tools.slogans.unevenrun: an unframed repeated-word series whose first item is one character longer."""

import corpus_tools as ct
from corpus_tools.slogans.unevenrun import near_even_repeated


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(text)}


def test_near_even_items_close_a_clause():
    assert near_even_repeated(["统一供鸭苗", "统一防病", "统一回收"], "", "，养")
    assert near_even_repeated(["统一供鸭苗", "统一防病", "统一回收"], "合作社", "。")


def test_rejected_shapes():
    assert not near_even_repeated(["统一供鸭苗", "统一防病", "统一回收"], "", "等工作")     # a described list
    assert not near_even_repeated(["统一防病", "统一回收", "统一收购"], "", "，")          # even: the even rule's
    assert not near_even_repeated(["统一指挥", "统一协调", "统一调度下"], "在县委", "，")    # the clause's next word
    assert not near_even_repeated(["统一供应优质鸭苗", "统一防病", "统一回收"], "", "，")  # three characters apart
    assert not near_even_repeated(["不同年龄段", "不同行业", "不同地区"], "", "，", ("不同",))
    assert not near_even_repeated(["统一供鸭苗", "统一防病", "统一回收"], "村里的", "，")


def test_series_found_without_frame():
    found = _found("养鸭协会采取“协会+农户”的办法，统一供鸭苗、统一防病、统一回收，每户增收两千元。")
    assert found.get("统一供鸭苗、统一防病、统一回收") == "parallel"


def test_series_after_a_subject():
    found = _found("推广“企业+农户”模式，企业统一供鸡苗、统一防病、统一回收，农户只管养殖。")
    assert found.get("统一供鸡苗、统一防病、统一回收") == "parallel"


def test_described_list_stays_out():
    found = _found("他们来自不同年龄段、不同行业、不同地区，聚在一起。")
    assert not any("不同" in t for t in found)
