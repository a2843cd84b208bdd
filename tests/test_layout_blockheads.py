"""Tests for corpus_tools.layout.blockheads (a block between blank lines closed by its own headline)."""

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.blockheads import article_reaches, closing_blocks, heads_closing_blocks
from corpus_tools.layout.lines import read_lines

# 霍山 style: heads first, but an item after a jump-marked article prints its headline under its byline
PAGE = (
    "霍山报\n2020年6月5日　星期五　第1版\n\n"
    "县政府召开常务会议\n本报记者　程　静\n"
    "　　6月3日，县政府召开常务会议，研究部署\n防汛和安全生产工作。县长主持会议。\n"
    "　　会议要求，要抓好隐患排查，确保安全。（\n下转第2版）\n\n"
    "　　走进但家庙镇石家河村，茶园里一片繁忙\n，村民们正在采摘夏茶。\n"
    "　　今年全村茶叶产值达到600万元，户均增\n收一万余元。\n"
    "（通讯员　汪　洋）\n"
    "石家河村夏茶采摘忙\n\n"
    "黄尾镇开展消防演练\n"
    "　　6月2日，黄尾镇组织干部群众开展消防\n演练，200多人参加。\n"
)


def test_the_block_under_a_jump_mark_is_an_article_titled_at_its_foot():
    layout = split_page(PAGE)
    titles = [a.title for a in layout.articles]
    assert "石家河村夏茶采摘忙" in titles
    art = next(a for a in layout.articles if a.title == "石家河村夏茶采摘忙")
    assert art.body.lstrip().startswith("走进但家庙镇")
    assert art.byline == [("通讯员", "汪洋")] or art.byline == [("通讯员", "汪　洋")]
    first = next(a for a in layout.articles if a.title == "县政府召开常务会议")
    assert "石家河村" not in first.body
    assert not check_no_loss(PAGE, layout)


def test_the_tags_open_the_block_and_title_its_foot():
    raw_lines = read_lines(PAGE)
    lines = [ln.text.strip() for ln in raw_lines if ln is not None]

    def at(prefix):
        return next(i for i, t in enumerate(lines) if t.startswith(prefix))

    # (the model runs the block on as the article above and reads the next headline as that block's)
    tags = ["banner", "credit", "B-title", "byline", "B-para", "cont", "para", "cont",
            "cont", "cont", "para", "cont", "cont", "cont", "title", "para", "cont"]
    assert len(tags) == len(lines)
    out = heads_closing_blocks(raw_lines, tags)
    assert out[at("走进但家庙镇")] == "B-para"
    assert out[at("（通讯员")] == "byline"
    assert out[at("石家河村夏茶采摘忙")] == "title"
    assert out[at("黄尾镇开展消防演练")] == "B-title"
    assert out[:8] == tags[:8]
    assert closing_blocks(raw_lines, out) >= {at("走进但家庙镇"), at("石家河村夏茶采摘忙")}
    assert closing_blocks(raw_lines, tags) == set()


@pytest.mark.parametrize("last", [
    "在监督检查、审查调查、区委巡察等工作中",  # (a paragraph cut by the page's end: as wide as the column)
    "（邱英琴　吴玉兰）",  # (a byline, no heading)
])
def test_a_text_or_byline_line_at_the_foot_is_no_headline(last):
    page = ("县委召开常委会\n会议强调要抓好落实。（下转第2版）\n\n"
            "结果，对建立台账和督查督办情况进行监督。\n纪检监察机关要把监督挺在前面，抓早抓小。\n" + last + "\n")
    raw_lines = read_lines(page)
    tags = ["B-title", "para", "para", "cont", "cont"]
    assert heads_closing_blocks(raw_lines, tags) == tags


def test_a_heading_over_a_blank_line_and_plain_text_stays_the_text_below():
    # (heads first: the heading glued under the text above heads the block under the blank line)
    page = ("县委召开常委会\n会议强调，要抓好落实，确保各项工作见到实效。\n\n"
            "　　日前，进化镇临江村肉牛养殖小区建成投用，首批\n引进肉牛260头，由合作社统一管理。\n"
            "永安镇锌硒茶开园\n\n"
            "　　6月中旬，永安镇田坝村的万亩茶园迎来夏茶采\n摘，村民在茶垄间忙碌。\n")
    raw_lines = read_lines(page)
    tags = ["B-title", "para", "para", "cont", "B-title", "B-para", "cont"]
    assert heads_closing_blocks(raw_lines, tags) == tags


def test_article_reaches():
    layout = split_page(PAGE)
    art = next(a for a in layout.articles if a.title == "石家河村夏茶采摘忙")
    body_start = art.spans["body"][0][0]
    title_start = art.spans["title"][0][0]
    assert article_reaches(layout, body_start, [title_start])
    assert not article_reaches(layout, 0, [title_start])


def test_tags_must_match_the_lines():
    with pytest.raises(ValueError, match="tags has 1 tags"):
        heads_closing_blocks(read_lines(PAGE), ["para"])
