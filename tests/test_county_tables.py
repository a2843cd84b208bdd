"""The county of every page and article: metadata, the paper's name (masthead), the text."""

from __future__ import annotations

import pandas as pd

from corpus_tools.county_tables import article_counties, county_table, issue_counties, issue_guess
from corpus_tools.entities import extract_entities
from corpus_tools.loaders import read_corpus

# invented pages of two county papers (real places): a 弥渡报 page reporting on the neighbouring
# 祥云县, and a 今日洛川 page whose short notices name only townships that several counties have
_MIDU_ON_XIANGYUN = ("弥渡报\n2024年5月16日 星期四 第2版 周边动态\n\n祥云县：烤烟移栽进度过半\n"
                     "　　本报讯 祥云县刘厂镇、禾甸镇、云南驿镇近日抢抓墒情，组织烟农移栽烤烟。\n")
_LUOCHUAN_NOTICES = ("今日洛川\n2024年4月12日 星期五 第2版\n\n果园春管忙\n"
                     "　　本报讯 连日来，旧县镇的果农抢抓农时，疏花疏果。\n\n"
                     "农民夜校开课\n　　本报讯 石头镇近日开办农民夜校，讲授果树管理。\n")
_CITY_PAPER = ("株洲日报\n2024年3月1日 星期五 第5版\n\n刘厂镇召开会议\n"
               "　　本报讯 祥云县刘厂镇、禾甸镇、沙龙镇召开春耕会议。\n")


def _corpus(*pages: str, **kw):
    return read_corpus(pd.DataFrame({"issue_id": [f"p{i}" for i in range(len(pages))], "text": list(pages)}), **kw)


def test_the_masthead_county_is_the_page_county_even_when_the_page_reports_on_another():
    c = _corpus(_MIDU_ON_XIANGYUN)
    row = issue_counties(c).iloc[0]
    assert (row["county"], row["county_code"], row["county_source"]) == ("弥渡县", "532925", "text")
    g = issue_guess(c.issues[0])
    assert g.evidence == ("paper 弥渡报",) and g.confidence == 0.5 and "532923" in g.counties  # 祥云县 still named
    # the article names its own county in full: it keeps it, and its townships link there
    assert article_counties(c.articles, c.issues) == {("p0", "p0-01"): "532923"}
    e = extract_entities(c, model=False)
    assert set(e.loc[e.label == "TOWNSHIP", "admin_code"].str[:6]) == {"532923"}


# a 弥渡报 page (user22's finding 1 in another county): the article names two villages of 弥渡县's
# 新街镇 (a township name 13 counties have) and, once, the city its tobacco goes to
_MIDU_SHIPS_TO_DALI = ("弥渡报\n2024年9月12日 星期四 第2版\n\n烤烟交售忙\n"
                       "　　本报讯 在新街镇罗荡村的烤烟收购点，一车车烤烟被运往大理市的复烤厂。\n"
                       "　　“今年烟叶品质好。”董和村烟农李学文笑着说。\n\n"
                       "寅街镇修通产业路\n　　本报讯 日前，寅街镇新修的产业路全线贯通。\n")


def test_an_article_naming_another_city_once_keeps_its_paper_county_and_its_villages_link():
    c = _corpus(_MIDU_SHIPS_TO_DALI)
    arts = county_table(c, level="article").set_index("article_id")
    assert arts.loc["p0-01", "county_code"] == "532925"  # not 大理市 (532901)
    assert "village 罗荡村" in arts.loc["p0-01", "evidence"]
    assert article_counties(c.articles, c.issues)[("p0", "p0-01")] == "532925"
    e = extract_entities(c, model=False).set_index("text")
    assert e.loc["新街镇", "admin_code"] == "532925103"
    assert e.loc["罗荡村", "admin_code"] == "532925103207" and e.loc["董和村", "admin_code"] == "532925103208"
    # without the masthead the article alone says 大理市 (the city named in full beats one shared township)
    from corpus_tools.county import infer_county

    assert infer_county(c.articles[0].text).code != "532925"


def test_articles_that_decide_nothing_take_the_county_their_masthead_names():
    c = _corpus(_LUOCHUAN_NOTICES)
    assert issue_counties(c).loc[0, "county_code"] == "610629"
    arts = county_table(c, level="article")
    assert arts["county_code"].tolist() == ["610629", "610629"]
    assert all("paper county 洛川县" in ev for ev in arts["evidence"])  # the masthead counts in each article
    e = extract_entities(c, model=False)
    towns = e[e.label == "TOWNSHIP"].set_index("norm")["admin_code"]
    assert towns["旧县镇"].startswith("610629") and towns["石头镇"].startswith("610629")


def test_a_prefecture_paper_names_no_county_and_the_text_decides():
    c = _corpus(_CITY_PAPER)
    row = issue_counties(c).iloc[0]
    assert row["county_code"] == "532923" and row["county_source"] == "text"
    assert "paper" not in county_table(c).loc[0, "evidence"]


def test_a_paper_named_by_the_user_gives_pages_without_a_masthead_its_county():
    page = "果园春管忙\n　　本报讯 连日来，旧县镇的果农抢抓农时，疏花疏果。"
    assert issue_counties(_corpus(page)).loc[0, "county_code"] is None
    assert county_table(_corpus(page), level="article")["county_code"].tolist() == [None]
    named = _corpus(page, paper="今日洛川")
    assert issue_counties(named).loc[0, "county_code"] == "610629"
    assert article_counties(named.articles, named.issues) == {("p0", "p0-01"): "610629"}


def test_metadata_and_the_user_still_win_over_the_masthead():
    c = _corpus(_MIDU_ON_XIANGYUN, county="祥云县")
    row = issue_counties(c).iloc[0]
    assert (row["county_code"], row["county_source"]) == ("532923", "user")


def test_a_county_given_to_pages_that_never_print_it_warns():
    """user20 #12: county='蓬溪' on a folder holding 今日仙居 pages too put them in 蓬溪县 without a word."""
    import pandas as pd
    import pytest

    from corpus_tools import read_corpus

    pages = pd.DataFrame({"issue_id": ["xj", "px"], "text": [
        "今日仙居　　2021年6月14日\n\n田市镇推进共同富裕\n　　田市镇扎实推动共同富裕。\n",
        "第01版　蓬溪报　要闻　2023年6月8日\n\n天福镇推进乡村振兴\n　　天福镇全面推进乡村振兴。\n"]})
    with pytest.warns(UserWarning, match=r"county='蓬溪' \(蓬溪县\) was given to 1 page\(s\) that print neither its name nor one of its townships \(xj\)"):
        corpus = read_corpus(pages, county="蓬溪")
    assert {i.meta["county"] for i in corpus.issues} == {"蓬溪县"}
