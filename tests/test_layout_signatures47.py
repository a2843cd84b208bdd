"""Tests for the signatures and credits of layout47: dotted names cut by a line break
(corpus_tools.layout.units), a unit alone in brackets and long names after a role's colon
(corpus_tools.layout.bylines), the unit heads' one source (corpus_tools.layout.unitbylines)."""

import re

from corpus_tools.layout import bylines, split_page
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.unitbylines import UNIT_HEADS, UNIT_HEAD_ALT

from layout_page_helpers import page_blocks


def _byline_of(page: str, title: str) -> list[tuple[str, str]]:
    arts = [a for a in split_page(page).articles if "".join((a.title or "").split()) == title]
    assert len(arts) == 1
    return [(r, "".join(n.split())) for r, n in arts[0].byline]


def test_a_dotted_name_cut_after_its_dot_stays_one_name():
    page = ("县医院义诊进牧区\n"
            "　　八月五日，县人民医院组织专家到夏牧场开展义诊，为牧民\n"
            "免费体检四百余人次，发放药品一批。（阿依努尔·\n"
            "买买提）\n\n"
            "乡里建起畜牧服务站\n"
            "　　今年，乡里新建畜牧服务站一座，配备兽医三名。（王　东）\n")
    assert _byline_of(page, "县医院义诊进牧区") == [("", "阿依努尔·买买提")]
    kinds = page_blocks(page)
    assert not any("买买提" in text for kind, _, text in kinds if kind == "body")


def test_a_dotted_name_cut_before_its_dot_after_a_role_stays_one_name():
    page = ("牧民合作社分红\n"
            "　　九月一日，某某乡牧民专业合作社给社员分红十二万元，每户\n"
            "平均分得两千元。（通讯员 吐尔\n"
            "逊·艾买提）\n")
    assert _byline_of(page, "牧民合作社分红") == [("通讯员", "吐尔逊·艾买提")]


def test_two_plain_names_cut_by_a_line_break_are_still_two():
    assert parse_byline("（张明华 李\u3000红）") == [("", "张明华"), ("", "李红")]


def test_a_unit_alone_in_brackets_is_the_items_byline():
    assert parse_byline("（某某镇宣传办）") == [("", "某某镇宣传办")]
    assert parse_byline("（县委组织部）") == [("", "县委组织部")]
    assert parse_byline("（欧阳明华）") == [("", "欧阳明华")]  # (a four-character name stays a name)
    assert parse_byline("（很好的办法）") is None  # (no unit's head word, too long for a name)


def test_a_role_colon_reads_a_long_transliterated_name():
    assert parse_byline("摄影：巴特尔朝克图") == [("摄影", "巴特尔朝克图")]
    assert parse_byline("记者：额尔敦毕力格") is None  # (an interview's question role: no byline)
    assert parse_byline("摄影巴特尔朝克图") is None


def test_unit_and_name_signatures_take_their_heads_from_unitbylines():
    assert UNIT_HEAD_ALT in bylines._UNIT_NAME_RE.pattern
    assert all(re.fullmatch(UNIT_HEAD_ALT, head) for head in UNIT_HEADS)
    assert parse_byline("（某某镇文化站　李红梅）") == [("", "某某镇文化站"), ("", "李红梅")]
