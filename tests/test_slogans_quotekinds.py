"""Tests of the kind a quoted pair of 一X一Y parts takes (corpus_tools.slogans.quotetest)."""

import pytest

from corpus_tools.slogans import find_slogans


def kinds(text):
    return {m.text: m.kind for m in find_slogans(text, formulae=False)}


@pytest.mark.parametrize("text, pair, kind", [
    ("镇里坚持“一组一策、一人一档”，帮助困难群众选准门路。", "一组一策、一人一档", "quoted"),   # a plan per unit
    ("全县推行“一河一档、一河一策”管理。", "一河一档、一河一策", "numbered"),                      # one unit
    ("各乡按照“一乡一品、一镇一业”的思路发展产业。", "一乡一品、一镇一业", "numbered"),            # products
])
def test_pairs_of_one_per_unit(text, pair, kind):
    assert kinds(text).get(pair) == kind


def test_no_count_cut_out_of_one_person_per_unit():
    found = kinds("镇里推广该村“一户一名明白人、一村一个调解室”的做法。")
    assert "一户一名" not in found and "一村一个" not in found


def test_a_formula_in_a_four_three_rhythm_is_still_cut_out():
    found = kinds("村里开展“共驻共建聚合力、四下基层送健康”活动。")
    assert found.get("四下基层") == "numbered"
