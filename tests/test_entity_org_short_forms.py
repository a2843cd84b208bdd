"""corpus_tools._entity_rules.org_short_forms and the sub-units after an organisation (heads, orgparts):
invented sentences in other counties' wording."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_short_forms import firm_short_forms
from corpus_tools._entity_rules.orgparts import level_word
from corpus_tools.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


def _short(text: str, name: str, places: "list[tuple[int, int]]" = ()) -> list[str]:
    s = text.index(name)
    out = firm_short_forms([Cand(s, s + len(name), "ORG")], text, [Cand(a, b, "GPE") for a, b in places])
    return [text[c.start:c.end] for c in out]


def test_cooperative_trade_name_alone_later():
    text = "在丰收村的茗香茶叶种植专业合作社，茶农正在采茶。茗香的茶叶卖到了广州。"
    assert _short(text, "茗香茶叶种植专业合作社") == ["茗香"]


def test_village_cooperative_gives_no_short_form():
    text = "德胜村蔬菜种植专业合作社成立三年。德胜村的蔬菜远销外地。"
    assert _short(text, "德胜村蔬菜种植专业合作社") == []


def test_group_word_written_after_the_trade_name_belongs_to_it():
    text = "县里与湖南粮丰食品集团签订协议，粮丰集团将在县里建厂。"
    assert _short(text, "湖南粮丰食品集团", [(text.index("湖南"), text.index("湖南") + 2)]) == ["粮丰集团"]


def test_industry_word_ending_in_ye_kept_and_common_core_dropped():
    text = "黑龙江金禾丰米业集团有限公司收购稻谷，金禾丰米业今年收购3万吨。"
    assert _short(text, "黑龙江金禾丰米业集团有限公司") == ["金禾丰米业"]
    text = "市农业农村局与山东寿光蔬菜种业集团有限公司签约，共建“中国蔬菜种业硅谷”。"
    assert _short(text, "山东寿光蔬菜种业集团有限公司") == []


def test_craft_named_cooperative_gives_no_short_form():
    text = "村里建了竹编基地，成立竹编专业合作社，组织村民学习草帽竹编技术。"
    assert _short(text, "竹编专业合作社") == []


def test_works_trade_name_and_firm_with_place_prefix():
    assert "永兴竹木" in _orgs("安吉县永兴竹木制品厂负责人说，永兴竹木的订单排到了明年。")
    assert "梧州茶农家" in _orgs("梧州茶农家牵头建基地。服务农户的梧州茶农家公司有20名员工。")


def test_subunit_after_a_bureau_holding_a_level_character_in_a_word():
    assert "百色市商务局市场科" in _orgs("百色市商务局市场科科长韦明说，今年边贸额增长两成。")
    assert {"县农业农村局", "县林业局"} <= set(_orgs("县农业农村局联合县林业局开展检查。"))


def test_numbered_ward_and_section_are_subunits():
    assert "凌云县人民医院外二科" in _orgs("凌云县人民医院外二科医生黄平说，手术很成功。")
    assert "县教育局人事股" in _orgs("县教育局人事股负责人说，招聘即将开始。")


def test_level_word():
    assert not level_word("局市场科", ["E-n", "B-n", "E-n", "S-n"], 1)
    assert level_word("局县林业局", ["E-n", "S-n", "B-n", "I-n", "E-n"], 1)


def test_unit_named_after_its_owner_leaves_the_owner_a_person():
    text = "陈秀英花卉种植专业合作社的花卖到了昆明。陈秀英说，今年订单很多。"
    assert _short(text, "陈秀英花卉种植专业合作社") == []


def test_a_subunit_whose_unit_character_the_segmenter_reads_as_a_particle():
    assert "县卫生健康局卫生监督所" in _orgs("县卫生健康局卫生监督所到各乡镇检查饮用水。")
    assert _orgs("县委所做的工作很多。") == ["县委"]


def test_a_firm_taken_for_a_kind_is_kept_when_its_trade_name_stands_alone():
    ents = find_entities("其中包括迎驾集团的配套企业。迎驾在开发区内建设的酿酒项目年底投产。", county_code="341525")
    assert [(e.text, e.label) for e in ents if e.label == "ORG"] == [("迎驾集团", "ORG"), ("迎驾", "ORG")]


def test_a_kind_of_firm_stays_a_kind_when_its_industry_words_recur():
    t = "集团专门成立了信息技术公司，推动信息技术在各子公司中的应用。"
    assert "信息技术公司" not in {e.text for e in find_entities(t)}
