"""Tests of corpus_tools.layout.gapheads: a column name over a title on a page printing no blank line."""

from corpus_tools.layout.gapheads import heads_after_gaps
from corpus_tools.layout.lines import read_lines

HEAD = "全县春耕生产全面展开\n本报讯 连日来，全县各乡镇组织群众\n开展春耕生产。\n"
TAGS = ["B-title", "B-para", "para", "banner", "title", "B-para", "para"]


def test_a_column_name_over_a_title_on_a_gapless_page_stays_a_banner():
    page = HEAD + "经济观察\n我县新建三座污水处理厂\n本报讯 今年以来，我县投入资金\n建设污水处理厂。\n"
    assert heads_after_gaps(read_lines(page), TAGS)[3] == "banner"


def test_a_short_line_tight_under_the_text_of_a_parted_page_is_a_kicker():
    page = "某县新闻\n\n" + HEAD + "乡村新貌\n小产业做成大文章\n本报讯 记者李红报道：某某镇发展\n特色种植。\n"
    assert heads_after_gaps(read_lines(page), ["banner", *TAGS])[4:6] == ["B-kicker", "title"]


def test_a_banner_after_a_blank_line_stands_apart():
    page = HEAD + "\n经济观察\n我县新建三座污水处理厂\n本报讯 今年以来，我县投入资金\n建设污水处理厂。\n"
    assert heads_after_gaps(read_lines(page), TAGS)[3] == "banner"
