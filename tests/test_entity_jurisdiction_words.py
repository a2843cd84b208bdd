"""Jurisdiction words before a facility (``corpus_tools._entity_rules.jurisdiction_words``)."""

from __future__ import annotations

from corpus_tools._entity_rules.jurisdiction_words import without_jurisdiction
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def test_jurisdiction_word_is_no_part_of_a_facility_user27():
    # user27 finding 5, in 麻城市's words: 辖区|滨江小区
    ents = [(e.text, e.label) for e in find_entities("社区把辖区滨江小区等5个小区划成网格。", county_code="421181")]
    assert ("滨江小区", "FAC") in ents and not any(t.startswith("辖区") for t, _ in ents)


def test_a_facility_of_the_word_alone_is_kept():
    text = "所在小区"
    assert [(c.start, c.end) for c in without_jurisdiction([Cand(0, 4, "FAC")], text)] == [(0, 4)]
