"""A gazetteer place opening a name survives word alignment (``corpus_tools._entity_rules.place_openings``)."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.place_openings import unit_openings
from corpus_tools._entity_rules.words import align_to_words
from corpus_tools.entities import find_entities


def test_community_party_committee_is_one_org_whatever_the_segmenter_reads_user27():
    # user27 finding 10, in 江汉区's words: 正街 read as a pronoun cut 正街社区党委 into COMMUNITY + ORG 党委;
    # GUIDE: 汇通社区党委 is one ORG, as 刘家巷社区党委 already was
    ents = [(e.text, e.label) for e in find_entities("正街社区党委书记李明介绍。", county_code="420103")]
    assert ("正街社区党委", "ORG") in ents and ("党委", "ORG") not in ents


def test_alignment_inside_no_place_is_kept():
    feats = ["B-r", "E-r", "B-n", "E-n", "B-n", "E-n"]
    org = Cand(0, 6, "ORG", source="rule", text_head="党委")
    ends = unit_openings([Cand(0, 2, "GPE", source="gazetteer")])
    assert [(c.start, c.end) for c in align_to_words([org], "正街社区党委", feats, place_ends=ends)] == [(2, 6)]


def test_alignment_keeps_a_community_that_opens_the_name():
    feats = ["B-r", "E-r", "B-n", "E-n", "B-n", "E-n"]
    org = Cand(0, 6, "ORG", source="rule", text_head="党委")
    ends = unit_openings([Cand(0, 4, "COMMUNITY", source="gazetteer")])
    assert [(c.start, c.end) for c in align_to_words([org], "正街社区党委", feats, place_ends=ends)] == [(0, 6)]
