"""Findings of the thirty-fourth round's second user test (an archivist's 250 pages, 2000–2025): paragraphs
moved on shared stock sentences, a plain page taken for interleaved columns, tables printed as text,
dates in 年月日 file names and long folios, and a progress bar on a terminal that reports no size.
Invented text throughout."""

from __future__ import annotations

import io
import os

import corpus_tools as ct
from corpus_tools.layout import split_page
from corpus_tools.layout.interleave import interleaved_stretches
from corpus_tools.layout.repair import fix_spacing
from corpus_tools.page_dates import date_from_masthead, date_from_name
from corpus_tools.text import masthead_date

# three articles printed in reading order, each under its headline and byline; the first one's last
# paragraph and the third one's last paragraph repeat one stock sentence
IN_ORDER = """第3版　农村经济　2006年3月8日

农村经济

石桥乡建起千亩核桃园
本报记者　田小禾

　　近年来，石桥乡把核桃种植作为富民产业，先后引进三个新品种。

　　乡里组织技术员上门指导，帮助农户修剪、嫁接、防治病虫害。

　　据介绍，核桃园总投资820万元。当天，长丰果品合作社的社员们正在仓库里忙着筛选、装箱。

柳河村修通产业路
本报记者　孟春

　　柳河村新修水泥路六公里，连通了村里的三片果园，运果子的车能开到地头。

我县蔬菜大棚突破五千座
本报记者　卢岚

　　今年以来，县农业部门新建蔬菜大棚六百座，带动两千户农民增收。

　　当天，长丰果品合作社的社员们正在仓库里忙着筛选、装箱，一派丰收景象。
"""


def test_a_shared_stock_sentence_moves_no_paragraph_on_a_page_printed_in_order():
    lay = split_page(IN_ORDER)
    assert not [r for r in lay.repairs if r.kind == "move"]
    first = next(a for a in lay.articles if a.title == "石桥乡建起千亩核桃园")
    assert first.body.endswith("筛选、装箱。")
    last = next(a for a in lay.articles if a.title == "我县蔬菜大棚突破五千座")
    assert last.body.endswith("一派丰收景象。")


def test_a_tail_that_finishes_a_cut_sentence_still_moves():
    # column flow: the second article's last lines printed after the first article
    page = ("要闻\n\n县里召开春耕生产动员会\n\n　　3月2日，县里召开春耕生产动员会，安排部署全年农业生产工作。\n\n"
            "　　会议要求，各乡镇要抓好种子、化肥等农资供应。\n\n　　业合作社的种粮大户也参加了培训，大家表示今年要多种粮、种好粮。\n\n"
            "农技人员送技术下乡\n\n　　连日来，县农技中心组织二十名技术员深入田间，为种粮大户和农\n")
    lay = split_page(page)
    moves = [r for r in lay.repairs if r.kind == "move"]
    assert moves and "cut sentence" in moves[0].note
    second = next(a for a in lay.articles if a.title == "农技人员送技术下乡")
    assert "为种粮大户和农业合作社的种粮大户" in second.body.replace("\n", "")


PLAIN = """2024年5月6日 星期一 ｜ 第3版 ｜ 社会民生 ｜ 责编：白露

社会民生

县医院开展义诊进社区活动
文/图　苏晴

县人民医院内科主任郝明远介绍，医院今
年已组织义诊二十场，服务群众三千余人。义诊
中，医生为东关社区居民免费测量血压、血糖并讲
解慢性病防治知识，居民们纷纷点赞。
"""


def test_a_plain_page_is_not_taken_for_interleaved_columns():
    assert interleaved_stretches(PLAIN) == []
    lay = split_page(PLAIN)
    assert not lay.repairs or all("interleaved" not in r.note for r in lay.repairs)
    (art,) = lay.articles
    assert art.body.startswith("县人民医院内科主任郝明远介绍，医院今年已组织义诊二十场")


def test_interleaved_columns_are_still_found():
    page = ("6月7日，天福镇组织干部群\n本报讯（记者 杨帆 通讯员\n众153余人开展活动，进一步增\n"
            " 邓志强）“以前办个营业执照要\n强了群众的参与感和获得感。\n跑好几趟，现在一个窗口就办好了。\n")
    assert interleaved_stretches(page) == [(1, 5)]


def test_a_spacing_repair_never_joins_two_numbers_or_table_cells():
    assert fix_spacing("东关村　12400　9630") == "东关村 12400 9630"
    assert fix_spacing("小麦　18.6　-3.2%") == "小麦 18.6 -3.2%"
    assert fix_spacing("2022 年，为符合条件的 464 名老党员") == "2022年，为符合条件的464名老党员"


TABLE = """第2版　经济　2007年9月3日

2006年各乡小麦产量

乡名　面积（亩）　产量（吨）

石桥乡　15200　8310

柳河乡　9800　5120

合计　25000　13430

（县统计局供稿）
"""


def test_a_table_under_its_headline_is_an_article_with_its_rows_apart():
    for page in (TABLE, TABLE.replace("\n\n", "\n")):
        lay = split_page(page)
        (art,) = [a for a in lay.articles if a.title == "2006年各乡小麦产量"]
        assert art.body.split("\n") == ["乡名 面积（亩） 产量（吨）", "石桥乡 15200 8310", "柳河乡 9800 5120",
                                        "合计 25000 13430"]
        assert [n for _, n in art.byline] == ["县统计局"]


def test_dates_in_chinese_file_names_and_long_folios(tmp_path):
    assert date_from_name("2006年03月08日_p3.txt").isoformat() == "2006-03-08"
    assert date_from_name("2006年3月8日_p3.txt").isoformat() == "2006-03-08"
    assert masthead_date("2022年3月1日 星期二 ｜ 第2版 ｜ 综合新闻 ｜ 责编：白露").isoformat() == "2022-03-01"
    front = "某县报\n中共某县委机关报\n国内统一刊号：CN99-0001　第321期\n2002年6月3日　星期一　今日4版\n\n县里开会\n"
    assert date_from_masthead(front).isoformat() == "2002-06-03"
    (tmp_path / "2006年03月08日_p3.txt").write_text("石桥乡建起核桃园\n\n　　本报讯 近日，石桥乡建起核桃园。\n",
                                                   encoding="utf-8")
    frame = ct.read_corpus(tmp_path).issues_frame(progress=False)
    assert frame.loc[0, "date"].isoformat() == "2006-03-08" and frame.loc[0, "date_source"] == "file name"


class _ZeroSizeTerminal(io.StringIO):
    """A stream that says it is a terminal (as the pseudo-terminal of ``script`` does)."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 2


def test_a_bar_is_drawn_on_a_terminal_that_reports_no_size(monkeypatch):
    from corpus_tools.progress import FALLBACK_SIZE, progress_bar

    monkeypatch.setattr(os, "get_terminal_size", lambda fd=None: os.terminal_size((0, 0)))
    stream = _ZeroSizeTerminal()
    bar = progress_bar(range(3), desc="pages", file=stream)
    assert list(bar) == [0, 1, 2]
    assert (bar.ncols, bar.nrows) == FALLBACK_SIZE
    assert "pages" in stream.getvalue() and "3/3" in stream.getvalue()
