"""user36 findings F1, F4, F6, F7, F8, F11 (helper mend36a): crisis formulae, mentions inside names, weekly
periods, printed issues beside page files, two files claiming one page. Invented text only."""

from __future__ import annotations

import datetime as dt
import warnings

import matplotlib
import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.date_counts import count_dates
from corpus_tools.options import period_bounds, period_key
from corpus_tools.page_clashes import page_clashes
from corpus_tools.slogans.innames import name_around
from corpus_tools.trend_sizes import thin_periods

matplotlib.use("Agg")


def _corpus(rows: list[tuple[str, str]]) -> "ct.Corpus":
    frame = pd.DataFrame([{"issue_id": i, "date": i[:10], "text": t} for i, t in rows])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.read_corpus(frame)


# --- F1: the epidemic and disaster formulae -------------------------------------------------------------------

def test_crisis_formulae_are_in_the_lexicon_with_years():
    lex = ct.load_formula_lexicon().set_index("text")
    years = {"爱国卫生运动": 1952, "抗击非典": 2003, "应检尽检": 2020, "动态清零": 2021, "乙类乙管": 2022,
             "保健康、防重症": 2022}
    for text, year in years.items():
        assert int(lex.loc[text, "year"]) == year and lex.loc[text, "source"]
    for text in ("联防联控", "群防群控", "灾后重建"):     # older phrases: no year, a source all the same
        assert pd.isna(lex.loc[text, "year"]) and lex.loc[text, "source"]


def test_crisis_formulae_found_unquoted_and_dated():
    text = "会议要求，严格应检尽检，坚持联防联控、群防群控，抓好灾后重建，深入开展爱国卫生运动。"
    got = [m.formula for m in ct.find_formulae(text, date="2021-09-06")]
    assert got == ["应检尽检", "联防联控", "群防群控", "灾后重建", "爱国卫生运动"]
    got = [m.formula for m in ct.find_formulae("自本月8日起实施乙类乙管，围绕保健康，防重症做好服务。", date="2023-01-10")]
    assert got == ["乙类乙管", "保健康、防重症"]


def test_dynamic_zero_of_jobless_families_is_no_covid_formula():
    assert ct.find_formulae("确保零就业家庭动态清零", date="2021-11-01") == []
    assert ct.find_formulae("注重未发展党员村动态清零", date="2022-12-01") == []
    assert [m.formula for m in ct.find_formulae("坚持动态清零总方针不动摇", date="2022-04-01")] == ["动态清零"]
    assert ct.find_formulae("坚持动态清零", date="2019-02-25") == []    # the era guard: years before 2021


# --- F4: mentions inside names ----------------------------------------------------------------------------------

def test_name_around_names_heads_and_book_titles():
    s = "县卫健局疫情防控领导小组印发《全县疫情防控工作方案》，要求做好疫情防控，扭转疫情防控局面，制定疫情防控方案。"
    heads = []
    k = s.find("疫情防控")
    while k >= 0:
        heads.append(name_around(s, k, k + 4))
        k = s.find("疫情防控", k + 1)
    assert heads == ["领导小组", "《》", "", "", ""]


def test_slogan_tables_say_which_mentions_are_inside_names():
    c = _corpus([("2020-02-03_p1", "县疫情防控指挥部召开疫情防控工作会议。会议要求全县做好疫情防控，落实联防联控措施。")])
    m = ct.slogan_mentions(c)
    rows = m[m["text"] == "疫情防控"]
    assert sorted(rows["in_name"]) == ["", "会议", "指挥部"]
    table = ct.extract_slogans(c).set_index("text")
    assert table.loc["疫情防控", "count"] == 3 and table.loc["疫情防控", "n_in_name"] == 2
    assert table.loc["联防联控", "n_in_name"] == 0


def test_collocations_match_text_counts_a_word_printed_inside_tokens():
    c = _corpus([(f"2020-02-{d:02d}_p1", "县疫情防控指挥部召开会议。疫情防控指挥部要求各乡镇严格落实。") for d in range(3, 7)])
    with pytest.warns(UserWarning, match="never a token of its own"):
        assert ct.collocations(c, word="疫情", min_count=2, cache_dir=False).empty
    got = ct.collocations(c, word="疫情", match="text", min_count=2, cache_dir=False)
    assert ("疫情", "指挥部") in set(zip(got["w1"], got["w2"]))
    with pytest.raises(ValueError, match="needs word="):
        ct.collocations(c, match="text", cache_dir=False)


# --- F6: ISO weeks -----------------------------------------------------------------------------------------------

def test_week_labels_and_bounds_are_one_helper():
    assert period_key(dt.date(2020, 2, 5), "week") == "2020-W06"
    assert period_key(dt.date(2021, 1, 3), "week") == "2020-W53"
    assert period_bounds("2020-W06", "week") == (dt.date(2020, 2, 3), dt.date(2020, 2, 10))
    assert period_bounds("2020-12", "month") == (dt.date(2020, 12, 1), dt.date(2021, 1, 1))
    with pytest.raises(ValueError, match="no period label"):
        period_bounds("2020-06", "week")


