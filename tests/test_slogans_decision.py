"""Tests of corpus_tools.slogans.decision (invented fixtures)."""

from __future__ import annotations

import pytest

import pandas as pd

from corpus_tools.corpus import Corpus
from corpus_tools.slogans import extract_slogans, find_slogans, page_slogans
from corpus_tools.slogans.core import SloganMention
from corpus_tools.slogans.decision import (DecisionModel, active_decision, evidence_group, features, quoted_motto, quoted_phrase,
                                           resolve_decision, unframed_mottos, use_decision)
from corpus_tools.slogans.detect import Ctx, find_marked
from corpus_tools.slogans.lexicon import Lexicon

KINDS = ("numbered", "parallel", "quoted")
TAKES = DecisionModel({}, {"equal_items": 5.0}, add_bias=-1.0, keep_threshold=0.0, add_threshold=0.5)


@pytest.fixture(autouse=True)
def _shipped_model():
    yield
    with pytest.warns(DeprecationWarning):
        use_decision(None)


def test_quoted_motto_shapes():
    assert quoted_motto("干部多跑腿，群众少跑路。")
    assert not quoted_motto("他说今天不来了！你们先走吧。")
    assert not quoted_motto("一个词")
    assert quoted_phrase("积分超市") and not quoted_phrase("四面八方") and not quoted_phrase("A级")


def test_unframed_mottos_stand_between_clause_marks():
    text = "镇里的做法是：早发现，早处置，早上报。大家都点赞。"
    found = list(unframed_mottos(text, []))
    assert [m.text for m in found] == ["早发现，早处置，早上报"]
    assert found[0].kind == "parallel" and not found[0].quoted
    assert list(unframed_mottos(text, [(10, 12)])) == []      # overlaps a taken span


def test_features_of_a_framed_quote():
    text = "村里提出“干部多跑腿，群众少跑路”的要求。"
    m = SloganMention("干部多跑腿，群众少跑路", "quoted", 5, 16, True, "", "two-part motto")
    f = features(text, m, rule=True)
    assert f["rule"] == 1.0 and f["src=quoted"] == 1.0 and f["items=2"] == 1.0
    assert f["frame_before"] == 1.0 and f["head_after"] == 1.0 and f["equal_items"] == 1.0
    assert evidence_group("series in frame") == "series_framed"


def test_model_json_round_trip():
    m = DecisionModel({"quoted": 1.5}, {"equal_items": 2.0}, keep_bias=0.5, add_bias=-1.0,
                      keep_threshold=0.1, add_threshold=0.6, meta={"C": 0.1})
    back = DecisionModel.from_json(m.to_json())
    assert back.keep_weights == m.keep_weights and back.add_weights == m.add_weights
    assert back.meta == {"C": 0.1}
    assert back.proba({"rule": 0.0, "equal_items": 1.0}) == pytest.approx(m.proba({"equal_items": 1.0}))


def test_model_takes_and_drops_candidates():
    text = "镇里的做法是：早发现，早处置，早上报。"
    assert find_slogans(text, formulae=False, decision=False) == []
    assert find_slogans(text, formulae=False) == []           # the shipped model leaves the rules alone
    found = find_slogans(text, formulae=False, decision=TAKES)
    assert [(m.text, m.evidence) for m in found] == [("早发现，早处置，早上报", "decision model")]
    text2 = "聚焦省委“五个进一步”要求推进工作。"
    drops = DecisionModel({}, {}, keep_bias=-5.0, keep_threshold=0.5, add_threshold=2.0)
    assert find_slogans(text2, formulae=False, decision=drops) == []
    assert [m.text for m in find_slogans(text2, formulae=False)] == ["五个进一步"]   # no state left behind


def test_decision_option_reaches_the_page_and_corpus_tables():
    corpus = Corpus.from_articles(pd.DataFrame([{"issue_id": "p1", "title": None, "subtitle": None,
                                                 "body": "镇里的做法是：早发现，早处置，早上报。"}]))
    assert page_slogans(corpus.issues[0], decision=False).empty
    assert list(page_slogans(corpus.issues[0], decision=TAKES).text) == ["早发现，早处置，早上报"]
    table = extract_slogans(corpus, layers=("marked",), decision=TAKES)
    assert list(table.text) == ["早发现，早处置，早上报"]
    assert extract_slogans(corpus, layers=("marked",)).empty


@pytest.mark.parametrize("bad", ["on", 1, 0.5, {"add_threshold": 0.5}])
def test_decision_option_is_validated(bad):
    with pytest.raises(TypeError, match="decision must be"):
        find_slogans("坚决做到两个维护", decision=bad)
    with pytest.raises(TypeError, match="decision must be"):
        resolve_decision(bad)


def test_decision_is_keyword_only():
    with pytest.raises(TypeError):
        find_slogans("坚决做到两个维护", ("numbered",), None, None, (), TAKES)  # type: ignore[misc]


def test_deprecated_switch_still_works():
    text = "镇里的做法是：早发现，早处置，早上报。"
    with pytest.warns(DeprecationWarning) as got:
        use_decision(TAKES)
    assert {w.filename for w in got} == {__file__}  # the caller's line
    assert [m.text for m in find_slogans(text, formulae=False)] == ["早发现，早处置，早上报"]
    assert find_slogans(text, formulae=False, decision=False) == []   # the explicit option wins


def test_candidates_are_recorded_for_training():
    rec: list = []
    find_marked("实施“五个进一步”工程。早发现，早处置，早上报。", KINDS,
                Ctx(Lexicon.build(None), (), candidates=rec, decision=False))
    assert [(m.text, rule) for m, rule, _ in rec] == [("五个进一步", True), ("早发现，早处置，早上报", False)]


def test_an_idle_model_is_off():
    idle = DecisionModel({}, {}, keep_threshold=0.0, add_threshold=1.01)
    assert resolve_decision(idle) is None
    with pytest.warns(DeprecationWarning):
        use_decision(idle)
    assert active_decision() is None


def test_features_of_speech_and_context():
    text = "美丽乡村\n“有山靠山，有水靠水。”村支书说。二是“党员作示范，群众跟着干”。"
    m = SloganMention("有山靠山，有水靠水", "quoted", 6, 15, True, "", "rejected quote")
    f = features(text, m, rule=False)
    assert f["speaker_after"] == 1.0 and "enumerated" not in f and "in_headline" not in f
    k = text.index("党员")
    m2 = SloganMention("党员作示范，群众跟着干", "quoted", k, k + 11, True, "", "rejected quote")
    f2 = features(text, m2, rule=False)
    assert f2["enumerated"] == 1.0 and "speaker_after" not in f2
    m3 = SloganMention("美丽乡村", "quoted", 0, 4, False, "", "rejected phrase")
    assert features(text, m3, rule=False)["in_headline"] == 1.0


def test_features_of_an_unquoted_series_frame():
    text = "全县要坚持统一领导、统一指挥、统一行动。全县提供了机制保障、组织保障、作风保障。"
    a = SloganMention("统一领导、统一指挥、统一行动", "parallel", 5, 19, False, "", "repeated word")
    b = SloganMention("机制保障、组织保障、作风保障", "parallel", 26, 40, False, "", "repeated word")
    fa, fb = features(text, a, rule=True), features(text, b, rule=True)
    assert fa.get("require_before") == 1.0 and "done_before" not in fa
    assert fb.get("done_before") == 1.0
    c = SloganMention("县人民医院、县中医医院", "parallel", 0, 11, False, "", "repeated word")
    assert features("县人民医院、县中医医院", c, rule=True).get("name_items") == 1.0
