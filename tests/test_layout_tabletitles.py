"""A table printed as text titled by the headline over its header row (invented text)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.tabletitles import titles_over_table_heads

PAGE = ("某县报　2019年6月6日　第2版\n\n各村雨情\n县气象站5日8时至6日8时雨量（毫米）\n村名　雨量\n"
        "东村　12.5\n西村　30.1\n南村　8.0\n\n河水上涨　村民转移\n　　本报讯（记者　王明）昨日，河水上涨，\n沿河村民连夜转移。\n")


def test_headline_over_header_titles_the_table():
    tags = ["banner", "banner", "B-kicker", "title", "B-para", "cont", "cont", "cont", "cont", "cont"]
    out = titles_over_table_heads(read_lines(PAGE), tags)
    assert out[1:7] == ["B-title", "para", "para", "para", "para", "para"]
    assert out[7] == "B-para"  # (the table ends at its last row)


def test_no_rows_no_table():
    page = "某县报\n\n各村雨情\n村名　雨量\n东村雨量不大。\n"
    tags = ["banner", "banner", "title", "B-para"]
    assert titles_over_table_heads(read_lines(page), tags) == tags


def test_split_page_table_and_next_article():
    lay = split_page(PAGE)
    assert check_no_loss(PAGE, lay) == []
    titles = [a.title.replace("\u3000", " ") for a in lay.articles]
    assert titles[0] == "各村雨情"
    assert "河水上涨 村民转移" in titles
