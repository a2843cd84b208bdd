"""corpus_tools._entity_rules.heads: listed countries and LOC words (find_countries, find_locs)."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import COUNTRIES, LOC_WORDS
from corpus_tools._entity_rules.listed_heads import find_countries, find_locs


def _scan(text: str, words: frozenset[str], longest: int) -> list[tuple[int, int]]:
    """Every listed word, by a scan of each length from the longest down."""
    return [(i, i + n) for n in range(longest, 1, -1) for i in range(len(text) - n + 1) if text[i:i + n] in words]


def test_countries_nested_and_repeated_longer_first():
    text = "中华人民共和国与中国、印度尼西亚和中国合作"
    got = find_countries(text)
    assert [(c.start, c.end) for c in got] == _scan(text, COUNTRIES, 7)
    assert {text[c.start:c.end] for c in got} >= {"中华人民共和国", "中国", "印度尼西亚"}
    assert all(c.label == "GPE" for c in got)
    assert [c.end - c.start for c in got] == sorted((c.end - c.start for c in got), reverse=True)


def test_locs_at_the_text_ends():
    text = "雅鲁藏布江流经西藏，粤港澳大湾区"
    got = find_locs(text)
    assert [(c.start, c.end) for c in got] == _scan(text, LOC_WORDS, 6)
    assert {"雅鲁藏布江", "粤港澳大湾区"} <= {text[c.start:c.end] for c in got}
    assert find_locs("") == [] and find_countries("中") == []


def test_a_learned_one_character_head_closing_a_common_word_is_none():
    # user22 #9: 汇报了西关村发展庭院经济的做法 gave ORG 西关村发展庭院
    from corpus_tools.entities import find_entities

    got = find_entities("会上，东岗村党支部书记汇报了东岗村发展庭院经济的做法。", county_code="211224")
    assert "东岗村发展庭院" not in [e.text for e in got if e.label == "ORG"]


def test_an_ethnic_groups_name_holds_no_country():
    from corpus_tools._entity_rules.listed_heads import find_countries

    text = "朝鲜族老党员和来自蒙古的客人"
    assert [text[c.start:c.end] for c in find_countries(text)] == ["蒙古"]
