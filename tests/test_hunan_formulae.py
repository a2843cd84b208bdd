"""The provincial formulae of Hunan in the known-formula lexicon (user31 F7), on an invented page."""

import corpus_tools as ct

HUNAN = {"两型社会": 2007, "四化两型": 2011, "一带一部": 2013, "创新引领、开放崛起": 2016, "一件事一次办": 2019,
         "三高四新": 2020}


def test_hunan_rows_have_level_region_year_and_source():
    lex = ct.load_formula_lexicon()
    rows = lex[lex.region == "湖南"].set_index("text")
    for text, year in HUNAN.items():
        assert rows.loc[text, "level"] == "provincial"
        assert int(rows.loc[text, "year"]) == year
        assert rows.loc[text, "source"]


def test_a_quoted_hunan_formula_is_provincial_in_the_slogan_table(tmp_path):
    (tmp_path / "2021-03-05_p1.txt").write_text(
        "全市奋力实干\n会议要求，全面落实“三高四新”战略定位和使命任务，坚持创新引领开放崛起。\n", encoding="utf-8")
    table = ct.extract_slogans(ct.read_corpus(tmp_path)).set_index("text")
    assert table.loc["三高四新", "level"] == "provincial"
    assert table.loc["三高四新", "source"] == "both"
    assert table.loc["创新引领、开放崛起", "source"] == "lexicon"
