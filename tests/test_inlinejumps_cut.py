"""Tests of corpus_tools.layout.inlinejumps: a jump mark cutting a sentence at the page's end."""

from corpus_tools.layout import split_page
from corpus_tools.layout.inlinejumps import jump_cut

FIRST = ("全县召开农村工作会议\n　　本报讯　日前，县委召开全县农村工作会议，\n总结今年工作，部署明年任务。会议要求，\n"
         "各乡镇要抓好特色产业，加快发展（下转第二版）\n\n")
SECOND = ("某某镇：\n小产业做成大文章\n　　本报讯（通讯员　李华）走进某某镇的\n蔬菜大棚，菜农们正忙着采摘。今年全镇\n"
          "新建大棚三百个，带动农民增收。\n")


def test_a_jump_mark_may_cut_a_sentence():
    assert jump_cut("各乡镇要抓好特色产业，加快发展（下转第二版）") == 15
    assert jump_cut("详见（下转第2版）") is None
    assert jump_cut("（下转第2版）") is None


def test_the_cut_text_ends_before_the_mark_and_takes_no_tail():
    arts = split_page(FIRST + SECOND).articles
    assert arts[0].body.endswith("加快发展")
    assert arts[-1].title.endswith("小产业做成大文章") and arts[-1].body.startswith("本报讯")
