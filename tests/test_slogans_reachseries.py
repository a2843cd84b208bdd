"""Tests of corpus_tools.slogans.reachseries (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.reachseries import reach_series


def _marked(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_slogans(text, formulae=False, decision=False)]


@pytest.mark.parametrize("items, text, expected", [
    (["进机关", "进农村", "进学校", "进家庭"], "推动法治宣传进机关、进农村、进学校、进家庭。", True),
    (["进机关", "进农村", "进学校", "进家庭"], "开展进机关、进农村、进学校、进家庭的“四进”活动。", False),
    (["进机关", "进农村", "进学校", "进家庭"], "开展“三进”活动，宣讲进机关、进农村、进学校、进家庭。", True),
    (["进得来", "留得住", "玩得好"], "让游客进得来、留得住、玩得好。", False),   # a requirement, not places
    (["进机关", "进农村"], "", False),                                           # two items: no series
    (["下基层", "进农村", "进学校"], "", False),
])
def test_reach_series(items, text, expected):
    assert reach_series(items, text) is expected


def test_an_unquoted_run_of_places_reached_is_no_slogan():
    text = "县委宣讲团要推动全会精神进机关、进农村、进学校、进社区、进企业，营造浓厚氛围。"
    assert all("进机关" not in t for t, _ in _marked(text))


def test_the_run_stays_when_the_page_quotes_its_count():
    text = "宣讲团开展进机关、进农村、进学校、进社区、进企业的“五进”宣讲活动。"
    found = _marked(text)
    assert ("五进", "numbered") in found
    assert any(t.startswith("进机关") and k == "parallel" for t, k in found)


def test_a_quoted_run_of_places_is_judged_by_the_quote_rules():
    assert ("进校园、进军营、进乡村", "parallel") in _marked("皮影戏“进校园、进军营、进乡村”活动启动。")


def test_items_given_as_one_string_are_refused():
    from corpus_tools.errors import ArgumentTypeError

    with pytest.raises(ArgumentTypeError, match="items must be an iterable of items.*wrap it in a list"):
        reach_series("进机关、进农村、进学校", "")
    with pytest.raises(ArgumentTypeError, match="text must be a str, got int"):
        reach_series(["进机关", "进农村", "进学校"], 3)
