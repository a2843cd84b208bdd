"""Organisation spans opened by a determiner are kinds (``_entity_rules.org_determiners``); invented sentences."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_determiners import determined_kinds
from corpus_tools.entities import find_entities


def test_determiner_span_dropped():
    text = "许多物流公司看中了这里，宏达物流公司最先落户。"
    out = determined_kinds([Cand(0, 6, "ORG"), Cand(12, 18, "ORG")], text)
    assert [text[c.start:c.end] for c in out] == ["宏达物流公司"]


def test_other_labels_kept():
    text = "这些村的村民"
    assert determined_kinds([Cand(0, 3, "VILLAGE")], text) == [Cand(0, 3, "VILLAGE")]


def test_find_entities_leaves_the_kind():
    ents = find_entities("很多快递公司基于成本考虑，只在镇上设点。")
    assert not [e for e in ents if e.label == "ORG"]
