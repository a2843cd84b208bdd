"""Old walled towns named after a township (corpus_tools._entity_rules.fac_places.old_towns, 古城).

The sentences were written for these tests.
"""

from __future__ import annotations

from corpus_tools._entity_rules.fac_places import old_towns


def _names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in old_towns(text, None)]


def test_old_walled_town_of_a_township_is_a_facility():
    assert _names("暑假里，游客走进惠远古城参观。") == ["惠远古城"]


def test_old_town_of_a_township_is_still_found():
    assert _names("来到西塘古镇写生") == ["西塘古镇"]


def test_bare_or_common_word_before_the_old_town_is_no_name():
    assert _names("这是一座千年古城，依托古城发展旅游") == []
    assert _names("漫步在江南古城") == []
