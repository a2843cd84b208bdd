"""Text no article holds is said, naming the file (corpus_tools.lost_text): user31b F13, invented text."""

import warnings

import pytest

import corpus_tools as ct


def test_a_date_line_and_one_line_warn_naming_the_file(tmp_path):
    (tmp_path / "2019-03-05_p1.txt").write_text("花桥报　2019年3月5日　第01版\n石门村推进乡村振兴。\n", encoding="utf-8")
    c = ct.read_corpus(tmp_path)
    with pytest.warns(UserWarning, match=r"2019-03-05_p1\.txt: the page has text but no article"):
        n = len(c.articles_frame())
    assert n <= 1


def test_a_page_with_articles_says_nothing(tmp_path):
    (tmp_path / "2019-03-05_p1.txt").write_text("花桥报　2019年3月5日　第01版\n\n石门村修路\n"
                                               "本报讯 石门村新修道路三公里，方便群众出行。\n", encoding="utf-8")
    c = ct.read_corpus(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(c.articles_frame()) == 1
