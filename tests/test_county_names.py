"""Tests for corpus_tools.county_names: a county's code from what a user types."""

from __future__ import annotations

import pytest

from corpus_tools.county_names import division_name, resolve_county


def test_division_name_of_a_code_or_none():
    assert division_name("140728") == "平遥县" and division_name("999999") is None and division_name(None) is None


@pytest.mark.parametrize("value, code", [
    ("武乡县", "140429"), ("武乡", "140429"), ("山西省武乡县", "140429"), ("长治市武乡县", "140429"),
    ("140429", "140429"), (140728, "140728"), ("140728202207", "140728"),
    # user22: a county named as its prefecture + 县 (not the city 铁岭 + 县)
    ("铁岭县", "211221"), ("朝阳县", "211321"), ("抚顺县", "210421"), ("长沙县", "430121"), ("辽宁省铁岭县", "211221"),
    ("铁岭市铁岭县", "211221"), ("昌图", "211224"),
])
def test_resolve_county_accepts_names_and_codes(value, code):
    assert resolve_county(value) == code


def test_resolve_county_ambiguous_and_unknown_names_are_clear_errors():
    with pytest.raises(ValueError, match=r"ambiguous.*140203.*山西省/大同市/新荣区|ambiguous.*新城区"):
        resolve_county("新城区")
    with pytest.raises(ValueError, match="no county of that name"):
        resolve_county("不存在县")
    with pytest.raises(ValueError, match="not a county code of the 2023 division list"):  # (user27 F11)
        resolve_county("149999")
    assert resolve_county("内蒙古自治区呼和浩特市新城区") == "150102"


def test_a_bare_short_form_a_city_shares_is_not_guessed_to_be_the_county():
    """user22: --county 铁岭 silently meant 铁岭县, where a user more likely means the prefecture."""
    with pytest.raises(ValueError, match=r"'铁岭' is ambiguous: the county 铁岭县 \(211221\) or the city 铁岭市"):
        resolve_county("铁岭")
    with pytest.raises(ValueError, match=r"write '抚顺县'"):
        resolve_county("抚顺")


def test_a_county_name_with_the_wrong_suffix_gets_a_suggestion():
    """user21: --county 安远市 was refused without naming 安远县."""
    with pytest.raises(ValueError, match=r"did you mean 安远县 \(360726\)\?"):
        resolve_county("安远市")
    with pytest.raises(ValueError, match=r"did you mean 平利县 \(610926\)\?"):
        resolve_county("平利区")
