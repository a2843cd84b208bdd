"""Organisations named by a place and a learned head (corpus_tools._entity_rules.orgspan_place)."""

from __future__ import annotations

from corpus_tools._entity_rules import orgspan_place
from corpus_tools._entity_rules.lexicon import Cand


def _feats(words: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """Text and per-character features of invented ``(word, tag)`` pairs."""
    text, feats = "", []
    for w, tag in words:
        text += w
        feats += [f"S-{tag}"] if len(w) == 1 else [f"B-{tag}"] + [f"I-{tag}"] * (len(w) - 2) + [f"E-{tag}"]
    return text, feats


def _orgs(ents, text):
    return [text[c.start:c.end] for c in ents if c.label == "ORG"]


def test_the_heads_are_learned_counts():
    words, chars, nots = orgspan_place.place_heads()
    assert {"政府", "党委", "图书馆"} <= words
    assert "站" in chars and "车站" in nots
    assert "会" not in chars and "台" not in chars  # event suffixes: 座谈|会, 出|台 (a verb stem) are rarely heads


def test_a_place_and_a_learned_head_make_an_organisation():
    text, feats = _feats([("临泽县", "ns"), ("治沙", "vn"), ("试验站", "n"), ("的", "u"), ("专家", "n")])
    got = orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats)
    assert _orgs(got, text) == ["临泽县治沙试验站"]
    assert not any(c.label == "GPE" for c in got)  # the place is part of the name now


def test_the_longest_run_is_taken():
    text, feats = _feats([("临泽县", "ns"), ("文明", "n"), ("委员会", "n"), ("办公室", "n"), ("发文", "v")])
    got = orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats)
    assert _orgs(got, text) == ["临泽县文明委员会办公室"]


def test_a_meeting_a_function_word_or_an_organisation_stops_it():
    text, feats = _feats([("安吉县", "ns"), ("表彰", "v"), ("大会", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == []
    text, feats = _feats([("安吉县", "ns"), ("的", "u"), ("图书馆", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == []
    text, feats = _feats([("安吉县", "ns"), ("民政局", "n")])
    ents = [Cand(0, 3, "GPE"), Cand(0, 6, "ORG")]
    assert orgspan_place.place_units(ents, text, feats) == ents


def test_a_place_the_gazetteer_does_not_know_names_nothing():
    text, feats = _feats([("新一任村", "ns"), ("两委", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 4, "VILLAGE")], text, feats), text) == []


def test_a_meeting_ending_in_hui_is_no_organisation_but_an_association_is():
    for words in ([("安吉县", "ns"), ("推进会", "n")], [("安吉县", "ns"), ("现场会", "n")],
                  [("十八洞村", "ns"), ("相亲会", "n")]):
        text, feats = _feats(words + [("上", "f")])
        assert _orgs(orgspan_place.place_units([Cand(0, len(words[0][0]), "GPE")], text, feats), text) == []
    for head in ("养蜂协会", "商会", "文明委员会", "农技站", "文化馆"):
        text, feats = _feats([("安吉县", "ns"), (head, "n"), ("成立", "v")])
        assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == ["安吉县" + head]


def test_a_place_that_ends_inside_a_word_names_only_the_rest_of_that_word():
    text, feats = _feats([("临泽", "ns"), ("县城", "n"), ("图书馆", "n"), ("开放", "v")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == []
    text, feats = _feats([("江西", "ns"), ("省军区", "n"), ("和", "c")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == ["江西省军区"]
    text, feats = _feats([("临泽县", "ns"), ("图书馆", "n")])  # a place at a word end, the head at the text end
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == ["临泽县图书馆"]


def test_a_verb_word_may_split_a_one_character_head_but_not_open_the_name():
    # the segmenter reads 治沙|试验|站 with 试验 a verb: verb + one-character head is the head word
    text, feats = _feats([("临泽县", "ns"), ("治沙", "vn"), ("试验", "v"), ("站", "n"), ("站长", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == ["临泽县治沙试验站"]
    # a verb right after the place is a clause (渔亭镇|成立|…站), and one before a longer word too
    text, feats = _feats([("渔亭镇", "ns"), ("成立", "v"), ("站", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "TOWNSHIP")], text, feats), text) == []
    text, feats = _feats([("六圩村", "ns"), ("村民", "n"), ("开展", "v"), ("活动室", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "VILLAGE")], text, feats), text) == []


def test_the_verb_exception_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(orgspan_place, "VERB_INSIDE", False)
    text, feats = _feats([("临泽县", "ns"), ("治沙", "vn"), ("试验", "v"), ("站", "n"), ("站长", "n")])
    assert _orgs(orgspan_place.place_units([Cand(0, 3, "GPE")], text, feats), text) == []
