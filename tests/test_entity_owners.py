"""Owners peeled off an organisation's name (corpus_tools._entity_rules.owners).

The sentences are written for this file in the manner of county reports; the units are invented.
"""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in find_entities(text)}


@pytest.mark.parametrize("text, place, org", [
    ("女儿考上了江苏南通卫生职业学院。", "江苏", "南通卫生职业学院"),
    ("他在河南信阳农林学院读书。", "河南", "信阳农林学院"),
])
def test_a_province_before_its_own_city_is_peeled(text, place, org):
    ents = _ents(text)
    assert (place, "GPE") in ents and (org, "ORG") in ents


@pytest.mark.parametrize("text, org", [
    ("山东省人民医院的专家来到村里义诊。", "山东省人民医院"),
    ("村里与江苏南通华宇纺织有限公司签了合同。", "江苏南通华宇纺织有限公司"),
    ("日本神户大学的教授来了。", "神户大学"),
])
def test_no_peel_without_a_city_or_for_a_registered_firm(text, org):
    assert (org, "ORG") in _ents(text)
