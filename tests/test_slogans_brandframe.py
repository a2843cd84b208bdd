"""A dotted motto a county builds as its brand (corpus_tools.slogans.brandframe): user31b F9, invented text."""

import corpus_tools as ct
from corpus_tools.slogans.brandframe import brand_motto


def test_a_dotted_brand_motto_is_a_slogan():
    for s in ("全力打造“山水花桥·茶香人家”品牌，", "擦亮“花桥红·党旗扬”党建品牌，", "擦亮“花桥红·党旗扬”\n党建品牌"):
        got = [m.text for m in ct.find_slogans(s)]
        assert got == [s[s.index("“") + 1:s.index("”")]], s


def test_a_product_line_or_an_event_title_is_none():
    assert not brand_motto("推出“", "”礼盒")
    assert not brand_motto("举办“", "”文艺汇演")
    assert ct.find_slogans("推出“花桥好物·山里礼物”伴手礼系列，") == []
