"""Making corpora (:mod:`corpus_tools.loaders`): reading pages, the bundled seeds, the old import path."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import loaders
from corpus_tools.corpus import Corpus
from corpus_tools.loaders import load_seeds, read_corpus, seeds_path


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load_seeds()


def test_manifest_lists_every_seed_page():
    man = pd.read_csv(seeds_path() / "manifest.csv", dtype=str, keep_default_na=False)
    files = sorted(p.name for p in seeds_path().glob("*.txt"))
    assert sorted(man["file"]) == files
    assert set(man.columns) >= {"file", "paper", "county", "county_code", "date", "date_precision", "date_note"}
    assert (man["county_code"] == "140728").all()
    assert man["date_note"].str.len().min() > 20


def test_read_corpus_on_seed_folder_equals_load_seeds(seeds):
    again = read_corpus(seeds_path())
    assert [a.id for a in again.articles] == [a.id for a in seeds.articles]


def test_read_corpus_on_frame_dates_and_keeps_metadata():
    df = pd.DataFrame({"issue_id": ["p1"], "date": ["2024-06-12"], "paper": ["弥渡报"],
                       "text": ["密祉镇召开会议\n会议要求，抓好乡村振兴。"]})
    corpus = read_corpus(df)
    issue = corpus["p1"]
    assert str(issue.date) == "2024-06-12"
    assert issue.meta["paper"] == "弥渡报"
    assert issue.meta["date_source"] == "manifest"


def test_public_names_resolve_to_loaders():
    assert ct.read_corpus is loaders.read_corpus
    assert ct.load_seeds is loaders.load_seeds
    assert ct.seeds_path is loaders.seeds_path and ct.load_corpus is loaders.load_corpus


def _two_papers(root):
    """Invented pages of two county papers in two folders, no manifest, no masthead line: only a
    dated folio (2023年6月8日 星期四), as a clipping service's export prints them."""
    pages = {"xunyi": ("太村镇苹果园春管忙\n　　本报讯 太村镇组织果农开展春季管护。\n", "郑家镇修好通村路\n　　本报讯 郑家镇完成通村公路改造。\n"),
             "qingtian": ("方山乡杨梅上市\n　　本报讯 方山乡杨梅进入采摘季。\n", "仁庄镇举办侨乡集市\n　　本报讯 仁庄镇侨乡集市开市。\n")}
    folders = []
    for name, texts in pages.items():
        (root / name).mkdir()
        for k, (day, text) in enumerate(zip(("2023年6月8日 星期四", "2024年5月9日 星期四"), texts)):
            (root / name / f"p{k + 1}.txt").write_text(f"{day} 第02版\n\n{text}", encoding="utf-8")
        folders.append(str(root / name))
    return folders


def test_each_folder_gets_its_own_paper(tmp_path):
    """user20: paper= applied to every folder of a two-paper corpus."""
    xunyi, qingtian = _two_papers(tmp_path)
    for given in ({xunyi: "旬邑报", qingtian + "/": "青田新闻"}, ["旬邑报", "青田新闻"]):
        issues = read_corpus([xunyi, qingtian], paper=given).issues_frame().set_index("issue_id")
        assert issues["paper"].to_dict() == {"xunyi_p1": "旬邑报", "xunyi_p2": "旬邑报", "qingtian_p1": "青田新闻",
                                             "qingtian_p2": "青田新闻"}
        assert set(issues["paper_source"]) == {"user"}
    part = read_corpus([xunyi, qingtian], paper={qingtian: "青田新闻"}).issues_frame()
    assert part.set_index("issue_id")["paper"].isna().to_dict() == {"xunyi_p1": True, "xunyi_p2": True,
                                                                   "qingtian_p1": False, "qingtian_p2": False}


def test_a_manifest_paper_wins_over_the_folder_paper(tmp_path):
    xunyi, qingtian = _two_papers(tmp_path)
    (tmp_path / "xunyi" / "manifest.csv").write_text("file,paper\np1.txt,旬邑报\np2.txt,旬邑报\n", encoding="utf-8")
    issues = read_corpus([xunyi, qingtian], paper=["咸阳日报", "青田新闻"]).issues_frame().set_index("issue_id")
    assert issues.loc["xunyi_p1", ["paper", "paper_source"]].tolist() == ["旬邑报", "manifest"]
    assert issues.loc["qingtian_p1", ["paper", "paper_source"]].tolist() == ["青田新闻", "user"]


@pytest.mark.parametrize("paper, message", [
    (["旬邑报"], "lists 1 paper"),
    ({"elsewhere": "旬邑报"}, "not one of the folders read"),
    (["旬邑报", " "], "must name each paper"),
    (42, "is invalid"),
])
def test_bad_folder_papers_are_explained(tmp_path, paper, message):
    with pytest.raises(ValueError, match=message):
        read_corpus(_two_papers(tmp_path), paper=paper)


def test_a_paper_per_folder_needs_folders(tmp_path):
    xunyi, _ = _two_papers(tmp_path)
    with pytest.raises(ValueError, match="path= is not a list of folders"):
        read_corpus(xunyi, paper={xunyi: "旬邑报"})
