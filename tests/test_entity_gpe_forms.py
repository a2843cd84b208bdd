"""Former counties and development zones (corpus_tools._entity_rules.gpe_forms), with invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.gpe_forms import former_units
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def test_former_county_keeps_its_suffix_and_links_to_the_new_unit():
    t = "贵州黔西县素朴镇的村民"
    out = former_units(t, [Cand(2, 4, "GPE")])
    assert [(t[c.start:c.end], c.code) for c in out] == [("黔西县", "520581")]


def test_a_county_the_gazetteer_lists_as_such_is_left_to_the_gazetteer():
    t = "云南永平县的医疗队"
    assert former_units(t, [Cand(2, 4, "GPE")]) == []


def test_development_zone_after_a_city_is_one_gpe():
    t = "湖南常德经开区石门桥镇"
    out = former_units(t, [Cand(2, 4, "GPE")])
    assert [t[c.start:c.end] for c in out] == ["常德经开区"]
    assert former_units("常德市新区", [Cand(0, 3, "GPE")]) == []  # a full name with its suffix: no zone


def test_find_entities_tags_the_former_county():
    ents = find_entities("贵州黔西县素朴镇衙院村第一书记说，黔西县的路通了。", model=False)
    assert [(e.text, e.label) for e in ents if e.label == "GPE"] == [("贵州", "GPE"), ("黔西县", "GPE"), ("黔西县", "GPE")]
