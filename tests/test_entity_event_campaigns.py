"""evfac35: named nation-wide Party campaigns are EVENT (党的群众路线教育实践活动, 党史学习教育)."""

import corpus_tools as ct
from corpus_tools._entity_rules.event_campaigns import campaign_names, party_campaigns


def _ents(text):
    return [(e.text, e.label) for e in ct.find_entities(text)]


def test_campaign_list_is_read():
    names = campaign_names()
    assert "党史学习教育" in names and "主题教育" not in names


def test_named_campaign_is_an_event():
    ents = _ents("我乡第二批党的群众路线教育实践活动开展以来，干部作风明显转变。")
    assert ("党的群众路线教育实践活动", "EVENT") in ents
    assert ("党史学习教育", "EVENT") in _ents("各村把党史学习教育同办实事结合起来。")


def test_short_form_only_after_the_full_name():
    t = "开展深入学习实践科学发展观活动。学习实践活动转入整改阶段。"
    assert [t[c.start:c.end] for c in party_campaigns(t)] == ["深入学习实践科学发展观活动", "学习实践活动"]
    assert party_campaigns("学习实践活动转入整改阶段。") == []


def test_campaign_office_is_left_to_orgs():
    t = "县扫黑除恶专项斗争领导小组办公室发布通告"
    assert party_campaigns(t) == []


def test_meeting_named_after_a_campaign_keeps_its_head():
    ents = _ents("旗委召开党的群众路线教育实践活动推进会。")
    assert ("党的群众路线教育实践活动推进会", "EVENT") in ents
