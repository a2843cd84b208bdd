"""A corpus of several papers taken apart by paper (corpus_tools.paper_groups)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import read_corpus
from corpus_tools.paper_groups import named_papers, per_paper, split_by_paper


def _corpus(papers):
    """Invented pages of 旬邑报 (陕西旬邑县) and 青田新闻 (浙江青田县); a None paper names none."""
    texts = ["太村镇苹果园春管忙\n　　本报讯 太村镇组织果农开展春季管护。",
             "方山乡杨梅上市\n　　本报讯 方山乡杨梅进入采摘季。",
             "郑家镇修好通村路\n　　本报讯 郑家镇完成通村公路改造。"]
    frame = pd.DataFrame({"issue_id": ["x1", "q1", "x2"], "date": ["2021-05-06", "2021-06-02", "2022-04-01"],
                          "text": texts})
    if papers is not None:
        frame["paper"] = papers
    return read_corpus(frame)


def test_split_keeps_the_corpus_order_of_papers():
    subs = split_by_paper(_corpus(["旬邑报", "青田新闻", "旬邑报"]))
    assert {p: [i.id for i in s] for p, s in subs.items()} == {"旬邑报": ["x1", "x2"], "青田新闻": ["q1"]}


def test_per_paper_puts_the_paper_in_front_and_keeps_a_named_index():
    c = _corpus(["旬邑报", "青田新闻", "旬邑报"])
    flat = per_paper(c, lambda sub: pd.DataFrame({"issues": [len(sub)]}))
    assert flat.values.tolist() == [["旬邑报", 2], ["青田新闻", 1]]
    by_year = per_paper(c, lambda sub: pd.Series([i.date.year for i in sub], name="n").value_counts()
                        .rename_axis("year").sort_index().to_frame())
    assert by_year.index.names == ["paper", "year"]
    assert by_year["count"].to_dict() == {("旬邑报", 2021): 1, ("旬邑报", 2022): 1, ("青田新闻", 2021): 1}


def test_issues_without_a_paper_are_left_out_with_a_warning():
    c = _corpus(["旬邑报", "青田新闻", ""])
    left_out = r"1 issue\(s\) name no paper and are left out of trends by paper \(x2\)"
    with pytest.warns(UserWarning, match=left_out) as got:
        subs = named_papers(c, what="trends")
    assert list(subs) == ["旬邑报", "青田新闻"]
    with pytest.warns(UserWarning) as through:  # through per_paper too, the warning names this file's line
        per_paper(c, lambda sub: pd.DataFrame({"n": [len(sub)]}), what="trends")
    assert {w.filename for w in [*got, *through]} == {__file__}


def test_no_paper_at_all_is_an_error_that_says_how_to_name_them():
    with pytest.raises(ValueError, match=r"slogans by paper needs the issues' papers.*--paper NAME=FOLDER"):
        per_paper(_corpus(None), len, what="slogans")


def test_per_paper_and_split_by_paper_are_public() -> None:
    import corpus_tools as ct

    c = ct.read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "paper": ["今日仙居", "蓬溪报"],
                                     "text": ["田市镇绿道建成", "鸣凤镇柚子丰收"]}))
    assert list(ct.split_by_paper(c)) == ["今日仙居", "蓬溪报"]
    t = ct.per_paper(c, lambda sub: pd.DataFrame({"issues": [len(sub)]}))
    assert t.columns[0] == "paper" and t["issues"].tolist() == [1, 1]


@pytest.mark.parametrize("call", ["place_table", "slogan_trends", "keyword_trends", "entity_counts"])
def test_by_paper_is_refused_with_the_way_to_one_table_per_paper(call: str) -> None:
    import corpus_tools as ct

    c = ct.read_corpus(pd.DataFrame({"issue_id": ["a"], "paper": ["今日仙居"], "text": ["田市镇绿道建成"]}))
    run = {"place_table": lambda: ct.place_table(pd.DataFrame(), by="paper"),
           "slogan_trends": lambda: ct.slogan_trends(c, by="paper"),
           "keyword_trends": lambda: ct.keyword_trends(c, ["绿道"], by="paper"),
           "entity_counts": lambda: ct.entity_counts(c, by="paper")}[call]
    with pytest.raises(ValueError, match=r"by.*'paper' is invalid.*ct\.per_paper\(corpus"):
        run()
