"""user30b F1/F2: a formula in local use before its central year (first_use), a formula printed only before its
era keeps a row, the urban-governance formulae and the build frame 打造“X”."""

import datetime as dt

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.slogans.buildframe import builds_label
from corpus_tools.slogans.firstuse import guard_year, parse_years
from corpus_tools.slogans.formulae import FormulaMatcher, load_formula_lexicon


def _corpus(pages):
    return ct.read_corpus(pd.DataFrame({"issue_id": [f"i{k}" for k in range(len(pages))],
                                        "date": [d for d, _ in pages],
                                        "text": [f"简讯\n　　本报讯 {t}\n" for _, t in pages]}))


def test_first_use_lifts_the_guard_for_a_local_practice():
    m = FormulaMatcher.build(None)
    assert not m.anachronistic("网格化管理", dt.date(2008, 4, 10))     # first_use 2004, year 2013
    assert m.anachronistic("网格化管理", dt.date(2001, 4, 10))
    assert m.anachronistic("高质量发展", dt.date(2010, 4, 10))         # no first_use: the year guards
    lex = load_formula_lexicon().set_index("text")
    assert int(lex.loc["网格化管理", "year"]) == 2013 and int(lex.loc["网格化管理", "first_use"]) == 2004


def test_early_mentions_count_and_the_table_keeps_the_central_year():
    df = ct.extract_slogans(_corpus([("2009-04-10", "近日，新城街道深化网格化管理，将辖区划分为16个网格。"),
                                     ("2016-05-02", "东关街道推进网格化管理工作。")])).set_index("text")
    row = df.loc["网格化管理"]
    assert (row["count"], row["n_before_year"], row["first_date"], int(row["year"])) == \
        (2, 0, dt.date(2009, 4, 10), 2013)


def test_a_formula_printed_only_before_its_era_keeps_a_row():
    df = ct.extract_slogans(_corpus([("2009-03-01", "为推动苹果产业高质量发展，该镇新建冷库两座。")]))
    row = df.set_index("text").loc["高质量发展"]
    assert (row["count"], row["n_before_year"], row["first_date"]) == (0, 1, None)
    two = ct.extract_slogans(_corpus([("2009-03-01", "为推动苹果产业高质量发展。")]), min_count=2)
    assert "高质量发展" not in set(two["text"])


def test_user_first_use_column_and_bad_values():
    lex = load_formula_lexicon(extra=[{"text": "一格三员", "year": 2020, "first_use": 2011}])
    assert int(lex.set_index("text").loc["一格三员", "first_use"]) == 2011
    assert guard_year({"year": 2020, "first_use": 2011}) == 2011
    with pytest.raises(ValueError, match="first_use"):
        list(parse_years(["20x1"], ["一格三员"], column="first_use", source="extra"))


def test_urban_governance_formulae_are_known():
    found = {m.formula for m in ct.find_formulae("推行街巷长制，打造红色物业，加强社区党建。")}
    assert found == {"街巷长制", "红色物业", "社区党建"}


@pytest.mark.parametrize("text, expected", [
    ("居委会打造“红色物业”，推动物业服务提质。", ["红色物业"]),
    ("社区着力打造“邻里守望”，居民有事找网格员。", ["邻里守望"]),
    ("今年打造“画家村”，吸引游客。", []),                 # a short name alone
    ("打造“东湖鲜桃”品牌。", []),                         # a product's name
])
def test_build_frame(text, expected):
    assert [m.text for m in ct.find_slogans(text)] == expected


def test_builds_label_needs_a_clause_end():
    assert builds_label("邻里守望", "打造", "的幸福社区")
    assert not builds_label("邻里守望", "建成", "，")
    assert not builds_label("东湖鲜桃", "打造", "区域公用品牌")
