"""A county paper's own county against visitors, reprints and weak briefs (user35b F2, F3, F5, F8), invented text."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import county as cm
from corpus_tools.county_votes import article_vote, is_reprint, own_county
from corpus_tools.entities import find_entities

# 营山县 511322 and 蓬安县 511323 are real neighbours; the stories are invented
VISIT = ("蓬安县客人来我县交流\n　　18日，蓬安县锦屏镇金凤村干部一行来到东升镇金凤村参观，两个金凤村结成“友好村”。"
         "蓬安县的客人说，回去后要学习金凤村的做法。\n")
OWN_A = "朗池街道红光社区开展网格服务\n　　朗池街道红光社区的网格员上门走访，营山县今年新配网格员。\n"
OWN_B = "回龙镇建设产业园\n　　回龙镇石牛村忙着建设产业园。营山县已累计投入资金。\n"
REPRINT = ("全市推进会召开\n南充日报记者　张明\n　　会议指出，营山县、蓬安县要推进试点，营山县和蓬安县各选两个镇。"
           "蓬安县、营山县……\n")


def test_our_county_and_the_paper_hold_against_visitors_named_twice():
    alone = ct.infer_county(VISIT)
    assert alone.county == "蓬安县"  # without the paper: the visitors' county, named twice
    g = ct.infer_county(VISIT, paper_county="511322")
    assert g.code == "511322"
    assert any("我县" in e for e in g.evidence)


def test_undecided_guess_keeps_both_sides_evidence():
    g = ct.infer_county(VISIT + OWN_A + "营山县")
    if g.code is None:
        assert any(e.startswith("undecided 营山县") for e in g.evidence)
        assert any(e.startswith("undecided 蓬安县") for e in g.evidence)


def test_the_paper_decides_a_tie():
    text = "蓬安县、营山县两地干部座谈，东升镇与锦屏镇交流经验。"
    assert ct.infer_county(text, paper_county="511322").code == "511322"
    assert ct.infer_county(text, paper_county="511323").code == "511323"


def test_a_village_after_its_township_links_there_per_mention():
    c = ct.read_corpus(pd.DataFrame({"issue_id": ["p"], "paper": ["营山报"], "text": [VISIT]}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pm = ct.place_mentions(ct.extract_entities(c), c)
    codes = set(pm.loc[pm["printed"] == "金凤村", "admin_code"].dropna())
    assert {"511322102231", "511323101209"} <= codes  # 东升镇金凤村 (营山) and 锦屏镇金凤村 (蓬安)
    assert pm.loc[pm["printed"] == "东升镇", "admin_code"].dropna().str.startswith("511322").all()


def test_a_quoted_status_is_no_village():
    assert "友好村" not in [e.text for e in find_entities(VISIT, county_code="511322")]


def test_reprints_are_set_aside_and_own_reports_vote():
    assert is_reprint(REPRINT) and not is_reprint(OWN_A)
    g = own_county([OWN_A, REPRINT])
    assert g.code == "511322" and "set aside" in g.evidence[0]
    v = article_vote([VISIT, OWN_A, OWN_B])
    assert v.code == "511322" and v.evidence[0].startswith("articles 2 of 3")
    assert article_vote([VISIT, OWN_A]) is None  # one each: no vote
    assert article_vote([OWN_A, "今天天气很好。"]).code == "511322"  # one unopposed article decides


def test_a_page_without_paper_takes_its_own_reports_county_and_says_when_none():
    page = "\n".join([VISIT, OWN_A, OWN_B, REPRINT])
    frame = pd.DataFrame({"issue_id": ["a", "b"], "text": [page, "今天天气很好，大家出门散步。\n"]})
    c = ct.read_corpus(frame)
    cm._WARNED.discard("corpus")
    with pytest.warns(UserWarning, match=r"1 of 2 issue\(s\) \(b\)"):
        issues = c.issues_frame()
    assert issues.set_index("issue_id").loc["a", "county_code"] == "511322"


def test_a_weak_brief_keeps_its_pages_county_and_a_formula_is_no_village():
    g = ct.infer_county("■巨龙镇双龙村召开社会主义新农村建设推进会，部署工作。")
    assert not any("新农村" in e for e in g.evidence)
    assert cm._in_formula(6, 9, cm._formula_spans("扎实推进社会主义新农村建设"))
