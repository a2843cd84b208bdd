"""The dataset export: page, issue key, byline pairs and as printed, jump marks (invented pages)."""

import json

import pandas as pd

import corpus_tools as ct
from corpus_tools.article_export import export_frame, for_csv
from corpus_tools.jumps import page_number


def _corpus():
    p1 = ("某某报\n第1版　要闻　2006年5月12日\n\n东坡村老街改造全面提速\n本报记者　李平\n\n"
          "　　今年，东坡村老街改造进入快车道，九条街巷已完工。（下转第2版）\n")
    p2 = "第2版　综合　2006年5月12日\n\n东坡村老街改造全面提速\n（上接第1版）\n\n　　目前，其余三条街巷正在施工。\n"
    return ct.read_corpus(pd.DataFrame({"text": [p1, p2], "date": ["2006-05-12"] * 2,
                                        "issue_id": ["20060512_p1", "20060512_p2"]}))


def test_export_columns():
    df = export_frame(_corpus())
    assert df["page"].tolist() == [1, 2]
    assert df["issue_key"].nunique() == 1
    first = df.iloc[0]
    assert first["byline_pairs"] == [["记者", "李平"]] and first["byline_printed"] == "本报记者　李平"
    assert (first["continues_on"], df.iloc[1]["continued_from"]) == (2, 1)
    assert json.loads(for_csv(df).iloc[0]["byline_pairs"]) == [["记者", "李平"]]


def test_page_number_forms():
    class P:
        meta = {}
        raw = ""

    for stem, want in (("2003年05月12日_p3", 3), ("20030512_4", 4), ("2003-05-12", None)):
        P.id = stem
        assert page_number(P) == want
