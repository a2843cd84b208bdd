"""Columns of marked briefs without a spaced run-in title (corpus_tools.layout.plainbriefs), the wrapped
run-in titles of markitems and long transliterated names in bylines."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.bylines import lead_byline, parse_byline
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.markitems import is_titled_item
from corpus_tools.layout.plainbriefs import in_item, plain_item_tags
from corpus_tools.text import strip_spaces

#: A front page's foot: a signed article, then three plain ■ briefs (no title set off by a space).
PLAIN = """石门报　2011年6月3日　星期五　第1版

全县夏粮收购工作全面启动
本报讯（记者　谭志刚）6月1日，全县夏粮收购工作全面启动，
县粮食局在各乡镇设立收购网点26个，确保农民卖粮方便。
今年全县小麦种植面积12万亩，预计总产4.5万吨。
（县委宣传部　龚　丽）
■新关镇投资30万元新建村级文化广场，丰富了群众的
业余文化生活。
■易家渡镇组织200名农民参加电工、焊工技能培训。
■雁池乡茶叶专业合作社今年收购鲜叶80吨，社员增收
40万元。
责任编辑：罗　军
"""

#: Two briefs whose short headline is closed by a full stop and run into the text, between blank lines.
STOP = """太平报　2004年3月5日　第1版

茶园春管忙
本报讯（通讯员　许　清）连日来，全镇茶农忙着施肥、修剪，
全镇春管茶园1.2万亩。镇里组织农技人员进村指导，举办培训
班6期，培训茶农800人次。

◆县城新建公厕十座。今年县里投资80万元，在县城新建公
厕十座，方便群众出行。

◆龙口镇开通客运班车。龙口镇至县城客运班车日前开通，
结束了群众步行赶车的历史。
"""

#: Points of one box: the box signs once, after its last point.
BOX = """【数字看变化】
●五年来，全县新修公路320公里，
村村通上了硬化路。
●全县新建中小学校舍4.6万平方米。
●全县农民人均纯收入增长一倍。（县统计局供稿）
"""


def test_plain_briefs_are_untitled_articles_each_character_printed_once():
    layout = split_page(PLAIN)
    assert check_no_loss(PLAIN, layout) == []
    titles = [a.title for a in layout.articles]
    assert titles[-3:] == [None, None, None]  # the page prints no title: none is made from the body's words
    first = layout.articles[-4]
    assert strip_spaces(first.body).endswith("预计总产4.5万吨。")
    assert strip_spaces(layout.articles[-3].body) == "新关镇投资30万元新建村级文化广场，丰富了群众的业余文化生活。"
    assert [r for r in layout.repairs if r.kind == "mark" and r.removed == "■"]


def test_short_headlines_closed_by_a_full_stop_are_split_off():
    layout = split_page(STOP)
    assert check_no_loss(STOP, layout) == []
    arts = {a.title: a for a in layout.articles}
    assert {"县城新建公厕十座", "龙口镇开通客运班车"} <= set(arts)
    assert strip_spaces(arts["县城新建公厕十座"].body).startswith("今年县里投资80万元")
    assert arts["县城新建公厕十座"].byline == []


def test_points_signed_once_and_items_under_a_headline_stay_one_article():
    tags = ["banner", "para", "cont", "para", "para"]
    assert plain_item_tags(read_lines(BOX), tags) == tags
    page = "简讯\n■东镇建成水厂，供水千户。\n■西镇新修公路三公里。\n"
    assert plain_item_tags(read_lines(page), ["B-title", "para", "para"]) == ["B-title", "para", "para"]


def test_a_lone_item_or_a_labelled_list_is_no_column():
    one = "村里修路。\n\n■东镇建成水厂，供水千户。\n"
    assert plain_item_tags(read_lines(one), ["B-para", "para"]) == ["B-para", "para"]
    labelled = "工程进展顺利。\n●城南水厂：完成投资2亿元。\n●城北公园：完成绿化80%。\n"
    assert plain_item_tags(read_lines(labelled), ["para", "para", "para"]) == ["para", "para", "para"]


def test_plain_item_tags_checks_its_input():
    with pytest.raises(ValueError):
        plain_item_tags(read_lines("■东镇建成水厂。\n"), [])
    assert in_item(["B-para", "cont", "para"], ["para", "cont", "para"], 2)
    assert not in_item(["para", "cont", "para"], ["para", "cont", "para"], 2)


def test_run_in_titles_wrapped_by_the_column():
    assert is_titled_item("◆南岸镇开展“送法进村”\n活动　镇司法所为村民解答问题30个。")
    page = """【乡镇动态】
