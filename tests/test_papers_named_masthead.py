"""A masthead the manifest names, and X通讯 papers (corpus_tools.papers): user31b F10, invented text."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.papers import is_paper_name, paper_name_start


def test_a_county_tongxun_is_a_paper_but_not_its_correspondent():
    assert is_paper_name("三江通讯") and not is_paper_name("综合通讯")
    assert paper_name_start("三江通讯") == "三江通讯"
    assert paper_name_start("三江通讯员吴明报道") is None


def test_an_unlisted_page_gets_the_paper_the_manifest_names():
    c = ct.read_corpus(pd.DataFrame({
        "text": ["山城周刊\n2005年1月3日\n\n快讯\n新城镇召开会议。本报讯 新城镇召开会议，部署工作。\n",
                 "2005年2月7日　星期一　山城周刊　第4版\n\n快讯\n新城镇修路。本报讯 新城镇修路三公里。\n"],
        "paper": ["山城周刊", None], "date": ["2005-01-03", "2005-02-07"]}))
    iss = c.issues_frame()
    assert iss["paper"].tolist() == ["山城周刊", "山城周刊"]
    assert iss["paper_source"].tolist()[1] == "text"


def test_renamed_three_times_is_one_chain():
    import datetime as dt
    from corpus_tools.paper_renames import renamed_papers
    df = pd.DataFrame({"paper": ["三江通讯", "三江报", "三江融媒"], "paper_source": ["text"] * 3,
                       "date": [dt.date(2004, 1, 1), dt.date(2012, 1, 1), dt.date(2021, 1, 1)]})
    assert [[n for n, _, _ in ch] for ch in renamed_papers(df)] == [["三江通讯", "三江报", "三江融媒"]]
