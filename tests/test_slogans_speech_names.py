"""A programme's name the speaker's clause goes on from (说，“X工程”是…) is named, not said (quotetest)."""

import pytest

import corpus_tools as ct


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(text)}


def test_programme_named_as_the_subject_after_a_verb_of_saying():
    found = _found("县住建局负责人说，“安居富民工程”是今年最大的民生实事。")
    assert "安居富民工程" in found


@pytest.mark.parametrize("text", [
    "他说，“奋斗”是新时代的主题。",              # an ordinary word
    "局长说，“暖心工程”让群众受益。",            # no 是: the clause does not go on from the quote
    "她说：“我们的工程”是这样干的。",            # speech (first person)
])
def test_other_quotes_after_a_verb_of_saying_stay_speech(text):
    assert not _found(text)
