"""Communities named in a bare list closed by N个社区, and a community's name with a word run on before it."""

from __future__ import annotations

from corpus_tools._entity_rules.community_lists import listed_communities, trimmed_communities
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_short_forms_in_a_list_become_communities():
    text = "区里把河西、河东两个社区列为重点"
    got = listed_communities([Cand(3, 5, "GPE"), Cand(6, 8, "GPE")], text)
    assert _spans(got, text) == [("河西", "COMMUNITY"), ("河东", "COMMUNITY")]


def test_a_township_run_into_the_first_item_is_parted():
    text = "涉及城关镇胜利路、建设路等社区"
    got = listed_communities([Cand(2, 8, "FAC")], text)
    assert _spans(got, text) == [("城关镇", "TOWNSHIP"), ("胜利路", "COMMUNITY"), ("建设路", "COMMUNITY")]


def test_no_list_of_unread_words_and_no_levels():
    assert listed_communities([], "走访张某、李某等社区居民") == []
    text = "石门县、桃源县两个社区"
    ents = [Cand(0, 3, "GPE"), Cand(4, 7, "GPE")]
    assert _spans(listed_communities(ents, text), text) == [("石门县", "GPE"), ("桃源县", "GPE")]


def test_a_word_before_a_named_community_is_cut():
    text = "青山社区居民很高兴。家住青山社区的老人说"
    got = trimmed_communities([Cand(0, 4, "COMMUNITY"), Cand(10, 16, "COMMUNITY")], text)
    assert _spans(got, text) == [("青山社区", "COMMUNITY"), ("青山社区", "COMMUNITY")]


def test_community_before_its_residents_in_the_tagger():
    text = "沿河的柳林社区、青山社区居民很高兴。家住青山社区的老人王明说。"
    got = [(e.text, e.label) for e in find_entities(text)]
    assert got.count(("青山社区", "COMMUNITY")) == 2
    assert ("家住青山社区", "COMMUNITY") not in got
