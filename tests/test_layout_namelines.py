"""Names lines under headlines (layout.namelines), headings between signed texts (layout.signedheads) and
leads that name their reporters in the sentence (layout.bylines.lead_byline): user27 findings 1 and 2."""

import pandas as pd

from corpus_tools import extract_entities, read_corpus
from corpus_tools.layout import lead_byline, split_page
from corpus_tools.layout.namelines import name_shaped, names_line

# invented pages as another county's paper would print them (real places of 麻城市 and 罗田县)
TWO = ("龟山镇茶园新建步道\n本报讯（通讯员 周晓）2021年春季，龟山镇新建茶园步道3公里。\n镇长程刚说，今年还将新建观景台。\n\n"
       "麻城市石材产业园扩建项目开工\n洪涛  鲁晓东\n2021年5月8日，位于麻城经济开发区的石材产业园扩建项目开工，总投资2.6亿元。\n"
       "副市长金磊出席开工仪式。\n")


def test_lead_that_names_its_reporter_in_the_sentence():
    assert lead_byline("本报讯 记者幺小燕报道：2019年3月，…") == [("记者", "幺小燕")]
    assert lead_byline("本报讯记者 汪洋 通讯员 陈晨 报道：近日，…") == [("记者", "汪洋"), ("通讯员", "陈晨")]
    assert lead_byline("记者汪洋报道：近日，…") == [("记者", "汪洋")]
    # a sentence about a reporter is no byline
    assert lead_byline("本报讯 近日，记者走访了胜利镇。") == []
    assert lead_byline("记者从县委获悉，近日报道：…") == []


def test_reported_lead_is_the_byline_and_the_newsroom_side():
    page = "罗田县板栗节在三里畈镇开幕\n本报讯 记者汪洋报道：2019年9月，板栗节在三里畈镇开幕。\n三里畈镇党委书记胡斌出席。\n"
    c = read_corpus(pd.DataFrame({"text": [page]}))
    assert c.articles[0].byline_names == ["汪洋"]
    e = extract_entities(c)
    people = e[e["label"] == "PERSON"]
    assert set(people.loc[people["part"] == "byline", "text"]) == {"汪洋"}
    assert "汪洋" not in set(people.loc[people["part"] != "byline", "text"])


def test_name_shapes():
    assert name_shaped("洪涛") and name_shaped("鲁晓东") and name_shaped("欧阳慧敏")
    assert not name_shaped("春耕") and not name_shaped("美化城市") and not name_shaped("项目")
    assert names_line("洪涛  鲁晓东") == ["洪涛", "鲁晓东"]
    assert names_line("洪涛　鲁晓东　金磊") == ["洪涛", "鲁晓东", "金磊"]
    assert names_line("建设公园  美化城市") is None and names_line("洪涛") is None


def test_names_line_under_a_headline_is_its_byline():
    arts = split_page(TWO).articles
    assert [a.title for a in arts] == ["龟山镇茶园新建步道", "麻城市石材产业园扩建项目开工"]
    assert arts[1].byline == [("", "洪涛"), ("", "鲁晓东")] and arts[1].kicker is None
    assert "洪涛" not in arts[1].body and "龟山镇" not in arts[1].body


def test_names_line_opening_an_article_whose_headline_follows_its_body():
    page = ("龟山镇茶园新建步道\n本报讯（通讯员 周晓）2021年春季，龟山镇新建茶园步道3公里。\n\n"
            "洪涛  鲁晓东\n2021年5月8日，石材产业园扩建项目开工，总投资2.6亿元。\n副市长金磊出席开工仪式。\n"
            "麻城市石材产业园扩建项目开工\n\n"
            "胜利镇召开春耕动员会\n本报讯（记者 李娜）3月2日，胜利镇召开春耕动员会。\n")
    arts = split_page(page).articles
    first = next(a for a in arts if a.body.startswith("本报讯（通讯员"))
    names = next(a for a in arts if a.body.startswith("2021年5月8日"))
    assert first.byline == [("通讯员", "周晓")]  # (the names are not the article above's)
    assert (names.title, names.byline) == ("麻城市石材产业园扩建项目开工", [("", "洪涛"), ("", "鲁晓东")])


def test_heading_between_two_signed_texts_opens_an_article():
    page = ("罗田县板栗节在三里畈镇开幕\n本报讯 记者汪洋报道：2019年9月，板栗节在三里畈镇开幕，吸引游客2万余人次。\n"
            "活动期间，三里畈镇举办农产品展销。\n\n天堂湖生态修复工程通过验收\n"
            "近日，天堂湖生态修复工程通过省级验收，清淤80万立方米。\n县生态环境局局长郑立说，湖水水质已提升到Ⅲ类。\n"
            "文/图 记者 冼华\n")
    arts = split_page(page).articles
    assert [(a.title, [n for _, n in a.byline]) for a in arts] == [
        ("罗田县板栗节在三里畈镇开幕", ["汪洋"]), ("天堂湖生态修复工程通过验收", ["冼华"])]
