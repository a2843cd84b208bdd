"""Paragraph breaks inside a sentence on pages that indent their paragraphs (corpus_tools.layout.indentjoins)."""

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.indentjoins import sentences_across_flush_lines
from corpus_tools.layout.lines import read_lines

IND = "\u3000\u3000"
# an invented page without blank lines: paragraphs indented, lines cut at a column of 13-14 characters
PAGE = (
    "湖滨乡举办牧民技能培训\n"
    f"{IND}本报讯　日前，湖滨乡举办牧民技\n"
    "能培训班，来自全乡的八十余名\n"
    "牧民参加了培训。\n"
    f"{IND}培训邀请旗农牧局的技术人员\n"
    "讲授饲草种植和疫病防治知识。\n"
    f"{IND}乡党委书记那木斯来与邻近的乌\n"
    "兰陶勒盖嘎查结成帮扶对子，共\n"
    "同建设打草场。\n"
    f"{IND}牧民们纷纷表示收获很大。\n"
)


def test_flush_line_under_cut_indented_line_continues_paragraph():
    tags = ["B-title", "para", "cont", "cont", "para", "cont", "para", "para", "cont", "para"]
    out = sentences_across_flush_lines(read_lines(PAGE), tags)
    assert out[7] == "cont"  # (``兰陶勒盖嘎查…`` runs on from ``…邻近的乌``)
    assert out[:7] == tags[:7] and out[8:] == tags[8:]
    assert tags[7] == "para"  # the input is not changed


def test_sentence_end_and_units_keep_their_break():
    raw = (f"{IND}今年全乡新修牧道三条，出行方\n便。\n{IND}苏木干部深入嘎查走访调研，\n"
           f"了解群众的急难愁盼问题。\n{IND}全年接羔保育成活率高。\n本报记者　乌云\n")
    tags = ["para", "cont", "para", "cont", "para", "byline"]
    assert sentences_across_flush_lines(read_lines(raw), tags) == tags


def test_page_without_indents_is_left_alone():
    raw = PAGE.replace(IND, "")
    tags = ["B-title", "para", "cont", "cont", "para", "cont", "para", "para", "cont", "para"]
    assert sentences_across_flush_lines(read_lines(raw), tags) == tags


def test_tags_length_checked():
    with pytest.raises(ValueError):
        sentences_across_flush_lines(read_lines(PAGE), ["para"])


def test_split_page_keeps_cut_name_in_one_paragraph():
    layout = split_page(PAGE)
    bodies = [a.body for a in layout.articles]
    assert any("乌兰陶勒盖嘎查" in b for b in bodies)
    assert not any("乌\n兰" in b for b in bodies)
    assert check_no_loss(PAGE, layout) == []
