"""A place line over a headline (corpus_tools.layout.placekickers; round 32, user32b F11)."""

from corpus_tools.layout.assemble import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.placekickers import place_kicker_tags


def test_place_line_is_the_kicker():
    page = ("民生　2\n东丰报　2019年7月15日　星期一\n\n民生\n\n东关街道河东社区\n暖心服务进楼院\n"
            "　　本报讯（记者　孟凡）近日，河东社区组织志愿者走进老旧小区，为独居老人送去米面油。\n"
            "　　社区把辖区划成十二个网格，每个网格都有楼长。\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    art = layout.articles[0]
    assert (art.kicker, art.title) == ("东关街道河东社区", "暖心服务进楼院")


def test_two_place_lines_or_a_gap_are_left_alone():
    page = "东关街道\n河东社区\n　　社区组织志愿者上门服务。\n"
    assert place_kicker_tags(read_lines(page), ["B-title", "title", "para"]) == ["B-title", "title", "para"]
    page = "东关街道河东社区\n\n暖心服务进楼院\n　　社区组织志愿者上门服务。\n"
    assert place_kicker_tags(read_lines(page), ["B-title", "title", "para"]) == ["B-title", "title", "para"]


def test_a_phrase_ending_on_a_place_word_is_no_place_line():
    page = "县委宣讲团深入乡村\n宣讲社会主义荣辱观\n　　宣讲团走进各村。\n"
    assert place_kicker_tags(read_lines(page), ["B-title", "title", "para"]) == ["B-title", "title", "para"]
