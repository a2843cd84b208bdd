"""Tests of corpus_tools.slogans.wordshape (the shipped segmenter and tagger; invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans.wordshape import (clause, coarse_tag, parallel_halves, verb_before_last, verb_object_end,
                                           word_shape)


def test_coarse_classes_fold_the_pku_tags():
    assert [coarse_tag(t) for t in ("n", "ns", "nr", "vn", "v", "a", "m", "d", "u", "")] == \
        ["N", "N", "N", "V", "V", "A", "M", "D", "X", "X"]


def test_word_shape_keeps_every_character():
    shape = word_shape("小镇带村")
    assert "".join(w for w, _ in shape) == "小镇带村"
    assert word_shape("") == ()


def test_word_shape_rejects_non_strings():
    with pytest.raises(TypeError, match="s must be a str"):
        word_shape(None)


@pytest.mark.parametrize("a,b", [("小镇带村", "村带户"), ("党员联户", "干部包村"), ("企业包县", "整县脱贫")])
def test_two_clauses_of_an_actor_and_a_verb_are_parallel_halves(a, b):
    assert parallel_halves(a, b)


@pytest.mark.parametrize("a,b", [("农家书屋", "村级文化广场"), ("温缩裂缝", "凝固效果差")])
def test_two_things_are_no_parallel_halves(a, b):
    assert not parallel_halves(a, b)


def test_a_clause_opens_with_a_noun_and_has_a_verb():
    assert clause("村带户") and not clause("农家书屋")


def test_a_verb_before_a_place_head_is_a_requirement_shape():
    assert verb_before_last("景区带村") and verb_before_last("电商进村")
    assert not verb_before_last("梯田王国") and not verb_before_last("移民新村")


def test_a_longer_noun_after_the_verb_when_asked():
    # coined.place_goal's shape (山区 变 花园): a last noun of up to two characters
    assert not verb_before_last("荒山变果园") and verb_before_last("荒山变果园", last_len=2, last_noun=True)
    assert not verb_before_last("梯田王国", last_len=2, last_noun=True)


def test_an_actor_a_verb_and_a_short_object_end_a_movement():
    assert verb_object_end("剪纸进校园") and verb_object_end("法律进乡村")
    assert not verb_object_end("爱心超市") and not verb_object_end("互助幸福院")


def test_two_verb_object_clauses():
    from corpus_tools.slogans.wordshape import verb_clauses

    assert verb_clauses("打伞破网") and not verb_clauses("织密防护网") and not verb_clauses("爱心超市")
    assert not verb_clauses("技能大比武")


def test_a_year_named_after_its_work_is_a_campaign_year():
    from corpus_tools.slogans.wordshape import campaign_year

    assert campaign_year("项目建设年") and campaign_year("招商引资攻坚年")
    # a festival named by a place, a bilateral year and a year of one word are not
    assert not campaign_year("平遥中国年") and not campaign_year("中法文化旅游年") and not campaign_year("丰收年")


def test_an_exchange_tourism_or_international_year_is_no_campaign_year():
    from corpus_tools.slogans.wordshape import campaign_year

    # years two states hold together and an international year (People's Daily 1998, 2019-2020)
    for s in ("中意文化和旅游年", "文化旅游年", "媒体交流年", "地方合作交流年", "国际扶贫年"):
        assert not campaign_year(s), s
    assert campaign_year("民生建设年") and campaign_year("服务保障年") and campaign_year("重大项目攻坚年")
