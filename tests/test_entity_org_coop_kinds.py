"""Co-operatives named by their kind only (``_entity_rules.org_coops.coop_name_start``); invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.org_coops import coop_name_start


@pytest.mark.parametrize("text, feats", [
    ("集体经济股份", ["B-l", "I-l", "I-l", "E-l", "B-n", "E-n"]),  # 组建|集体经济股份合作社
    ("村民", ["B-n", "E-n"]),  # 筹建|村民合作社
    ("农民专业", ["B-n", "E-n", "B-n", "E-n"]),
])
def test_a_kind_has_no_name(text, feats):
    assert coop_name_start(text, feats, 0, len(text)) == -1


def test_a_trade_name_still_starts_the_name():
    text, feats = "了兴旺养牛专业", ["S-u", "B-a", "E-a", "B-v", "E-v", "B-n", "E-n"]
    assert coop_name_start(text, feats, 0, len(text)) == 1


def test_find_entities_leaves_the_kind():
    from corpus_tools.entities import find_entities

    ents = find_entities("河湾村通过组建集体经济股份合作社，把土地折股量化。")
    assert not [e for e in ents if e.label == "ORG" and e.text.endswith("合作社")]
