"""Boxes of briefs under a head (corpus_tools.layout.briefboxes; round 32, user32b F5)."""

from corpus_tools.layout.assemble import check_no_loss, split_page

PAGE = """2021年4月6日　星期二　第2版　综合

综合

乡村公路通到家门口

　　今年，全镇新修通村公路十二公里，群众出行更方便了。（刘洋）

简　讯

■ 东关街道日前开展消防安全检查，排查隐患十
处，已全部整改。

■ 西河镇举办电商培训班，一百余名农民参加。

■ 县总工会为环卫工人送去手套八百副。
"""


def test_each_brief_is_an_article_and_the_head_is_no_title_section_or_name():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    arts = layout.articles
    assert [a.title for a in arts] == ["乡村公路通到家门口", None, None, None]
    assert [a.section for a in arts] == ["综合"] * 4
    assert arts[1].body.lstrip("■ ").startswith("东关街道") and arts[1].body.endswith("已全部整改。")
    assert [b.kind for b in layout.blocks if b.text.replace(" ", "") == "简讯"] == ["banner"]


def test_a_byline_line_is_no_box_head():
    page = ("　　三苏园内银杏金黄，游人络绎不绝。\n李明/摄\n\n●县委召开表彰会　县委日前召开表彰会。\n"
            "●临河寨游客增多　今年以来共接待游客六万人次。\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    assert not [b for b in layout.blocks if b.kind == "banner" and "李明" in b.text]


def test_items_titled_on_their_own_line_are_left_to_the_titled_brief_form():
    from corpus_tools.layout.briefboxes import headed_brief_tags
    from corpus_tools.layout.lines import read_lines
    page = ("　　全县秋收进度过半。\n\n简讯\n■东关镇完成秋粮测产\n日前，东关镇组织农技人员对八个村的谷子\n进行实地测产。\n"
            "■西河镇修通公路\n日前，西河镇通村公路全线贯通，群众出行\n更方便了。\n")
    tags = ["B-para", "B-title", "B-title", "para", "cont", "B-title", "para", "cont"]
    assert headed_brief_tags(read_lines(page), tags) == tags
