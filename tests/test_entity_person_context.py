"""Model names against rule spans (corpus_tools._entity_rules.person_context), with inline fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_context import names_over_rules


def _sur(ch: str) -> bool:
    return ch in "王李唐赵朱"


def _pairs(out, t):
    return [(t[c.start:c.end], c.label) for c in out]


def test_bare_place_inside_given_name_gives_way_at_every_mention():
    t = "5月3日下午，王华东、周学辉赶到村里。王华东说，华东地区的客商来了。"
    s1, s2 = t.index("王华东"), t.rindex("王华东")
    rules = [Cand(s1 + 1, s1 + 3, "LOC"), Cand(s2 + 1, s2 + 3, "LOC"), Cand(t.index("华东地区"), t.index("华东地区") + 2, "LOC")]
    out = names_over_rules(rules, [Cand(s1, s1 + 3, "PERSON", source="model")], t, _sur)
    assert _pairs(out, t) == [("王华东", "PERSON"), ("王华东", "PERSON"), ("华东", "LOC")]


def test_place_with_unit_suffix_stays():
    t = "在李庄村调研"
    rules = [Cand(2, 4, "VILLAGE")]  # 庄村 would be a place with its unit: never a given name
    out = names_over_rules(rules, [Cand(1, 4, "PERSON", source="model")], t, _sur)
    assert _pairs(out, t) == [("庄村", "VILLAGE")]


def test_place_starting_with_the_name_stays():
    t = "王家峪村的村民"
    rules = [Cand(0, 4, "VILLAGE")]
    out = names_over_rules(rules, [Cand(0, 2, "PERSON", source="model")], t, _sur)
    assert _pairs(out, t) == [("王家峪村", "VILLAGE")]


def test_head_span_after_a_name_used_alone_elsewhere_is_dropped():
    t = "唐魏来到村里。唐魏计划先强化村两委。"
    k = t.rindex("唐魏")
    rules = [Cand(k, k + 4, "PROJECT")]
    out = names_over_rules(rules, [Cand(k, k + 2, "PERSON", source="model")], t, _sur)
    assert out == []  # the model span is then joined as usual


def test_memorial_named_after_a_person_stays_whole():
    t = "林则徐来过这里。林则徐纪念馆进行扩建。"
    k = t.rindex("林则徐")
    rules = [Cand(k, k + 6, "FAC")]
    out = names_over_rules(rules, [Cand(k, k + 3, "PERSON", source="model")], t, lambda c: c == "林")
    assert _pairs(out, t) == [("林则徐纪念馆", "FAC")]


def test_head_span_after_a_name_seen_only_there_stays():
    t = "唐魏计划先强化村两委。"
    rules = [Cand(0, 4, "PROJECT")]
    out = names_over_rules(rules, [Cand(0, 2, "PERSON", source="model")], t, _sur)
    assert _pairs(out, t) == [("唐魏计划", "PROJECT")]


def test_head_span_ending_with_a_name_after_a_role_is_dropped():
    t = "生态科技特派员赵明苑给村民送来技术"
    rules = [Cand(0, 10, "FAC")]
    out = names_over_rules(rules, [Cand(7, 10, "PERSON", source="model")], t, _sur)
    assert out == []


def test_no_model_person_changes_nothing():
    t = "王华东说"
    rules = [Cand(1, 3, "LOC")]
    assert names_over_rules(rules, [Cand(1, 3, "LOC", source="model")], t, _sur) == rules


def test_titled_speakers_fix_the_name_between_title_and_speech_verb():
    from corpus_tools._entity_rules.person_context import titled_speakers

    t = "研究中心主任过勇说，客服人员许凤介绍，第一书记帕查有格介绍，村党支部书记也说，主任亲自说："
    assert [t[s:e] for s, e in titled_speakers(t)] == ["过勇", "许凤", "帕查有格"]


def test_sound_names_after_a_clause_boundary_before_speech():
    from corpus_tools._entity_rules.person_context import titled_speakers

    t = "实施“清零行动”。达久木甲说：“好。”大家深有感触地说：“好。”"
    assert [t[s:e] for s, e in titled_speakers(t)] == ["达久木甲"]


def test_title_that_runs_on_is_no_title():
    from corpus_tools._entity_rules.person_context import title_runs_on

    t = "社区党总支书记郑涛说"
    assert title_runs_on(t, t.index("记"))  # 支书|记: the title is 书记
    assert not title_runs_on(t, t.index("郑"))


def test_familiar_mentions_after_any_non_word_character():
    from corpus_tools._entity_rules.person_context import familiar_mentions

    t = "同样装扮的老杨也从家里出来，贫困户老马找到了他，古老杨树下，老家在山里，发黄的老叶，。老马说"
    assert [t[s:e] for s, e in familiar_mentions(t)] == ["老杨", "老马"]  # the second 老马 only


def test_find_entities_titled_speaker_and_title_split():
    from corpus_tools.entities import find_entities

    got = {(e.text, e.label) for e in find_entities("石塘社区党总支书记郑涛说，村里变化太大了。")}
    assert ("郑涛", "PERSON") in got and ("记郑涛", "PERSON") not in got


def test_given_name_alone_as_vocative_or_before_a_title():
    from corpus_tools.entities import find_entities

    t = "王伯祥又找到王乐义：乐义啊，你当村支书。群众仍亲切地称他“我们的伯祥书记”。大家快乐义务劳动。"
    got = [(e.text, e.label) for e in find_entities(t) if e.label == "PERSON"]
    assert got.count(("乐义", "PERSON")) == 1 and ("伯祥", "PERSON") in got


def test_given_mention_contexts():
    from corpus_tools._entity_rules.person_context import given_mention

    t = "“首初，你气色不太好。”大家首初见面"
    assert given_mention(t, 1, 3, likely=False)
    assert not given_mention(t, t.rindex("首初"), t.rindex("首初") + 2, likely=False)


def test_vocative_given_name_needs_a_sentence_boundary_before_it():
    from corpus_tools._entity_rules.person_context import given_mention

    t = "运用“党建+网格”成果"
    s = t.index("网格")
    assert not given_mention(t, s, s + 2, likely=False)


def test_elder_form_of_a_surname_the_text_names_in_full():
    from corpus_tools._entity_rules.person_context import elder_forms

    t = "杨润身是作家。杨老的家乡在平山，杨老师来了，杨老板也来了。和平说，和老姐妹唱歌"
    assert [t[s:e] for s, e in elder_forms({"杨润身": 1, "和平": 1}, t, [False] * len(t))] == ["杨老"]


def test_a_given_name_alone_is_no_surname_for_elder_forms():
    from corpus_tools._entity_rules.persons import consistent_names
    t = "张林峰是村医。村里人都叫他林老，林老说好。"
    out = consistent_names([Cand(0, 3, "PERSON", source="model")], t,
                           lambda s, e: Cand(s, e, "PERSON", source="rule"))
    assert "林老" not in [t[c.start:c.end] for c in out]
    assert t[out[0].start:out[0].end] == "张林峰"


def test_overlapping_names_resolve_the_same_way_under_every_hash_seed():
    import os
    import subprocess
    import sys
    code = ("from corpus_tools._entity_rules.lexicon import Cand\n"
            "from corpus_tools._entity_rules.person_context import names_over_rules\n"
            "t = '王华东说，李王华说，李王华东'\n"
            "out = names_over_rules([Cand(1, 3, 'LOC'), Cand(6, 8, 'LOC')], [Cand(0, 3, 'PERSON', source='model'), "
            "Cand(5, 8, 'PERSON', source='model')], t, lambda c: c in '王李')\n"
            "print([(t[c.start:c.end], c.start) for c in out])\n")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert len(runs) == 1, runs  # names are taken longest first, then in a fixed order
    assert "('王华东', 0)" in runs.pop()


def test_young_familiar_form_found_at_every_mention_but_not_in_words():
    from corpus_tools._entity_rules.person_context import young_familiar_mentions
    t = "年轻的小张一下打开了话匣子。小张是一名科员。但小张还是回了单位。钻出的小孔，大小李子。"
    found = [t[s:e] for s, e in young_familiar_mentions(t)]
    assert found == ["小张", "小张", "小张"]


def test_two_character_speaker_named_after_a_title_elsewhere():
    from corpus_tools._entity_rules.person_context import titled_speakers
    t = "急诊科医生才权很欣慰。“我们在赛跑。”才权说，“好。”大家说，“对。”才能说。"
    assert [t[s:e] for s, e in titled_speakers(t)] == ["才权"]


def test_head_nurse_title_does_not_start_the_name():
    from corpus_tools._entity_rules.person_context import titled_speakers
    t = "“好。”护士长柳星说，病区护士长王莎莎介绍，"
    assert [t[s:e] for s, e in titled_speakers(t)] == ["柳星", "王莎莎"]


def test_called_names_after_jiao():
    from corpus_tools._entity_rules.person_context import called_names
    t = "我叫童俊杰，是村医。她叫贡觉曲珍，是乡长。河流名叫西河，他叫着笑着，我问她叫什么名字。"
    assert [t[s:e] for s, e in called_names(t, lambda c: c in "童西")] == ["童俊杰", "贡觉曲珍"]
