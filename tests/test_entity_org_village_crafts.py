"""A village's co-operative named by a craft the dictionary lacks keeps its village (``org_village_coops``), while an
unknown word before a product stays a trade name of its own; invented sentences."""

from __future__ import annotations

from corpus_tools.entities import find_entities


def test_craft_coop_keeps_its_village():
    ents = [(e.text, e.label) for e in find_entities("她带头成立了柳湾村蔑编专业合作社，带动妇女就业。")]
    assert ("柳湾村蔑编专业合作社", "ORG") in ents


def test_trade_name_before_a_product_leaves_the_village_apart():
    ents = [(e.text, e.label) for e in find_entities("柳湾村丰旺蔬菜专业合作社今年扩大了大棚。")]
    assert ("柳湾村丰旺蔬菜专业合作社", "ORG") not in ents
