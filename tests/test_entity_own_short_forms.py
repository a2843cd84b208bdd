"""An established county's short form that is also a frequent word (user32 F5: 西华 of 西华县)."""

from __future__ import annotations

from corpus_tools import find_entities


def _gpes(text: str, county: str | None) -> list[str]:
    return [e.text for e in find_entities(text, county_code=county) if e.label == "GPE"]


def test_the_own_countys_short_form_is_a_place_where_the_segmenter_reads_one():
    assert _gpes("推动西华各项工作走在周口前列。", "411622") == ["西华", "周口"]
    assert _gpes("建设美丽西华，西华这片热土。", "411622") == ["西华", "西华"]


def test_not_for_another_county_nor_where_the_word_is_a_common_noun():
    assert _gpes("推动西华各项工作走在周口前列。", "431230") == ["周口"]
    assert _gpes("通道县开辟绿色通道，打通生命通道。", "431230") == ["通道县"]
