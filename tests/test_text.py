"""Tests for corpus_tools.text: width normalisation and sentence spans."""

import pytest

from corpus_tools.text import normalize_text, pair_starts, repeated_pairs, sentence_around, strip_spaces, to_halfwidth


def test_halfwidth_keeps_length_and_offsets():
    s = "１９９８年ＡＰＥＣ会议，平遥"
    out = to_halfwidth(s)
    assert out == "1998年APEC会议，平遥"
    assert len(out) == len(s)
    assert normalize_text(s) == out


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 2, "县委召开会议。"),
    (7, 9, "梁村推进乡村振兴；"),
    (16, 19, "岳壁乡开展培训"),        # last sentence has no end mark
    (4, 9, "县委召开会议。梁村推进乡村振兴；"),  # a span across an end mark covers both sentences
])
def test_sentence_around(start, end, expected):
    text = "县委召开会议。梁村推进乡村振兴；岳壁乡开展培训"
    assert sentence_around(text, start, end) == expected


def test_sentence_around_line_break_ends_sentence():
    text = "平遥古城\n双林寺迎客"
    assert sentence_around(text, 5, 8) == "双林寺迎客"
    assert strip_spaces(text) == "平遥古城双林寺迎客"


def test_sentence_around_far_into_a_long_text():
    # the sentence start is looked for backwards in growing windows: far from the last end mark too
    text = "开头。" + "平遥" * 2000 + "古城。后文"
    assert sentence_around(text, 4000, 4002) == "平遥" * 2000 + "古城。"
    assert sentence_around(text, 4006, 4008) == "后文"
    assert sentence_around("平遥" * 600, 1000, 1002) == "平遥" * 600


@pytest.mark.parametrize("text", ["", "平", "平遥县平遥古城", "哈哈哈，平遥平遥县", "古城 古城\n古城"])
def test_pair_starts_are_those_a_scan_visits(text):
    pairs = {"平遥", "古城", "哈哈"}
    assert pair_starts(text, pairs) == [i for i in range(len(text) - 1) if text[i:i + 2] in pairs]
    assert pair_starts(text, {"平遥": 1}) == [i for i in range(len(text) - 1) if text[i:i + 2] == "平遥"]


def test_repeated_pairs_count_overlapping_starts():
    assert repeated_pairs("哈哈哈") == {"哈哈"}
    assert repeated_pairs("平遥县，平遥古城") == {"平遥"}
    assert repeated_pairs("平遥县") == set() == repeated_pairs("")


def test_masthead_date_of_a_running_header_with_the_page_after_its_name():
    import datetime as dt
    from corpus_tools.text import masthead_date
    assert masthead_date("清流报　2012年8月9日　星期四　乡村振兴·B2") == dt.date(2012, 8, 9)
    assert masthead_date("2012年8月9日　星期四　B2　乡村振兴") == dt.date(2012, 8, 9)
    assert masthead_date("2012年8月9日，B2地块完成出让。") is None
