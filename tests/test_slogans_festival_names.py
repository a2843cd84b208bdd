"""Quoted names built on a festival or season are events, not formulae (nameframes.festival_name)."""

import pytest

import corpus_tools as ct
from corpus_tools.slogans.nameframes import festival_name


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(text)}


@pytest.mark.parametrize("text", ["文化站举办“情暖中秋”文艺活动。", "县里开展“欢度元宵”游园活动。",
                                  "景区推出“清凉夏日”系列活动。"])
def test_festival_event_names_are_no_slogans(text):
    assert not _found(text)


def test_a_series_with_a_festival_word_is_still_judged():
    assert _found("开展“迎新春 写春联 送祝福”主题活动").get("迎新春 写春联 送祝福") == "parallel"


def test_shape():
    assert festival_name("情暖中秋") and not festival_name("访民情、解民忧、迎新春")
    assert not festival_name("三下乡")
