"""Road clauses, Party congresses in headlines, dated and numbered events (corpus_tools._entity_rules.fac_heads,
corpus_tools._entity_rules.events).

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``.
"""

from __future__ import annotations

from corpus_tools._entity_rules.events import undated_events
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def _got(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text)]


def test_a_village_getting_a_cement_road_names_no_road():
    for t in ("去年白杨村通上水泥路，村民出行方便了。", "孩子们上学要跑八里路。", "村里计划新修村级油路3公里。"):
        assert not [x for x in _got(t) if x[1] == "FAC"], t


def test_named_roads_stay_fac():
    assert ("解放路", "FAC") in _got("沿着解放路一直走")
    assert ("康宁路", "FAC") in _got("他家住康宁路")


def test_bare_congress_in_a_headline_or_slogan():
    assert ("十八大", "EVENT") in _got("喜迎十八大　建设新农村")
    assert ("二十大", "EVENT") in _got("——用乡音讲好二十大")
    assert not [x for x in _got("评出十大新闻") if x[1] == "EVENT"]


def test_a_leading_year_is_no_part_of_an_event():
    t = "举办2025青梅采摘节"
    assert [t[c.start:c.end] for c in undated_events([Cand(2, 11, "EVENT")], t)] == ["青梅采摘节"]


def test_numbered_ceremonies_are_events():
    assert ("第十二届黄帝故里拜祖大典", "EVENT") in _got("第十二届黄帝故里拜祖大典在新郑举行。")
    assert ("第五届乌兰草原那达慕", "EVENT") in _got("第五届乌兰草原那达慕开幕。")
