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
    # a manifest date is the user's choice and wins, but a disagreeing date line is said (user21 F3); a month's
    # manifest date is not checked against a day; an id of eight digits is no date
    said = date_conflict("a/2024-04-12.txt", _PAGE.format(line="2024年4月13日"), dt.date(2024, 4, 12), "manifest")
    assert said.endswith("the manifest's date is used (correct the manifest if the page is right)")
    assert date_conflict("a/p.txt", _PAGE.format(line="2024年4月13日"), dt.date(2024, 4, 1), "manifest", None,
                         "month") is None
    assert date_conflict("a/00123456.txt", "", None, None) is None


# an invented 平利报 page (陕西平利县), as a scanned archive's PDF-to-text export prints it
_PINGLI = "{line}\n\n长安镇茶园春管忙\n　　本报讯 长安镇组织茶农开展春季管护，老县镇同步推进。\n"


def _folder_page(root, folder, line):
    (root / folder).mkdir(parents=True)
    (root / folder / "page1.txt").write_text(_PINGLI.format(line=line), encoding="utf-8")


def test_a_date_folder_dates_its_page(tmp_path):
    """user21 F5: a page in 2020-05-01/ whose header prints no date was undated."""
    _folder_page(tmp_path, "2020-05-01", "平利报　第2版")
    _folder_page(tmp_path, "2021/06/08", "平利报　2021年6月8日　星期二　第2版")
    c = read_corpus(tmp_path, pattern="**/*.txt")
    got = {i.id: (i.date, i.meta["date_source"], i.meta["date_precision"]) for i in c.issues}
    assert got == {"2020-05-01_page1": (dt.date(2020, 5, 1), "folder", "day"),
                   "08_page1": (dt.date(2021, 6, 8), "folder", "day")}


def test_a_date_folder_that_disagrees_with_the_date_line_warns(tmp_path):
    """user21 F5: a page in 2016-04-14/ printing 2015年4月14日 was dated 2015 without a word."""
    _folder_page(tmp_path, "2016-04-14", "平利报　2015年4月14日　星期二　第2版")
    with pytest.warns(UserWarning, match=r"the folder 2016-04-14 gives 2016-04-14 but the page's date line prints "
                                         r"2015-04-14; the folder's date is used") as got:
        c = read_corpus(tmp_path, pattern="**/*.txt")
    assert c.issues[0].date == dt.date(2016, 4, 14)
    assert got[0].filename == __file__        # the warning points at the caller, not at corpus.py


def test_an_impossible_date_folder_warns_and_an_undated_page_is_named(tmp_path):
    _folder_page(tmp_path, "2019-02-30", "平利报　第2版")
    with pytest.warns(UserWarning) as got:
        c = read_corpus(tmp_path, pattern="**/*.txt")
    msgs = [str(w.message) for w in got]
    assert any("the folder's date 2019-02-30 does not exist; the page is undated" in m for m in msgs)
    assert any(m.startswith("1 page(s) have no date") and "2019-02-30/page1.txt" in m for m in msgs)
    assert c.issues[0].date is None


def test_a_date_after_today_and_a_weekday_that_does_not_fit_warn(tmp_path):
    """user21 F5: a page printing 2031年4月10日 星期六 (a Thursday) passed silently."""
    (tmp_path / "p1.txt").write_text(_PINGLI.format(line="平利报　2031年4月10日　星期六　第2版"), encoding="utf-8")
    with pytest.warns(UserWarning) as got:
        read_corpus(tmp_path)
    msgs = [str(w.message) for w in got]
    assert any("dated 2031-04-10 (from its date line), after today" in m for m in msgs)
    assert any("prints 2031-04-10 星期六, but 2031-04-10 is a 星期四" in m for m in msgs)


def test_a_fitting_weekday_and_the_sunday_forms_say_nothing(tmp_path):
    for k, line in enumerate(("平利报　2024年4月14日　星期日　第2版", "平利报　2024年4月14日　星期天　第2版",
                              "平利报　2024年4月12日　周五　第2版")):
        (tmp_path / f"p{k}.txt").write_text(_PINGLI.format(line=line), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_corpus(tmp_path)


def test_a_manifest_date_that_disagrees_with_the_date_line_warns(tmp_path):
    """user21 F3: a manifest row 2016-04-14 for a page printing 2015年4月14日 passed silently."""
    _folder_page(tmp_path, "2016-04-14", "平利报　2015年4月14日　星期二　第2版")
    _folder_page(tmp_path, "2016-05", "平利报　2016年5月10日　星期二　第2版")
    (tmp_path / "manifest.csv").write_text("file,date\n2016-04-14/page1.txt,2016-04-14\n2016-05/page1.txt,2016-05\n",
                                           encoding="utf-8")
    with pytest.warns(UserWarning) as got:
        c = read_corpus(tmp_path)
    msgs = [str(w.message) for w in got if "manifest gives" in str(w.message)]
    assert len(msgs) == 1 and "gives 2016-04-14 but the page's date line prints 2015-04-14" in msgs[0]  # a month: no
    assert sorted(str(i.date) for i in c.issues) == ["2016-04-14", "2016-05-01"]              # the manifest wins
