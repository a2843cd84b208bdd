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
