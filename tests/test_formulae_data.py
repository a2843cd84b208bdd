"""Tests of the shipped formula lexicon's data (corpus_tools/data/formulae.tsv): years of regional use."""

import pandas as pd

from corpus_tools import extract_slogans, load_formula_lexicon, read_corpus


def test_meili_xiangcun_counts_before_the_2013_national_year():
    # user25 finding 4: 美丽乡村 was used in 浙江 (安吉 2008, the province 2010) before 2013's 中央一号文件;
    # an invented 2009 page of another 浙江 county is counted, not dropped as printed before its year
    lex = load_formula_lexicon().set_index("text")
    assert lex.loc["美丽乡村", "year"] == 2008 and "2013年中央一号文件" in lex.loc["美丽乡村", "source"]
    c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "date": ["2009-05-01", "2014-05-01"],
                                  "text": ["安吉建设美丽乡村\n本报讯 递铺镇全面推进美丽乡村建设，村容村貌明显改善。",
                                           "美丽乡村再提升\n本报讯 美丽乡村建设持续推进。"]}))
    s = extract_slogans(c).set_index("text")
    assert s.loc["美丽乡村", ["count", "n_before_year"]].tolist() == [4, 0]
    assert str(s.loc["美丽乡村", "first_date"]) == "2009-05-01"


def test_docs_give_the_lexicon_size_the_data_has():
    # user26 F10: docs/slogans.md said 180 formulations while the file had 232; the number is pinned to the data
    import re
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "slogans.md").read_text(encoding="utf-8")
    said = re.search(r"of\s+(\d+) official formulations", docs)
    assert said is not None and int(said.group(1)) == len(load_formula_lexicon())


def test_urban_rural_and_employment_formulae_of_a_labour_export_county():
    # user37 F3: 统筹城乡 (printed both ways) and 就业优先 are national formulae with a dated source;
    # 一人就业、全家脱贫 is the employment-poverty-relief wording (no year: its first document is not verified)
    lex = load_formula_lexicon().set_index("text")
    assert lex.loc["统筹城乡", "year"] == 2002 and "十六大" in lex.loc["统筹城乡", "source"]
    assert lex.loc["就业优先", "year"] == 2011 and pd.isna(lex.loc["一人就业、全家脱贫", "year"])
    c = read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2013-03-01"], "text": [
        "河口镇推进城乡统筹\n本报讯 河口镇坚持统筹城乡发展，推进城乡统筹，实施就业优先战略，"
        "力争一人就业，全家脱贫。"]}))
    s = extract_slogans(c).set_index("text")
    assert s.loc["统筹城乡", "count"] == 3 and s.loc["就业优先", "count"] == 1
    assert s.loc["一人就业、全家脱贫", "count"] == 1
    assert "输出一人、脱贫一户" not in set(lex.index)  # a county slogan without an official source: extra= is the way
