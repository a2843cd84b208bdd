"""Development-slogan frames (corpus_tools.place_frames) in place matching and county inference."""

from __future__ import annotations

from corpus_tools.county import infer_county
from corpus_tools.place_frames import slogan_slot


def test_frames_without_word_features():
    assert slogan_slot("坚持工业强县、农业稳县、文旅兴县。", None, 14)
    assert slogan_slot("唱响“文旅兴县”品牌", None, 5)
    assert not slogan_slot("县委书记在兴县调研。", None, 5)
    assert not slogan_slot("1兴县战略", None, 1)  # nothing before the name
    # user19 (今日攸县-第4版): 坚持文旅兴县, unquoted and alone, was still Shanxi's 兴县
    assert slogan_slot("近年来，我县坚持文旅兴县，推动文旅产业高质量发展。", None, 10)
    assert not slogan_slot("他来自兴县，在吕梁工作。", None, 3)


def test_a_slogan_does_not_decide_the_county():
    # user19: a Hunan paper's 工业强县、农业稳县、文旅兴县 decided Shanxi's 兴县 (0.75) with no other evidence
    text = "全县坚持工业强县、农业稳县、文旅兴县，推动高质量发展。文旅兴县战略成效明显。"
    assert infer_county(text).code is None


def test_the_county_named_after_its_city_still_decides():
    assert infer_county("吕梁兴县蔡家崖村是晋绥边区首府所在地，兴县县委书记说。").code == "141123"
