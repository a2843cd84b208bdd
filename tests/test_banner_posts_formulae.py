"""A banner's posts, troupe and credits, the formulae of an autonomous region and a 一个X item of a numbered series
(user30 F1, F2, F3): invented sentences, not the user's pages."""

import corpus_tools as ct
from corpus_tools._entity_rules.unit_posts import unit_posts


def _ents(text):
    return {(e.text, e.label) for e in ct.find_entities(text, county_code="150724")}


def test_posts_of_sums_and_gachas_are_titles():
    assert {"苏木达", "副苏木达", "嘎查达", "旗长", "副旗长"} <= set(unit_posts())
    assert ("巴雅尔", "PERSON") in _ents("辉苏木副苏木达巴雅尔介绍了情况。")
    assert ("乌日娜", "PERSON") in _ents("巴彦嵯岗苏木苏木达乌日娜说。")
    assert ("额日和", "PERSON") in _ents("好力宝嘎查嘎查达额日和说。")


def test_three_character_mongolian_name_after_a_title():
    assert ("朝鲁门", "PERSON") in _ents("副旗长朝鲁门主持会议。")
    assert ("王建军", "PERSON") in _ents("镇长王建军主持会议。")


def test_troupe_is_an_org_and_translator_no_person():
    e = _ents("鄂温克族自治旗乌兰牧骑队长阿拉坦说。")
    assert ("鄂温克族自治旗乌兰牧骑", "ORG") in e and not any(t == "乌兰牧骑" for t, _ in e)
    from corpus_tools._entity_rules.byline_names import byline_entities
    assert byline_entities([("记者", "孟和"), ("", "翻译"), ("", "其其格")]) == [("孟和", "PERSON"), ("其其格", "PERSON")]


def test_nationality_words_are_no_country():
    assert not any(lab == "GPE" for _, lab in _ents("牧民家的蒙古包里飘出奶茶香，孩子们用蒙古语唱歌。"))


def test_region_formulae_are_in_the_lexicon():
    lex = ct.load_formula_lexicon().set_index("text")
    for f in ("守望相助", "北疆亮丽风景线", "民族团结进步创建", "像石榴籽一样紧紧抱在一起", "国家通用语言文字"):
        assert f in lex.index
    assert lex.loc["守望相助", "region"] == "内蒙古"
    found = {m.formula for m in ct.find_slogans("全旗深入开展民族团结进步创建活动，各族群众守望相助。")}
    assert {"民族团结进步创建", "守望相助"} <= found


def test_one_item_beside_counted_items_is_numbered():
    ms = ct.find_slogans("要在建设“三个示范”、“两个中心”和“一个枢纽”上见成效。")
    assert [(m.text, m.kind) for m in ms] == [("三个示范", "numbered"), ("两个中心", "numbered"), ("一个枢纽", "numbered")]
    assert all(m.text != "一个枢纽" or m.kind != "numbered" for m in ct.find_slogans("围绕“一个枢纽”发力。"))


def test_banner_events():
    e = _ents("旗委十三届六次全会召开后，瑟宾节在伊敏河镇开幕，鄂温克族自治旗那达慕大会同期举行。")
    assert {("旗委十三届六次全会", "EVENT"), ("瑟宾节", "EVENT"), ("鄂温克族自治旗那达慕大会", "EVENT")} <= e
    assert ("牧区工作会议", "EVENT") in _ents("全旗牧区工作会议召开。")
    assert not any(lab == "EVENT" for _, lab in _ents("樱花节吸引游客。"))


def test_generic_sum_unit_phrase_is_no_org():
    assert not any(lab == "ORG" for _, lab in _ents("各苏木乡镇党委书记参加会议。"))


def test_a_name_inside_a_formula_is_no_speaker():
    import pandas as pd
    text = ("学习邓小平理论座谈会\n　　本报讯　旗委书记巴特尔在会上说，要深入学习邓小平理论，"
            "全面贯彻“三个代表”重要思想。")
    corpus = ct.read_corpus(pd.DataFrame([dict(issue_id="x", text="鄂温克族自治旗" + text, date="2001-03-05")]),
                            county="150724")
    co = ct.slogan_entity_cooccurrence(corpus, labels=["PERSON"])
    assert "巴特尔" in set(co.loc[co.slogan == "邓小平理论", "entity"])
    assert "邓小平" not in set(co["entity"])
