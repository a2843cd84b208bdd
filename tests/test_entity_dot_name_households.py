"""A dotted name does not take the household noun before it (``sound_chars.dot_names``); invented sentences."""

from __future__ import annotations

from corpus_tools._entity_rules.sound_chars import dot_names


def test_household_noun_ends_before_the_name():
    text = "工作队员给结亲户努尔买买提·吐尔洪送去了种子"
    assert [text[s:e] for s, e in dot_names(text)] == ["努尔买买提·吐尔洪"]
