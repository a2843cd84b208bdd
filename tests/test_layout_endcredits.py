"""Unbracketed credit lines closing an article (layout.bylineruns.closing_role_lines; the round-24 module
layout.endcredits gave the same tags and was folded into it)."""

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.bylineruns import closing_role_lines
from corpus_tools.layout.lines import read_lines

# invented, as 宁陕报 would print a feature closed by its credits (real place names)
PAGE = (
    "宁陕报　2022年9月9日　第3版\n"
    "筒车湾镇的秋天\n"
    "九月的筒车湾镇，海棠园村的板栗挂满枝头，游客沿着\n"
    "长安河漫步，农家乐里坐满了客人。\n"
    "村党支部书记说，今年村里接待游客四万人次。\n"
    "撰稿　周晓燕　摄影　何　川\n"
    "江口回族镇召开秋季防火会\n"
    "本报讯 9月6日，江口回族镇召开秋季森林防火工作会。\n"
)


def test_closing_credit_line_is_the_byline():
    layout = split_page(PAGE)
    first = layout.articles[0]
    assert first.byline == [("撰文", "周晓燕"), ("摄影", "何川")]
    assert first.body.endswith("接待游客四万人次。")
    assert check_no_loss(PAGE, layout) == []


def test_names_without_roles_stay_text():
    page = "水库水更清了。\n陈昌华　李　涛\n"
    assert closing_role_lines(read_lines(page), ["para", "cont"]) == ["para", "cont"]


def test_a_credit_line_followed_by_more_text_stays_text():
    page = "水库水更清了。\n撰稿　陈昌华\n茶农们说，今年好。\n"
    assert closing_role_lines(read_lines(page), ["para", "cont", "cont"]) == ["para", "cont", "cont"]


def test_tags_must_match_lines():
    with pytest.raises(ValueError, match="tags has 1 tags"):
        closing_role_lines(read_lines("甲。\n乙。\n"), ["para"])
