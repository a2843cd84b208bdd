"""Former counties and development zones (corpus_tools._entity_rules.gpe_forms), with invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.gpe_forms import former_units
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools.entities import find_entities


def test_former_county_keeps_its_suffix_and_links_to_the_new_unit():
    t = "山东邹平县临池镇的村民"
    out = former_units(t, [Cand(2, 4, "GPE")])
    assert [(t[c.start:c.end], c.code) for c in out] == [("邹平县", "371681")]


def test_a_county_the_gazetteer_lists_as_such_is_left_to_the_gazetteer():
    t = "云南宾川县的医疗队"
    assert former_units(t, [Cand(2, 4, "GPE")]) == []


def test_development_zone_after_a_city_is_one_gpe():
    t = "湖南岳阳经开区康王乡"
    out = former_units(t, [Cand(2, 4, "GPE")])
    assert [t[c.start:c.end] for c in out] == ["岳阳经开区"]
    assert former_units("岳阳市新区", [Cand(0, 3, "GPE")]) == []  # a full name with its suffix: no zone


def test_find_entities_tags_the_former_county():
    ents = find_entities("山东邹平县临池镇第一书记说，邹平县的路通了。", model=False)
    assert [(e.text, e.label) for e in ents if e.label == "GPE"] == [("山东", "GPE"), ("邹平县", "GPE"), ("邹平县", "GPE")]


def test_development_slogan_is_not_the_county_xing():
    # user19: 文旅兴县 in a Hunan county's slogan was tagged as Shanxi's 兴县, seven times
    for text in ("坚持工业强县、农业稳县、文旅兴县，全力推进高质量发展。", "实施生态立县、产业兴县战略。",
                 "全县上下唱响“文旅兴县”品牌。"):
        assert "兴县" not in {e.text for e in find_entities(text, county_code="430223")}, text


def test_the_county_xing_after_its_city_a_verb_or_a_noun_is_kept():
    for text in ("吕梁兴县蔡家崖村是晋绥边区首府所在地。", "县委书记在兴县调研。", "革命老区兴县发展迅速。"):
        assert ("兴县", "GPE") in {(e.text, e.label) for e in find_entities(text)}, text


def test_full_development_zone_name_is_a_facility_not_a_gpe():
    # gold convention (dev9 明光经济开发区, minor_held23 沭阳经济技术开发区): the full 开发区 name is FAC
    t = "江西龙南经济技术开发区"
    assert former_units(t, [Cand(2, 4, "GPE")]) == []
    ents = find_entities("在龙南经济技术开发区，一家电子企业的车间春节不停工。", county_code="360783")
    assert ("龙南经济技术开发区", "FAC") in {(e.text, e.label) for e in ents}