def test_by_week_in_trends_keywords_and_slogan_trends():
    c = _corpus([("2020-02-03_p1", "全县落实应检尽检，抓好联防联控。"), ("2020-02-05_p2", "各村落实应检尽检。"),
                 ("2020-02-12_p1", "坚持联防联控。")])
    tr = ct.keyword_trends(c, ["应检尽检"], by="week", normalize="count", match="text")
    assert list(tr.index) == ["2020-W06", "2020-W07"] and tr["应检尽检"].tolist() == [2, 0]
    st = ct.slogan_trends(c, by="week")
    row = st[(st["text"] == "应检尽检") & (st["period"] == "2020-W06")].iloc[0]
    assert row["count"] == 2 and row["date"] == dt.date(2020, 2, 3)
    assert set(ct.keywords(c, by="week", top_n=2)["group"]) <= {"2020-W06", "2020-W07"}


def test_cli_takes_by_week(tmp_path, capsys):
    from corpus_tools.cli import main

    (tmp_path / "2020-02-03_p1.txt").write_text("本报讯 全县落实应检尽检。\n", encoding="utf-8")
    (tmp_path / "2020-02-12_p1.txt").write_text("本报讯 全县坚持联防联控。\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rc = main(["trends", str(tmp_path), "--terms", "应检尽检", "--by", "week"])
    assert rc in (0, None) and "2020-W06" in capsys.readouterr().out


# --- F7 + F8: printed issues (dates) beside page files ------------------------------------------------------------

def test_thin_periods_count_dates_not_page_files():
    pages = [(f"2020-02-03_p{p}", "全县落实应检尽检。") for p in (1, 2, 3, 4)] + [("2020-02-12_p1", "应检尽检。")]
    c = _corpus(pages)
    week = ct.keyword_trends(c, ["应检尽检"], by="week", normalize="count", match="text")
    sizes = ct.trend_sizes(week)
    assert sizes["n_issues"].tolist() == [4, 1] and sizes["n_dates"].tolist() == [1, 1]
    assert thin_periods(week) == ["2020-W06", "2020-W07"]      # four page files of one date: one printed issue
    day = ct.keyword_trends(c, ["应检尽检"], by="day", normalize="count", match="text")
    assert thin_periods(day) == []                            # a day is one printed issue by design
    ax = ct.plot_trends(week)
    assert "printed issues (dates)" in ax.get_xlabel()


def test_day_plot_stands_on_a_time_axis():
    c = _corpus([("2020-03-09_p1", "应检尽检。"), ("2020-03-10_p1", "应检尽检。"), ("2020-07-05_p1", "应检尽检。")])
    ax = ct.plot_trends(ct.keyword_trends(c, ["应检尽检"], by="day", normalize="count", match="text"))
    x = ax.get_lines()[0].get_xdata()
    assert x[2] - x[1] == pytest.approx(117)                  # days apart, not one slot


def test_place_table_counts_dates_beside_page_files():
    assert count_dates(["a", "b", "c"], {"a": dt.date(2020, 2, 10), "b": dt.date(2020, 2, 10), "c": None}) == 2
    m = pd.DataFrame({"issue_id": ["2020-02-10_p1", "2020-02-10_p2", "2020-02-11_p1"], "label": ["TOWNSHIP"] * 3,
                      "printed": ["埠河镇"] * 3, "article_id": ["x-1", "y-1", "z-1"], "name": ["埠河镇"] * 3,
                      "admin_code": [""] * 3, "link": [""] * 3, "linked_to": [""] * 3, "in_name": [""] * 3,
                      "township_printed": [""] * 3, "county_code": [""] * 3})
    c = _corpus([("2020-02-10_p1", "埠河镇。"), ("2020-02-10_p2", "埠河镇。"), ("2020-02-11_p1", "埠河镇。")])
    row = ct.place_table(m, c).iloc[0]
    assert (row["issues"], row["dates"]) == (3, 2)
    assert pd.isna(ct.place_table(m).iloc[0]["dates"])         # without the corpus the dates are unknown


# --- F11: two files claiming one page -------------------------------------------------------------------------------

def test_two_files_claiming_one_page_are_named(tmp_path):
    (tmp_path / "2020-02-10_p1.txt").write_text("本报讯 全县召开会议。\n", encoding="utf-8")
    (tmp_path / "20200210_p1.txt").write_text("本报讯 另一篇稿件。\n", encoding="utf-8")
    (tmp_path / "2020-02-10_p2.txt").write_text("本报讯 第二版。\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"2020-02-10 page 1: .*2020-02-10_p1\.txt, .*20200210_p1\.txt"):
        corpus = ct.read_corpus(tmp_path)
    assert len(corpus.issues) == 3


def test_pages_of_two_papers_do_not_clash():
    pages = [ct.Issue(id=s, raw="正文", date=dt.date(2011, 5, 6), meta={"path": f"{s}.txt"})
             for s in ("营山报_2011-05-06_p2", "蓬安报_2011-05-06_p2", "2011-05-06_p3")]
    assert page_clashes(pages) == []
