"""Tests of corpus_tools.slogans.nameframes and the round-29 count rules: epithets, compass regions, spelt-out counts."""

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.nameframes import compass_region, epithet_after
from corpus_tools.slogans.series_roles import counted_things


def found(text):
    return {(m.text, m.kind) for m in find_slogans(text, formulae=False)}


@pytest.mark.parametrize("text, quote", [
    ("为打响“西山最美峡谷”这张名片，镇里修了游步道。", "西山最美峡谷"),
    ("河湾村依托“古建筑活标本”的名声，发展研学旅游。", "古建筑活标本"),
    ("柳林镇素有“塞上小苏杭”之称，茶园面积3万亩。", "塞上小苏杭"),
    ("要守住“百年老茶山”这块金字招牌，坚持生态种植。", "百年老茶山"),
])
def test_epithets_are_no_slogans(text, quote):
    assert not any(t == quote for t, _ in found(text))


def test_a_formula_before_a_requirement_stays():
    assert ("一村一品", "numbered") in found("全镇按照“一村一品”的路子发展特色产业。")


def test_compass_region():
    assert compass_region("三北") and not compass_region("三农") and not compass_region("北方")
    assert not any(t == "三北" for t, _ in found("两个村结合“三北”防护林工程，连片治理荒坡。"))


def test_epithet_after_forms():
    assert epithet_after("的美誉。") and epithet_after("这块牌子，") and not epithet_after("的要求，")


def test_legal_education_period_is_numbered():
    assert ("五五", "numbered") in found("社区开展“五五”普法宣传活动，发放资料。")


def test_two_character_things_of_a_count():
    assert counted_things(["荒山", "荒沟", "荒坡"]) and counted_things(["改水", "改厕", "改厨"])
    assert not counted_things(["党务", "村务", "财务"])      # kinds a count's character heads stay
    text = "镇里拍卖“四荒”使用权，已拍出荒山、荒沟、荒坡、荒滩3万亩。"
    assert ("四荒", "numbered") in found(text)
    assert not any(k == "parallel" for _, k in found(text))


def test_long_items_spelling_out_a_count():
    text = ("镇里开展“三帮三促”活动，帮班子建设促基层组织坚强、帮产业发展促农民增收、"
            "帮民生改善促社会和谐。")
    assert ("帮班子建设促基层组织坚强、帮产业发展促农民增收、帮民生改善促社会和谐", "parallel") in found(text)


def test_a_national_title_of_a_place_is_no_slogan():
    text = "近年来，柳河镇围绕“中国菌都”建设，引导企业向高端化发展。"
    assert not any(t == "中国菌都" for t, _ in found(text))
    assert any(m.text == "中国梦" for m in find_slogans("镇里开展“中国梦”主题宣讲活动。"))
