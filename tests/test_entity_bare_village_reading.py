"""A bare form the county's gazetteer lists as a township reads as the village when the text names only the village
(``places.find_places``); invented sentences."""

from __future__ import annotations

from corpus_tools.entities import find_entities


def _pairs(text):
    return [(text[e.start:e.end], e.label) for e in find_entities(text)]


def test_bare_form_of_a_named_village_is_the_village():
    text = "四川省苍溪县白鹤村的柑橘熟了。村里的人说，白鹤柑橘今年卖得好。"
    pairs = _pairs(text)
    assert ("白鹤村", "VILLAGE") in pairs
    assert ("白鹤", "VILLAGE") in pairs and ("白鹤", "TOWNSHIP") not in pairs


def test_a_rural_compound_after_the_form_does_not_name_the_township():
    # 白鹤|乡村旅游: 乡 opens 乡村 here, the text still names no township
    text = "四川省苍溪县白鹤村发展乡村旅游。走进白鹤，白鹤乡村旅游红火。"
    pairs = _pairs(text)
    assert ("白鹤", "TOWNSHIP") not in pairs
