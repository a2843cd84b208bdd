"""Tests for corpus_tools.slogans.coined: a county's coined slogans judged by their own word shape.

Sentences invented as other counties' papers print them (not the user24 pages the class was found on)."""

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.coined import coined_evidence, matched_pair, place_goal


def _marked(text):
    return [(m.text, m.evidence) for m in find_slogans(text, formulae=False)]


@pytest.mark.parametrize("s", ["荒山变果园", "万名党员进社区", "文化兴县", "产业强镇"])
def test_place_goal_shapes(s):
    assert place_goal(s)


@pytest.mark.parametrize("s", ["巾帼创业园", "老年活动中心", "农家书屋", "书香临城", "幸福院", "山村", "龙泉镇"])
def test_place_goal_rejects_names(s):
    assert not place_goal(s)


def test_matched_pair_shape():
    assert matched_pair("小庭院、大产业") and matched_pair("小果园、大民生")
    assert not matched_pair("农家书屋、文化广场")      # a list of two things: nouns only
    assert not matched_pair("小庭院、大型产业园")        # parts of unequal length
    assert not matched_pair("小庭院")


def test_unframed_quoted_coinages_found():
    # 兴隆县 (河北 承德) and 平山县 papers, invented
    # found here by the frame 开展 before the coined shape is asked (either evidence is right)
    assert [t for t, _ in _marked("全县开展“荒山变果园”植树竞赛，新增经济林一千亩。")] == ["荒山变果园"]
    assert [t for t, _ in _marked("县教育局开展“万名党员进社区”活动。")] == ["万名党员进社区"]
    assert ("文化兴县", "place goal") in _marked("加快“文化兴县”步伐。")
    assert ("小果园、大民生", "matched pair") in _marked("西柏坡镇发展林果经济，“小果园、大民生”让农户增收。")


def test_names_and_descriptions_still_rejected():
    assert _marked("县图书馆举办“书香平山”全民阅读节。") == []
    assert _marked("该村被评为“荒山变果园”示范村称号。") == []     # a title given (评为) vetoes the shape
    assert _marked("这是一家“小而精、大而强”的企业。") == []        # a quality described inside 的
    assert _marked("村里建起“农家书屋、文化广场”。") == []


def test_coined_evidence_vetoes():
    assert coined_evidence("荒山变果园", "县里开展", "绿化竞赛") == "place goal"
    assert coined_evidence("荒山变果园", "荣获", "称号") is None


def test_flags_given_by_the_caller_are_used():
    from corpus_tools.slogans.singles import judge

    evidence, flags = judge("荒山变果园", "全乡开展", "竞赛，")
    assert coined_evidence("荒山变果园", "全乡开展", "竞赛，", flags=flags) == "place goal"
    assert coined_evidence("荒山变果园", "全乡开展", "竞赛，", flags={"title_before": True}) is None
