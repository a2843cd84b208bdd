"""Interview speakers (``_entity_rules.person_interviews``) and rare 百家姓 surnames after a person noun; invented
interviews and sentences."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_interviews import interview_speakers


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


INTERVIEW = "记者：合作社办得怎样？\n扎西（合作社理事长）：社员有80户。\n记者：明年呢？\n扎西：再建一个厂。"


def test_speaker_of_two_turns_is_a_person_at_each():
    assert _spans(interview_speakers([], INTERVIEW), INTERVIEW) == [("扎西", "PERSON"), ("扎西", "PERSON")]


def test_other_readings_of_the_name_give_way_but_places_stay():
    text = INTERVIEW + "\n扎西村"
    ents = [Cand(text.index("扎西："), text.index("扎西：") + 2, "LOC"), Cand(len(text) - 3, len(text), "VILLAGE")]
    got = _spans(interview_speakers(ents, text), text)
    assert got == [("扎西", "PERSON"), ("扎西", "PERSON"), ("扎西村", "VILLAGE")]


def test_no_interview_no_speakers():
    text = "扎西：社员有80户。\n扎西：再建一个厂。"
    assert interview_speakers([], text) == []


def test_one_turn_is_not_enough():
    text = "记者：怎样？\n扎西：好。"
    assert interview_speakers([], text) == []


def test_rare_baijiaxing_surname_after_a_person_noun():
    from corpus_tools.entities import find_entities

    got = [(e.text, e.label) for e in find_entities("种植户逯长荣一边装箱一边说。")]
    assert ("逯长荣", "PERSON") in got


def test_bracketed_writer_after_a_brief_runs_on_in_its_line():
    from corpus_tools._entity_rules.person_brief_credits import brief_credits

    text = "全乡发放种子3吨。（陶春梅）▶石门村修好了便道。"
    assert _spans(brief_credits([], text), text) == [("陶春梅", "PERSON")]


def test_bracketed_jump_line_or_word_is_no_writer():
    from corpus_tools._entity_rules.person_brief_credits import brief_credits

    for text in ("全县增收。（下转第2版）", "全县增收。（完）", "他说：“好。”（图为村民）"):
        assert brief_credits([], text) == []


def test_turns_joined_into_one_paragraph():
    text = "记者：合作社办得怎样？扎西：社员有80户。记者：明年呢？扎西：再建一个厂。"
    assert _spans(interview_speakers([], text), text) == [("扎西", "PERSON"), ("扎西", "PERSON")]


def test_speech_verbs_after_a_name_are_no_turns():
    text = "记者：怎样？王明表示：好。李红介绍：不错。王明表示：行。"
    assert interview_speakers([], text) == []
