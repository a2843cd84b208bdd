"""Tests for corpus_tools.slogans.knownseries and its hook in the marked layer (fixtures written for these tests)."""

from __future__ import annotations

from corpus_tools.slogans import knownseries
from corpus_tools.slogans.detect import Ctx, find_marked
from corpus_tools.slogans.lexicon import Lexicon

_KINDS = ("numbered", "parallel", "quoted")


def _marked(text: str, year: int | None = None) -> dict[str, str]:
    ctx = Ctx(Lexicon.build(None), ())
    ctx.year = year
    return {m.text: m.evidence for m in find_marked(text, _KINDS, ctx)}


def test_shared_slot():
    assert knownseries.shared_slot(["保增长", "保民生", "保稳定"])
    assert not knownseries.shared_slot(["全面", "协调", "可持续"])
    assert not knownseries.shared_slot(["学史明理", "学史增信", "守纪"])


def test_unquoted_known_series_marked():
    text = "镇纪委组织全体干部专题学习，要求大家学纪、知纪、明纪、守纪，筑牢思想防线。"
    assert _marked(text, 2024).get("学纪、知纪、明纪、守纪") == "known formula, unquoted"


def test_unquoted_known_series_era_guard():
    text = "镇纪委组织全体干部专题学习，要求大家学纪、知纪、明纪、守纪，筑牢思想防线。"
    assert "学纪、知纪、明纪、守纪" not in _marked(text, 2009)


def test_quoted_or_slotless_forms_not_taken_here():
    found = knownseries.unquoted_known_series(
        "要求“学纪、知纪、明纪、守纪”。树立全面、协调、可持续的发展观。",
        {"学纪、知纪、明纪、守纪": "parallel", "全面、协调、可持续": "parallel"}, {}, 2024, [])
    assert found == []


def test_new_national_rows_are_known_when_quoted():
    assert _marked("全县持续开展河湖“清四乱”和巡河护河。", 2020).get("清四乱") == "known formula"
    assert _marked("全区新增“专精特新”中小企业五家。", 2023).get("专精特新") == "known formula"
    assert _marked("政务中心推出“高效办成一件事”套餐。", 2024).get("高效办成一件事") == "known formula"
