"""Tests for corpus_tools.dates: dates written to their precision, and the spans of groups."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from corpus_tools.dates import format_date, group_dates, issue_labels
from corpus_tools.loaders import load_seeds


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.mark.parametrize("precision, expected", [("day", "2023-12-15"), ("month", "2023-12"), ("year", "2023"),
                                                 (None, "2023-12-15")])
def test_format_date_writes_the_known_precision(precision, expected):
    assert format_date(dt.date(2023, 12, 15), precision) == expected


def test_undated_values_print_undated():
    assert {format_date(v) for v in (None, float("nan"), pd.NaT)} == {"undated"}


def test_issue_labels_add_the_file_stem_to_undated_issues(seeds):
    labels = issue_labels(seeds)
    undated = [i.id for i in seeds.issues if i.date is None]
    assert undated and all(labels[i].startswith("undated · ") for i in undated)


def test_group_dates_of_days_and_of_the_whole_corpus(seeds):
    days = group_dates(seeds, ["2023-01-05"], "day")
    assert days.loc["2023-01-05", "date"] == pd.Timestamp("2023-01-05")
    assert days.loc["2023-01-05", "lo"] == days.loc["2023-01-05", "hi"]
    whole = group_dates(seeds, ["all"], "all")
    assert pd.isna(whole.loc["all", "date"]) and whole.loc["all", "label"] == "all"


@pytest.mark.parametrize("by, label, lo, hi", [("month", "2023-02", "2023-02-01", "2023-03-01"),
                                               ("quarter", "2023Q4", "2023-10-01", "2024-01-01"),
                                               ("year", "2024", "2024-01-01", "2025-01-01")])
def test_a_period_spans_itself(seeds, by, label, lo, hi):
    row = group_dates(seeds, [label], by).loc[label]
    assert (row["lo"], row["hi"]) == (pd.Timestamp(lo), pd.Timestamp(hi))
    assert row["lo"] < row["date"] < row["hi"]


def test_group_dates_names_an_unknown_grouping(seeds):
    with pytest.raises(ValueError, match=r"`by` value = 'fortnight' is invalid"):
        group_dates(seeds, ["2023-01"], "fortnight")


def test_year_spans_and_gaps():
    import datetime as dt

    from corpus_tools.dates import missing_years, year_spans, years_present

    assert year_spans([2001, 1998, 1999, 2000, 2003]) == "1998–2001, 2003"
    assert missing_years([1998, 2001]) == [1999, 2000] and missing_years([]) == []
    assert years_present([dt.date(2009, 1, 1), dt.date(2011, 1, 1)]) == "pages of 2009, 2011 (none in 2010)"


def test_with_year_gaps_adds_the_years_without_pages():
    import pandas as pd

    from corpus_tools.dates import with_year_gaps

    df = pd.DataFrame({"乡村振兴": [2, 0, 1]}, index=pd.Index(["2001", "2003", "2005"], name="year"))
    gaps = with_year_gaps(df)
    assert list(gaps.index) == ["2001", "2002", "2003", "2004", "2005"] and gaps.attrs["no_pages"] == [2002, 2004]
    assert gaps["乡村振兴"].isna().tolist() == [False, True, False, True, False]     # a gap, not a 0
    assert with_year_gaps(df, fill="no pages").loc["2002", "乡村振兴"] == "no pages"
    months = pd.DataFrame({"a": [1, 2]}, index=["2001-01", "2001-03"])
    assert with_year_gaps(months) is months                                         # not years: unchanged
