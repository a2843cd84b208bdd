"""Page-level conventions from the page's own evidence (corpus_tools.layout.conventions; eighteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.conventions import bylines_over_titles
from corpus_tools.layout.lines import read_lines

#: Every byline line over its headline (a county page of that convention, three articles).
ABOVE = ("南溪报\n2024年3月8日　星期五　第2版　乡镇\n"
         "记者　周　平\n石桥镇：\n春耕备耕正当时\n本报讯 连日来，石桥镇的农户们忙着\n平整土地、育秧备耕。\n"
         "通讯员　郑小梅\n罗龙镇建起\n农产品展销中心\n本报讯 3月5日，罗龙镇农产品展销中心\n开门迎客。\n"
         "记者　周　平　通讯员　李　强\n大观镇开展义诊进村活动\n本报讯 3月6日，大观镇卫生院组织医生\n"
         "到村里为群众免费体检。\n")


def _pairs(art):
    return [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in art.byline]


def test_bylines_over_headlines_open_the_article_below():
    layout = split_page(ABOVE)
    assert check_no_loss(ABOVE, layout) == []
    got = {a.title: _pairs(a) for a in layout.articles}
    assert got["石桥镇：春耕备耕正当时"] == [("记者", "周平")]
    assert got["罗龙镇建起农产品展销中心"] == [("通讯员", "郑小梅")]
    assert got["大观镇开展义诊进村活动"] == [("记者", "周平"), ("通讯员", "李强")]


def test_end_bylines_stay_with_the_body_above():
    # the other convention: no byline over the first headline, the page closes with a byline
    raw = ("石桥镇春耕备耕正当时\n本报讯 连日来，石桥镇的农户们忙着平整土地。\n记者　周　平\n"
           "罗龙镇建起农产品展销中心\n本报讯 3月5日，展销中心开门迎客。\n通讯员　郑小梅\n")
    tags = ["B-title", "para", "byline", "B-title", "para", "byline"]
    assert bylines_over_titles(read_lines(raw), tags) == tags


def test_a_byline_under_a_headline_keeps_the_page_headline_first():
    raw = ("县报\n记者　周　平\n石桥镇春耕忙\n本报讯 连日来，农户们忙着平整土地。\n"
           "罗龙镇建起展销中心\n通讯员　郑小梅\n本报讯 3月5日，展销中心开门迎客。\n记者　李　强\n大观镇义诊\n本报讯 医生进村。\n")
    tags = ["banner", "byline", "B-title", "para", "B-title", "byline", "para", "byline", "B-title", "para"]
    assert bylines_over_titles(read_lines(raw), tags) == tags
