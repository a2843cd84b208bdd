"""Tests of corpus_tools.slogans.detect (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.detect import numbered_item


def _marked(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.evidence) for m in find_slogans(text, formulae=False)]


@pytest.mark.parametrize("s", ["百局联百村", "万企帮万村", "百镇千村", "千村千生计划"])
def test_round_number_groups_are_numbered(s):
    assert numbered_item(s)


@pytest.mark.parametrize("s", ["百亩千头", "千吨万人", "百年千年"])
def test_round_numbers_of_units_are_not_numbered(s):
    assert not numbered_item(s)


def test_a_quoted_round_number_idiom_is_no_formula():
    assert _marked("好消息传遍“千家万户”。") == []           # data/idioms.txt, before any count test


def test_a_quoted_round_number_campaign():
    assert _marked("县里开展“百局联百村”活动，各单位都动了起来。") == [("百局联百村", "numbered", "numbered")]


def test_a_headline_motto_lifted_from_speech():
    text = ("村支书王小明——\n田要种得好 路要修得宽（乡村新貌）\n"
            "“田要种得好，路要修得宽。这是我们的老规矩。”王小明说。")
    assert _marked(text) == [("田要种得好，路要修得宽", "quoted", "headline motto")]
    # without the headline the same speech is speech
    assert _marked(text.split("\n", 2)[2]) == []


def test_a_headline_that_is_no_motto_is_ignored():
    text = "村里变了样\n“村里变了样，大家都高兴。”他说。"
    assert _marked(text) == []
