"""user30b F8: one paper under two masthead names (a renamed paper) is noted, never joined silently."""

import datetime as dt

import pandas as pd

import corpus_tools as ct
from corpus_tools.paper_renames import paper_series, rename_note, renamed_papers


def _issues(rows):
    return pd.DataFrame(rows, columns=["paper", "paper_source", "date", "county_code"])


def test_two_names_one_county_no_overlap_are_one_series():
    df = _issues([("桥东报", "text", dt.date(2006, 3, 1), "130702"), ("桥东报", "text", dt.date(2012, 5, 2), "130702"),
                  ("今日桥东", "text", dt.date(2013, 1, 6), "130702"), ("今日桥东", "text", dt.date(2020, 1, 6), "130702")])
    assert [[n for n, _, _ in c] for c in renamed_papers(df)] == [["桥东报", "今日桥东"]]
    assert paper_series(df).tolist() == ["今日桥东"] * 4
    assert "--paper 今日桥东" in rename_note(df)


def test_overlapping_or_given_names_stay_two():
    overlap = _issues([("桥东报", "text", dt.date(2010, 3, 1), "130702"), ("桥东报", "text", dt.date(2015, 5, 2), "130702"),
                       ("今日桥东", "text", dt.date(2014, 1, 6), "130702")])
    assert renamed_papers(overlap) == [] and rename_note(overlap) is None
    given = _issues([("桥东报", "manifest", dt.date(2006, 3, 1), "130702"),
                     ("今日桥东", "manifest", dt.date(2016, 1, 6), "130702")])
    assert paper_series(given).tolist() == ["桥东报", "今日桥东"]


def test_issues_frame_carries_the_series(tmp_path):
    (tmp_path / "2009-05-06_p1.txt").write_text("张店报\n2009年5月6日　星期三\n\n公园街道开展网格员培训\n"
                                               "　　本报讯 公园街道开展网格员培训，百余名网格员参加。\n", encoding="utf-8")
    (tmp_path / "2016-05-06_p1.txt").write_text("今日张店\n2016年5月6日　星期五\n\n和平街道开展垃圾分类宣传\n"
                                               "　　本报讯 和平街道开展垃圾分类宣传。\n", encoding="utf-8")
    df = ct.read_corpus(tmp_path).issues_frame()
    assert df["paper"].tolist() == ["张店报", "今日张店"]
    assert df["paper_series"].tolist() == ["今日张店", "今日张店"]
    named = ct.read_corpus(tmp_path, paper="今日张店").issues_frame()
    assert named["paper"].tolist() == ["今日张店", "今日张店"]
