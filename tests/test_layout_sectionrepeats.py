"""The page's name printed again over its first article (corpus_tools.layout.sectionrepeats; round 32, user32b F9)."""

from corpus_tools.layout.assemble import check_no_loss, split_page


def test_repeated_page_name_is_a_banner_not_a_kicker():
    page = ("03　民生\n东丰报　2019年6月4日　星期二\n\n■ 民生\n\n背街小巷换新颜　出行更顺畅\n\n"
            "　　城西路改造工程进入收尾阶段，沿线管网已全部完工。\n　　县住建局将加强质量监管。\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    art = layout.articles[0]
    assert art.kicker is None
    assert art.title == "背街小巷换新颜 出行更顺畅"
    assert art.section == "民生"


def test_a_kicker_that_is_no_page_name_stays():
    page = ("03　民生\n\n河东社区\n背街小巷换新颜\n\n　　城西路改造工程进入收尾阶段，沿线管网已全部完工。\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    assert "河东社区" not in (layout.articles[0].section or "")
