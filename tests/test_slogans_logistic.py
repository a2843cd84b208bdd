"""Tests of corpus_tools.slogans.logistic, the scorer both slogan models share."""

from __future__ import annotations

import math

from corpus_tools.slogans.decision import DecisionModel
from corpus_tools.slogans.logistic import logistic, rounded_weights
from corpus_tools.slogans.quotemodel import QuoteModel


def test_logistic_is_the_squashed_weighted_sum():
    assert logistic({"a": 1.0, "b": -2.0}, 0.5, {"a": 2.0, "b": 1.0, "c": 9.0}) == 1 / (1 + math.exp(-0.5))
    assert logistic({}, 0.0, {}) == 0.5


def test_logistic_clips_large_sums():
    assert logistic({"a": 1000.0}, 0.0, {"a": 1.0}) == 1 / (1 + math.exp(-30.0))


def test_rounded_weights_drop_zeros_and_sort():
    assert list(rounded_weights({"b": 0.123456, "a": 0.0, "c": -2.0})) == ["b", "c"]


def test_both_models_score_with_the_shared_scorer():
    feats = {"len=4": 1.0, "quoted": 1.0}
    q = QuoteModel({"len=4": 2.0}, bias=-1.0, threshold=0.7)
    assert q.proba(feats) == logistic({"len=4": 2.0}, -1.0, feats) and q.accepts(feats)
    d = DecisionModel({"quoted": 3.0}, {"len=4": 2.0}, keep_bias=-1.0, add_bias=-1.0, add_threshold=0.8)
    assert d.proba({**feats, "rule": 1.0}) == logistic({"quoted": 3.0}, -1.0, {**feats, "rule": 1.0})
    assert d.proba(feats) == logistic({"len=4": 2.0}, -1.0, feats) and not d.accepts(feats)
