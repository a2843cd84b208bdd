"""Tests of corpus_tools.slogans.themes: the theme line of a political event is a slogan, a show's name is not."""

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.themes import political_theme


def found(text):
    return {m.text: m.kind for m in find_slogans(text, formulae=False)}


@pytest.mark.parametrize("text, theme", [
    ("县文化馆举办“党恩永记心间”群众歌咏大赛，12支队伍参赛。", "党恩永记心间"),
    ("镇里举办“喜迎二十大　山歌唱新村”山歌会，歌手30多名。", "喜迎二十大　山歌唱新村"),
])
def test_political_themes_are_slogans(text, theme):
    assert found(text).get(theme) == "quoted"


def test_a_show_is_no_slogan():
    assert "荷香六月" not in found("景区举办“荷香六月”活动，游客体验采莲。")


def test_political_theme_needs_an_event_head():
    assert political_theme("党恩永记心间", "文艺汇演") and not political_theme("党恩永记心间", "，他说")


def test_a_theme_pair_of_unequal_parts():
    text = "团县委举办“学习二十大、争做新青年”知识竞赛，16支代表队参赛。"
    assert found(text).get("学习二十大、争做新青年") == "quoted"
