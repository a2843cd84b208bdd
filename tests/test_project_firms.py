"""Who invests in a project (corpus_tools.project_firms)."""

import pandas as pd

from corpus_tools import read_corpus
from corpus_tools.project_firms import firm_near
from corpus_tools.projects import project_investments


def test_the_firm_nearest_the_project_in_its_sentence():
    t = "四川锦江食品有限公司投资6000万元建设的锦江食品加工项目落户常乐镇，蓬溪县丰源物流有限公司负责运营。"
    firms = [(0, 10, "四川锦江食品有限公司"), (t.index("蓬溪县丰源"), t.index("负责"), "蓬溪县丰源物流有限公司")]
    p = t.index("锦江食品加工")
    assert firm_near(t, p, p + 8, firms) == "四川锦江食品有限公司"


def test_no_firm_from_another_sentence_unless_the_amount_was_read_there():
    t = "锦江食品加工项目开工。四川锦江食品有限公司负责人说，订单很多。"
    firms = [(t.index("四川"), t.index("负责"), "四川锦江食品有限公司")]
    assert firm_near(t, 0, 8, firms) is None


def test_project_investments_has_the_investor_named_in_the_sentence():
    # user23 F4: the projects table had no firm column though the investor is named in the same sentence
    text = ("项目开工\n日前，位于常乐镇的锦江食品加工项目正式开工建设，项目由四川锦江食品有限公司投资建设，总投资2.6亿元。"
            "鸣凤镇丰源物流园项目开工。该项目由蓬溪县丰源物流有限公司投资建设，总投资1.2亿元。")
    df = project_investments(read_corpus(pd.DataFrame({"issue_id": ["p1"], "county_code": ["510921"], "text": [text]})))
    got = df.dropna(subset=["amount_yuan"])[["project", "firm"]].values.tolist()
    assert got == [["锦江食品加工项目", "四川锦江食品有限公司"], ["丰源物流园项目", "蓬溪县丰源物流有限公司"]]


def test_no_firm_from_the_clause_of_another_project():
    # review of round 23: the sentence pass gave 城北's project the firm of 城南's clause
    t = "城南物流园项目由四川锦江机械有限公司投资建设，城北污水处理厂项目总投资1亿元。"
    firms = [(t.index("四川"), t.index("投资建设"), "四川锦江机械有限公司")]
    north = (t.index("城北"), t.index("总投资"), "城北污水处理厂项目")
    projects = [(0, 7, "城南物流园项目"), north]
    assert firm_near(t, 0, 7, firms, projects=projects) == "四川锦江机械有限公司"
    assert firm_near(t, north[0], north[1], firms, amount_at=t.index("总投资"), projects=projects) is None
    # with no other project in its clause the firm of the sentence is still found
    assert firm_near(t, north[0], north[1], firms) == "四川锦江机械有限公司"
