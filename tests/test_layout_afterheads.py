"""Headlines printed after their bodies, read from the words they share (``layout.afterheads``)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.afterheads import titles_after_closed_bodies
from corpus_tools.layout.lines import read_lines


def _lines(*rows: str) -> list:
    return read_lines("\n".join(rows) + "\n")


def test_heading_run_naming_the_body_above_is_its_title():
    raw = _lines("本报讯 白杨村举办葡萄采摘节，游客走进", "白杨村葡萄园。（通讯员 周林）", "白杨村",
                 "葡萄采摘节开幕", "本报讯 城关社区建成助餐点，老人就近用餐。")
    tags = ["B-para", "cont", "B-title", "title", "para"]
    assert titles_after_closed_bodies(raw, tags) == ["B-para", "cont", "title", "title", "B-para"]


def test_run_is_cut_where_the_words_turn_to_the_body_below():
    raw = _lines("本报讯 城关社区建成助餐点，助餐点让", "老人就近用餐。", "（李 华）", "城关社区", "建成助餐点",
                 "梨花山花海", "游客在梨花山赏花，梨花山花海正盛。")
    tags = ["B-para", "cont", "byline", "B-title", "title", "para", "para"]
    out = titles_after_closed_bodies(raw, tags)
    assert out[3:6] == ["title", "title", "B-title"]


def test_body_with_its_own_headline_keeps_the_run():
    raw = _lines("白杨村葡萄采摘节开幕", "本报讯 白杨村举办葡萄采摘节。（周林）", "白杨村葡萄", "销往京津",
                 "本报讯 葡萄销售火热。")
    for tags in (["B-title", "para", "B-title", "title", "para"], ["B-title", "B-para", "B-title", "title", "para"]):
        assert titles_after_closed_bodies(raw, tags) == tags


def test_run_sharing_no_words_with_the_body_above_is_the_next_headline():
    raw = _lines("本报讯 白杨村举办葡萄采摘节。（周林）", "区人大代表", "视察城区道路", "本报讯 区人大代表视察城区道路建设。")
    tags = ["B-para", "B-title", "title", "para"]
    assert titles_after_closed_bodies(raw, tags) == tags


def test_split_page_loses_nothing_on_a_page_of_headlines_after_bodies():
    raw = ("本报讯 白杨村举办葡萄采摘节，游客走进\n白杨村葡萄园。（通讯员 周林）\n白杨村\n葡萄采摘节开幕\n"
           "本报讯 城关社区建成助餐点，助餐点让\n老人就近用餐。\n（李 华）\n城关社区\n建成助餐点\n")
    assert check_no_loss(raw, split_page(raw)) == []
