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


def test_flush_title_after_a_notice_date_line_opens_the_next_article():
    raw = ("停电通知\n因线路检修，11月10日8时至17时，大渡口镇\n镇荣村、阜康村停电，请用户做好准备。\n东至县供电公司\n"
           "2009年11月5日\n葛公镇举办农民工技能培训\n近日，葛公镇举办电焊、家政技能培训班，培\n训农民工180人。（章　琳）\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [a.title for a in layout.articles] == ["停电通知", "葛公镇举办农民工技能培训"]
    assert "".join(layout.articles[0].body.split()).endswith("请用户做好准备。")  # (round 28: sign-off apart)


def test_indented_title_on_a_page_without_blank_lines_where_the_signatures_tell():
    raw = ("大城子镇新建日光温室\n　　本报讯（通讯员　赵国庆）今年以来，大城子镇新建\n日光温室1200栋，预计户均增收8000元以\n上。\n"
           "小城子镇完成6000亩退耕还林补植\n　　入夏以来，小城子镇组织林业站技术人员深入\n各村，补植樟子松、山杏6000亩。（刘艳梅）\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [a.title for a in layout.articles] == ["大城子镇新建日光温室", "小城子镇完成6000亩退耕还林补植"]
    assert [n for _, n in layout.articles[1].byline] == ["刘艳梅"]
