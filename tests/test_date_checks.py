"""Warnings when a page's file name and its printed date line disagree (corpus_tools.date_checks)."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from corpus_tools.date_checks import date_conflict
from corpus_tools.loaders import read_corpus

# an invented 今日洛川 page
_PAGE = "今日洛川\n{line}\n\n果园春管忙\n　　本报讯 旧县镇的果农抢抓农时，疏花疏果。\n"


def test_a_file_name_and_a_date_line_that_disagree_warn_once_naming_both(tmp_path):
    (tmp_path / "2024-04-12_第2版.txt").write_text(_PAGE.format(line="2024年4月13日 星期六 第2版"), encoding="utf-8")
    (tmp_path / "2024-04-19_第2版.txt").write_text(_PAGE.format(line="2024年4月19日 星期五 第2版"), encoding="utf-8")
    with pytest.warns(UserWarning) as got:
        c = read_corpus(tmp_path)
    msgs = [str(w.message) for w in got if "date line" in str(w.message)]
    assert len(msgs) == 1 and "2024-04-12_第2版.txt" in msgs[0]
    assert "2024-04-12" in msgs[0] and "2024-04-13" in msgs[0]
    assert [i.date for i in c.issues] == [dt.date(2024, 4, 12), dt.date(2024, 4, 19)]   # the file name still wins


def test_an_impossible_file_name_date_warns_and_the_date_line_dates_the_page(tmp_path):
    (tmp_path / "2024-02-30_第1版.txt").write_text(_PAGE.format(line="2024年3月1日 星期五 第1版"), encoding="utf-8")
    with pytest.warns(UserWarning, match="2024-02-30 does not exist; the page is dated 2024-03-01"):
        c = read_corpus(tmp_path)
    assert c.issues[0].meta["date_source"] == "page"


def test_agreeing_or_unchecked_dates_say_nothing(tmp_path):
    (tmp_path / "2024-04-19_第2版.txt").write_text(_PAGE.format(line="2024年4月19日 星期五 第2版"), encoding="utf-8")
    (tmp_path / "scan_007.txt").write_text(_PAGE.format(line="2024年4月20日 星期六 第3版"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_corpus(tmp_path)
    # a manifest date is the user's choice; an id of eight digits is no date
    assert date_conflict("a/2024-04-12.txt", _PAGE.format(line="2024年4月13日"), dt.date(2024, 4, 12), "manifest") is None
    assert date_conflict("a/00123456.txt", "", None, None) is None
