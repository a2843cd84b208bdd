"""The newsroom's rows of an entity table (corpus_tools.credits): user27 finding 1 (reporters and
photographers among "People in the news", the officials x places recipe)."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.credits import printed_credit

# an invented page as 罗田县's paper would print it: a lead naming its reporter, a photo credit, an editor line
PAGE = ("第2版  综合  责任编辑：汪洋\n\n罗田县板栗节在三里畈镇开幕\n"
        "本报讯 记者方芳报道：2019年9月，板栗节在三里畈镇开幕，三里畈镇党委书记胡斌出席。\n\n"
        "图为九资河镇村民在采摘茶叶。 冼华 摄\n")


def test_printed_credit_forms():
    assert printed_credit("图为九资河镇村民在采摘茶叶。 冼华 摄", "冼华")
    assert printed_credit("（蔡敏）■ 河铺镇新建光伏电站一座。", "蔡敏")
    assert printed_credit("本报讯 记者方芳报道：2019年9月，板栗节开幕。", "方芳")
    assert not printed_credit("镇长冼华摄制了宣传片。", "冼华")
    assert not printed_credit("副县长（郭长庚）出席。", "郭长庚")
    assert printed_credit("洪涛 鲁晓东", "鲁晓东") and not printed_credit("洪涛说，鲁晓东也来了。", "鲁晓东")


def test_a_spaced_name_before_she_credits():
    # a two-character name printed spaced out to three characters' width, as photo credits often are
    assert printed_credit("罗田县三里畈镇修缮古桥。 汪 明华 摄", "汪明华")
    assert printed_credit("三里畈镇古桥。 汪　明华　摄影", "汪明华")
    assert not printed_credit("汪 明华 摄制的专题片获奖。", "汪明华")


def test_without_newsroom_leaves_officials_and_places():
    c = ct.read_corpus(pd.DataFrame({"text": [PAGE]}), county="罗田县")
    e = ct.extract_entities(c)
    people = ct.without_newsroom(e, c)
    people = set(people.loc[people["label"] == "PERSON", "text"])
    assert "胡斌" in people
    assert not people & {"方芳", "冼华", "汪洋"}
    assert set(e.loc[ct.newsroom_rows(e, c), "text"]) >= {"方芳", "冼华", "汪洋"}
    # the officials x places recipe of docs/analysis.md
    net = ct.cooccurrence(ct.without_newsroom(e, c), nodes="norm", labels=["PERSON", "TOWNSHIP"])
    assert not set(net["source"]) & {"方芳", "冼华", "汪洋"}


def test_newsroom_rows_names_a_missing_column():
    try:
        ct.newsroom_rows(pd.DataFrame({"text": ["胡斌"]}))
    except ValueError as err:
        assert "label" in str(err)
    else:
        raise AssertionError("no error for a table without a label column")
