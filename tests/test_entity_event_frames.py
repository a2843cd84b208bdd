"""Tests for corpus_tools._entity_rules.event_frames (events opened by a place, scope, edition or year)."""

from corpus_tools._entity_rules.event_frames import event_heads, headed_events, joined_end, more_events
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools.entities import find_entities


def _names(text, words=None):
    sc = Scanner(text)
    sc.words = words
    return [text[c.start:c.end] for c in headed_events(text, sc)]


def test_mined_heads_extend_the_hand_list():
    heads = event_heads()
    assert "论坛" in heads and "发布会" in heads and "交流会" in heads
    assert "委员会" not in heads and "一等奖" not in heads


def test_a_scope_or_place_opens_an_event_a_bare_kind_does_not():
    assert _names("举行了中国竹业发展论坛，召开全县旅游工作会议，举办研讨会") == ["中国竹业发展论坛", "旅游工作会议"]
    # a local scope (全县, 全市) licenses the name but is not part of it (integrator, on pages26o's open gold)
    assert _names("化隆县召开全县脱贫攻坚誓师大会。") == ["脱贫攻坚誓师大会"]


def test_a_year_before_a_scope_opens_the_name():
    assert _names("2018中国·梵净山茶叶博览会在江口开幕") == ["2018中国·梵净山茶叶博览会"]


def test_a_three_character_meeting_word_in_quotes_is_one_event():
    t = "首次举办“岵山荔枝品鉴会”，组织"
    words = ["S-m", "S-q", "B-v", "E-v", "S-w", "B-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n", "S-w", "S-w", "B-v", "E-v"]
    assert _names(t, words) == ["岵山荔枝品鉴会"]


def test_a_body_word_in_hui_is_no_meeting():
    t = "成立县慈善联合会"
    words = ["B-v", "E-v", "S-n", "B-n", "E-n", "B-n", "I-n", "E-n"]
    assert _names(t, words) == []


def test_two_events_joined_by_ji_are_one():
    t = "参加第十三届中国（贵州）国际茶文化节暨茶产业博览会，签约"
    end = t.index("暨")
    assert t[2:joined_end(t, end)] == "第十三届中国（贵州）国际茶文化节暨茶产业博览会"
    found = [Cand(2, end, "EVENT", prio=1)]
    assert any(t[c.start:c.end] == "第十三届中国（贵州）国际茶文化节暨茶产业博览会" for c in more_events(t, Scanner(t), found))
    assert joined_end("文化节暨，", 3) == 3


def test_an_association_short_form_in_hui_is_no_event():
    t = "丹凤县老促会和县慈善协会"
    words = ["B-ns", "I-ns", "E-ns", "B-n", "I-n", "E-n", "S-c", "S-n", "B-n", "E-n", "B-n", "E-n"]
    assert _names(t, words) == []


def test_the_modal_hui_after_a_verb_is_no_meeting():
    t = "中国经济复苏会更快"
    words = ["B-ns", "E-ns", "B-n", "E-n", "B-v", "E-v", "S-v", "S-d", "S-a"]
    assert _names(t, words) == []


def test_review_bare_numbers_and_heads_inside_longer_words():
    # review, 2026-12-06: a bare 2000 is a count, a year + a bare kind is no name, 展览|会 ends at 会
    assert "2000客商参展博览会" not in _names("今年共吸引2000客商参展博览会。")
    assert _names("截至2022年招聘会已举办20场。") == []
    assert "第三届全国农民运动会暨乡村振兴展览会" in [
        e.text for e in find_entities("第三届全国农民运动会暨乡村振兴展览会将在县城举行。") if e.label == "EVENT"]


def test_a_batch_and_the_party_open_a_meeting_name():
    # GUIDE: 第二批主题教育推进会 and 党的二十大 are EVENTs; 第N批 is an edition, 党的 a scope
    assert "第二批主题教育推进会" in _names("县里召开第二批主题教育推进会。")
    assert "第二批党的群众路线教育实践活动推进会" in _names("召开第二批党的群众路线教育实践活动推进会，会议要求")
    assert _names("第二批党员干部到村任职。") == []


def test_a_province_part_opens_an_event_name():
    assert "浙南廊桥保护论坛" in _names("文化节期间还举办了浙南廊桥保护论坛。")
    assert _names("在川西召开会议") == []


def test_meetings_the_text_holds_are_named_by_their_purpose():
    t = "县委召开创先争优活动推进会。全旗退耕还林还草工作现场会在四家子镇召开。"
    assert [e.text for e in find_entities(t) if e.label == "EVENT"] == ["创先争优活动推进会", "退耕还林还草工作现场会"]


def test_recurring_or_bare_meetings_are_not_held_meetings():
    t = "县政府召开常务会议，县委召开专题会议，县里召开了今年的动员大会。"
    assert [e.text for e in find_entities(t) if e.label == "EVENT"] == []
