"""Tests for corpus_tools.layout.stackedheads (two articles' paragraphs alternating under stacked headlines).

Fixtures are invented; the places are real townships' kinds of names, the texts written for these tests.
"""

import pytest

from corpus_tools.layout.stackedheads import stacked_stretch_order

STACKED = ("县报　2020年5月8日\n"
           "\n"
           "【乡村振兴】\n"
           "大坪镇茶叶订单增两成\n"
           "本报记者　王　平\n"
           "石门乡修缮百年古桥\n"
           "　　今年以来，大坪镇茶叶订单比去年增加两成，\n"
           "茶农收入明显提高。\n"
           "　　石门乡投入资金修缮百年古桥，工匠已进场。\n"
           "　　大坪镇引进两家茶叶企业，带动茶农种植。\n"
           "　　古桥修缮用旧石料，保留原来的样子。\n"
           "　　镇里还办了茶叶培训班，茶农学会了新技术。\n"
           "　　修缮完成后，石门乡将把古桥作为景点开放。（李　梅）\n"
           "\n"
           "下一篇\n")


def test_paragraphs_alternating_under_stacked_headlines_are_printed_article_by_article():
    text, where = stacked_stretch_order(STACKED)
    assert len(where) == len(text)
    # (every character of the page once, and only added line breaks besides)
    assert sorted(x for x in where if x >= 0) == list(range(len(STACKED)))
    assert all(text[k] == "\n" for k, x in enumerate(where) if x < 0)
    first, second = text.split("\n\n下一篇")[0].split("石门乡修缮百年古桥\n")
    assert "大坪镇引进" in first and "镇里还办了" in first and "古桥修缮" not in first
    assert second.startswith("　　石门乡投入") and second.rstrip().endswith("（李　梅）")


def test_a_signature_under_both_headlines_goes_with_the_unsigned_article():
    # (the byline printed under the second headline: the second article signs at its end, so it is the first's)
    page = STACKED.replace("大坪镇茶叶订单增两成\n本报记者　王　平\n石门乡修缮百年古桥\n",
                           "大坪镇茶叶订单增两成\n石门乡修缮百年古桥\n本报记者　王　平\n")
    text, _ = stacked_stretch_order(page)
    assert "大坪镇茶叶订单增两成\n本报记者　王　平\n　　今年以来" in text
    assert "石门乡修缮百年古桥\n　　石门乡投入" in text


@pytest.mark.parametrize("page", [
    # (a title and its second line over one article: the paragraphs do not follow the two lines alternately)
    "\n大坪镇茶叶订单增两成\n茶农收入明显提高\n　　今年以来，茶叶订单增加。\n　　茶农收入提高了。\n"
    "　　镇里引进两家企业。\n　　茶叶卖得更远。\n",
    # (too few paragraphs to tell)
    "\n大坪镇茶叶订单增两成\n石门乡修缮百年古桥\n　　大坪镇茶叶订单增加。\n　　石门乡修缮古桥。\n",
    # (three headlines: not two stacked groups)
    "\n大坪镇茶叶订单增两成\n石门乡修缮百年古桥\n城关镇新建菜市场\n　　大坪镇茶叶订单增加。\n"
    "　　石门乡修缮古桥。\n　　大坪镇茶叶好卖。\n　　古桥修缮完成。\n",
    # (a kicker over its title: most paragraphs side with neither line)
    "\n乡村观察\n大坪镇茶叶订单增两成\n　　今年以来，大坪镇茶叶订单增加。\n　　乡村道路修好了。\n"
    "　　茶叶加工厂建成投产。\n　　游客来到村里。\n　　茶农收入提高了。\n　　观察到的变化很多。\n",
    # (a notice's title over its salutation, numbered items under them)
    "\n关于开展环境卫生整治的通知\n各社区居委会、辖区各单位：\n　　为改善环境，决定开展环境卫生整治。\n"
    "　　一、整治范围：辖区各单位和社区。\n　　二、整治内容：环境卫生死角。\n　　三、工作要求：各社区居委会及时上报。\n",
    "",
])
def test_other_pages_are_left_alone(page):
    assert stacked_stretch_order(page) is None


def test_a_paragraph_that_sides_with_the_other_headline_stops_the_reading():
    page = STACKED.replace("　　古桥修缮用旧石料，保留原来的样子。\n", "　　大坪镇茶叶还卖到了外省。\n")
    assert stacked_stretch_order(page) is None


def test_raw_must_be_text():
    with pytest.raises(TypeError, match="raw must be a str"):
        stacked_stretch_order(b"\xe5")


def test_split_page_gives_each_headline_its_own_paragraphs_and_loses_nothing():
    from corpus_tools.layout.assemble import check_no_loss, split_page
    layout = split_page(STACKED, method="rules")
    assert check_no_loss(STACKED, layout) == []
    by_title = {a.title: a for a in layout.articles}
    assert {"大坪镇茶叶订单增两成", "石门乡修缮百年古桥"} <= set(by_title)
    assert "镇里还办了" in by_title["大坪镇茶叶订单增两成"].body
    assert "古桥修缮用旧石料" in by_title["石门乡修缮百年古桥"].body
    assert "古桥" not in by_title["大坪镇茶叶订单增两成"].body
