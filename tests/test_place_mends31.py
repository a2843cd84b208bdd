"""Old township names, natural villages, products and per-unit tables (mend31a, user31b findings 1-4, 7, 11, 12).

Invented sentences; the counties are real (their gazetteer rows), the history is not.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.place_mends import mend_places
from corpus_tools.former_places import merger_links
from corpus_tools.place_units import unit_names, unit_table


def _found(text: str, county: str) -> list[tuple[str, str, "str | None"]]:
    return [(e.text, e.label, e.admin_code) for e in ct.find_entities(text, county_code=county)]


@pytest.mark.parametrize("text, name", [
    ("近年来，红旗乡扎实推进小流域治理。", "红旗乡"),
    ("入秋以来，和平乡组织干部群众抢收玉米。", "和平乡"),
])
def test_a_national_township_name_printed_with_its_head_is_kept_unlinked(text, name):
    found = _found(text, "330726")  # 浦江县 has neither
    assert (name, "TOWNSHIP", None) in found


def test_a_stem_of_the_county_with_another_head_is_that_township():
    # 平等镇 of 龙胜 today: 平等乡 (before 乡改镇) is the same unit although 平等 is a common word
    assert ("平等乡", "TOWNSHIP", "450328104") in _found("上月，平等乡召开春耕生产动员会。", "450328")


@pytest.mark.parametrize("text", ["建设美丽乡村，增进团结乡亲情谊。", "维护世界和平乡亲们都说好。", "推进新型城镇化和小城镇建设。"])
def test_plain_words_around_a_head_stay_words(text):
    assert not [x for x in _found(text, "330726") if x[1] == "TOWNSHIP"]


def test_no_other_county_township_for_a_village_short_form_and_head():
    # 宋溪 is a village of 浦江县; 宋溪镇 is a town of another province: not linked there
    found = _found("县里决定撤销宋溪镇，将其行政区域并入杭坪镇。", "330726")
    assert ("宋溪镇", "TOWNSHIP", None) in found
    assert not any(code == "360423107" for _, _, code in found)


def test_merger_sentences_of_a_township_made_a_town():
    links = merger_links(["撤乡建镇三年来，原红旗乡所在的杭坪镇变化很大。",
                          "治平乡撤乡建镇工作已上报省人民政府审批，拟设立檀溪镇。",
                          "撤虞宅乡建虞宅镇后，镇区扩大。",
                          "撤销宋溪乡，将其行政区域并入杭坪乡。"], "330726")
    assert links["红旗乡"][:2] == ("330726107", "杭坪镇")
    assert links["治平乡"][:2] == ("330726106", "檀溪镇")
    assert links["宋溪乡"][:2] == ("330726107", "杭坪镇")  # 杭坪乡 printed, 杭坪镇 today: its stem


def test_settlements_products_former_marks_and_slogan_counties():
    t = "黄岭瑶寨的妇女在门前晒着罗汉果和辣椒。"
    found = _found(t, "330726")
    assert not any(label == "PERSON" for _, label, _ in found)
    mended = mend_places([Cand(0, 4, "PERSON"), Cand(12, 15, "PERSON")], t, "330726")
    assert [(t[c.start:c.end], c.label) for c in mended] == [("黄岭瑶寨", "VILLAGE")]
    found = _found("新村由原石塘村、岭脚村合并而成。", "330726")
    assert not any(name.startswith("原") for name, _, _ in found)
    assert not any(name == "兴县" for name, _, _ in _found("全县坚持旅游兴县，游客逐年增加。", "330726"))
    assert ("兴县", "GPE", "141123") in _found("山西兴县的红枣远销各地。", "330726")
    assert any(label == "PERSON" for _, label, _ in _found("村民罗汉果说，今年收成好。", "330726"))


def _mentions() -> pd.DataFrame:
    return pd.DataFrame({
        "issue_id": ["a", "a", "b", "b"], "article_id": ["a-1", "a-1", "b-1", "b-1"], "part": ["text"] * 4,
        "start": [0, 10, 0, 10], "end": [3, 13, 3, 13], "label": ["TOWNSHIP"] * 3 + ["VILLAGE"],
        "printed": ["治平乡", "杭坪镇", "杭坪", "马岭脚村"], "name": ["治平乡", "杭坪镇", "杭坪镇", "马岭脚村"],
        "admin_code": ["330726107", "330726107", "330726107", None],
        "link": ["former-via-merger", "exact", "short", "none"], "linked_to": ["杭坪镇", "", "", ""],
        "in_name": [""] * 4, "township_printed": [""] * 4, "county_code": ["330726"] * 4})


def test_unit_table_is_one_row_per_code_and_keeps_unlinked_names():
    t = unit_table(_mentions())
    assert len(t) == 2
    row = t[t["admin_code"] == "330726107"].iloc[0]
    assert row["name"] == "杭坪镇" and row["mentions"] == 3
    assert row["printed_as"].split("、") == ["治平乡", "杭坪镇", "杭坪"]
    assert (t["name"] == "马岭脚村").any()
    assert len(ct.place_table(_mentions())) == 3  # the per-name table is unchanged


def test_unit_names_fold_former_names_only():
    assert unit_names(_mentions()) == {"治平乡": "杭坪镇"}


def test_a_verb_and_a_kind_of_road_is_no_facility():
    assert not [x for x in _found("山里群众盼望修通连村公路。", "330726") if x[1] == "FAC"]
