"""Posts around 的 and after a place name (corpus_tools.post_forms, person_posts): user31b F5, invented text."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.person_posts import post_after, post_before
from corpus_tools.post_forms import opens_unit, posting_or_modifier


def test_a_modifier_ending_in_de_is_no_part_of_the_post():
    assert posting_or_modifier("新当选的石门村党支部书记") == "石门村党支部书记"
    assert posting_or_modifier("负责农业的副县长") == "副县长"
    assert post_before("新当选的石门村党支部书记韦小明表示，要团结。", "韦小明") == "石门村党支部书记"


def test_a_posting_phrase_keeps_the_unit_and_the_village():
    assert posting_or_modifier("驻村的第一书记") == "驻村第一书记"
    assert post_after("韦小明是县水利局派驻花桥镇石门村的第一书记。", "韦小明") == "县水利局派驻花桥镇石门村第一书记"
    assert post_after("韦小明是市农业银行驻石门村第一书记。", "韦小明") == "市农业银行驻石门村第一书记"
    assert post_before("驻村工作队队长、第一书记韦小明说。", "韦小明") == "驻村工作队队长、第一书记"


def test_shi_names_no_post_for_a_member_or_a_praise():
    for s in ("韦小明是一名老党员。", "韦小明是医疗队中的一员。", "韦小明是个好书记。", "韦小明是我们村的好书记。"):
        assert post_after(s, "韦小明") is None, s


def test_a_township_that_opens_with_he_keeps_it():
    assert opens_unit("和顺乡党委书记", ("和顺乡党委",))
    assert post_before("”和顺乡党委书记蓝山介绍，", "蓝山", units=("和顺乡党委",)) == "和顺乡党委书记"
    assert post_before("”和县委书记蓝山介绍，", "蓝山") == "县委书记"   # no unit found: 和 is the conjunction


def test_person_posts_reads_the_first_secretary_sentence():
    text = ("花桥报　2018年4月2日\n\n驻村手记\n韦小明是县水利局派驻花桥镇石门村的第一书记。他每天走访农户。"
            "新当选的石门村党支部书记蓝山表示，要团结。\n")
    c = ct.read_corpus(pd.DataFrame({"text": [text], "date": ["2018-04-02"]}))
    got = set(map(tuple, ct.person_posts(ct.extract_entities(c), c)[["name", "post"]].values.tolist()))
    assert ("韦小明", "县水利局派驻花桥镇石门村第一书记") in got
    assert ("蓝山", "石门村党支部书记") in got


def test_a_cadre_sent_to_a_village_gets_the_post_with_the_place():
    assert post_after("邵明到石门村任第一书记以来，走访农户。", "邵明") == "石门村第一书记"
    assert post_after("邵明到石门村调研。", "邵明") is None
