"""The paper's name of every issue: metadata, the user's option, or the page's masthead."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.layout import Block
from corpus_tools.loaders import load_corpus, read_corpus
from corpus_tools.papers import PAPER_SOURCES, is_paper_name, issue_papers, masthead_paper, paper_county

# invented pages: a masthead over the date line, a masthead run into its date, and a page without one
_MASTHEAD = "嵊州日报\n2024年3月22日 星期五 A2 要闻\n\n越剧小镇唱响共同富裕\n甘霖镇施家岙村的古戏台前，游客络绎不绝。"
_RUN_IN = "双城新闻          2023年11月8日 第3版 镇街动态\n编辑 赵明远  校对 孙丽\n\n联兴镇举办培训班\n联兴镇举办庭院经济培训班，200余名农户参加。"
_NO_MASTHEAD = "奋进新征程 建功新时代\n\n平遥县召开会议\n会议要求，抓好秋收秋种。"


def _pages(**meta) -> pd.DataFrame:
    df = pd.DataFrame({"issue_id": ["a", "b", "c"], "text": [_MASTHEAD, _RUN_IN, _NO_MASTHEAD]})
    for k, v in meta.items():
        df[k] = v
    return df


@pytest.mark.parametrize("name, ok", [("弥渡报", True), ("双城新闻", True), ("嵊州日报", True), ("今日洛川", True),
                                      ("六枝新闻", True), ("察布查尔报", True), ("延吉晨报", True),
                                      ("综合新闻", False), ("头条新闻", False), ("要闻", False), ("奋进新征程", False),
                                      ("民族新闻", False)])
def test_is_paper_name_needs_a_place_and_a_media_word(name, ok):
    assert is_paper_name(name) is ok


def test_masthead_is_read_off_the_top_banners_only():
    head = Block("banner", "弥渡报2024年5月16日 星期四", 0, 18, None)
    body = Block("body", "弥渡报记者报道，密祉镇召开会议。", 19, 35, 0)
    assert masthead_paper([head, body]) == "弥渡报"
    # a paper's name inside an article, or below the page's first non-banner block, is no masthead
    assert masthead_paper([body, head]) is None


def test_issue_papers_reads_mastheads_where_the_metadata_gives_none():
    df = issue_papers(read_corpus(_pages())).set_index("issue_id")
    assert df.loc["a"].tolist() == ["嵊州日报", "text"]
    assert df.loc["b"].tolist() == ["双城新闻", "text"]
    assert df.loc["c"].isna().all()
    assert set(df["paper_source"].dropna()) <= set(PAPER_SOURCES)
    assert issue_papers(read_corpus(_pages()), infer=False)["paper"].isna().all()


def test_metadata_and_the_user_option_win_over_the_masthead():
    given = read_corpus(_pages(paper=["越乡报", None, None]), paper="平遥报").issues_frame().set_index("issue_id")
    assert given.loc[["a", "b", "c"], ["paper", "paper_source"]].values.tolist() == [
        ["越乡报", "manifest"], ["平遥报", "user"], ["平遥报", "user"]]
    with pytest.raises(ValueError, match="paper="):
        read_corpus(_pages(), paper=" ")


def test_paper_columns_survive_save_and_load(tmp_path):
    corpus = read_corpus(_pages())
    corpus.save(tmp_path / "c", tables=("articles", "issues"), progress=False)
    stored = pd.read_parquet(tmp_path / "c" / "issues.parquet")
    assert stored.set_index("issue_id").loc["a", ["paper", "paper_source"]].tolist() == ["嵊州日报", "text"]
    again = load_corpus(tmp_path / "c").issues_frame()
    assert again["paper"].tolist() == corpus.issues_frame()["paper"].tolist()


@pytest.mark.parametrize("paper, code", [("今日洛川", "610629"), ("弥渡报", "532925"), ("嵊州日报", "330683"),
                                         ("双城新闻", "230113"), ("察布查尔报", "654022"), ("平遥县融媒体中心", "140728"),
                                         # a prefecture's or a province's paper, an ambiguous place, no paper
                                         ("株洲日报", None), ("长沙晚报", None), ("朝阳新闻", None), ("综合新闻", None),
                                         ("", None), (None, None)])
def test_paper_county_reads_the_county_a_paper_name_names(paper, code):
    assert paper_county(paper) == code


# an invented 蓬溪报 page: the paper printed only inside the folio line, between the page and the section
_FOLIO = ("第02版　蓬溪报　综合　2023年6月8日　星期四\n责任编辑：何静　校对：杨帆\n\n"
          "天福镇开展防汛应急演练\n本报记者　罗浩\n　　6月7日，天福镇组织干部群众开展防汛应急演练。\n")


def test_a_paper_printed_inside_the_folio_line_is_read():
    """user20 #5: 蓬溪报 was read off 0 of 15 pages (the date of that same line was read on all)."""
    issue = read_corpus(pd.DataFrame({"issue_id": ["px"], "text": [_FOLIO]})).issues[0]
    assert masthead_paper(issue.blocks) == "蓬溪报"
    frame = read_corpus(pd.DataFrame({"issue_id": ["px"], "text": [_FOLIO]})).issues_frame()
    assert frame.loc[0, ["paper", "paper_source", "county"]].tolist() == ["蓬溪报", "text", "蓬溪县"]


def test_filter_by_paper_sees_the_masthead_and_warns_when_nothing_matches():
    """user20 #5: filter(paper=...) refused a paper read off the masthead, and on a mixed corpus returned
    nothing without a word."""
    corpus = read_corpus(pd.DataFrame({"issue_id": ["a", "b", "c", "px"],
                                       "text": [_MASTHEAD, _RUN_IN, _NO_MASTHEAD, _FOLIO]}))
    assert [i.id for i in corpus.filter(paper="嵊州日报").issues] == ["a"]
    assert sorted(i.id for i in corpus.filter(paper=["蓬溪报", "双城新闻"]).issues) == ["b", "px"]
    with pytest.warns(UserWarning, match=r"paper = '蓬溪日报' \(the corpus has: None, 双城新闻, 嵊州日报, 蓬溪报\)"):
        assert len(corpus.filter(paper="蓬溪日报")) == 0
