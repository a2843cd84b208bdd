"""Headings over a paragraph's opening on pages that indent no paragraph (corpus_tools.layout.openings)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.openings import heading_over_opening, titles_over_flush_openings

FLUSH = ("清水河镇开展冬季造林\n记者　白　云\n入冬以来，清水河镇组织群众在荒山上栽植\n油松、侧柏等苗木3万余株，完成造林1200\n亩。\n"
         "城西社区建起老年食堂\n11月20日，城西社区老年食堂正式开张，辖区\n60岁以上老人每餐只需花费5元就能吃上两荤\n一素。"
         "（通讯员　贺　敏）\n")


def test_flush_page_title_over_a_full_opening_line_opens_an_article():
    layout = split_page(FLUSH)
    assert check_no_loss(FLUSH, layout) == []
    assert [a.title for a in layout.articles] == ["清水河镇开展冬季造林", "城西社区建起老年食堂"]
    assert layout.articles[0].body.rstrip().endswith("亩。")
    assert layout.articles[1].body.startswith("11月20日")


def test_flush_heading_needs_a_finished_sentence_above_and_a_full_line_below():
    lines = [ln for ln in read_lines(FLUSH) if ln]
    assert heading_over_opening(lines, 5, 21.0, flush=True)
    assert not heading_over_opening(lines, 2, 21.0, flush=True)  # (a full body line)
    short_below = [ln for ln in read_lines("全镇完成造林。\n城西社区建起老年食堂\n辖区老人受益。\n") if ln]
    assert not heading_over_opening(short_below, 1, 21.0, flush=True)


def test_indented_pages_are_left_to_the_indent_passes():
    raw = "　　全镇完成造林任务。\n城西社区建起老年食堂\n　　11月20日，城西社区老年食堂正式开张，辖区\n老人受益。\n"
    tags = ["B-para", "cont", "B-para", "cont"]
    assert titles_over_flush_openings(read_lines(raw), tags) == tags
