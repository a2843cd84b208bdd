"""Tests of corpus_tools.slogans.placenames (invented fixtures; the shipped gazetteer)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.placenames import (is_division_stem, is_place, is_place_name, opens_with_nature_name,
                                             opens_with_numeral_stem, opens_with_village, starts_with_division, village_stem_on_page)


@pytest.mark.parametrize("s", ["十八洞村", "三河市", "小岗村"])
def test_full_names_of_divisions_are_places(s):
    assert is_place_name(s) and is_place(s)


@pytest.mark.parametrize("s", ["三江", "景宁", "安吉", "七台河"])
def test_short_names_of_counties_and_cities_are_places(s):
    assert is_division_stem(s)


@pytest.mark.parametrize("s", ["三农", "五个一批", "两学一做", "四好农村公路", "百镇千村"])
def test_counting_formulae_are_no_places(s):
    assert not is_place(s)


def test_a_phrase_opening_with_a_county_names_its_thing():
    assert starts_with_division("安吉县白茶节") and not starts_with_division("乡村振兴")


def test_a_numeral_that_opens_a_village_name_counts_nothing():
    # user22's pages (昌图县): a livestream brand named after 八岔村 is no numbered formula, as “南桥村味道” is none
    assert opens_with_village("八岔村味道") and not opens_with_village("三村联建")
    assert [m.text for m in find_slogans("直播间里卖出“八岔村味道”，村里推行“一事一议”。")] == ["一事一议"]


@pytest.mark.parametrize("s,expected", [("青岛市海洋节", True), ("安吉县白茶节", True), ("安吉县", False),
                                        ("乡村振兴", False), ("省市县乡", False)])
def test_opening_with_a_division_needs_two_characters_after_it(s, expected):
    assert starts_with_division(s) is expected


@pytest.mark.parametrize("s,expected", [("十八洞村精神", True), ("十八洞村", False), ("十八洞村好", False),
                                        ("三村联建", False)])
def test_opening_with_a_village_needs_two_characters_after_it(s, expected):
    assert opens_with_village(s) is expected


def test_a_quoted_short_name_of_a_village_on_its_page_is_a_place():
    page = "花垣县十八洞村成立合作社，注册了“十八洞”猕猴桃商标。"
    assert village_stem_on_page("十八洞", page)
    assert not village_stem_on_page("十八洞", "注册了“十八洞”猕猴桃商标。")
    assert not any(m.text == "十八洞" for m in find_slogans(page, formulae=False))


def test_a_numeral_inside_a_mountains_name_counts_nothing():
    assert opens_with_nature_name("六盘山牛") and not opens_with_nature_name("五水共治")
    page = "我县推行“见犊补母”政策，打造“六盘山牛”品牌，全县推行“五水共治”。"
    assert "六盘山牛" not in {m.text for m in find_slogans(page, formulae=False)}


def test_a_numeral_before_a_person_head_is_a_nickname():
    page = "当年“六老汉”在沙窝里种树，县里开展“三严三实”专题教育。"
    assert [m.text for m in find_slogans(page, formulae=False)] == ["三严三实"]


def test_a_product_of_a_county_whose_name_holds_a_numeral_is_no_numbered_formula():
    # slogan36: pages25 (三江侗族自治县) found “三江早春茶” numbered
    assert opens_with_numeral_stem("三江早春茶") and opens_with_numeral_stem("五峰绿茶")
    assert not opens_with_numeral_stem("三变") and not opens_with_numeral_stem("五个一批")
    assert not opens_with_numeral_stem("三江")           # the place itself: is_place
    assert find_slogans("“三江早春茶”是国家地理标志保护产品。", decision=False) == []
    with pytest.raises(TypeError, match="s must be a str"):
        opens_with_numeral_stem(3)
