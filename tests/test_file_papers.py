"""The paper a file name prints before its date, papers per file, and the warnings of the split by paper."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.file_papers import file_name_paper, name_before_date

PAGE = "{town}召开春耕动员会\n本报讯　近日，{town}召开全镇春耕生产动员会，部署各村春耕备耕工作。\n"


def _folder(tmp_path, names):
    for name, town in names:
        (tmp_path / name).write_text(PAGE.format(town=town), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name,paper", [
    ("甲山报_2011-05-06_p2.txt", "甲山报"), ("乙水报20110506-3.txt", "乙水报"), ("江城晚报 2020-01-02.txt", "江城晚报"),
    ("今日仙居_2020-01-02.txt", "今日仙居"), ("2011-05-06_p2.txt", None), ("综合新闻_2011-05-06.txt", None),
    ("第二版_2011-05-06.txt", None), ("甲山报_p2.txt", None), ("日报_2011-05-06.txt", None)])
def test_file_name_paper(name, paper):
    assert file_name_paper(name) == paper


def test_name_before_date_needs_the_date_right_after():
    assert name_before_date("abc甲山报_2011-05-06.txt") == "甲山报"
    assert name_before_date("甲山报p2_2011-05-06.txt") is None


def test_issues_take_the_file_names_paper(tmp_path):
    folder = _folder(tmp_path, [("甲山报_2011-05-06_p2.txt", "东坡镇"), ("乙水报20110506-3.txt", "西岭镇")])
    issues = ct.read_corpus(folder).issues_frame(infer_county=False).set_index("issue_id")
    assert issues.loc["甲山报_2011-05-06_p2", ["paper", "paper_source"]].tolist() == ["甲山报", "file name"]
    assert issues.loc["乙水报20110506-3", ["paper", "paper_source"]].tolist() == ["乙水报", "file name"]
    assert set(ct.split_by_paper(ct.read_corpus(folder))) == {"甲山报", "乙水报"}


def test_a_paper_named_elsewhere_names_a_file():
    frame = pd.DataFrame({"text": [PAGE.format(town=t) for t in ("东坡镇", "西岭镇", "南山镇", "北岗镇")],
                          "path": ["江城周末_2011-05-06_p1.txt", "江城周末_2011-05-07_p2.txt", "乙水报_2011-05-06_p2.txt",
                                   "第二版_2011-05-06_p2.txt"],
                          "paper": ["江城周末", None, None, None]})
    issues = ct.read_corpus(frame).issues_frame(infer_county=False)
    assert issues[["paper", "paper_source"]].values.tolist()[:3] == [
        ["江城周末", "manifest"], ["江城周末", "file name"], ["乙水报", "file name"]]
    assert pd.isna(issues["paper"].tolist()[3])  # two papers in the folder: none for an unnamed page


def test_a_file_name_of_another_name_keeps_the_folders_paper_off(tmp_path):
    _folder(tmp_path, [("乙水报_2011-05-06_p2.txt", "南山镇"), ("江城周末_2011-05-06_p1.txt", "东坡镇")])
    issues = ct.read_corpus(tmp_path).issues_frame(infer_county=False).set_index("issue_id")
    assert pd.isna(issues.loc["江城周末_2011-05-06_p1", "paper"])


def test_paper_per_file_mapping_callable_list(tmp_path):
    folder = _folder(tmp_path, [("a_0506.txt", "东坡镇"), ("b_0506.txt", "西岭镇")])
    c = ct.read_corpus(folder, paper={"a_0506.txt": "甲山报", str(folder / "b_0506.txt"): "乙水报"})
    assert [i.meta["paper"] for i in c.issues] == ["甲山报", "乙水报"]
    assert {i.meta["paper_source"] for i in c.issues} == {"user"}
    c = ct.read_corpus(folder, paper=lambda p: "甲山报" if "a_" in p else None)
    assert [i.meta.get("paper") for i in c.issues] == ["甲山报", None]
    files = [folder / "b_0506.txt", folder / "a_0506.txt"]
    c = ct.read_corpus(files, paper=["乙水报", "甲山报"])
    assert {i.id: i.meta["paper"] for i in c.issues} == {"a_0506": "甲山报", "b_0506": "乙水报"}


def test_paper_per_file_errors(tmp_path):
    folder = _folder(tmp_path, [("a_0506.txt", "东坡镇")])
    with pytest.raises(ValueError, match="not read: c_0506.txt"):
        ct.read_corpus(folder, paper={"c_0506.txt": "甲山报"})
    with pytest.raises(ValueError, match="as a name"):
        ct.read_corpus(folder, paper={"a_0506.txt": 3})
    with pytest.raises(ValueError, match="as a name"):
        ct.read_corpus(folder, paper=lambda p: "")
    with pytest.raises(ValueError, match="one paper per file"):
        ct.read_corpus(folder, paper=["甲山报", "乙水报"])
    with pytest.raises(ValueError, match="is invalid"):
        ct.read_corpus(folder, paper=3)


def test_split_and_keyness_by_paper_warn_the_count(tmp_path):
    folder = _folder(tmp_path, [("甲山报_2011-05-06_p2.txt", "东坡镇"), ("乙水报_2011-05-06_p2.txt", "西岭镇"),
                                ("2011-05-07_p3.txt", "南山镇")])
    c = ct.read_corpus(folder)
    with pytest.warns(UserWarning, match=r"1 issue\(s\) name no paper .*split by paper.*file name") as rec:
        subs = ct.split_by_paper(c)
    assert "a bare --paper NAME names EVERY page" in str(rec[-1].message)
    assert subs.unnamed == ["2011-05-07_p3"]
    quiet = ct.split_by_paper(c, warn=False)
    subs.told = False
    with pytest.warns(UserWarning, match=r"1 issue\(s\) .*keyness by paper"):
        try:
            ct.keyness_by_paper(subs, top_n=3)
        except ValueError:  # too little text to compare is fine here: the warning came first
            pass
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        try:
            ct.keyness_by_paper(quiet, top_n=3)
        except ValueError:
            pass
        except UserWarning as w:
            assert "name no paper" not in str(w)


def test_manifest_and_user_paper_win_over_the_file_name(tmp_path):
    folder = _folder(tmp_path, [("甲山报_2011-05-06_p2.txt", "东坡镇")])
    c = ct.read_corpus(folder, paper="丙河报")
    assert ct.read_corpus(folder, paper="丙河报").issues_frame(infer_county=False)["paper"].tolist() == ["丙河报"]
    assert c.issues[0].meta["paper_source"] == "user"
    frame = pd.DataFrame({"text": [PAGE.format(town="东坡镇")], "path": ["甲山报_2011-05-06_p2.txt"], "paper": ["丙河报"]})
    assert ct.read_corpus(frame).issues_frame(infer_county=False)["paper"].tolist() == ["丙河报"]
