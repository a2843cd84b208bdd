"""Notice words and works roles glued to names (本招标项目X, 招标人：…有限公司|X招标公告, 施工单位X), and joined names."""

from __future__ import annotations

from corpus_tools._entity_rules.joined_names import joined_names
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.notice_names import notice_names
from corpus_tools.entities import find_entities


def _found(text: str, county: "str | None" = None) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, county_code=county)]


def test_name_after_the_tender_words():
    got = _found("本招标项目青松村核桃种植基地已由县发展和改革局批准建设。", "530721")
    assert ("青松村核桃种植基地", "FAC") in got
    assert not any(t.startswith("招标项目") or t == "招标项目" for t, _ in got)


def test_firm_of_the_tenderer_and_the_next_headline():
    text = "招标人：玉龙县城乡建设投资有限公司\n高标准农田建设项目招标公告"
    got = _found(text.replace("\n", ""), "530721")
    assert ("玉龙县城乡建设投资有限公司", "ORG") in got and ("高标准农田建设项目", "PROJECT") in got
    assert not any(t.startswith("有限公司") for t, _ in got)


def test_headline_after_its_body_is_cut():
    text = "大坪村饮水安全工程中标候选人公示大坪村饮水安全工程评标工作已结束"
    es = [Cand(0, len("大坪村饮水安全工程中标候选人公示大坪村饮水安全工程"), "PROJECT")]
    assert [text[c.start:c.end] for c in notice_names(es, text)] == ["大坪村饮水安全工程"] * 2


def test_works_role_and_firm_suffix():
    got = _found("施工单位滇中路桥集团加紧施工。")
    assert ("滇中路桥集团", "ORG") in got and not any(t.startswith("施工单位") for t, _ in got)


def test_road_before_works_word_is_a_project():
    text = "鲁甸至巨甸公路改扩建工程招标公告"
    assert [(text[c.start:c.end], c.label) for c in notice_names([Cand(0, 7, "FAC")], text)] == \
        [("鲁甸至巨甸公路改扩建工程", "PROJECT")]


def test_joined_bureau_harbour_and_peninsula():
    got = _found("县海洋与渔业局到筱埕国家中心渔港检查。", "350122")
    assert ("县海洋与渔业局", "ORG") in got
    text = "黄岐半岛与马祖隔海相望。"
    assert [(text[c.start:c.end], c.label) for c in joined_names([Cand(0, 2, "TOWNSHIP")], text)] == [("黄岐半岛", "LOC")]
    text = "县农业局与林业局联合检查。"
    assert ("林业局", "ORG") in _found(text)  # two bodies: 与 stays the conjunction


def test_project_investments_keep_the_printed_name():
    import pandas as pd

    from corpus_tools import project_investments, read_corpus

    pages = pd.DataFrame({"issue_id": ["p1"], "county_code": ["530721"],
                          "text": ["饮水工程惠民生\n太安乡天红村饮水安全工程完工，拉市镇美泉村饮水安全工程开工建设。"]})
    df = project_investments(read_corpus(pages))
    assert "printed" in df.columns
    assert set(df["printed"].dropna()) >= {"天红村饮水安全工程", "美泉村饮水安全工程"}


def test_unit_stem_and_county_before_facilities():
    from corpus_tools._entity_rules.fac_stems import stem_facilities

    text = "塔城乡依陇藏药材种植基地的工人"
    es = [Cand(0, 3, "TOWNSHIP"), Cand(3, 5, "VILLAGE"), Cand(5, 12, "FAC")]
    assert [(text[c.start:c.end], c.label) for c in stem_facilities(es, text, "530721")] == \
        [("塔城乡", "TOWNSHIP"), ("依陇藏药材种植基地", "FAC")]
    got = _found("会议要求加快玉龙黄山工业园区建设，宝山乡果乐花椒产业示范基地扩种花椒。", "530721")
    assert ("玉龙黄山工业园区", "FAC") in got and ("宝山乡", "TOWNSHIP") in got
    assert ("果乐花椒产业示范基地", "FAC") in got
    assert stem_facilities(es, text, None) == es
