"""A county name inside another word (corpus_tools._entity_rules.gpe_slots), with invented fixtures."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools._entity_rules.gpe_slots import word_slot
from corpus_tools.place_frames import quoted_item, slogan_slot


def _gpes(text: str, county: str | None = None) -> list[str]:
    df = ct.extract_entities([text], county_code=county)
    return list(df.loc[df["label"] == "GPE", "text"])


def test_slogan_items_in_a_quoted_series_are_no_county():
    assert slogan_slot("坚持“开放带动、科教兴县、可持续发展”三大战略", None, 10)
    assert slogan_slot("咬定“以茶兴县、以林富县”不放松", ["S-w"] * 15, 5)
    assert quoted_item("实施“生态立县、旅游兴县”的思路", 8, 12)
    assert not quoted_item("吕梁、兴县、临县的干部", 3, 5)
    assert "兴县" not in _gpes("全乡坚持“畜牧强县、林果富民、工业兴县”的思路，今冬种草三千亩。")
    assert "兴县" not in _gpes("各乡镇要把学习同实施“科教兴县”战略结合起来。")


def test_a_real_county_after_its_province_stays():
    assert "兴县" in _gpes("山西省兴县的红枣远销各地。")


def test_idioms_languages_and_conjunctions():
    assert word_slot("为全镇的长治久安打下基础", 4, 6)
    assert word_slot("干部用蒙古语宣讲政策", 3, 5)
    assert not word_slot("来自蒙古的客人", 2, 4)
    assert "蒙古" not in _gpes("宣讲员用汉语、蒙古语宣讲惠民政策。")
    assert "和县" not in _gpes("来自各乡镇和县直机关的代表队参加比赛。")
