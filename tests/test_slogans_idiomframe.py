"""Tests of corpus_tools.slogans.idiomframe: an idiom carried out as a system or campaign is a formula."""

import pytest

import corpus_tools as ct
from corpus_tools.slogans.idiomframe import idiom_put_in_practice


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(text)}


def test_frame_cues():
    assert idiom_put_in_practice("沿街商户实行", "，每月评比")
    assert idiom_put_in_practice("全县", "专项行动")
    assert not idiom_put_in_practice("让合作社", "，带动")
    assert not idiom_put_in_practice("可谓", "。")


@pytest.mark.parametrize("text, slogan, kind", [
    ("城关镇在临街店铺中实行“门前三包”责任制，每月评比一次。", "门前三包", "numbered"),
    ("县里深入推进“扫黄打非”进基层，净化文化市场。", "扫黄打非", "quoted"),
])
def test_idiom_in_a_practice_frame_is_found(text, slogan, kind):
    assert _found(text).get(slogan) == kind


@pytest.mark.parametrize("text", ["他们“四面八方”赶来帮忙。", "合作社让大户“顶天立地”，带动散户增收。",
                                  "开展“一心一意”活动"])
def test_idiom_without_a_frame_stays_out(text):
    assert not _found(text)
