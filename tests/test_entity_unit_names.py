"""Institution heads kept at a lower arbiter bar (unit_names), other mentions of late-found
organisations (org_repeats) and papers named by a place (mastheads).

The sentences are written for this file in the manner of county reports and page mastheads; the
papers' places are real counties, the people, firms and figures are invented.
"""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.mastheads import media_names
from corpus_tools._entity_rules.page_furniture import paper_name_span
from corpus_tools._entity_rules.org_repeats import repeat_orgs
from corpus_tools._entity_rules.unit_names import UNIT_P, unit_head, unit_name
from corpus_tools.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("name", ["安徽省财政厅", "江阴市行政审批局", "首都师范大学", "嘉禾社会工作服务中心", "县妇幼保健院"])
def test_a_name_with_an_institution_head_passes_the_lower_bar(name):
    assert unit_name(name, UNIT_P + 0.01)
    assert not unit_name(name, UNIT_P - 0.01)


@pytest.mark.parametrize("name", ["景东乌骨鸡", "滨海新区泰达街道", "园区党委", "各临时党支部", "当地教育基金会",
                                  "广信区）公安局", "村党支部", "社区党组织", "监委"])
def test_kinds_generic_bodies_and_other_heads_do_not(name):
    assert not unit_name(name, 0.8)


def test_a_late_found_firm_is_found_at_its_other_mentions():
    text = "亿创公司得知消息后，当即成立项目组。当时亿创公司账上只有二十多万元。"
    out = repeat_orgs([Cand(0, 4, "ORG", source="arbiter")], text)
    assert [(text[c.start:c.end], c.source) for c in out] == [("亿创公司", "arbiter"), ("亿创公司", "document")]


def test_other_mentions_never_cut_into_an_entity():
    text = "亿创公司得知消息。亿创公司党支部书记说。"
    ents = [Cand(0, 4, "ORG", source="arbiter"), Cand(9, 16, "ORG", source="rule")]
    assert repeat_orgs(ents, text) == ents


def test_other_mentions_never_relabel_a_person():
    text = "沈战东工作室开张。沈战东说。"
    ents = [Cand(0, 5, "ORG", source="arbiter"), Cand(9, 12, "PERSON", source="model")]
    assert repeat_orgs(ents, text) == ents
    bare = [Cand(0, 3, "ORG", source="arbiter"), Cand(9, 12, "PERSON", source="model")]
    assert repeat_orgs(bare, "沈战东来了。他说，沈战东说。") == bare


def test_rule_found_organisations_are_not_repeated_here():
    text = "县教育局召开会议。县教育局局长说。"
    ents = [Cand(0, 4, "ORG", source="rule")]
    assert repeat_orgs(ents, text) == ents


@pytest.mark.parametrize("text, paper", [
    ("■珠江商报记者 梁志明 通讯员 何丽\n北滘镇近日召开会议。", "珠江商报"),
    ("（宁乡新闻记者 周建 通讯员 文丽）", "宁乡新闻"),
    ("长阳新闻\n第2135期\n", "长阳新闻"),
    ("今日洛川\n2024年3月1日  星期五\n", "今日洛川"),
    ("《昆山日报》头版刊发了这篇通讯。", "昆山日报"),
])
def test_a_paper_named_by_a_place_is_an_organisation(text, paper):
    assert paper in _orgs(text)


@pytest.mark.parametrize("text", ["全县新闻工作者座谈会召开。", "湖北卫视在《湖北新闻》中播出专题。",
                                  "据婺源新闻报道，旅游收入增长。", "山西发布消息称，春耕已经开始。"])
def test_news_words_without_a_paper_context_are_no_paper(text):
    assert not any(o.endswith(("新闻", "发布")) for o in _orgs(text))


def test_the_place_of_a_paper_is_no_entity_of_its_own():
    text = "■珠江商报记者 梁志明"
    out = media_names([Cand(1, 3, "LOC")], text)
    assert [(text[c.start:c.end], c.label) for c in out] == [("珠江商报", "ORG")]


@pytest.mark.parametrize("line, paper", [("抚松报", "抚松报"), ("■恭城新闻", "恭城新闻"), ("今日郫都", "今日郫都"),
                                         ("义乌商报 第3456期", "义乌商报")])
def test_a_banner_line_of_place_and_paper_word_is_a_masthead(line, paper):
    s, e = paper_name_span(line)
    assert line[s:e] == paper


@pytest.mark.parametrize("line", ["要闻", "综合新闻", "乡村振兴", "茶乡新闻", "抚松报社召开年会", "2024年6月12日 星期三"])
def test_a_section_or_date_banner_is_no_masthead(line):
    assert paper_name_span(line) is None




def test_a_late_found_name_is_found_again_without_its_country():
    text = "中国建设银行深入贯彻落实。建设银行推出新产品。"
    out = repeat_orgs([Cand(0, 6, "ORG", source="arbiter")], text)
    assert [text[c.start:c.end] for c in out] == ["中国建设银行", "建设银行"]


def test_a_short_form_continues_no_name_on_its_left():
    text = "党员来到镇党群服务中心学习。街道党群服务中心也开放了。"
    out = repeat_orgs([Cand(4, 11, "ORG", source="arbiter")], text)
    assert [text[c.start:c.end] for c in out] == ["镇党群服务中心"]


def test_unit_head_is_the_longest_head() -> None:
    # 中国科学院 ends in 学院 too; the head is 科学院, so the body is 中国, not 中国科
    assert unit_head("中国科学院") == "科学院"
    assert unit_head("县总工会") == "总工会"
    assert unit_head("景东乌骨鸡") is None


def test_editors_on_a_banner_line_are_credited_names():
    from corpus_tools._entity_rules.mastheads import banner_credits, credit_names
    from corpus_tools.layout.model import Block

    assert [n for _, _, n in credit_names("第2版 综合 责任编辑：尹 亮")] == ["尹亮"]
    assert [n for _, _, n in credit_names("编辑：李华 王小明　审核：赵刚")] == ["李华", "王小明", "赵刚"]
    assert credit_names("第1版 要闻") == [] and credit_names("编辑：本版") == []
    assert [n for _, _, n in credit_names("编辑：尹　亮　　王　刚")] == ["尹亮", "王刚"]  # two spaces part two names
    top = [Block("banner", "盐池报", 0, 3, None), Block("banner", "第3版 旗域新闻 责任编辑：李 晶", 4, 20, None),
           Block("body", "编辑：王刚", 21, 26, 0)]
    assert [n for *_, n in banner_credits(top)] == ["李晶"]  # the body's line is no banner


def test_the_media_unit_opening_a_byline_line_is_an_organisation():
    from corpus_tools._entity_rules.mastheads import byline_media

    line = "腾冲市融媒体中心记者 杨丽琼　刀思雨"
    s, e = byline_media(line)
    assert line[s:e] == "腾冲市融媒体中心"
    assert byline_media("本报记者 潘　丽") is None
    # a bare level word is the paper's own county: its unit is an ORG, as in a body (gold of pages21, pages28, user32 F12)
    assert byline_media("县融媒体中心记者 王刚") == (0, 6)
    assert byline_media("融媒体中心记者 王刚") is None
    assert byline_media("腾冲市融媒体中心主任说") is None  # no reporter's role after it
