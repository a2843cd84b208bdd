"""Tests for dotted names in corpus_tools._entity_rules.sound_chars whose left part ends in a word (哈力|克)."""

from corpus_tools._entity_rules.sound_chars import dot_names


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in dot_names(text)]


def test_left_part_ending_in_a_word_keeps_the_whole_name():
    assert _names("县长哈力克·热合曼主持召开会议。") == ["哈力克·热合曼"]


def test_running_words_still_stop_a_part():
    t = "村民买买提江·艾力一边剪枝一边说"
    assert _names(t) == ["买买提江·艾力"]
    assert _names("专栏：解读·摘帽") == []
