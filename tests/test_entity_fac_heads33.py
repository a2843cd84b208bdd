"""Facility heads added in facloc33: resettlement areas, ancestral halls, a tomb garden, a trade mall."""

import corpus_tools as ct


def _pairs(text):
    df = ct.extract_entities([text])
    return set(zip(df["text"], df["label"]))


def test_a_named_resettlement_area_is_a_facility():
    assert ("河东易地扶贫搬迁安置区", "FAC") in _pairs("走进河东易地扶贫搬迁安置区，一排排新房整齐排列。")


def test_an_ancestral_hall_is_a_facility():
    assert ("李氏宗祠", "FAC") in _pairs("村里修缮了李氏宗祠，游客络绎不绝。")


def test_a_nursery_base_is_a_kind():
    pairs = _pairs("石门村建起红松育苗基地，面积三百亩。")
    assert not any(label == "FAC" and text.endswith("育苗基地") for text, label in pairs)
