"""A cultural centre that does things is an organisation (``_entity_rules.fac_acting``); invented sentences."""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


def _label(text, name="县文化馆"):
    return next(e.label for e in find_entities(text) if e.text == name)


@pytest.mark.parametrize("text", [
    "近日，县文化馆在石桥村举办农民画展。",
    "县文化馆组织文艺志愿者下乡演出。",
])
def test_agent_is_an_org(text):
    assert _label(text) == "ORG"


def test_culture_yard_that_acts_is_an_org():
    assert _label("靠山村文化大院组织村民排练。", "靠山村文化大院") == "ORG"


@pytest.mark.parametrize("text", [
    "我们在县文化馆开展了一次培训。",  # the place of the training: still the centre (open gold: 作品在县文化馆展出 ORG)
    "县文化馆位于城东，面积三千平方米。",
])
def test_cultural_centre_is_an_org_as_a_place_too(text):
    # facloc31: every open gold 文化馆 is ORG (pages22 ×2, pages28, pages30o), the place reading included
    assert _label(text) == "ORG"


@pytest.mark.parametrize("text", [
    "我们在靠山村文化大院开展了一次培训。",  # the place of the training
    "靠山村文化大院位于村东，面积三百平方米。",
])
def test_culture_yard_as_a_place_stays_a_facility(text):
    assert _label(text, "靠山村文化大院") == "FAC"
