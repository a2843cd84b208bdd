"""Village co-operatives and registered firms: where their names start and end."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_firm_bounds import firm_bounds
from corpus_tools._entity_rules.org_village_coops import village_coops


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_a_village_and_a_trade_make_one_cooperative():
    text = "组建车田村花椒加工专业合作社"
    feats = ["B-v", "E-v", "B-n", "I-n", "E-n", "B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n", "B-n", "I-n", "E-n"]
    out = village_coops([Cand(2, 5, "VILLAGE"), Cand(5, 14, "ORG")], text, feats)
    assert _spans(out, text) == [("车田村花椒加工专业合作社", "ORG")]


def test_a_cooperative_with_a_trade_name_or_a_clause_keeps_the_village_apart():
    # review: GUIDE 横坡村|硕峰合作社; 凉湾村 and 古井村 are villages of 威远县 (510923)
    from corpus_tools.entities import extract_entities

    for text, village in (("在古井村金穗种植专业合作社，社员们正在采摘。", "古井村"),
                          ("去年，凉湾村鑫源蔬菜种植专业合作社扩大了规模。", "凉湾村"),
                          ("据了解，凉湾村贫困户入股合作社，年底分红。", "凉湾村")):
        got = [(r.text, r.label) for r in extract_entities([text], county_code="510923").itertuples()]
        assert (village, "VILLAGE") in got, (text, got)


def test_a_village_before_a_clause_stays_a_village():
    text = "赵楼村成立合作社"
    feats = ["B-ns", "I-ns", "E-ns", "B-v", "E-v", "B-n", "I-n", "E-n"]
    assert _spans(village_coops([Cand(0, 3, "VILLAGE")], text, feats), text) == [("赵楼村", "VILLAGE")]


def test_a_trade_name_the_segmenter_knows_keeps_the_village_apart():
    text = "下蒿城村韦禾专业合作社"
    feats = ["B-ns", "I-ns", "I-ns", "E-ns", "B-nz", "E-nz", "B-n", "E-n", "B-n", "I-n", "E-n"]
    out = village_coops([Cand(0, 4, "VILLAGE"), Cand(4, 11, "ORG")], text, feats)
    assert _spans(out, text) == [("下蒿城村", "VILLAGE"), ("韦禾专业合作社", "ORG")]


def test_a_province_opens_a_registered_firm_and_its_plant_is_no_part_of_it():
    text = "云南弥渡绿源果蔬有限公司分拣中心"
    out = firm_bounds([Cand(0, 2, "GPE"), Cand(2, 16, "ORG")], text)
    assert _spans(out, text) == [("云南弥渡绿源果蔬有限公司", "ORG")]


def test_a_place_before_a_short_firm_name_stays_apart():
    text = "梅州市梅盛专业合作社"
    out = firm_bounds([Cand(0, 3, "GPE"), Cand(3, 10, "ORG")], text)
    assert _spans(out, text) == [("梅州市", "GPE"), ("梅盛专业合作社", "ORG")]


def test_a_firms_party_branch_stays_in_its_name():
    text = "绿源果蔬有限公司党支部"
    assert _spans(firm_bounds([Cand(0, 11, "ORG")], text), text) == [("绿源果蔬有限公司党支部", "ORG")]

