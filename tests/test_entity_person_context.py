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
