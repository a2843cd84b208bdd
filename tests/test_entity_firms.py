"""Firms named by a trade name and an industry word (corpus_tools._entity_rules.firms).

The sentences are written for this file in the manner of county reports from other provinces;
the firms are invented.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules import firms
from corpus_tools.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


def test_industry_words_are_mined_and_exclude_heads():
    words = firms.industry_words()
    assert "药业" in words and "纸业" in words
    # 乳 is never a word of its own in 1998: jieba's noun-morpheme tag keeps 乳业 (cut by 中国乳业 from the share)
    assert "乳业" in words
    assert not {"农业", "科技", "旅游", "公司", "集团"} & set(words)


@pytest.mark.parametrize("text, name", [
    ("依托本地龙头企业康源药业，全县种植中药材3万亩。", "康源药业"),
    ("鑫达铝业的工人来自附近五个村。", "鑫达铝业"),
    ("县里与绿源茶业签订了收购协议。", "绿源茶业"),
    ("牧场的鲜奶全部供给金犇乳业加工。", "金犇乳业"),
])
def test_trade_name_and_industry_is_a_firm(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "三年来，群众安居乐业，子承父业的年轻人多了。",
    "全县城乡居民养老保险参保率达到98%。",
    "村里发展现代农业，建起了物业服务站。",
])
def test_common_words_before_an_industry_are_no_firm(text):
    assert _orgs(text) == []


def test_a_legal_form_leaves_the_name_to_the_head_rules():
    assert _orgs("县里引进了康源药业有限公司。") == ["康源药业有限公司"]


def test_trade_start_without_features_finds_nothing():
    assert firms.trade_firms("康源药业", None) == []
    assert firms.trade_firms("康源药业", ["S-n"]) == []


@pytest.mark.parametrize("text, name", [
    ("老李把老屋改成民宿，取名“山月人家”，周末常常住满。", "山月人家"),
    ("村口有一家名为“竹林小灶”的农家乐。", "竹林小灶"),
])
def test_quoted_business_after_a_naming_verb(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "爷爷给他取名“建国”，盼他成才。",
    "合作社推出一款名为“乡味”的小程序。",
    "村里的超市开业后，大家把那条路叫做“幸福路”商标也注册了。",
])
def test_quoted_names_without_a_business_are_no_org(text):
    assert not {"建国", "乡味", "幸福路"} & set(_orgs(text))


def test_only_industry_words_are_no_trade_name():
    assert firms.only_industry("农业科技") and firms.only_industry("农业发展")
    assert not firms.only_industry("富民农业科技")


@pytest.mark.parametrize("text, name", [
    # a trade name that is also a verb (富民) is not cut off the registered name
    ("村里与紫云县富民农业科技有限公司签订协议。", "紫云县富民农业科技有限公司"),
    # a registered legal form with a trade name is one firm, whatever the span model says
    ("由陇原农业发展有限责任公司统一收购。", "陇原农业发展有限责任公司"),
])
def test_registered_firm_names_stay_whole(text, name):
    assert name in _orgs(text)


def test_a_short_firm_name_establishes_its_trade_name():
    found = _orgs("康源药业在县里建了基地。去年，康源又追加投资5000万元。")
    assert found == ["康源药业", "康源"]


def test_a_shop_named_by_its_sign():
    found = _orgs("村里有了第一家美发店，店名就叫“俏佳人”。自打“俏佳人”开张，生意红火。")
    assert found == ["俏佳人", "俏佳人"]


def test_mined_trade_names_with_and_without_group():
    from corpus_tools._entity_rules.firms import mined_trade_names

    text = "新希望集团和中储粮签约"
    feats = ["S-a", "B-n", "E-n", "B-n", "E-n", "S-c", "B-j", "I-j", "E-j", "B-v", "E-v"]
    got = [(text[c.start:c.end], c.prio) for c in mined_trade_names(text, feats)]
    assert got == [("新希望集团", 2), ("中储粮", 1)]


def test_a_bare_trade_name_before_a_noun_is_a_product():
    from corpus_tools._entity_rules.firms import mined_trade_names

    text = "喝蒙牛牛奶"
    feats = ["S-v", "B-nz", "E-nz", "B-n", "E-n"]
    assert mined_trade_names(text, feats) == []


def test_the_mined_trade_names_hold_no_common_word():
    from importlib import resources

    from corpus_tools._entity_rules.lexicon import common_or_frequent

    text = resources.files("corpus_tools").joinpath("data", "entities", "trade_names.txt").read_text(encoding="utf-8")
    names = {ln.split("\t")[0] for ln in text.splitlines()}
    assert len(names) > 50 and not names & common_or_frequent()


def test_a_short_form_keeps_the_industry_words_written_after_it():
    text = "金禾农业由天鹰能源实业有限公司出资成立。天鹰能源董事长李亮说，天鹰能源还要扩产。"
    orgs = _orgs(text)
    assert orgs.count("天鹰能源") == 2 and "天鹰" not in orgs
    # only whole industry words join: 天鹰|能够 is no 天鹰能
    assert "天鹰能" not in _orgs("天鹰能源实业有限公司落户县里，天鹰能够带动就业。")


def test_a_group_is_shortened_and_keeps_the_region_written_with_it():
    # invented firms: the short form of X集团 is X, and a region written before the trade name stays
    orgs = _orgs("县里与宏盛集团签约。“宏盛的订单排到了明年。”宏盛董事长说。")
    assert orgs.count("宏盛") == 2
    assert _orgs("浙江宏盛集团落户县里。县里选择和浙江宏盛合作。") == ["浙江宏盛集团", "浙江宏盛"]


def test_a_class_of_firms_written_before_the_name_is_no_part_of_it():
    # invented firms: 龙头企业 describes the firm, the name starts after it
    assert _orgs("国家级龙头企业湖北宏盛集团在县里建厂。") == ["湖北宏盛集团"]
    assert _orgs("老牌高科技企业宏盛科技股份有限公司也落户县里。") == ["宏盛科技股份有限公司"]
    # 企业 inside a firm's own name stays (宏盛企业管理有限公司)
    assert _orgs("宏盛企业管理有限公司成立了。") == ["宏盛企业管理有限公司"]


@pytest.mark.parametrize("text, names", [
    ("今年，恒泰食品、宏锐新材料等12家企业在区域股权市场挂牌。", ["恒泰食品", "宏锐新材料"]),
    ("峰会期间，金瑞嘉、佳美特等一批知名建材企业竞相入驻。", ["金瑞嘉", "佳美特"]),
])
def test_items_of_a_list_closed_by_a_count_of_firms_are_firms(text, names):
    assert [n for n in names if n in _orgs(text)] == names


@pytest.mark.parametrize("text", [
    "重点支持防护服、口罩、呼吸机等生产企业复工。",
    "从租金减免、贷款贴息、转产扩产等方面支持企业发展。",
    "组建政策宣讲、法律咨询、用工服务等服务企业专家团队。",
])
def test_products_fields_and_clauses_in_a_list_are_no_firms(text):
    assert firms.kind_listed_firms([], text) == []


def test_a_list_item_is_a_firm_at_its_other_mentions_too():
    text = "，宏锐新材料、恒泰食品等12家企业挂牌。龙头企业宏锐新材料扩产。"
    found = [text[c.start:c.end] for c in firms.kind_listed_firms([], text)]
    assert found.count("宏锐新材料") == 2 and "恒泰食品" in found


def test_a_kind_of_firm_after_an_indefinite_count_is_no_organisation():
    # user22 #9: 沈阳一家食品公司 gave ORG 食品公司 on ten pages
    text = "今年合作社与铁岭一家食品公司签了订单，牛庄村的花生卖到了省城。"
    assert [e.text for e in find_entities(text) if e.label == "ORG"] == []
    assert firms.indefinite_kind(text, 10, 14) and not firms.indefinite_kind("与铁岭丰源食品公司签约", 3, 9)
