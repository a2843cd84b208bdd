"""Boxes and page-foot lines that are no article (corpus_tools.layout.boxes; fifteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.boxes import contact_feet, is_box_line, is_row, table_boxes
from corpus_tools.layout.lines import read_lines

ABOVE = "本报讯 日前，县里召开春耕生产推进会，部署全县春耕备耕工作。\n"
WEATHER = "【天气预报】\n10日　晴转多云　-11℃～2℃\n11日　多云　-9℃～3℃\n县气象台　12月9日17时发布\n"
BELOW = "石门镇茶园\n喜迎开采节\n本报讯 石门镇茶园里，茶农们正忙着采摘春茶。\n"


def test_rows_are_cells_parted_by_spaces_without_sentence_marks():
    assert is_row("糯米糍　　8.0～10.0")
    assert not is_row("县里修了路，通了车")
    assert not is_row("县里修路通车")
    assert is_box_line("数据来源：县农业农村局")
    assert not is_box_line("记者：你们怎么看？")


def test_a_weather_box_after_an_article_is_banners():
    raw = ABOVE + WEATHER + BELOW
    tags = ["B-para", "banner", "B-para", "cont", "cont", "B-title", "title", "para"]
    got = table_boxes(read_lines(raw), tags)
    assert got == ["B-para"] + ["banner"] * 4 + ["B-title", "title", "para"]


def test_rows_without_figures_are_no_box():
    raw = ABOVE + "【先进名单】\n张　三　李　四\n王　五　赵　六\n" + BELOW
    tags = ["B-para", "banner", "B-para", "cont", "B-title", "title", "para"]
    assert table_boxes(read_lines(raw), tags) == tags


def test_a_box_at_the_page_top_is_left_to_the_masthead_rules():
    raw = WEATHER + BELOW
    tags = ["banner", "B-para", "cont", "cont", "B-title", "title", "para"]
    assert table_boxes(read_lines(raw), tags) == tags


def test_contact_foot_line():
    raw = ABOVE + "新闻热线：0571-12345678　　投稿邮箱：news@example.com\n"
    assert contact_feet(read_lines(raw), ["B-para", "cont"]) == ["B-para", "banner"]
    raw = ABOVE + "联系电话是多少，群众都知道。\n"
    assert contact_feet(read_lines(raw), ["B-para", "cont"]) == ["B-para", "cont"]


def test_split_page_keeps_the_box_out_of_both_articles():
    raw = "县里召开春耕会\n" + ABOVE + WEATHER + BELOW
    layout = split_page(raw)
    assert not check_no_loss(raw, layout)
    assert all("晴转多云" not in a.body for a in layout.articles)


def test_a_headless_item_under_a_mid_page_banner_is_no_tail_of_the_article_above():
    from corpus_tools.layout.headlessruns import under_mid_page_banner
    from corpus_tools.layout.units import Unit

    def unit(final: str, article: int | None) -> Unit:
        u = Unit.__new__(Unit)
        u.final, u.article = final, article
        return u

    units = [unit("headline", 0), unit("body", 0), unit("banner", None), unit("body", 1)]
    assert under_mid_page_banner(units, 3)
    units[2] = unit("body", 0)
    assert not under_mid_page_banner(units, 3)
    assert not under_mid_page_banner([unit("banner", None), unit("body", 0)], 1)
