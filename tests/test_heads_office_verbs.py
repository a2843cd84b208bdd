"""Tests for the 办 head of corpus_tools._entity_rules.heads: a verb ending in 办, or 办 as a verb, is no office."""

from corpus_tools.entities import find_entities


def _orgs(text: str) -> set:
    return {e.text for e in find_entities(text, model=False) if e.label == "ORG"}


def test_verb_ending_in_ban_is_no_office():
    assert not any(o.endswith("举办") for o in _orgs("红星社区举办中秋联欢会，居民踊跃参加。"))
    assert not any(o.endswith("创办") for o in _orgs("返乡青年在合作社创办了加工厂。"))


def test_ban_as_a_verb_after_a_community_is_no_office():
    assert not any(o.endswith("社区办") for o in _orgs("红星社区办起了老年食堂。"))
    assert not any(o.endswith("社区办") for o in _orgs("红星社区办实事清单件件有回音。"))


def test_offices_stay():
    assert "县扶贫办" in _orgs("县扶贫办主任王刚介绍了情况。")
    assert {"县委农办", "县防汛办"} <= _orgs("县委农办和县防汛办联合发文。")
