"""Tests of corpus_tools.slogans.alikerun (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.alikerun import built_alike


def _marked(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_slogans(text, formulae=False, decision=False)]


@pytest.mark.parametrize("a, b, alike", [
    ("五加二", "白加黑", True),
    ("六稳", "六保", True),
    ("打伞破网", "打财断血", True),
    ("五加二", "乡村振兴", False),      # lengths differ
    ("党建", "党建", False),            # the same phrase
    ("五加二", "7+2", False),           # not Chinese characters
    ("村霸", "路霸", True),
])
def test_built_alike(a, b, alike):
    assert built_alike(a, b) is alike


def test_a_rejected_quote_beside_a_taken_one_built_alike_is_taken():
    found = _marked("河湾乡干部发扬“五加二”“白加黑”的作风，抢修水渠。")
    assert ("五加二", "numbered") in found
    assert ("白加黑", "quoted") in found


def test_a_run_of_alike_words_no_rule_takes_stays_out():
    # the neighbour must be taken: two nicknames built alike lend each other nothing
    assert _marked("清理“街霸”“菜霸”，集市秩序好了。") == []


def test_an_unlike_neighbour_lends_nothing():
    found = _marked("河湾乡干部发扬“五加二”“老黄牛”的作风。")
    assert ("老黄牛", "quoted") not in found


def test_a_neighbour_taken_on_a_weak_cue_lends_nothing():
    from corpus_tools.slogans.alikerun import alike_in_run
    from corpus_tools.slogans.core import SloganMention
    from corpus_tools.slogans.quotes import find_quotes, quote_groups

    t = "开展“卫生户”“卫生村”评比。"
    qs = find_quotes(t)
    weak = [SloganMention("卫生户", "quoted", qs[0].start, qs[0].end, True, "", "role in sentence")]
    strong = [SloganMention("卫生户", "quoted", qs[0].start, qs[0].end, True, "", "long quoted phrase")]
    assert alike_in_run(t, quote_groups(qs, t), qs, weak, [qs[1]]) == []
    assert [m.text for m in alike_in_run(t, quote_groups(qs, t), qs, strong, [qs[1]])] == ["卫生村"]


def test_quotes_across_a_comma_share_no_frame():
    # a comma closes the clause: the festival beside the campaign year is a name of its own
    found = _marked("今年是我县的“项目建设年”，“平遥中国年”也如期举行。")
    assert ("平遥中国年", "quoted") not in found
