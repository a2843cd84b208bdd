"""Whole names of sound characters closed by their frame (person_sound_runs)."""

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_sound_runs import is_sound_run, sound_runs, widen_persons
from corpus_tools.entities import find_entities


def _runs(text):
    return [(text[s:e], listed) for s, e, listed in sound_runs(text)]


def test_long_mongolian_names_after_titles_and_in_roll_calls():
    t = "旗委书记苏和巴特尔致辞，旗领导斯琴高娃、王志刚、额尔敦宝力道、张海军出席开幕式。"
    assert _runs(t) == [("苏和巴特尔", False), ("斯琴高娃", False), ("额尔敦宝力道", True)]


def test_person_nouns_speech_and_credit_close_a_name():
    assert _runs("牧民那顺乌日图获得搏克冠军。") == [("那顺乌日图", False)]
    assert _runs("苏木党委书记图门吉日嘎拉说，") == [("图门吉日嘎拉", False)]
    assert _runs("▲直播间里。阿西拉则　摄") == [("阿西拉则", False)]


def test_plain_phrases_places_and_han_names_are_no_runs():
    assert sound_runs("全面推进乡村振兴，巩固脱贫攻坚成果、幸福生活。") == []
    assert not is_sound_run("幸福生活")
    assert not is_sound_run("莱芜香椿")  # a place and a word
    assert sound_runs("他的哥哥马生才今年65岁") == []


def test_a_listed_run_needs_a_person_next_to_it():
    t = "王志刚、额尔敦宝力道出席，鸟类有金雕、阿穆尔隼"
    runs = [(4, 10, True), (19, 23, True)]
    got = widen_persons([Cand(0, 3, "PERSON")], runs)
    assert [t[c.start:c.end] for c in got] == ["王志刚", "额尔敦宝力道"]


def test_a_run_replaces_the_person_parts_inside_it_but_not_other_spans():
    t = "牧民阿拉坦仓嘎说"
    got = widen_persons([Cand(2, 4, "PERSON")], [(2, 7, False)])
    assert [(t[c.start:c.end], c.label) for c in got] == [("阿拉坦仓嘎", "PERSON")]
    kept = widen_persons([Cand(2, 4, "GPE")], [(2, 7, False)])
    assert [(t[c.start:c.end], c.label) for c in kept] == [("阿拉", "GPE")]


def test_review_a_person_noun_before_the_run_is_not_in_the_name():
    # review, 2026-12-06: 牧民巴特尔 → 巴特尔
    persons = [e.text for e in find_entities("牧民巴特尔说，今年的草场长势很好。") if e.label == "PERSON"]
    assert "牧民巴特尔" not in persons


def test_review_a_listed_run_leaning_on_a_later_run_is_found():
    # review, 2026-12-06: the order of the runs decided (马海阿呷 before 吉克曲布 was missed)
    t = "参会人员有：马海阿呷、吉克曲布、王刚。"
    got = widen_persons([Cand(16, 18, "PERSON")], [(6, 10, True), (11, 15, True)])
    assert [t[c.start:c.end] for c in got] == ["马海阿呷", "吉克曲布", "王刚"]


def test_a_noun_for_people_the_word_list_lacks_closes_a_run_before_a_speech_verb():
    from corpus_tools._entity_rules.person_sound_runs import sound_runs

    t = "易地搬迁后，搬迁户才让多杰说：“吃水不难了。”"
    assert [t[s:e] for s, e, _ in sound_runs(t)] == ["才让多杰"]


def test_run_closed_by_a_plain_word_after_a_person_noun():
    from corpus_tools._entity_rules.person_sound_runs import sound_runs

    t = "烂泥箐乡农民阿苦日呷一家用了不到两个月。"
    assert [t[s:e] for s, e, _ in sound_runs(t)] == ["阿苦日呷"]
    assert sound_runs("巩固脱贫攻坚成果一家一户。") == []


def test_plain_last_character_runs_into_the_verb():
    from corpus_tools._entity_rules.person_sound_runs import sound_runs

    assert sound_runs("二海壕村监委会主任郝旺福忙得不可开交。") == []
