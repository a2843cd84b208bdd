"""Tests of corpus_tools._entity_rules.run_on_names (user31 F3), on invented sentences."""

import corpus_tools as ct


def _ents(text):
    return [(e.text, e.label) for e in ct.find_entities(text)]


def test_a_secretary_whose_name_runs_on_from_a_sea_is_a_person():
    got = _ents("市委书记黄海涛出席并讲话，市长陈立新主持会议。黄海涛强调，要推动高质量发展。")
    assert got.count(("黄海涛", "PERSON")) == 2
    assert ("黄海", "LOC") not in got


def test_a_chairman_after_his_post_is_a_person():
    assert ("黄海金", "PERSON") in _ents("公司董事长黄海金说，企业今年要扩大出口。")


def test_the_sea_stays_a_sea():
    got = _ents("渔船驶入黄海，在黄海之滨停靠。")
    assert got.count(("黄海", "LOC")) == 2
    assert not any(label == "PERSON" for _, label in got)
