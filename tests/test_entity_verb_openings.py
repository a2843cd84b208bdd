"""FAC, PROJECT and LOC spans that open with the verb of their clause (corpus_tools._entity_rules.verb_openings,
ent37a)."""

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.verb_openings import verb_openings


def _feats(words):
    """Per-character features of space-separated ``word/tag`` items."""
    out = []
    for item in words.split():
        w, tag = item.split("/")
        out += [f"S-{tag}"] if len(w) == 1 else [f"B-{tag}"] + [f"I-{tag}"] * (len(w) - 2) + [f"E-{tag}"]
    return out


def _kept(words, label="FAC", **kw):
    text = "".join(item.split("/")[0] for item in words.split())
    out = verb_openings([Cand(0, len(text), label, **kw)], text, _feats(words))
    return [(text[c.start:c.end], c.label) for c in out]


@pytest.mark.parametrize("words, label, name", [
    ("修通/v 青石岭/ns 旅游/vn 路/n", "FAC", "青石岭旅游路"),      # a verb with a resultative complement
    ("推介/v 白龙/nz 谷/n", "LOC", "白龙谷"),                       # a clause verb of People's Daily
    ("实施/v 河东/ns 灌区/n 改造/vn 工程/n", "PROJECT", "河东灌区改造工程"),  # a verb of carrying works out
    ("直至/p 团结/ns 路/n", "FAC", "团结路"),                        # a preposition of a route's end
])
def test_the_governing_verb_is_cut_off(words, label, name):
    assert _kept(words, label) == [(name, label)]


def test_a_verb_before_kinds_leaves_no_facility():
    assert _kept("办起/v 文化/n 礼堂/n") == []


@pytest.mark.parametrize("words", [
    "观潮/v 公园/n",          # no verb list holds 观潮: the name starts with it
    "开/v 都河/ns",           # two characters left: the verb-like character is the name's
    "兴/v 贤/ng 古街/n",      # a one-character word next: no name starts there
    "望江/v 楼/n",
])
def test_names_that_read_as_a_verb_stay(words):
    text = "".join(item.split("/")[0] for item in words.split())
    assert _kept(words) == [(text, "FAC")]


def test_listed_names_and_events_stay():
    assert _kept("修通/v 青石岭/ns 旅游/vn 路/n", source="list") == [("修通青石岭旅游路", "FAC")]
    assert _kept("推介/v 白龙/nz 谷/n", label="EVENT") == [("推介白龙谷", "EVENT")]


def test_without_words_nothing_changes():
    ents = [Cand(0, 5, "LOC")]
    assert verb_openings(ents, "推介白龙谷", None) == ents


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="text must be a str"):
        verb_openings([], 3, None)


def test_a_one_character_verb_is_the_names_own():
    assert _kept("向/p 警予/nr 同志/n 纪念馆/n") == [("向警予同志纪念馆", "FAC")]


def test_after_a_verb_the_span_is_its_object():
    text = "实施富民安居工程"
    feats = _feats("实施/v 富民/v 安居/v 工程/n")
    out = verb_openings([Cand(2, 8, "PROJECT")], text, feats)
    assert [text[c.start:c.end] for c in out] == ["富民安居工程"]


def test_a_set_phrase_after_a_verb_object_word_stays():
    assert _kept("富民/v 安居工程/l", label="PROJECT") == [("富民安居工程", "PROJECT")]
