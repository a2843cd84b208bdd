"""The report's overview table: counties read off the text and where dates come from."""

from __future__ import annotations

import pandas as pd

from corpus_tools import read_corpus
from corpus_tools.report.sections import issues_with_counties


def test_issue_table_fills_the_county_read_off_the_text(tmp_path):
    # an invented page of another county, read without a manifest
    (tmp_path / "2024-03-02_p1.txt").write_text(
        "本报讯 近日，武乡县蟠龙镇、韩北镇组织党员开展志愿服务活动。\n", encoding="utf-8")
    given = read_corpus(pd.DataFrame({"issue_id": ["x"], "text": ["本报讯 县里召开会议。"],
                                      "county_code": ["140728"], "county": ["平遥县"]}))
    df = issues_with_counties(read_corpus(tmp_path)).set_index("issue_id")
    assert df.loc["2024-03-02_p1", ["county", "county_code", "county_source"]].tolist() == [
        "武乡县", "140429", "read off the text"]
    row = issues_with_counties(given).iloc[0]
    assert (row["county_code"], row["county_source"]) == ("140728", "manifest")


def test_rates_per_characters_say_nothing_of_undated_issues(tmp_path):
    # review of user25 (finding 8): the trends section warns once of undated issues; the column per 10,000
    # characters warned a second time (invented 仙居 issues, one undated)
    import warnings

    from corpus_tools.report.sections import Context, per_10k_chars

    corpus = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "date": ["2021-06-14", None],
                                       "text": ["田市镇推进千万工程。", "横溪镇推进千万工程。"]}))
    ctx = Context(corpus=corpus, out_dir=tmp_path, nlp=None, cache_dir=False, progress=False, labels={}, by="year")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rate = per_10k_chars(ctx, ["千万工程"], pd.Index(["2021"]))
    assert not [w for w in caught if "undated issues left out" in str(w.message)]
    assert rate.loc["2021", "千万工程 /10k chars"] == 1000  # once in 10 characters
