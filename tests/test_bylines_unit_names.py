"""Tests of corpus_tools.layout.bylines: a writer's unit and name closing a text in brackets."""

from corpus_tools.layout import split_page
from corpus_tools.layout.bylines import parse_byline


def test_a_unit_and_a_name_in_brackets_are_both_read():
    assert parse_byline("（某某镇卫生院　王玉芳）") == [("", "某某镇卫生院"), ("", "王玉芳")]
    assert parse_byline("（某某乡政府　李光明）") == [("", "某某乡政府"), ("", "李光明")]
    assert parse_byline("（县融媒体中心 卢春燕）") == [("", "卢春燕")]  # an outlet stays unnamed


def test_no_unit_without_a_name_after_it():
    assert parse_byline("（某某镇卫生院　供稿）") == [("", "某某镇卫生院")]
    assert parse_byline("（某某镇卫生院　王玉芳等）") is None


def test_the_signature_closes_the_body():
    page = ("乡村医生守护村民健康\n　　某某村卫生室医生王明扎根山村三十年，\n为村民看病一万多人次。"
            "（某某镇卫生院　王玉芳）\n")
    art = split_page(page).articles[0]
    assert art.byline == [("", "某某镇卫生院"), ("", "王玉芳")]
    assert art.body.endswith("一万多人次。")