◆北山镇召开党建工作推进会　5月
8日，北山镇召开党建工作推进会。（通讯员　韩　梅）
◆东岭村茶叶加工厂建成投产
　该厂占地12亩，年加工干茶200吨。（通讯员　吕　刚）
◆南岸镇开展“送法进村”
活动　镇司法所为村民解答问题30个。
"""
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    titles = [a.title for a in layout.articles]
    assert "东岭村茶叶加工厂建成投产" in titles and "南岸镇开展“送法进村”活动" in titles


def test_long_transliterated_names_after_a_role():
    assert lead_byline("本报讯（记者　乌力吉巴雅尔　通讯员　其其格）5月6日，") == [
        ("记者", "乌力吉巴雅尔"), ("通讯员", "其其格")]
    assert list(parse_byline("（记者　乌力吉巴雅尔）")) == [("记者", "乌力吉巴雅尔")]
    assert not parse_byline("记者　日前从福建省")  # (no brackets: a role glued to a sentence is no byline)
    assert parse_byline("（乌力吉巴雅尔）") is None  # (no role: a six-character bracket is no name)


def test_heading_run_under_a_jump_mark_on_a_page_indenting_no_paragraph():
    from corpus_tools.layout.afterheads import heads_under_jumps
    raw = ("全县完成植树造林两万亩，其中新造经济林六千亩，\n超额完成年度任务。\n（下转第2版）\n"
           "学习运用先进经验\n石桥村：小山村变身“网红村”\n石桥村地处河畔，过去是出了名的“空壳村”。近年来，\n"
           "村里建起了民宿十二家，接待游客八万人次。\n")
    tags = ["para", "cont", "credit", "para", "cont", "para", "cont"]
    out = heads_under_jumps(read_lines(raw), tags)
    assert out[3:6] == ["B-kicker", "title", "para"]
    # (a line as wide as the column under the jump mark is text wrapped on, not a heading)
    wide = raw.replace("石桥村：小山村变身“网红村”", "石桥村：小山村变身“网红村”全村游客过万")
    assert heads_under_jumps(read_lines(wide), tags)[3:6] != ["B-kicker", "title", "para"]


def test_organ_line_with_the_page_number_is_furniture():
    from corpus_tools.layout.patterns import is_folio_line
    assert is_folio_line("中共青禾县委主管　青禾县融媒体中心主办　　　第1版")
    assert not is_folio_line("县委主管部门召开会议　第1版")


def test_unit_and_name_under_a_headline_is_the_byline():
    from corpus_tools.layout.namelines import affiliation_name, name_lines_under_heads
    raw = "用新理念引领县域发展\n县委党校　靳世恒\n党的十六届三中全会明确提出，坚持以人为本。\n"
    assert name_lines_under_heads(read_lines(raw), ["B-title", "title", "para"]) == ["B-title", "byline", "para"]
    assert affiliation_name("县委宣传部　向晴") == "向晴"
    assert affiliation_name("建设公园　美化城市") is None


def test_flush_title_on_a_page_without_blank_lines():
    from corpus_tools.layout.indentheads import title_start
    raw = ("　　全县新建农田3200亩，配套沟渠18公里。\n　　新坍镇投入资金560万元。\n万佛湖迎来旅游旺季\n"
           "　　进入五月，万佛湖迎来旅游旺季。\n")
    lines = [ln for ln in read_lines(raw) if ln is not None]
    gap = [0] * len(lines)
    assert title_start(lines, gap, 2, 20.0) is None
    assert title_start(lines, gap, 2, 20.0, gapless=True) == 3


def test_kicker_left_open_joins_its_title():
    from corpus_tools.layout.kickerlines import kicker_over, kickers_left_open, left_open
    assert left_open("岜沙苗寨的") and not left_open("民族团结正在进行时")
    assert not kicker_over("古寨里的", ["“护树人”四十年"])
    raw = "古寨里的\n“护树人”\n老人四十年看护古树林。\n"
    assert kickers_left_open(read_lines(raw), ["B-kicker", "title", "para"]) == ["B-title", "title", "para"]
    raw = "古寨里的\n\n“护树人”\n老人四十年看护古树林。\n"  # (a blank line between: not read)
    assert kickers_left_open(read_lines(raw), ["B-kicker", "title", "para"]) == ["B-kicker", "title", "para"]
