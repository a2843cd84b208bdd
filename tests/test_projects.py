"""Tests for corpus_tools.projects: amounts of money and their link to projects."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from corpus_tools import read_corpus
from corpus_tools.projects import (
    INVESTMENT_COLUMNS,
    find_investments,
    parse_amount,
    project_investments,
)


@pytest.mark.parametrize("text, yuan", [
    ("3亿元", 3e8),
    ("3.5亿", 3.5e8),
    ("1680万元", 1.68e7),
    ("1,200万元", 1.2e7),
    ("三千万元", 3e7),
    ("两亿元", 2e8),
    ("十二亿元", 12e8),
    ("一百二十万元", 1.2e6),
    ("一亿二千万元", 1.2e8),
    ("3亿5000万元", 3.5e8),
    ("三点五亿元", 3.5e8),
    ("3千万", 3e7),
    ("728万余元", 7.28e6),
    ("近亿元", 1e8),
    ("上千万元", 1e7),
    ("５００万元", 5e6),  # full-width digits
    ("8000元", 8000.0),
])
def test_parse_amount(text, yuan):
    assert parse_amount(text) == pytest.approx(yuan)


@pytest.mark.parametrize("bad", ["", "元", "三晋", "3亿美元", "abc"])
def test_parse_amount_rejects_non_amounts(bad):
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount(bad)


def _span(text: str, name: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), name)


def test_forward_link_and_blocking_amount():
    text = "推动总投资1.3亿元的牛肉制品生产基地和总投资3.6亿元的晋润肉制品加工项目年内启动。"
    inv = find_investments(text, projects=[_span(text, "晋润肉制品加工项目")])
    assert [(i.project, i.amount, i.unit, i.link) for i in inv] == [
        (None, 1.3, "亿元", ""), ("晋润肉制品加工项目", 3.6, "亿元", "forward")]
    assert text[inv[1].start:inv[1].end] == "总投资3.6亿元"


def test_amount_in_a_clause_before_the_project():
    text = "投资728万余元，实施了面积约1.8万平方米的柳根广场建设工程。"
    (inv,) = find_investments(text, projects=[_span(text, "柳根广场建设工程")])
    assert (inv.project, inv.amount_yuan, inv.qualifier, inv.link) == ("柳根广场建设工程", 7.28e6, "余", "forward")


def test_backward_link_and_project_counts():
    text = ("“四好农村公路”计划项目7个，包括甲乙道路和鱼市桥危桥改造项目，总投资1680万元；"
            "“太行一号”旅游公路建设项目2个，总长29.1公里，总投资1.27亿元；丙丁项目完工，总投资300万元。")
    projs = [_span(text, n) for n in ("鱼市桥危桥改造项目", "“太行一号”旅游公路建设项目", "丙丁项目")]
    got = [(i.project, i.amount_yuan, i.link) for i in find_investments(text, projects=projs)]
    assert got == [(None, 1.68e7, ""),  # a total for 7 projects, not the last one named
                   ("“太行一号”旅游公路建设项目", 1.27e8, "backward"),  # the counted programme itself
                   ("丙丁项目", 3e6, "backward")]


def test_money_that_is_not_investment_is_ignored():
    text = "下拨29.91万元党费，集体增收2.5万余元，每家工作室6万元经费补助。"
    assert find_investments(text, projects=[]) == []


def test_find_investments_validates_projects():
    with pytest.raises(ValueError, match=r"projects\[0\]"):
        find_investments("总投资3亿元", projects=[(0, 99, "x")])
    with pytest.raises(TypeError, match="text must be a str"):
        find_investments(None)


def _corpus() -> pd.DataFrame:
    return read_corpus(pd.DataFrame({
        "issue_id": ["p1", "p2"], "county_code": ["140728", "140728"],
        "text": ["风电建设提速\n推动总投资3亿元的南山二期风力发电项目年底建成，总投资3.3亿元的生活垃圾焚烧发电项目主体完工。",
                 "古城保护\n启动古城基础设施提升改造项目。投资3000万元，完成了康宁路停车场建设。"]}))


def test_project_investments_table():
    df = project_investments(_corpus())
    assert list(df.columns) == INVESTMENT_COLUMNS
    amounts = dict(zip(df["project"], df["amount_yuan"]))
    assert amounts["南山二期风力发电项目"] == 3e8
    assert amounts["生活垃圾焚烧发电项目"] == 3.3e8
    # a project without an amount is listed with NaN; the unlinked 3000万元 is not
    assert math.isnan(amounts["古城基础设施提升改造项目"])
    assert df["project"].notna().all()
    row = df.set_index("project").loc["南山二期风力发电项目"]
    assert (row["unit"], row["amount"], row["issue_id"]) == ("亿元", 3.0, "p1")
    assert "南山二期" in row["sentence"] and "。" not in row["sentence"]


def test_project_investments_unlinked_and_entities_argument():
    corpus = _corpus()
    from corpus_tools.entities import extract_entities

    ents = extract_entities(corpus, labels=["PROJECT"], model=False)
    df = project_investments(corpus, entities=ents, include_unlinked=True)
    unlinked = df[df["project"].isna()]
    assert unlinked["amount_yuan"].tolist() == [3e7]
    assert unlinked["amount_text"].tolist() == ["投资3000万元"]


def test_project_investments_validates():
    with pytest.raises(TypeError, match="corpus must be a Corpus"):
        project_investments("总投资3亿元")
    with pytest.raises(ValueError, match="entities must be a DataFrame"):
        project_investments(_corpus(), entities=pd.DataFrame({"text": ["x"]}))


def test_amount_without_investment_word_needs_a_project_after_it():
    text = "建设一个3亿元的南山二期风力发电项目，培育年产值5亿元的晋润肉制品加工项目，另有2亿元的资金缺口。"
    projs = [_span(text, "南山二期风力发电项目"), _span(text, "晋润肉制品加工项目")]
    got = [(i.project, i.amount_yuan, i.link) for i in find_investments(text, projects=projs)]
    assert got == [("南山二期风力发电项目", 3e8, "forward")]  # not the output value, not the shortfall


def test_an_amount_opened_by_the_bare_project_word_belongs_to_the_project_before():
    t = "近日，宝力镇2021年高标准农田建设项目在房家村开工。项目总投资4831万元，涉及3个村。"
    s = t.index("高标准农田建设项目")
    inv = find_investments(t, projects=[(s, s + 9, "高标准农田建设项目")])
    assert [(i.project, i.amount_yuan, i.link) for i in inv] == [("高标准农田建设项目", 4.831e7, "previous")]


def test_an_amount_of_a_sentence_about_something_else_stays_unlinked():
    t = "启动古城基础设施提升改造项目。投资3000万元，完成了康宁路停车场建设。"
    inv = find_investments(t, projects=[(2, 14, "古城基础设施提升改造项目")])
    assert [i.project for i in inv] == [None]


def test_the_place_before_a_project_keeps_namesake_projects_apart():
    pages = pd.DataFrame({"issue_id": ["p1"], "county_code": ["211224"],
                          "text": ["农田建设\n宝力镇2021年高标准农田建设项目开工。项目总投资4831万元。"
                                   "毛家店镇2021年高标准农田建设项目同日开工。"]})
    df = project_investments(read_corpus(pages))
    rows = df[df["project"] == "高标准农田建设项目"]
    assert sorted(rows["place"]) == ["宝力镇", "毛家店镇"]
    assert rows.set_index("place").loc["宝力镇", "amount_yuan"] == 4.831e7


def test_a_batch_total_before_comma_qizhong_is_no_members_amount():
    # user23 F3: 项目N个，总投资…，其中A项目总投资…: the total belongs to the batch, A keeps its own amount
    text = "本次集中开工项目4个，总投资9.6亿元，其中鸣凤镇丰源农产品冷链物流项目总投资1.2亿元。"
    got = [(i.project, i.amount_text, i.link) for i in find_investments(text, projects=[_span(text, "丰源农产品冷链物流项目")])]
    assert got == [(None, "总投资9.6亿元", ""), ("丰源农产品冷链物流项目", "总投资1.2亿元", "backward")]
    text = "全县新签约亿元以上项目12个，总投资64亿元，包括天福镇锦江纺织产业园项目、红江镇光伏发电项目等。"
    projs = [_span(text, "锦江纺织产业园项目"), _span(text, "光伏发电项目")]
    assert [(i.project, i.link) for i in find_investments(text, projects=projs)] == [(None, "")]


def test_a_planned_amount_is_not_part_of_the_project_name():
    # user23 F5: a tagger's 项目计划 span runs into 计划投资; the amount goes to the project, cut at 项目
    text = "蓬溪县明月镇锦绣食品加工项目计划投资6000万元，蓬南镇丰源物流园项目计划总投资3亿元。"
    a, b = text.index("锦绣"), text.index("丰源")
    projs = [(a, a + len("锦绣食品加工项目计划"), "锦绣食品加工项目计划"),
             (b, b + len("丰源物流园项目计划"), "丰源物流园项目计划")]
    got = [(i.project, i.amount_text, i.link) for i in find_investments(text, projects=projs)]
    assert got == [("锦绣食品加工项目", "计划投资6000万元", "backward"),
                   ("丰源物流园项目", "计划总投资3亿元", "backward")]


def test_the_township_of_a_project_inside_its_name_or_named_by_a_word_of_location():
    # user23 F4: 位于X的, 落户X, 选址X (in the next sentence, about 该项目) and a township inside the span
    text = ("项目建设\n位于天福镇的锦江现代农业示范园项目计划投资4500万元；丰源光伏发电项目落户红江镇，总投资2亿元。"
            "鸣凤镇蓬源智能装备制造基地项目开工。该项目总投资1.5亿元，选址鸣凤镇。")
    df = project_investments(read_corpus(pd.DataFrame({"issue_id": ["p1"], "county_code": ["510921"],
                                                       "text": [text]})))
    got = df.dropna(subset=["amount_yuan"])[["project", "place", "amount_text"]].values.tolist()
    assert got == [["锦江现代农业示范园项目", "天福镇", "计划投资4500万元"],
                   ["丰源光伏发电项目", "红江镇", "总投资2亿元"],
                   ["蓬源智能装备制造基地项目", "鸣凤镇", "总投资1.5亿元"]]


def test_find_investments_is_public():
    # user23 F9: docs/projects.md names ct.find_investments
    import corpus_tools as ct

    assert ct.find_investments is find_investments


def test_the_county_for_splitting_a_place_off_is_the_one_the_entities_are_read_in():
    # user23 F4: pages without a county in their metadata; 常乐镇 is a township name of several counties
    from corpus_tools import gazetteer as gz

    assert len(gz.lookup("常乐镇", level="township")) > 1
    text = "蓬溪县重点项目集中开工\n常乐镇锦江食品加工项目开工建设，鸣凤镇、红江镇的项目同日开工。"
    df = project_investments(read_corpus(pd.DataFrame({"issue_id": ["p1"], "text": [text]})))
    assert df[["project", "place"]].values.tolist()[:1] == [["锦江食品加工项目", "常乐镇"]]


def test_an_amount_right_after_a_project_that_qualifies_the_next_one_is_the_next_ones():
    text = "重点推进鸣凤镇锦江食品加工项目，总投资3亿元的丰源物流园项目年底建成。"
    projs = [_span(text, "锦江食品加工项目"), _span(text, "丰源物流园项目")]
    got = [(i.project, i.link) for i in find_investments(text, projects=projs)]
    assert got == [("丰源物流园项目", "forward")]
