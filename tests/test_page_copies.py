"""A page file downloaded twice (X.txt, X(1).txt) is read once, with a warning naming both (user37 F13)."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import corpus_tools as ct
from corpus_tools.corpus import Issue
from corpus_tools.page_copies import copy_stem, page_copies

PAGE = "河口报　2011年3月4日　第1版\n\n县委召开全委会议\n\n本报讯　县委日前召开全委会议，部署春耕生产工作。\n"


@pytest.mark.parametrize("stem,base", [("2011-03-04_p1(1)", "2011-03-04_p1"), ("2011-03-04_第1版（2）", "2011-03-04_第1版"),
                                       ("2011-03-04_p1 - 副本", "2011-03-04_p1"), ("2011-03-04_p1 copy", "2011-03-04_p1"),
                                       ("2011-03-04_p1 - Copy (2)", "2011-03-04_p1")])
def test_copy_marks_are_recognised(stem, base):
    assert copy_stem(stem) == (base, True)


def test_names_without_a_copy_mark_are_left_alone():
    assert copy_stem("2011-03-04_p1") == ("2011-03-04_p1", False)
    assert copy_stem("(1)") == ("(1)", False)


def test_a_byte_identical_second_download_is_read_once_with_a_warning(tmp_path):
    (tmp_path / "2011-03-04_p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "2011-03-04_p1(1).txt").write_text(PAGE, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = ct.read_corpus(tmp_path)
    assert len(corpus.issues) == 1
    assert corpus.issues[0].meta["path"].endswith("2011-03-04_p1.txt")
    msgs = [str(w.message) for w in caught if "same text and date" in str(w.message)]
    assert len(msgs) == 1 and "2011-03-04_p1(1).txt" in msgs[0] and "kept" in msgs[0]
    assert "2011-03-04_p1.txt" in msgs[0].split("kept")[1]


def test_a_copy_with_other_line_breaks_is_a_copy_too(tmp_path):
    (tmp_path / "2011-03-04_p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "2011-03-04_p1 - 副本.txt").write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    with pytest.warns(UserWarning, match="same text and date"):
        corpus = ct.read_corpus(tmp_path)
    assert len(corpus.issues) == 1


def test_same_text_on_two_dates_or_two_pages_is_not_a_copy():
    same = "县委召开全委会议。"
    pages = [Issue(id=s, raw=same, date=d, meta={"path": f"{s}.txt"}) for s, d in
             [("2011-03-04_p1", dt.date(2011, 3, 4)), ("2011-03-11_p1", dt.date(2011, 3, 11)),
              ("2011-03-04_p2", dt.date(2011, 3, 4))]]
    assert page_copies(pages) == []


def test_a_copy_with_other_text_is_named_as_a_clash_and_kept(tmp_path):
    (tmp_path / "2011-03-04_p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "2011-03-04_p1(1).txt").write_text(PAGE.replace("春耕", "防汛"), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = ct.read_corpus(tmp_path)
    assert len(corpus.issues) == 2
    assert any("claimed by two or more files" in str(w.message) and "p1(1).txt" in str(w.message) for w in caught)


def test_pages_from_a_dataframe_are_never_compared():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": [PAGE, PAGE], "date": ["2011-03-04", "2011-03-04"], "issue_id": ["a", "b"]})
    assert len(ct.read_corpus(df).issues) == 2


def test_files_of_one_text_under_names_of_two_pages_are_both_read_and_named(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE.replace("河口报　2011年3月4日　第1版\n\n", ""), encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE.replace("河口报　2011年3月4日　第1版\n\n", ""), encoding="utf-8")
    with pytest.warns(UserWarning, match=r"same text \(and date\).*a\.txt, .*b\.txt"):
        corpus = ct.read_corpus(tmp_path)
    assert len(corpus.issues) == 2
