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


LONG = ("一棵人参撑起一方产业\n本报记者　郭振宇\n九月的长白山，林下参进入采收季。在万良镇的人参市场，\n来自全国各地的客商正在挑选鲜参。\n"
        "标准化种植提品质\n近年来，全县推广非林地人参标准化\n种植，建成绿色参业基地5.6万亩。\n"
        "精深加工延链条\n在松江河镇的人参产业园，人参饮品\n等200多种产品销往全国。\n"
        "露水河镇森林防火检查全覆盖\n本报讯（记者　王佳琪）近日，露水\n河镇组织专项检查组深入林区开展检查。\n")


def test_parallel_subheads_stay_in_their_article():
    layout = split_page(LONG)
    assert check_no_loss(LONG, layout) == []
    assert [a.title for a in layout.articles] == ["一棵人参撑起一方产业", "露水河镇森林防火检查全覆盖"]
    assert "".join(layout.articles[0].body.split()).endswith("等200多种产品销往全国。")


def test_a_signed_short_item_is_no_subhead():
    from corpus_tools.layout.carried import sibling_subheads
    raw = ("县里召开会议\n近日，县里召开会议。\n镇里植树造林\n近日，镇里组织植树。\n村里修路\n近日，村里修路。（王强）\n")
    tags = ["B-title", "para", "B-title", "para", "cont", "cont"]
    assert sibling_subheads(read_lines(raw), tags) == tags


def test_a_column_of_one_line_items_is_no_run_of_subheads():
    from corpus_tools.layout.carried import sibling_subheads
    raw = "县里召开会议\n近日，县里召开会议。\n镇里植树造林\n近日，镇里组织植树。\n村里修路\n近日，村里修路。\n"
    tags = ["B-title", "para", "B-title", "para", "cont", "cont"]
    assert sibling_subheads(read_lines(raw), tags) == tags
