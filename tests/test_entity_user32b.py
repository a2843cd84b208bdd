"""Entity findings of a district paper's pages (user32b): owners of bodies printed whole, a kind of housing estate,
a byline's role word glued to a name, a portrait's 记 before a community."""

from __future__ import annotations

from corpus_tools import find_entities


def test_a_body_printed_with_its_district_has_the_owner_of_its_bare_form():
    ents = {e.text: e for e in find_entities("区委召开常委会议。船营区委召开常委会议。", county_code="220204")}
    assert ents["区委"].owner_code == ents["船营区委"].owner_code == "220204"
    assert ents["区委"].norm == ents["船营区委"].norm


def test_an_old_housing_estate_in_an_area_is_a_kind_not_a_facility():
    assert [e.text for e in find_entities("走进辖区老旧小区，为独居老人送去米面油。")] == []
    assert [e.text for e in find_entities("全区老旧小区改造项目日前全面开工。") if e.label == "FAC"] == []
    assert [e.text for e in find_entities("社区把辖区江堤小区的居民组织起来。")] == ["江堤小区"]


def test_the_last_character_of_a_role_word_opens_no_name():
    assert [e.text for e in find_entities("记者　姜铁军　通讯员冯雪梅报道。")] == ["姜铁军", "冯雪梅"]
    assert [e.text for e in find_entities("通讯员阿拉坦仓嘎报道。")] == ["阿拉坦仓嘎"]


def test_a_portraits_ji_before_a_community():
    ents = find_entities("——记德胜社区书记郑秀兰", county_code="220204")
    assert [(e.text, e.label) for e in ents] == [("德胜社区", "COMMUNITY"), ("郑秀兰", "PERSON")]
    assert ents[0].admin_code == "220204001004"
