"""Index boxes (导读) are page furniture (corpus_tools.layout.indexboxes)."""

from layout_page_helpers import page_blocks as _kinds, page_titles as _titles


PAGE = (
    '安平报\u30002009年4月10日\u3000星期五\n'
    '\n'
    '全县春季植树造林全面展开\n'
    '本报讯\u30004月8日，全县春季植树造林动员会召开。今年全\n'
    '县计划造林5万亩。（记者\u3000王军）\n'
    '\n'
    '要闻导读\n'
    '▶城南镇建起“农民之家”\u3000\u3000\u3000第二版\n'
    '▶北关镇推进土地流转\u3000\u3000\u3000\u3000\u3000第三版\n'
)


def test_index_box_is_banners_not_an_article():
    blocks = _kinds(PAGE)
    assert [b for b in blocks if "第二版" in b[2] or "第三版" in b[2] or "导读" in b[2]] == [
        ("banner", None, "要闻导读"), ("banner", None, "城南镇建起“农民之家”第二版"),
        ("banner", None, "北关镇推进土地流转第三版")]
    assert _titles(PAGE) == ["全县春季植树造林全面展开"]


def test_a_dated_page_line_is_no_pointer():
    from corpus_tools.layout.indexboxes import is_pointer
    assert not is_pointer("安平报　2009年4月10日　星期五　第二版")
