"""A text that ends inside a name after a post word (user29 F1): no error, no name cut by the end."""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities

SENTENCE = "他让网格员成立巡查队，村党支部书记王建国和网格员李成说，主任和记者都来了。"


@pytest.mark.parametrize("text", ["他让网格员成", "书记成", "主任和", "村党支部书记王", "网格员李"])
def test_text_ending_after_a_post_word_raises_nothing(text: str) -> None:
    ents = find_entities(text)
    assert all(0 <= e.start < e.end <= len(text) for e in ents)
    assert not [e for e in ents if e.label == "PERSON" and e.end == len(text) and e.end - e.start < 2]


def test_every_prefix_of_a_sentence_with_posts_is_read() -> None:
    for n in range(1, len(SENTENCE) + 1):
        text = SENTENCE[:n]
        ents = find_entities(text)  # raised IndexError on 他让网格员成 before the fix
        assert all(text[e.start:e.end] == e.text for e in ents), text
    full = find_entities(SENTENCE)
    assert "王建国" in {e.text for e in full if e.label == "PERSON"}
