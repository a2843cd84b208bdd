"""A headline after a blank line over a 本报讯 lead, run by the line model into a table above (invented text)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.gapleads import heads_over_gap_leads
from corpus_tools.layout.lines import read_lines


def test_head_over_lead_after_gap_opens_article():
    page = "各村降水\n东村　12.5\n西村　30.1\n\n河水上涨　村民转移\n本报讯（记者　王明）昨日，河水上涨。\n"
    tags = heads_over_gap_leads(read_lines(page), ["B-title", "para", "cont", "cont", "cont"])
    assert tags[3:] == ["B-title", "para"]


def test_no_gap_or_no_lead_left_alone():
    page = "各村降水\n东村　12.5\n西村　30.1\n河水上涨　村民转移\n本报讯（记者　王明）昨日，河水上涨。\n"
    tags = ["B-title", "para", "cont", "cont", "cont"]
    assert heads_over_gap_leads(read_lines(page), tags) == tags
    page = "各村降水\n东村　12.5\n西村　30.1\n\n河水上涨　村民转移\n昨日，河水上涨，村民转移。\n"
    assert heads_over_gap_leads(read_lines(page), tags) == tags


def test_split_page_titles_the_article_after_the_table():
    page = ("某县日报　2019年5月2日　第2版\n\n各村降水\n东村　12.5\n西村　30.1\n南村　8.0\n\n"
            "河水上涨　村民转移\n　　本报讯（记者　王明）昨日，河水上涨，\n沿河村民连夜转移。\n")
    lay = split_page(page)
    assert check_no_loss(page, lay) == []
    last = lay.articles[-1]
    assert last.title.replace("\u3000", " ") == "河水上涨 村民转移"
    assert last.byline == [("记者", "王明")]
