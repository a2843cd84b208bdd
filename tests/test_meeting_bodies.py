"""Sessions keep their body, visiting teams are their place, venues are FAC (_entity_rules.meeting_bodies, user34
F11/F14). Invented sentences."""

import corpus_tools as ct


def _ents(text: str) -> list[tuple[str, str]]:
    e = ct.extract_entities([text], county_code="230231")
    return [tuple(x) for x in e[["text", "label"]].values.tolist()]


def test_session_keeps_its_body():
    assert ("政协拜泉县第七届委员会第二次会议", "EVENT") in _ents("政协拜泉县第七届委员会第二次会议隆重开幕。")
    assert ("县第16届人大常委会第5次会议", "EVENT") in _ents("（2019年5月6日县第16届人大常委会第5次会议通过）")


def test_visiting_team_and_venue():
    got = _ents("克东县考察团在县会议中心座谈。")
    assert ("克东县", "GPE") in got and ("克东县考察团", "ORG") not in got
    assert ("县会议中心", "ORG") not in got
