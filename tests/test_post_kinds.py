"""Kinds of a printed post: appointed, removed, held; former posts; captions and honours (corpus_tools.post_kinds,
user34 F5/F6). Invented sentences."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.person_posts import POST_COLUMNS
from corpus_tools.post_kinds import caption_free, honour_free, is_former, listed_after, post_kind, removed_post


def _posts(text: str) -> list[list]:
    e = ct.extract_entities([text], county_code="230231")
    e["issue_id"], e["article_id"] = "x", "x-1"
    return ct.person_posts(e)[["name", "post", "kind", "former"]].values.tolist()


def test_helpers():
    assert removed_post("的县水务局局长职务。") == "县水务局局长"
    assert listed_after("、李四等当选为副县长。", ("李四",)) == "当选为副县长。"
    assert caption_free("图为县委书记") == "县委书记"
    assert honour_free("全国劳动模范、原县长", lambda s: s.endswith("长")) == "原县长"
    assert is_former("原县长") and not is_former("县长")
    assert post_kind("免去", "的县长职务", "after") == "removed"


def test_removal_and_appointment_rows():
    got = _posts("决定任命宋海涛为县人民政府副县长；免去宋海涛的县水务局局长职务。")
    assert ["宋海涛", "县人民政府副县长", "appointed", False] in got
    assert ["宋海涛", "县水务局局长", "removed", False] in got


def test_a_list_before_a_verb_of_office_gives_a_row_each():
    got = _posts("宋海涛当选为县长，贺志刚、柴文军等当选为副县长。")
    assert ["宋海涛", "县长", "appointed", False] in got  # (not 为县长)
    assert ["贺志刚", "副县长", "appointed", False] in got and ["柴文军", "副县长", "appointed", False] in got


def test_caption_and_honour_words_are_no_post():
    assert _posts("图为县委书记宋海涛（左二）在东风乡查看苗情。")[0][:3] == ["宋海涛", "县委书记", "held"]
    got = _posts("中国共产党优秀党员、原县人大常委会主任贺志刚同志，因病医治无效逝世。")
    assert got == [["贺志刚", "原县人大常委会主任", "held", True]]


def test_columns():
    empty = ct.person_posts(pd.DataFrame(columns=["label", "part", "text", "sentence"]))
    assert list(empty.columns) == POST_COLUMNS and {"kind", "former"} <= set(POST_COLUMNS)
