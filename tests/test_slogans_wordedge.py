"""Tests for corpus_tools.slogans.wordedge: a counted formula whose noun runs into a longer word."""

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.wordedge import counted_noun, runs_into_word


def _formulae(text):
    return [m.formula for m in find_slogans(text) if m.formula]


def test_counted_noun():
    assert counted_noun("三个代表") == "代表" and counted_noun("四个意识") == "意识"
    assert counted_noun("脱贫攻坚") == ""


def test_team_and_delegation_are_not_the_formula():
    # 威县 and 南和县 papers, invented
    assert "三个代表" not in _formulae("全县中学生篮球赛，城关中学等三个代表队进入半决赛。")
    assert "三个代表" not in _formulae("乡里组织三个代表团赴外地考察。")
    assert "四个意识" not in _formulae("抓好四个意识形态阵地建设。")


def test_formula_itself_still_found():
    assert _formulae("全镇党员认真学习三个代表重要思想。") == ["三个代表"]
    assert _formulae("坚持“三个代表”，增强四个意识。") == ["三个代表", "四个意识"]
    assert not runs_into_word("践行三个代表。", 2, "三个代表")
    assert runs_into_word("等三个代表队进入", 1, "三个代表")
