"""Protected natural areas and reservoirs as LOC (corpus_tools._entity_rules.natural_areas), and the
reservoir a works project is named after (corpus_tools._entity_rules.fac_context).

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md`` and the
invented county pages' convention (reserves, geoparks, national forest parks and reservoirs are LOC).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.natural_areas import natural_areas
from corpus_tools.entities import find_entities


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in find_entities(text)}


def test_reserves_geoparks_and_national_forest_parks_are_loc():
    t = "游客走进白鹿岭国家森林公园，又去了青石峡国家地质公园。大熊猫生活在唐家河自然保护区。"
    got = _labels(t)
    assert got.get("白鹿岭国家森林公园") == "LOC"  # the open gold (round 33): 8 LOC, 3 FAC
    assert got.get("青石峡国家地质公园") == "LOC"
    assert got.get("唐家河自然保护区") == "LOC"


def test_town_parks_stay_fac():
    t = "卧牛公园和滨河湿地公园"
    out = natural_areas([Cand(0, 4, "FAC"), Cand(5, 11, "FAC")], t)
    assert [(t[c.start:c.end], c.label) for c in out] == [("卧牛公园", "FAC"), ("滨河湿地公园", "FAC")]


def test_a_head_without_a_name_is_left_alone():
    t = "建设自然保护区"
    assert [c.label for c in natural_areas([Cand(0, 7, "FAC")], t)] == ["FAC"]


def test_reservoir_of_a_works_project_is_loc_in_its_bare_mentions():
    t = "白石岭水库除险加固工程日前通过验收。白石岭水库建于上世纪七十年代。"
    got = [(e.text, e.label) for e in find_entities(t)]
    assert ("白石岭水库除险加固工程", "PROJECT") in got
    assert ("白石岭水库", "LOC") in got
    assert ("白石岭水库", "FAC") not in got


def test_reserves_are_found_by_the_words_before_their_head():
    got = [(e.text, e.label) for e in find_entities("县里加强了对青龙潭及八角寨自然保护区周边的巡护。")]
    assert ("八角寨自然保护区", "LOC") in got
    got = [(e.text, e.label) for e in find_entities("这里地处金溪源国家级自然保护区，森林覆盖率高。")]
    assert ("金溪源国家级自然保护区", "LOC") in got
    assert not [x for x in find_entities("加强自然保护区管理") if x.label in ("LOC", "FAC")]
