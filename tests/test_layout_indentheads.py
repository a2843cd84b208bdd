"""Tests for corpus_tools.layout.indentheads (titles on pages that indent their paragraphs)."""

import pytest

from corpus_tools.layout import split_page
from corpus_tools.layout.indentheads import indents_paragraphs, title_start, titles_on_indenting_pages
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.openings import usual_width

# 桐乡 style: blank line, flush title, optional byline, paragraphs indented by two spaces; the first
# paragraph of a byline-less article is a single line, so the line two below the title is indented too
PAGE = (
    "桐乡新闻\n2023年5月9日 星期二 第2版\n\n"
    "濮院镇毛衫产业再提速\n记者 沈晓燕\n"
    "  今年一季度，濮院镇毛衫市场交易额同比增长一成，线上\n销售占比过半。\n"
    "  镇里新建直播基地一处。\n"
    "  入驻商户已达三百余家。\n\n"
    "乌镇：老街里的新业态\n"
    "  乌镇西栅新开了十二家非遗工坊。\n"
    "  游客可以在店里学做蓝印花布，体验传统手艺，不少年轻\n人专程赶来。\n\n"
    "洲泉镇蚕桑基地喜获丰收\n通讯员 钱立新\n"
    "  五月的洲泉镇，桑叶青翠。\n"
    "  合丰村的养蚕户正忙着上簇，今年春蚕收成比去年好。\n"
)


def _lines(raw):
    return [ln for ln in read_lines(raw) if ln is not None]


def test_indents_paragraphs_reads_the_page_form():
    lines = _lines(PAGE)
    assert indents_paragraphs(lines, blank_lines_before(read_lines(PAGE)))
    flat = PAGE.replace("  ", "")
    assert not indents_paragraphs(_lines(flat), blank_lines_before(read_lines(flat)))
    every = "\n".join("  " + ln if ln else ln for ln in PAGE.split("\n"))  # (every line indented)
    assert not indents_paragraphs(_lines(every), blank_lines_before(read_lines(every)))


def test_indents_paragraphs_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="same length"):
        indents_paragraphs(_lines(PAGE), [0])


def test_title_start_needs_a_blank_line_and_an_indented_line_below():
    raw_lines = read_lines(PAGE)
    lines, gap = _lines(PAGE), blank_lines_before(raw_lines)
    column = usual_width(lines, upper=True)
    texts = [ln.text for ln in lines]
    head = texts.index("乌镇：老街里的新业态")
    assert title_start(lines, gap, head, column) == head + 1
    assert title_start(lines, gap, head + 1, column) is None  # (an indented line)
    bylined = texts.index("洲泉镇蚕桑基地喜获丰收")
    assert title_start(lines, gap, bylined, column) == bylined + 2  # (over the byline line)
    first = texts.index("濮院镇毛衫产业再提速")  # (under the date line: a start only at the page's top)
    assert title_start(lines, gap, first, column) is None
    assert title_start(lines, gap, first, column, top=True) == first + 2


def test_headline_after_its_body_is_left_alone():
    raw = ("  今年一季度，濮院镇毛衫市场交易额同比增长一成，线上\n销售占比过半。\n  镇里新建直播基地一处。\n"
           "  入驻商户已达三百余家。\n濮院镇毛衫产业再提速\n\n"
           "  乌镇西栅新开了十二家非遗工坊。\n  游客可以在店里学做蓝印花布，体验传统手艺，不少年轻\n人专程赶来。\n"
           "乌镇：老街里的新业态\n")
    tags = ["B-para", "cont", "para", "para", "title", "B-para", "para", "cont", "title"]
    assert titles_on_indenting_pages(read_lines(raw), tags) == tags


def test_titles_on_indenting_pages_rejects_wrong_tag_count():
    with pytest.raises(ValueError, match="one tag per non-blank line"):
        titles_on_indenting_pages(read_lines(PAGE), ["para"])


def test_split_page_keeps_byline_less_articles_apart():
    layout = split_page(PAGE)
    titles = [a.title for a in layout.articles]  # (the first one's title read at the page's top)
    assert titles == ["濮院镇毛衫产业再提速", "乌镇：老街里的新业态", "洲泉镇蚕桑基地喜获丰收"]
    assert layout.articles[1].body.startswith("乌镇西栅新开了")
    assert "洲泉镇蚕桑基地" not in layout.articles[1].body
    assert [tuple(pair) for pair in layout.articles[2].byline] == [("通讯员", "钱立新")]


def test_enumerated_subhead_after_a_blank_line_is_no_title():
    raw = PAGE.replace("乌镇：老街里的新业态", "二、老街里的新业态")
    lines, gap = _lines(raw), blank_lines_before(read_lines(raw))
    i = [ln.text for ln in lines].index("二、老街里的新业态")
    assert title_start(lines, gap, i, usual_width(lines, upper=True)) is None
