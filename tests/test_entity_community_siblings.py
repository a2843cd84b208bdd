"""A list of …社区 names places its items: a campaign-like name beside a plain community is a community."""

from __future__ import annotations

from corpus_tools._entity_rules.community_siblings import list_neighbours
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.phrase_guards import phrase_guards


def _spans(ents, text):
    return [text[c.start:c.end] for c in ents]


def test_neighbours_left_and_right_across_list_marks():
    text = "东风社区、和睦社区和向阳社区等"
    ents = [Cand(0, 4, "COMMUNITY"), Cand(5, 9, "COMMUNITY"), Cand(10, 14, "COMMUNITY")]
    assert sorted(_spans(list_neighbours(text, ents[1], ents), text)) == ["东风社区", "向阳社区"]
    assert _spans(list_neighbours(text, ents[0], ents), text) == ["和睦社区", "向阳社区"]


def test_no_neighbours_outside_a_list():
    text = "东风社区居民来到和睦社区"
    ents = [Cand(0, 4, "COMMUNITY"), Cand(8, 12, "COMMUNITY")]
    assert list_neighbours(text, ents[1], ents) == []


def test_a_verb_before_the_first_item_stays_out():
    text = "走访和睦社区、东风社区"
    feats = ["B-v", "E-v", "B-a", "E-a", "B-n", "E-n", "S-w", "B-nz", "E-nz", "B-n", "E-n"]
    ents = [Cand(2, 6, "COMMUNITY"), Cand(7, 11, "COMMUNITY")]
    assert _spans(list_neighbours(text, ents[1], ents, feats), text) == ["和睦社区"]


def test_the_phrase_guard_keeps_an_adjective_name_listed_beside_a_plain_name():
    text = "东风社区、和睦社区等实行封闭管理"
    feats = ["B-nz", "E-nz", "B-n", "E-n", "S-w", "B-a", "E-a", "B-n", "E-n"] + ["S-u"] + ["B-v", "E-v", "B-a", "E-a", "B-v", "E-v"]
    ents = [Cand(0, 4, "COMMUNITY"), Cand(5, 9, "COMMUNITY")]
    assert _spans(phrase_guards(ents, text, feats), text) == ["东风社区", "和睦社区"]


def test_the_phrase_guard_drops_listed_campaign_titles():
    text = "打造和睦社区、平安社区"
    feats = ["B-v", "E-v", "B-a", "E-a", "B-n", "E-n", "S-w", "B-a", "E-a", "B-n", "E-n"]
    ents = [Cand(2, 6, "COMMUNITY"), Cand(7, 11, "COMMUNITY")]
    assert phrase_guards(ents, text, feats) == []
