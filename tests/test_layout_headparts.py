"""Parts printed inside one headline line (corpus_tools.layout.headparts; eighteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page

BODY = "本报讯 6月17日，桃溪镇陶村老年食堂开伙，村里\n40多位老人在家门口吃上了热乎饭。\n"


def test_kicker_before_a_bar_is_the_kicker():
    raw = "武义新闻\n\n共富路上｜桃溪镇老年食堂开进村\n" + BODY
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert (art.kicker, art.title) == ("共富路上", "桃溪镇老年食堂开进村")


def test_page_reference_after_a_title_is_no_part_of_it():
    raw = "武义新闻\n\n桃溪镇老年食堂开进村（相关报道见第3版）\n" + BODY
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert layout.articles[0].title == "桃溪镇老年食堂开进村"
    assert any(b.kind == "credit" and b.text == "（相关报道见第3版）" for b in layout.blocks)


def test_a_bar_inside_a_long_title_line_is_kept_when_the_part_before_is_long():
    raw = "武义新闻\n\n桃溪镇陶村老年食堂开伙以来群众满意｜开进村\n" + BODY
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert layout.articles[0].kicker is None
