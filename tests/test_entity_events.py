"""Numbered events, Party plenums and quoted festivals (corpus_tools._entity_rules.events)."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.events import numbered_events
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools.entities import find_entities


def _events(t: str) -> list[str]:
    return [t[c.start:c.end] for c in numbered_events(t, Scanner(t))]


def test_ordinal_makes_any_event_head_specific():
    t = "去年举办了第三届中国农民丰收节，在第七届全国道德模范评选中，第十二届中国（寿光）国际蔬菜科技博览会开幕"
    assert _events(t) == ["第三届中国农民丰收节", "第七届全国道德模范评选", "第十二届中国（寿光）国际蔬菜科技博览会"]


def test_words_that_only_end_in_a_head_character_do_not_end_the_name():
    assert _events("县里举办首届乡村振兴发展论坛。") == ["首届乡村振兴发展论坛"]
    assert _events("第四届理事会成员") == []


def test_unknown_township_suffix_is_not_taken_alone():
    assert _events("不久前，卢沟桥乡第三届少儿书画展在这里举行") == ["第三届少儿书画展"]


def test_plenums_and_quoted_festivals_not_holidays():
    t = "学习党的十九届四中全会精神；仿效彭山的“橘花节”“葡萄节”，元旦、春节“两节”和“春节”"
    assert _events(t) == ["党的十九届四中全会", "橘花节", "葡萄节"]


def test_place_before_the_ordinal_belongs_to_the_event():
    got = [(e.text, e.label) for e in find_entities("浙江省义乌市湖溪镇首届农民运动会开幕。")]
    assert any(lab == "EVENT" and txt.endswith("首届农民运动会") for txt, lab in got)


def test_an_ordinal_phrase_does_not_end_at_a_surname_or_inside_a_word():
    # 周 is a surname and starts words (周密); 会议室 is a room: no event head there
    assert _events("第九届村两委班子周密部署换届工作") == []
    assert _events("首届毕业生周某回到家乡") == []
    assert _events("这是第二届班子会议室") == []
    assert _events("首届乡村旅游文化周开幕") == ["首届乡村旅游文化周"]


def _named(t: str) -> list[str]:
    from corpus_tools._entity_rules.events import named_events

    return [t[c.start:c.end] for c in named_events(t)]


def test_congress_sessions_are_named_by_their_numbers():
    t = "出席十三届全国人大三次会议的代表，全国政协十三届二次会议，县十八届人大四次会议上，全国两会召开"
    assert _named(t) == ["十三届全国人大三次会议", "全国政协十三届二次会议", "县十八届人大四次会议", "全国两会"]


def test_bare_congress_and_deputies_are_no_event():
    assert _named("全国人大代表王某说，人大监督要加强，两会精神") == []


def test_a_national_scope_makes_a_festival_or_expo_one_event():
    t = "今年的中国农民丰收节上，菜农带着果蔬去了世界园艺博览会"
    assert _named(t) == ["中国农民丰收节", "世界园艺博览会"]


def test_a_scope_does_not_reach_across_a_clause():
    assert _named("中国队在本届旅游节上夺冠，中国最大的博览会") == []


def test_mined_event_names_without_their_ordinal():
    from corpus_tools._entity_rules.events import named_events

    t = "茶农把新茶送上进博会的展台"
    assert [(t[c.start:c.end], c.label) for c in named_events(t)] == [("进博会", "EVENT")]
    got = [(e.text, e.label) for e in find_entities("十三届全国人大二次会议期间，代表们热议乡村振兴。")]
    assert ("十三届全国人大二次会议", "EVENT") in got


def test_games_abbreviations_and_party_committee_sessions():
    t = "他去过杭州亚运会和冬奥会，县委十四届九次全体会议后，全国脱贫攻坚奖表彰大会召开；命运会改变"
    assert _named(t) == ["杭州亚运会", "冬奥会", "县委十四届九次全体会议", "全国脱贫攻坚奖表彰大会"]


def test_a_body_holding_a_meeting_is_no_event_name():
    assert _named("全国妇联召开推进会") == []


def test_scoped_festival_name_never_spans_a_clause():
    """全国/世界 + … + 运动会/文化节 is no event when the segmenter reads a verb or adverb inside (review 27)."""
    from corpus_tools.entities import find_entities

    for t in ("全国观众通过电视观看运动会", "国际友人参观文化节", "中国队员获得锦标赛冠军"):
        assert [e.text for e in find_entities(t) if e.label == "EVENT"] == [], t
    assert [e.text for e in find_entities("中国农民丰收节在县里举行。") if e.label == "EVENT"] == ["中国农民丰收节"]


@pytest.mark.parametrize("text, name", [
    ("县长在第三次全国“农村改厕”推进大会上发言。", "第三次全国“农村改厕”推进大会"),
    ("全县组织收看第二次全省生态移民现场会。", "第二次全省生态移民现场会"),
])
def test_numbered_national_meetings_are_events(text, name):
    assert name in [e.text for e in find_entities(text) if e.label == "EVENT"]


@pytest.mark.parametrize("text", [
    "这是第一次全国召开这样的会议。",
    "第二次全国污染源普查工作启动。",
])
def test_a_clause_or_a_survey_after_an_ordinal_is_no_meeting(text):
    assert [e.text for e in find_entities(text) if e.label == "EVENT"] == []


def test_battles_but_not_figurative_campaigns():
    from corpus_tools._entity_rules.events import battles

    t = "他参加过淮海战役、渡江战役，在朝鲜长津湖战斗中负伤。打赢脱贫攻坚战役，这场战役，建强战斗堡垒。"
    assert [t[c.start:c.end] for c in battles(t, Scanner(t))] == ["淮海战役", "渡江战役", "长津湖战斗"]


@pytest.mark.parametrize("text, name", [
    ("晚上，第三届山歌会在文化广场举行，", "第三届山歌会"),
    ("镇里办起首届枇杷推介会，", "首届枇杷推介会"),
    ("第五届环湖马拉松鸣枪开跑，", "第五届环湖马拉松"),
    ("第二届乡村篮球邀请赛落幕，", "第二届乡村篮球邀请赛"),
])
def test_ordinal_events_with_gathering_and_race_heads(text, name):
    assert _events(text) == [name]


def test_wars_campaigns_and_incidents_of_modern_history_are_events():
    t = "抗战时期他参加了百团大战，后来走完两万五千里长征，在“文革”中受冲击。"
    events = [e.text for e in find_entities(t) if e.label == "EVENT"]
    assert events == ["抗战", "百团大战", "两万五千里长征", "文革"]


def test_a_name_ending_in_a_history_word_is_no_event():
    from corpus_tools._entity_rules.events import historic_events

    assert historic_events("办公室主任朱文革说") == []
    assert historic_events("国际法之间的对抗战") == []


def test_historic_event_names_come_from_the_data_file_with_a_source_each():
    from importlib import resources

    from corpus_tools._entity_rules.events import historic_event_names

    path = resources.files("corpus_tools").joinpath("data", "entities", "historic_events.txt")
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert all(len(r) == 2 and r[0].strip() and r[1].strip() for r in rows)
    names = historic_event_names()
    assert names == tuple(r[0] for r in rows)
    assert "遵义会议" in names and "长征" not in names


def test_the_short_form_of_a_numbered_festival_is_the_same_event():
    from corpus_tools._entity_rules.events import event_short_forms
    from corpus_tools._entity_rules.lexicon import Cand

    t = "渔港迎来象山开渔节。第五届中国·象山开渔节今天开幕，象山开渔节吸引游客"
    ents = [Cand(0, 9, "EVENT"), Cand(10, 21, "EVENT")]
    out = event_short_forms(ents, t)
    assert [(t[c.start:c.end], c.label) for c in out] == [
        ("象山开渔节", "EVENT"), ("第五届中国·象山开渔节", "EVENT"), ("象山开渔节", "EVENT")]


def test_a_plain_kind_left_after_the_place_is_no_short_form():
    from corpus_tools._entity_rules.events import event_short_forms
    from corpus_tools._entity_rules.lexicon import Cand

    t = "第二届象山国际旅游节开幕。国际旅游节很多"
    out = event_short_forms([Cand(0, 10, "EVENT")], t)
    assert [t[c.start:c.end] for c in out] == ["第二届象山国际旅游节"]


def test_party_congress_bare_by_its_number_before_its_spirit_or_report():
    from corpus_tools._entity_rules.events import party_congresses

    t = "要把十七大精神同实际结合起来，学习党的十九大报告，十八大以来，评出十大新闻，三十七大项"
    assert [t[c.start:c.end] for c in party_congresses(t)] == ["十七大", "党的十九大", "十八大"]


def test_campaign_month_named_by_its_subject_with_the_scope_left_out():
    t = "5月是全疆民族团结教育月，县直机关开展民族团结教育月活动。"
    names = [e.text for e in find_entities(t) if e.label == "EVENT"]
    assert names == ["民族团结教育月", "民族团结教育月"]
    assert [e.text for e in find_entities("开展教育月活动。") if e.label == "EVENT"] == []


def test_a_battle_or_an_earthquake_named_after_its_place_is_an_event():
    from corpus_tools._entity_rules.events import placed_battles

    t = "老人讲起四平保卫战，又说起唐山大地震，号召打赢蓝天保卫战、打好攻坚之战，这场大地震"
    sc = Scanner(t)
    sc.place_ends = {4: (6, "GPE"), 13: (15, "GPE")}
    assert [t[c.start:c.end] for c in placed_battles(t, sc)] == ["四平保卫战", "唐山大地震"]
    names = [(e.text, e.label) for e in find_entities("当年的渊子崖保卫战打响，全村老少齐上阵。", county_code="371327")]
    assert ("渊子崖保卫战", "EVENT") in names


def test_a_plenum_named_without_its_committee_and_a_session_before_a_delegation():
    names = [(e.text, e.label) for e in find_entities("中共蓬溪县委召开十四届九次全体（扩大）会议，传达学习。", county_code="510921")]
    assert ("十四届九次全体（扩大）会议", "EVENT") in names
    names = [(e.text, e.label) for e in find_entities("他参加十三届全国人大一次会议四川代表团审议。", county_code="510921")]
    assert ("十三届全国人大一次会议", "EVENT") in names
    assert not any(lab == "ORG" and "会议" in t for t, lab in names)
