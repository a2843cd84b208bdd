"""Ordinal campaign months and dated historic floods (corpus_tools._entity_rules.event_campaigns, mend36b)."""

import corpus_tools as ct
from corpus_tools._entity_rules.event_campaigns import campaign_events
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text, ents=()):
    return [(text[c.start:c.end], c.label) for c in campaign_events(list(ents), text)]


def test_an_ordinal_campaign_month():
    assert _spans("四月是第20个全国安全生产月，") == [("第20个全国安全生产月", "EVENT")]


def test_holidays_and_spans_of_time_stay_out():
    assert _spans("庆祝第39个教师节，第三个月，第二个周末") == []


def test_a_dated_flood_keeps_its_year_and_drops_the_place_inside():
    t = "忆起1931年江淮分洪和2016年抗洪抢险"
    assert _spans(t, [Cand(7, 9, "LOC")]) == [("1931年江淮分洪", "EVENT"), ("2016年抗洪抢险", "EVENT")]


def test_flood_work_of_a_year_is_no_event():
    assert _spans("部署2024年抗洪抢险工作") == []


def test_drills_are_no_event():
    df = ct.extract_entities(["全县防汛抢险应急演练在城关镇举行。"])
    assert "EVENT" not in set(df["label"])
