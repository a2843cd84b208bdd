"""A four-character sound name's tail as its later lone mentions (person_parts)."""

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_parts import sound_name_parts


def _make(s, e):
    return Cand(s, e, "PERSON", source="document")


def test_the_tail_alone_before_a_title_or_a_speech_verb():
    t = "县妇联主席马海阿呷到场讲话，阿呷主席说，全县有15家合作社。"
    got = sound_name_parts([Cand(5, 9, "PERSON")], t, _make)
    assert [t[c.start:c.end] for c in got] == ["马海阿呷", "阿呷"]


def test_no_tail_inside_a_word_or_of_a_han_name():
    t = "泽仁拉姆在作坊干了三年，扎拉姆峰下"
    got = sound_name_parts([Cand(0, 4, "PERSON")], t, _make)
    assert [t[c.start:c.end] for c in got] == ["泽仁拉姆"]  # 扎|拉姆峰: no lone mention
    t = "村民王小二说，小二叫来了邻居"
    got = sound_name_parts([Cand(2, 5, "PERSON")], t, _make)
    assert [t[c.start:c.end] for c in got] == ["王小二"]  # three characters: persons.consistent_names' concern
