"""Tests of training/slogans/formula_gaps.py (where the known-formula lexicon is thin) and of the rows it led to."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from corpus_tools.slogans.formulae import find_formulae, load_formula_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "slogans"))

import formula_gaps  # noqa: E402


def test_count_reads_quoted_phrases_and_counting_formulae():
    docs = ["会上提出“山水共治”的思路，坚持三个到位。", "继续推进“山水共治”，落实三个到位、两个清单。"]
    ndocs, mentions, quoted = formula_gaps.count(docs)["quoted"]
    assert ndocs["山水共治"] == 2 and quoted["山水共治"] == 2
    ndocs, mentions, quoted = formula_gaps.count(docs)["counted"]
    assert ndocs["三个到位"] == 2 and mentions["三个到位"] == 2 and quoted["三个到位"] == 0
    assert ndocs["两个清单"] == 1


def test_sentences_and_numbers_are_not_quoted_phrases():
    ndocs = formula_gaps.count(["他说：“今年收成好，明年更好。”又说“2024年”。"])["quoted"][0]
    assert not ndocs


def test_covered_keys_hold_both_lexicons():
    forms, marked = formula_gaps.covered_keys()
    assert "乡村振兴" in forms and "港人治港" in forms and "九二共识" in forms
    assert marked


@pytest.mark.parametrize("text, formula", [
    ("坚持“一国两制”、“港人治港”、高度自治的方针", "港人治港"),
    ("早日实现两岸直接“三通”", "三通"),
    ("贯彻“双百”方针，繁荣文艺创作", "双百方针"),
    ("坚持一个中国原则和“九二共识”", "九二共识"),
    ("落实“巩固、增强、提升、畅通”八字方针", "巩固、增强、提升、畅通"),
])
def test_rows_added_from_the_gaps_are_found(text, formula):
    assert formula in [m.formula for m in find_formulae(text)]


def test_three_links_not_inside_site_preparation():
    assert "三通" not in [m.formula for m in find_formulae("园区完成“三通一平”，企业陆续入驻")]


def test_added_rows_are_dated_or_say_why_not():
    lex = load_formula_lexicon().set_index("text")
    for text in ("九二共识", "港人治港", "三通", "双百方针", "二为方向", "严打", "走出去战略", "两弹一星精神",
                 "四种危险", "四大考验", "两个责任", "巩固、增强、提升、畅通", "坚持和巩固什么、完善和发展什么", "四集中"):
        assert lex.loc[text, "year"] > 1950 and lex.loc[text, "source"], text
    for text in ("一个中国原则", "三权分置", "四早", "两个文明"):
        assert "year left blank" in lex.loc[text, "note"], text


def test_1998_month_finds_the_added_formulae_of_its_era(data_dir):
    path = data_dir / "people_daily_1998" / "199801.txt"
    if not path.exists():
        pytest.skip(f"{path} not found")
    from formula_era_counts import days_1998

    found = set()
    for day, text in days_1998(path).items():
        found.update(m.formula for m in find_formulae(text, date=dt.date.fromisoformat(day)))
    assert {"港人治港", "三通", "双百方针", "严打", "八项主张", "和平共处五项原则", "两个文明"} <= found
    assert not {"九二共识", "两个责任", "四集中", "四种危险", "长三角一体化发展"} & found
