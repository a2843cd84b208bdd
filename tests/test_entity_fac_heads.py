"""Facility heads (corpus_tools._entity_rules.fac_heads and data/entities/fac_heads.txt): county venues and
industrial parks named by their place, heritage kiln sites and temples.

Sentences written for this file as 蓬溪县 (510921, 四川) and 仙居县 (331024, 浙江) papers would print them
(invented text, real place names).
"""

from __future__ import annotations

import pytest

from corpus_tools.entities import find_entities


def _ents(text: str, county: str = "510921") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, county_code=county, model=False)]


def test_county_venues_are_facilities():
    got = _ents("庆祝大会在县影剧院举行，县全民健身中心和县文化艺术中心同日开放。")
    assert ("县影剧院", "FAC") in got and ("县全民健身中心", "FAC") in got and ("县文化艺术中心", "FAC") in got
    assert not any(lab == "ORG" and "中心" in t for t, lab in got)


def test_an_industrial_park_named_by_its_place_is_one_facility():
    got = _ents("蓬溪工业园区完成产值12亿元。")
    assert ("蓬溪工业园区", "FAC") in got
    assert not any(t == "蓬溪" for t, _ in got)
    # a level alone names the rank of a zone, no zone (GUIDE: generic park descriptors)
    assert not any(lab == "FAC" for _, lab in _ents("全省工业园区产值增长。"))


def test_a_memorial_keeps_the_person_and_title_it_is_named_after():
    # 同 and 向 stop the left scan elsewhere (同…一起, 向…学习); before 同志纪念馆 they are inside a name
    got = _ents("师生来到向开福同志纪念馆参观学习。")
    assert ("向开福同志纪念馆", "FAC") in got
    got = _ents("清明节，群众到王大勇烈士陵园祭扫。")
    assert ("王大勇烈士陵园", "FAC") in got
    assert not any(lab == "FAC" and t.startswith("到") for t, lab in got)


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
