"""Clauses cut off facility names (corpus_tools._entity_rules.fac_clauses).

The sentences were written for these tests; the word features are the segmenter's form
(``B-v``, ``E-v`` … one per character), set by hand.
"""

from __future__ import annotations

from corpus_tools._entity_rules.fac_clauses import clause_words, cut_clauses
from corpus_tools._entity_rules.lexicon import Cand


def _cut(text: str, feats: list[str], cand: Cand) -> list[str]:
    return [text[c.start:c.end] for c in cut_clauses([cand], text, feats)]


def test_clause_words_are_the_mined_verbs():
    assert {"运往", "飞越"} <= clause_words()


def test_verb_before_an_airport_is_cut_off():
    text = "货物直接运往青岛流亭机场。"
    feats = ["B-n", "E-n", "B-ad", "E-ad", "B-v", "E-v", "B-ns", "E-ns", "B-v", "E-v", "B-n", "E-n", "S-w"]
    assert _cut(text, feats, Cand(4, 12, "FAC", text_head="机场")) == ["青岛流亭机场"]


def test_idiom_ending_in_a_road_word_is_no_road():
    text = "我们爷俩走投无路。"
    feats = ["B-r", "E-r", "B-n", "E-n", "B-i", "I-i", "I-i", "E-i", "S-w"]
    assert _cut(text, feats, Cand(2, 8, "FAC", text_head="路")) == []


def test_nothing_left_before_the_head_drops_the_span():
    text = "只能低头看路。"
    feats = ["S-d", "S-v", "B-v", "E-v", "S-v", "S-n", "S-w"]
    assert _cut(text, feats, Cand(2, 6, "FAC", text_head="路")) == []


def test_named_square_and_listed_names_stay():
    text = "市民在人民广场散步。"
    feats = ["B-n", "E-n", "S-p", "B-n", "E-n", "B-n", "E-n", "B-v", "E-v", "S-w"]
    assert _cut(text, feats, Cand(3, 7, "FAC", text_head="广场")) == ["人民广场"]
    listed = Cand(0, 4, "FAC", prio=2, text_head="路")
    assert cut_clauses([listed], "低头看路", ["B-v", "E-v", "S-v", "S-n"]) == [listed]


def test_without_word_features_nothing_changes():
    cands = [Cand(0, 4, "FAC", text_head="路")]
    assert cut_clauses(cands, "低头看路", None) is cands


def test_road_segment_and_set_phrase_inside_a_name_stay():
    text = "水潦乡至太平镇扶贫公路通车"
    feats = ["B-ns", "I-ns", "E-ns", "S-v", "B-ns", "I-ns", "E-ns", "B-vn", "E-vn", "B-n", "E-n", "B-v", "E-v"]
    assert _cut(text, feats, Cand(0, 11, "FAC", text_head="公路")) == ["水潦乡至太平镇扶贫公路"]
    text = "广东海上丝绸之路博物馆开馆"
    feats = ["B-ns", "E-ns", "B-s", "E-s", "B-l", "I-l", "I-l", "E-l", "B-n", "I-n", "E-n", "B-v", "E-v"]
    assert _cut(text, feats, Cand(0, 11, "FAC", text_head="博物馆")) == ["广东海上丝绸之路博物馆"]


def test_cut_leaving_one_common_word_drops_the_span():
    text = "蔬菜运往县城小区销售"
    feats = ["B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-v", "E-v"]
    assert _cut(text, feats, Cand(0, 8, "FAC", text_head="小区")) == []


def test_one_character_adverb_inside_a_name_cuts_nothing():
    text = "唐都推光漆文化产业园"
    feats = ["S-nr", "S-d", "B-n", "I-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n"]
    assert _cut(text, feats, Cand(0, 10, "FAC", text_head="产业园")) == ["唐都推光漆文化产业园"]


def test_verb_character_right_before_the_head_drops_the_span():
    text = "入住香河大爱书院"
    feats = ["B-v", "E-v", "B-ns", "E-ns", "S-d", "S-v", "B-n", "E-n"]
    assert _cut(text, feats, Cand(0, 8, "FAC", text_head="书院")) == []


def test_a_subject_and_an_unlisted_verb_cut_and_kind_words_left_drop_the_facility() -> None:
    from corpus_tools.entities import find_entities

    # 干部群众|齐聚|县城文体广场: the clause is cut, and 县城文体 is only kind words
    got = [(e.text, e.label) for e in find_entities("国庆当天，干部群众齐聚县城文体广场，唱响歌曲。")]
    assert not [x for x in got if x[1] == "FAC"]
    assert ("解放大街", "FAC") in [(e.text, e.label) for e in find_entities("市民沿着解放大街一路向北。")]


def test_a_verb_word_ending_in_a_head_an_adverb_and_an_unnamed_facility_are_no_facilities() -> None:
    from corpus_tools.entities import find_entities

    for text in ("可接过封条啥也没说就上楼，给一个个", "同时组织军舰高速机动，占领", "北京某小区居民告诉记者"):
        assert not [e for e in find_entities(text) if e.label == "FAC"], text
    assert ("绥满高速", "FAC") in [(e.text, e.label) for e in find_entities("在绥满高速（G10）上")]


def test_a_building_verb_before_a_kind_of_road_is_no_facility() -> None:
    from corpus_tools.entities import find_entities

    for text in ("“为什么不修柏油路，建水泥桥？”", "汽车在峰谷间的盘山公路上绕行"):
        assert not [e for e in find_entities(text) if e.label == "FAC"], text
    # the name is not cut at 修 (a cultural centre is ORG in the open gold: facloc31, fac_acting)
    assert ("修水县文化馆", "ORG") in [(e.text, e.label) for e in find_entities("九江市修水县文化馆专门创作了歌曲")]
