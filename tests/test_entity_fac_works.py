"""Flood-control and emergency works named by their owner (corpus_tools._entity_rules.fac_works, mend36b)."""

import corpus_tools as ct
from corpus_tools._entity_rules.fac_works import emergency_works
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text, cands=(), words=None):
    return [text[c.start:c.end] for c in emergency_works(text, list(cands), words)]


def test_a_dike_after_its_water():
    t = "民兵日夜巡守清水河东堤和白沙江干堤。"
    assert _spans(t, [Cand(6, 9, "LOC"), Cand(12, 15, "LOC")]) == ["清水河东堤", "白沙江干堤"]


def test_a_bare_place_before_the_river_names_the_reach():
    t = "守护湘北长江干堤"
    assert _spans(t, [Cand(2, 4, "VILLAGE"), Cand(4, 6, "LOC")]) == ["湘北长江干堤"]


def test_no_water_no_dike():
    assert _spans("大堤上人来人往，河堤加固，堤防巡查。") == []


def test_stations_and_sites_take_their_owner():
    t = "在石桥泵站、青山镇集中安置点和县核酸检测基地"
    got = _spans(t, [Cand(1, 3, "VILLAGE"), Cand(6, 9, "TOWNSHIP")])
    assert got == ["石桥泵站", "青山镇集中安置点", "县核酸检测基地"]


def test_a_counted_or_scoped_site_is_a_kind():
    assert _spans("全县23个集中安置点、各隔离点、3座泵站运转正常") == []
    assert _spans("全县核酸检测基地") == []


def test_a_bare_sluice_needs_a_cue_in_its_sentence():
    assert _spans("技术人员在东闸24小时值守。") == ["东闸"]
    assert _spans("西闸12孔闸门全部关闭。") == ["西闸"]
    assert _spans("东闸村村民转移。来到东闸，看望群众。") == []
    assert _spans("开闸泄洪。") == []


def test_a_road_code_in_chinese_numerals():
    assert _spans("沿三一八国道转移") == ["三一八国道"]


def test_in_the_tagger_no_place_inside_a_work():
    t = ("今日监利　2020年7月12日　星期日　第1版\n\n干群守堤\n　　本报讯　群众日夜巡守白沙江干堤，技术人员在青山泵站值守，"
         "群众转移到青山镇集中安置点，北闸开闸分洪。\n")
    df = ct.extract_entities([t])
    got = set(zip(df["text"], df["label"]))
    assert {("白沙江干堤", "FAC"), ("青山镇集中安置点", "FAC"), ("北闸", "FAC")} <= got
    assert not any(lab in ("VILLAGE", "TOWNSHIP", "LOC") and txt in ("青山镇", "白沙江", "北闸") for txt, lab in got)
