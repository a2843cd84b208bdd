"""user33 F5/F6: the issues, articles and words behind each point of a trend; thin periods marked;
a warning when match='auto' misses many printings inside longer words."""
from __future__ import annotations

import warnings

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import corpus_tools as ct  # noqa: E402
from corpus_tools.trend_sizes import thin_periods, trend_sizes  # noqa: E402


def _corpus():
    rows = []
    for year, n in ((2011, 4), (2012, 1), (2013, 3)):
        for k in range(n):
            rows.append({"issue_id": f"{year}-{k}", "date": f"{year}-05-0{k + 1}",
                         "text": f"侨乡新貌{k}\n　　县侨联组织侨乡侨胞回乡参观，渔业局介绍渔业发展，渔业界人士参加。\n"})
    return ct.read_corpus(pd.DataFrame(rows))


def test_trend_table_carries_issues_articles_and_words_per_period():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tr = ct.keyword_trends(_corpus(), ["侨乡"], by="year", normalize="count")
    sizes = ct.trend_sizes(tr)
    assert sizes["n_issues"].tolist() == [4, 1, 3]
    assert sizes["n_articles"].tolist() == [4, 1, 3] and (sizes["n_words"] > 0).all()
    assert thin_periods(tr) == ["2012"]
    renamed = tr.rename(index=lambda y: f"Y{y}")  # renamed rows still find their sizes
    assert trend_sizes(renamed)["n_issues"].tolist() == [4, 1, 3]


def test_plot_marks_or_hides_thin_periods():
    tr = pd.DataFrame({"侨乡": [10.0, 250.0, 12.0]}, index=pd.Index(["2011", "2012", "2013"], name="year"))
    tr.attrs["period_sizes"] = {"issues": {"2011": 5, "2012": 1, "2013": 9}}
    ax = ct.plot_trends(tr)
    assert "fewer than 3 issues in 2012" in ax.get_xlabel()
    hollow = [ln for ln in ax.lines if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == 1 and list(hollow[0].get_ydata()) == [250.0]
    ax = ct.plot_trends(tr, thin="hide")
    assert pd.isna(ax.lines[0].get_ydata()[1])
    ax = ct.plot_trends(tr, thin="show")
    assert "fewer than" not in ax.get_xlabel()
    with pytest.raises(ValueError, match="thin"):
        ct.plot_trends(tr, thin="drop")


def test_issue_rows_are_never_thin():
    tr = pd.DataFrame({"侨乡": [1.0, 2.0]}, index=pd.Index(["a", "b"], name="issue"))
    tr.attrs["period_sizes"] = {"issues": {"a": 1, "b": 1}, "by": "issue"}
    assert thin_periods(tr) == []


def test_auto_match_warns_when_longer_words_hold_many_printings():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tr = ct.keyword_trends(_corpus(), ["渔业"], by="year", normalize="count")
    text = ct.keyword_trends(_corpus(), ["渔业"], by="year", normalize="count", match="text")
    msgs = [str(w.message) for w in caught if "match='text'" in str(w.message)]
    if int(text["渔业"].sum()) - int(tr["渔业"].sum()) >= 5:
        assert len(msgs) == 1 and "渔业" in msgs[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ct.keyword_trends(_corpus(), ["侨胞"], by="year", normalize="count")
    assert not [w for w in caught if "match='text'" in str(w.message)]
