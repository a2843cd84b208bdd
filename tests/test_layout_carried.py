"""A line's own marks against its headline role (corpus_tools.layout.carried; round 23)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.carried import carried_lines, dash_subtitles
from corpus_tools.layout.lines import read_lines

PAGE = ("全丰镇：小茶叶撑起致富梦\n■融媒体记者　樊　星　通讯员　徐　婷\n　　初秋时节，全丰镇南岭村的茶园里，茶农们\n"
        "正在修剪茶树。全镇现有茶园2.3万亩，建成\n标准化茶叶加工厂11家。\n图为茶农在南岭村茶园修剪茶树。（樊　星　摄）\n"
        "　　今年1至8月，全镇茶叶产值达1.6亿元\n，带动茶农户均增收1.2万元。\n让老人在家门口安享晚年\n"
        "——渣津镇建设农村互助养老服务点见闻\n特约通讯员　邓丽君\n　　9月8日上午，渣津镇塘三里村互助养老服\n"
        "务点里，十多位老人正在吃午饭。\n")


def test_a_line_carried_on_by_a_comma_is_text_and_stays_in_its_article():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    first, second = layout.articles[0], layout.articles[1]
    assert first.title == "全丰镇：小茶叶撑起致富梦"
    assert "".join(first.body.split()).endswith("带动茶农户均增收1.2万元。")
    assert second.title == "让老人在家门口安享晚年"


def test_a_dash_line_under_a_title_is_its_subtitle():
    layout = split_page(PAGE)
    assert layout.articles[1].subtitle == "渣津镇建设农村互助养老服务点见闻"  # (the dash is dropped)


def test_carried_lines_leaves_headlines_that_nothing_carries_on():
    raw = "县里召开会议\n　　近日，县里召开会议。\n"
    assert carried_lines(read_lines(raw), ["B-title", "para"]) == ["B-title", "para"]


def test_a_dash_line_under_body_text_is_left():
    raw = "全镇完成春播。\n——记两河口镇返乡青年\n"
    assert dash_subtitles(read_lines(raw), ["B-para", "title"]) == ["B-para", "title"]


@pytest.mark.parametrize("fn", [carried_lines, dash_subtitles])
def test_one_tag_a_line(fn):
    with pytest.raises(ValueError, match="one tag a non-blank line"):
        fn(read_lines("县里召开会议\n"), ["B-title", "para"])
