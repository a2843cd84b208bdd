"""Works and facilities a clause verb opens (corpus_tools._entity_rules.verb_led_works).

The sentences were written for these tests; the word features are the segmenter's form
(``B-v``, ``E-v`` … one per character), set by hand.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.verb_led_works import kind_bodied_projects, verb_led_works


def _names(text: str, feats: list[str], cands: list[Cand]) -> list[str]:
    return [text[c.start:c.end] for c in verb_led_works(cands, text, feats)]


def test_verb_before_a_reproach_drops_the_project():
    text = "乡里搞面子工程。"
    feats = ["B-n", "E-n", "S-v", "B-n", "E-n", "B-n", "E-n", "S-w"]
    assert _names(text, feats, [Cand(2, 7, "PROJECT")]) == []


def test_verb_before_a_named_one_stays():
    text = "县里实施退耕还林工程。"
    feats = ["B-n", "E-n", "B-v", "E-v", "S-v", "S-v", "S-v", "S-n", "B-n", "E-n", "S-w"]
    assert _names(text, feats, [Cand(4, 10, "PROJECT")]) == ["退耕还林工程"]


def test_verb_that_is_the_name_stays():
    text = "沿着建设路走。"
    feats = ["B-p", "E-p", "B-v", "E-v", "S-n", "S-v", "S-w"]
    assert _names(text, feats, [Cand(2, 5, "FAC")]) == ["建设路"]


def test_count_after_the_verb_is_no_road():
    text = "走几步路就到。"
    feats = ["S-v", "S-m", "S-q", "S-n", "S-d", "S-v", "S-w"]
    assert _names(text, feats, [Cand(0, 4, "FAC")]) == []


def test_listed_and_quoted_names_and_other_labels_stay():
    text = "实施“搞活经济”工程，搞好县委工作。"
    feats = ["B-v", "E-v", "S-w", "S-v", "S-v", "B-n", "E-n", "S-w", "B-n", "E-n", "S-w",
             "S-v", "S-a", "B-n", "E-n", "B-vn", "E-vn", "S-w"]
    cands = [Cand(2, 10, "PROJECT"), Cand(11, 15, "ORG"), Cand(11, 15, "FAC", prio=2)]
    assert len(verb_led_works(cands, text, feats)) == 3


def test_without_word_features_nothing_changes():
    cands = [Cand(0, 5, "PROJECT")]
    assert verb_led_works(cands, "搞形象工程", None) == cands


def test_project_of_kind_words_only_is_dropped():
    text = "村里的自来水工程竣工，文化旅游产业园建设项目开工。"
    cands = [Cand(3, 8, "PROJECT"), Cand(11, 22, "PROJECT")]
    assert [text[c.start:c.end] for c in kind_bodied_projects(cands, text)] == ["文化旅游产业园建设项目"]


def test_longer_verb_like_word_before_a_kind_names_the_programme():
    text = "全县富民安居工程开工。"
    feats = ["B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-v", "E-v", "S-w"]
    assert _names(text, feats, [Cand(2, 8, "PROJECT")]) == ["富民安居工程"]
