"""Anniversary rallies and numbered sittings of a government's standing meeting
(corpus_tools._entity_rules.event_occasions, ent37a)."""

import pytest

import corpus_tools as ct
from corpus_tools._entity_rules.event_occasions import occasion_events
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text, ents=()):
    return [(text[c.start:c.end], c.label) for c in occasion_events(list(ents), text)]


@pytest.mark.parametrize("text, name", [
    ("乡里召开庆祝建校五十周年大会，", "庆祝建校五十周年大会"),
    ("举办纪念李四光诞辰135周年文艺演出。", "纪念李四光诞辰135周年文艺演出"),
    ("镇里举行庆祝新中国成立七十五周年文艺汇演", "庆祝新中国成立七十五周年文艺汇演"),
])
def test_an_anniversary_rally_or_show_is_one_event(text, name):
    assert _spans(text) == [(name, "EVENT")]


def test_names_inside_the_rally_give_way():
    t = "参加纪念张三丰诞辰800周年大会"
    assert _spans(t, [Cand(4, 7, "PERSON")]) == [("纪念张三丰诞辰800周年大会", "EVENT")]


def test_a_county_written_before_the_rally_belongs_to_it():
    t = "某某县庆祝建县六十周年大会隆重举行"
    assert _spans(t, [Cand(0, 3, "GPE")]) == [("某某县庆祝建县六十周年大会", "EVENT")]


@pytest.mark.parametrize("text", [
    "召开庆祝建厂三十周年暨表彰大会",       # a joint rally: the open gold is split
    "举办庆祝建校八十周年文艺晚会",         # an evening gala: the open gold leaves it bare
    "以优异成绩庆祝建党一百周年",           # the anniversary alone
    "在大会堂庆祝建厂十周年大会堂",         # 大会堂 is a hall
])
def test_joint_rallies_galas_and_bare_anniversaries_stay_out(text):
    assert _spans(text) == []


def test_a_numbered_sitting_of_a_standing_meeting():
    t = "县长主持召开县政府第十二次常务会议，旗人民政府第3次全体会议"
    assert _spans(t, [Cand(6, 9, "ORG")]) == [("县政府第十二次常务会议", "EVENT"), ("旗人民政府第3次全体会议", "EVENT")]


def test_the_recurring_meeting_type_stays_out():
    assert _spans("县政府常务会议研究了这件事，在会议室") == []


def test_a_span_crossing_the_event_leaves_it_out():
    t = "某庆祝建校五十周年大会"
    out = occasion_events([Cand(0, 3, "ORG")], t)
    assert all(c.label != "EVENT" for c in out)


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="text must be a str"):
        occasion_events([], None)


def test_extract_entities_reads_the_rally():
    df = ct.extract_entities(["七月一日，全镇党员参加庆祝建党九十周年大会。"], labels=["EVENT"])
    assert "庆祝建党九十周年大会" in set(df["text"])


@pytest.mark.parametrize("text, name", [
    ("第五届中国·某某县杏花节在乡里开幕", "第五届中国·某某县杏花节"),
    ("2020中国·某县铸造产业发展大会签约项目十个", "2020中国·某县铸造产业发展大会"),
    ("游客参加中国·某江观潮节第二次筹备会议", "中国·某江观潮节"),
])
def test_a_festival_under_the_national_brand_is_one_event(text, name):
    assert [n for n, lab in _spans(text) if lab == "EVENT"] == [name]


def test_the_brand_without_an_event_head_stays_out():
    assert _spans("建设美丽中国·幸福家园，节约用水") == []
