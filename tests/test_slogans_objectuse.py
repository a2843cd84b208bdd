"""Tests for corpus_tools.slogans.objectuse and its hook in the quote test (fixtures written for these tests)."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools.slogans import objectuse


def _found(sentence: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(sentence)}


def test_handled_device_shape_and_context():
    assert objectuse.handled_device("一卡通", "退耕补助通过", "发到各户")
    assert objectuse.handled_device("一卡通", "老人拿着", "到信用社")
    assert objectuse.handled_device("一卡通", "直接存入农户的", "。")
    assert objectuse.handled_device("一键通", "给独居老人", "报警器")
    assert not objectuse.handled_device("一卡通", "全面清理", "发放问题")     # a scheme put in order
    assert not objectuse.handled_device("一村一品", "通过", "带动")           # not the card shape
    assert not objectuse.handled_device("两学一做", "的", "学习教育")


def test_card_in_hand_is_no_slogan():
    assert "一卡通" not in _found("粮食补贴通过“一卡通”发放，村民拿着“一卡通”就能到信用社取钱。")
    assert "一键通" not in _found("社区为空巢老人装了“一键通”呼救电话。")


def test_card_scheme_stays_numbered():
    assert _found("全区清理规范“一卡通”台账，查处挪用补贴问题。").get("一卡通") == "numbered"
