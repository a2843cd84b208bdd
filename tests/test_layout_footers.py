"""Contact lines at the page's foot (corpus_tools.layout.footers; round 32, user32b F10)."""

import pytest

from corpus_tools.layout.assemble import check_no_loss, split_page
from corpus_tools.layout.footers import foot_contact_tags, is_contact_line
from corpus_tools.layout.lines import read_lines


def test_contact_line_forms():
    assert is_contact_line("投稿信箱：xinwen@163.com")
    assert is_contact_line("新闻热线：0431-8765432")
    assert not is_contact_line("欢迎拨打服务热线：12345。")
    assert not is_contact_line("乡村公路通到家门口")


def test_mail_footer_is_no_article_and_no_body():
    page = ("乡村公路通到家门口\n\n　　今年，全镇新修通村公路十二公里，群众出行更方便了。\n\n"
            "责任编辑：刘平　　校对：王丽\n投稿信箱：xinwen@163.com\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    assert len(layout.articles) == 1
    assert "163" not in layout.articles[0].body and layout.articles[0].title == "乡村公路通到家门口"
    assert [b.kind for b in layout.blocks if "@" in b.text] == ["credit"]


def test_only_the_foot_is_read():
    page = "本版邮箱：a@b.com\n　　村里修了路。\n"
    assert foot_contact_tags(read_lines(page), ["banner", "B-para"]) == ["banner", "B-para"]
    with pytest.raises(ValueError):
        foot_contact_tags(read_lines(page), ["banner"])
