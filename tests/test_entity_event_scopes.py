"""user30b F9/F10: a local scope stays out of an event's name; a GPE between a post and a verb is a person."""

import corpus_tools as ct
from corpus_tools._entity_rules.event_scopes import without_local_scope
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.post_names import post_persons


def _ents(text):
    return [(e.text, e.label) for e in ct.find_entities(text)]


def test_district_scope_is_out_of_the_meeting():
    assert ("农业农村工作会议", "EVENT") in _ents("全区农业农村工作会议昨日召开。")
    assert ("全国经济工作会议", "EVENT") in _ents("全国经济工作会议召开。")     # a national meeting keeps 全国


def test_scope_kept_when_too_short():
    t = "全区大会"
    assert [(c.start, c.end) for c in without_local_scope(t, [Cand(0, 4, "EVENT")])] == [(0, 4)]


def test_gpe_after_a_post_before_a_verb_is_a_person():
    assert ("韩国", "PERSON") in _ents("全区农业工作会议召开。区长韩国出席并讲话。")
    assert ("韩国", "GPE") in _ents("考察团赴韩国参加博览会。")
    t = "副书记中国主持会议"
    assert [c.label for c in post_persons([Cand(3, 5, "GPE")], t)] == ["PERSON"]
