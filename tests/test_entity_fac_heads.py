"""Facilities found by their head word (corpus_tools._entity_rules.fac_heads): heritage kiln sites and temples."""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


def _facs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "FAC"]


@pytest.mark.parametrize("text, fac", [
    ("考古队在碗窑岭窑址发掘出宋代瓷片。", "碗窑岭窑址"),      # a kiln site, like 遗址 (GUIDE: heritage sites)
    ("每逢初一，村民到真武宫上香。", "真武宫"),                # a temple named 宫 (GUIDE: temples)
    ("修缮后的妈祖宫焕然一新。", "妈祖宫"),
])
def test_kiln_sites_and_temples_named_gong_are_facilities(text, fac):
    assert fac in _facs(text)


@pytest.mark.parametrize("text", ["孩子们在青少年宫学画。", "他们在水晶宫里演出。", "游客走出迷宫。", "日前代表团造访白宫。"])
def test_a_youth_centre_a_figure_or_a_one_character_body_is_no_temple(text):
    assert not [f for f in _facs(text) if f.endswith("宫")]
