"""Tests of corpus_tools.slogans.series (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans


def _marked(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.evidence) for m in find_slogans(text, formulae=False)]


@pytest.mark.parametrize("text, series", [
    ("推动种植方式向绿色化、标准化、品牌化转变。", "绿色化、标准化、品牌化"),
    ("全县文旅产业正向更高质量、更高效益、更可持续迈进。", "更高质量、更高效益、更可持续"),
    ("合作社以新品种、新机具、新销路带动农户增收。", "新品种、新机具、新销路"),
])
def test_a_series_in_a_goal_or_method_frame(text, series):
    assert _marked(text) == [(series, "parallel", "series in frame")]


@pytest.mark.parametrize("text", [
    "他向张家、李家、王家借了钱。",                          # 向 without a goal verb after
    "以绿色化、标准化、品牌化的产品吸引顾客。",                # 以 without a method verb after
    "合作社向城里、镇上、村里运送蔬菜，带动农户增收。",          # no shared slot
])
def test_no_wrapped_frame_no_series(text):
    assert _marked(text) == []
