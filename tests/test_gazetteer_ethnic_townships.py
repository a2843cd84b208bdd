"""Short forms X乡 of ethnic townships (黎明傈僳族乡 -> 黎明乡) and the township over a same-stem village."""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools.entities import find_entities


def test_short_form_in_the_county_index():
    ix = gz.county_index("530721")
    assert ix["黎明乡"] == ix["黎明傈僳族乡"]
    assert ix["九河乡"] == ix["九河白族乡"]
    assert "黎明" in ix and ix["黎明"] != ix["黎明乡"]  # the bare stem stays the village's


def test_x_xiang_linked_not_the_village():
    text = "群众赶到石头乡利苴村，九河乡关上村的骑手参加九河乡第三届赛马会。"
    got = {(e.text, e.label): e.admin_code for e in find_entities(text, county_code="530721")}
    assert got[("石头乡", "TOWNSHIP")] == "530721212"
    assert got[("九河乡", "TOWNSHIP")] == "530721213"
    assert ("九河", "VILLAGE") not in got
