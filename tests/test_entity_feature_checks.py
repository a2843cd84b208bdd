"""Document checks of LOC mentions (corpus_tools._entity_rules.feature_checks) and the mined
nature names (data/entities/nature_names_mined.txt, training/ner/build_nature_mined.py).

The sentences were written for these tests; the gold follows ``../shared/gold/entities/GUIDE.md``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from corpus_tools._entity_rules.feature_checks import feature_checks, paired_ranges, spoken_features, split_features
from corpus_tools._entity_rules.lexicon import Cand, sourced_names
from corpus_tools._entity_rules.lexicon import nature_names
from corpus_tools.entities import find_entities

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))


def _spans(text: str, cands: list[Cand]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in cands]


def test_mined_names_join_the_nature_list():
    mined = set(sourced_names("nature_names_mined"))
    assert {"湘江", "赣江", "珠峰"} <= mined <= nature_names()
    assert not mined & {"黄山", "巢湖", "海湾", "银河", "崇山峻岭"}  # a city, common words, an idiom


def test_mined_river_is_a_feature_without_context():
    text = "近年来，永州持续推进湘江治理，赣江两岸也变了样。"
    ents = {(e.text, e.label) for e in find_entities(text, model=False)}
    assert {("湘江", "LOC"), ("赣江", "LOC")} <= ents


def test_build_filters_keep_names_and_drop_words():
    from build_nature_mined import keep_names

    sources = {"msra": Counter({"湘江": 3, "银河": 5, "入湖": 4, "黄山": 9, "滇池全湖": 2, "山东半岛": 3, "抚河": 1}),
               "crawl": Counter({"查干湖": 4, "崇山峻岭": 2})}
    kept = keep_names(sources, heads=("山", "河", "江", "湖", "半岛"), excluded={"黄山", "山东"},
                      known=frozenset({"滇池"}), jieba_tags={"银河": "n", "湘江": "ns", "抚河": "ns"},
                      common=set(), clause_words=frozenset({"入"}), min_count=2)
    assert kept == {"湘江": {"msra": 3}, "山东半岛": {"msra": 3}, "查干湖": {"crawl": 4}}


def test_name_in_person_position_is_a_person():
    text = "今天说说钟南山。钟南山院士已84岁高龄。"
    out = spoken_features([Cand(4, 7, "LOC"), Cand(8, 11, "LOC")], text)
    assert _spans(text, out) == [("钟南山", "PERSON"), ("钟南山", "PERSON")]


def test_river_before_a_verb_stays_a_feature():
    text = "黄河说起来长，长江表现得更好。"
    out = spoken_features([Cand(0, 2, "LOC"), Cand(7, 9, "LOC")], text)
    assert _spans(text, out) == [("黄河", "LOC"), ("长江", "LOC")]


def test_feature_cut_out_of_two_words_drops():
    text = "他道出了其中原委，黄河之滨风景好。"
    feats = ["S-r", "B-v", "E-v", "S-u", "B-r", "E-r", "B-n", "E-n", "S-w", "B-ns", "E-ns", "B-n", "E-n",
             "B-n", "E-n", "S-a", "S-w"]
    out = split_features([Cand(5, 7, "LOC"), Cand(9, 11, "LOC")], text, feats)
    assert _spans(text, out) == [("黄河", "LOC")]


def test_range_named_with_a_range_is_a_feature():
    text = "太行、吕梁两座大山之间，吕梁市区很热闹。"
    known = frozenset({"太行山", "吕梁山"})
    out = paired_ranges([Cand(0, 2, "LOC"), Cand(3, 5, "GPE"), Cand(12, 15, "GPE")], text, known)
    assert _spans(text, out) == [("太行", "LOC"), ("吕梁", "LOC"), ("吕梁市", "GPE")]


def test_checks_leave_a_text_without_places_alone():
    cands = [Cand(0, 3, "PERSON")]
    assert feature_checks(cands, "王小明说，好。", frozenset()) is cands


def test_river_one_points_at_stays_a_feature():
    text = "华容河不过800多米宽。华容河有8公里河道。老人指着华容河说道：“变清了。”"
    cands = [Cand(i, i + 3, "LOC") for i in (0, 12, 26)]
    assert {c.label for c in spoken_features(cands, text)} == {"LOC"}
