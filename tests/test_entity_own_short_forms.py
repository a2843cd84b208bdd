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


def test_a_region_that_is_also_a_far_districts_short_form_is_the_region():
    # 中原 of 中原崛起 is the region (LOC), not 郑州's 中原区, in another county's paper (user32 F11)
    assert [(e.text, e.label) for e in find_entities("在中原崛起中走在前列。", county_code="411622")] == [("中原", "LOC")]
    assert [e.text for e in find_entities("郑州市中原区召开会议。", county_code="411622") if e.label == "GPE"] == [
        "郑州市", "中原区"]
