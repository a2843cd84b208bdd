"""An indented last paragraph after a 文/图 byline is text (corpus_tools.layout.indentcaptions; user32b F20)."""

from corpus_tools.layout.assemble import check_no_loss, split_page
from corpus_tools.layout.indentcaptions import indented_text_tags
from corpus_tools.layout.lines import read_lines


def test_short_last_paragraph_stays_in_the_body():
    page = ("民生　A2\n东丰报　2020年5月6日　星期三\n\n■ 民生\n\n城东小区换新颜\n文/图　孟凡\n\n"
            "　　城东老旧小区改造项目日前全面开工。\n　　住建局派驻技术人员全程监督。\n\n\n责任编辑：刘平　　校对：王丽\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    art = layout.articles[0]
    assert art.title == "城东小区换新颜"
    assert art.body.endswith("住建局派驻技术人员全程监督。") and not art.captions


def test_an_unindented_caption_stays_a_caption():
    page = "　　城东老旧小区改造项目日前开工。\n图为施工现场。\n"
    assert indented_text_tags(read_lines(page), ["para", "caption"]) == ["para", "caption"]
