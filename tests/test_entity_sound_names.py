"""Names of sound characters without a Chinese surname (corpus_tools._entity_rules.sound_names),
with small invented fixtures."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.sound_names import (clause_word_names, region_score, sound_model_persons, sound_score,
                                                    sound_span, spoken_sound_names, titled_sound_names)


def _found(spans, t):
    return [t[s:e] for s, e in spans]


def test_region_score_favours_syllables_of_minority_village_names():
    assert region_score("呷") > 3 > 0 > region_score("国")
    assert region_score("﹏") == -10.0
    # the better of the two models: 结 is a Tibetan syllable the foreign-name model scores low
    assert sound_score("结") >= region_score("结") > 0


@pytest.mark.parametrize("t, s, e, ok", [
    ("牧民格列旺结赶着牛", 2, 6, True),
    ("大家都可以来", 2, 4, False),      # plain words
    ("扎西岗村", 0, 2, False),          # a place goes on after it
    ("王建国说", 0, 3, False),          # a surname first: the Chinese-name rules decide
    ("主席费东斌代表说", 2, 6, False),  # 代|表: a name does not end inside a word
])
def test_sound_span(t, s, e, ok):
    assert sound_span(t, s, e) is ok


def test_titled_sound_names_take_the_longest_span_that_ends_well():
    t = "牧民格列旺结就赶着羊群，工作队队长扎西带领村民修路，贫困户卓嘎家的牛也多了。"
    assert _found(titled_sound_names(t), t) == ["格列旺结", "扎西", "卓嘎"]


def test_titled_sound_names_leave_words_after_titles_alone():
    t = "村里的老人都能去幸福院，村民有意见就说出来。"
    assert titled_sound_names(t) == []


def test_spoken_sound_names_need_a_boundary_or_ju():
    t = "会上，尼玛说：“好。”据达瓦介绍，合作社分红了。大家介绍说，"
    assert _found(spoken_sound_names(t), t) == ["尼玛", "达瓦"]


def test_sound_model_persons_keep_surnameless_names_but_not_listed_things():
    t = "队长扎西带领大家种大黄、贝母、党参。"
    spans = [(2, 4, "PER"), (t.index("贝母"), t.index("贝母") + 2, "PER"), (0, 2, "ORG")]
    assert [t[c.start:c.end] for c in sound_model_persons(t, spans)] == ["扎西"]


def test_clause_word_names_drop_verb_and_adverb_starts_only():
    t = "老人都可以来。党员蒋文超说。"
    s1, s2 = t.index("都可以"), t.index("蒋文超")
    ents = [Cand(s1, s1 + 3, "PERSON"), Cand(s2, s2 + 3, "PERSON")]
    words = ["B-n", "E-n", "S-d", "B-v", "E-v", "S-v", "S-w", "B-n", "E-n", "S-v", "B-a", "E-a", "S-v", "S-w"]
    out = clause_word_names(ents, t, words, [])
    assert [t[c.start:c.end] for c in out] == ["蒋文超"]  # 文 and 超 are given-name characters
    # the model reading a person there keeps the name
    assert len(clause_word_names(ents, t, words, [(s1, s1 + 3, "PER")])) == 2
    assert clause_word_names(ents, t, None, []) == ents


def test_clause_word_names_conjunction_after_a_title():
    # 和 read as a conjunction, the rest a plain word: 民警|和辅警 names nobody, given-name characters or not
    t = "所长带着民警和辅警巡逻，村民和建华说"
    s1, s2 = t.index("和辅警"), t.index("和建华")
    ents = [Cand(s1, s1 + 3, "PERSON", source="rule"), Cand(s2, s2 + 3, "PERSON", source="rule")]
    words = ["B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "S-c", "B-n", "E-n", "B-v", "E-v", "S-w",
             "B-n", "E-n", "S-nr", "B-nr", "E-nr", "S-v"]
    assert [t[c.start:c.end] for c in clause_word_names(ents, t, words, [])] == ["和建华"]  # nr: a Naxi surname


def test_clause_word_names_rare_surname_characters_and_words():
    # 都 is almost never a surname in People's Daily 1998, even before given-name characters (喜)
    t = "老人都喜欢。居民水费降了。"
    s1, s2 = t.index("都喜欢"), t.index("水费")
    ents = [Cand(s1, s1 + 3, "PERSON", source="rule"), Cand(s2, s2 + 2, "PERSON", source="rule")]
    words = ["B-n", "E-n", "S-d", "B-v", "E-v", "S-w", "B-n", "E-n", "B-n", "E-n", "S-v", "S-u", "S-w"]
    assert clause_word_names(ents, t, words, []) == []  # 水费: a common word of 1998


def test_clause_word_names_title_inside_a_longer_word():
    # 老人家 is one word: the title 老人 ends inside it, so 家吃饱 follows no title
    t = "让老人家吃饱饭，护士长方芳说"
    s1, s2 = t.index("家吃饱"), t.index("方芳")
    ents = [Cand(s1, s1 + 3, "PERSON", source="rule"), Cand(s2, s2 + 2, "PERSON", source="rule")]
    words = ["S-v", "B-n", "I-n", "E-n", "B-v", "E-v", "S-n", "S-w", "B-n", "I-n", "E-n", "B-nr", "E-nr", "S-v"]
    assert [t[c.start:c.end] for c in clause_word_names(ents, t, words, [])] == ["方芳"]


def test_he_as_the_second_syllable_of_a_four_character_sound_name():
    from corpus_tools.entities import find_entities

    def people(t):
        return [e.text for e in find_entities(t) if e.label == "PERSON"]

    assert "孟和巴图" in people("旗长孟和巴图指出，要保护草原。")
    assert people("村民和干部一起修路。") == []  # the conjunction after a role word
    assert "格日乐" in people("队长巴特和格日乐一起修路。") and "巴特和格" not in people("队长巴特和格日乐一起修路。")


def test_names_of_sound_characters_in_an_appointment_list():
    from corpus_tools._entity_rules.sound_names import appointed_sound_names

    t = "任命：\n多杰才让为县农业农村局局长；\n免去才让卓玛的县教育局副局长职务。\n他才让大家为村里出力。"
    assert _found(appointed_sound_names(t), t) == ["多杰才让", "才让卓玛"]
    assert sound_span("多杰才让", 0, 4) and not sound_span("他才让大家", 1, 4)


def test_dotted_name_grows_over_a_dash_to_sound_characters_only():
    from corpus_tools._entity_rules.sound_chars import dot_names
    t = "父亲贝尔纳—弗朗索瓦·巴尔扎克的书库，官员帕斯卡尔·圣—阿芒表示，维克多·雨果—一位作家"
    assert [t[s:e] for s, e in dot_names(t)] == ["贝尔纳—弗朗索瓦·巴尔扎克", "帕斯卡尔·圣—阿芒", "维克多·雨果"]


def test_a_surname_and_a_verb_after_a_title_is_no_name_of_sound_characters():
    # user22 #9: 周玉霞站在地头 gave PERSON 周玉霞站
    t = "村民吴秀霞站在田埂上，牧民格列旺结就赶着羊群。"
    assert [t[s:e] for s, e in titled_sound_names(t)] == ["格列旺结"]
