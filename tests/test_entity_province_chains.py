"""Places of other provinces and communities (places30), with invented fixtures."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.province_chains import province_counties


def _rows(text: str, county: str | None = None) -> set[tuple[str, str, str | None]]:
    df = ct.extract_entities([text], county_code=county)
    return set(zip(df["text"], df["label"], df["admin_code"]))


def test_a_county_short_form_after_its_province():
    got = _rows("赛歌会邀请了广西龙胜、贵州从江的歌手。")
    assert ("龙胜", "GPE", "450328") in got and ("从江", "GPE", "522633") in got
    # a short form that is matched already is not added twice
    t = "贵州黔东南"
    assert province_counties(t, [Cand(0, 2, "GPE", code="52"), Cand(2, 5, "GPE", code="5226")]) == []


def test_xinjiang_autonomous_units_have_short_forms():
    assert gz.short_forms("察布查尔锡伯自治县", "county")[0] == "察布查尔"
    assert ("察布查尔", "GPE", "654022") in _rows("察布查尔大米远近闻名。", "654022")


def test_communities_written_short_in_a_list_and_communities_of_village_rank():
    got = _rows("化念镇在念江、罗里等社区推广冬早蔬菜。", "530426")
    assert {("念江", "COMMUNITY"), ("罗里", "COMMUNITY")} <= {(a, b) for a, b, _ in got}
    got = _rows("红格镇的昔格达社区完成了背街小巷改造。", "510422")
    assert ("昔格达社区", "COMMUNITY", "510422101201") in got


def test_no_township_from_a_plain_word():
    labels = {(a, b) for a, b, _ in _rows("孟家岗镇打造美丽乡村示范村，交易市场由乡里建设。")}
    assert not any(b == "TOWNSHIP" and a in ("美丽乡", "场由乡") for a, b in labels)
