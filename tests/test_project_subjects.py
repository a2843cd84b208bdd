"""Tests of corpus_tools.project_subjects (user31 F5), on invented sentences."""

import corpus_tools as ct
from corpus_tools.project_subjects import subject_places


def test_the_sentence_subject_is_the_project_place():
    t = "今年，白沙镇实施了农村饮水安全工程，解决了六百名群众的吃水问题。"
    s = t.index("农村")
    assert subject_places(t, [(s, s + 8, "农村饮水安全工程")], [(3, 6, "白沙镇")]) == {s: "白沙镇"}


def test_a_subjectless_clause_takes_the_first_clause_subject():
    t = "青石村对河道开展巡查，推进小河流域综合治理工程。"
    s = t.index("小河")
    assert subject_places(t, [(s, s + 10, "小河流域综合治理工程")], [(0, 3, "青石村")]) == {s: "青石村"}


def test_an_object_place_is_no_subject():
    t = "县里表彰了白沙镇，农村饮水安全工程进展顺利。"
    s = t.index("农村")
    assert subject_places(t, [(s, s + 8, "农村饮水安全工程")], [(5, 8, "白沙镇")]) == {}
    t = "县里实施了农村饮水安全工程。"
    assert subject_places(t, [(5, 13, "农村饮水安全工程")], []) == {}


def test_project_investments_fill_the_place(tmp_path):
    (tmp_path / "2019-03-05_p2.txt").write_text(
        "全市推进民生实事\n今年，李畋镇实施了农村饮水安全工程，解决了751名群众的吃水问题。\n", encoding="utf-8")
    corpus = ct.read_corpus(tmp_path, county="430281")
    rows = ct.project_investments(corpus)
    assert list(rows.loc[rows.project == "农村饮水安全工程", "place"]) == ["李畋镇"]
