"""Era formulae of rural land and poverty-relief policy in the known-formula lexicon (slog37), on invented pages."""

import corpus_tools as ct

ROWS = {"增人不增地、减人不减地": (1993, "national"), "先诊疗后付费": (2016, "national"),
        "规划到户、责任到人": (2009, "provincial")}


def test_rows_have_year_level_and_source():
    lex = ct.load_formula_lexicon().set_index("text")
    for text, (year, level) in ROWS.items():
        assert int(lex.loc[text, "year"]) == year
        assert lex.loc[text, "level"] == level
        assert lex.loc[text, "source"]
    assert lex.loc["规划到户、责任到人", "region"] == "广东"


def test_the_land_formula_is_counted_unquoted_on_a_page_of_its_era(tmp_path):
    (tmp_path / "1999-04-02_p1.txt").write_text(
        "延包工作稳步推进\n本报讯 柳河乡延长土地承包期，坚持增人不增地、减人不减地，合同签到每一户。\n", encoding="utf-8")
    table = ct.extract_slogans(ct.read_corpus(tmp_path)).set_index("text")
    assert table.loc["增人不增地、减人不减地", "source"] == "lexicon"


def test_a_later_formula_is_not_counted_on_an_earlier_page(tmp_path):
    # the era guard: a 2016 formula printed on a 1999 page is not that formula
    (tmp_path / "1999-04-02_p1.txt").write_text(
        "卫生院见闻\n本报讯 乡卫生院实行先诊疗后付费的试点，病人先看病。\n", encoding="utf-8")
    row = ct.extract_slogans(ct.read_corpus(tmp_path)).set_index("text").loc["先诊疗后付费"]
    assert row["count"] == 0 and row["n_before_year"] == 1


def test_the_quoted_health_formula_is_marked_on_a_page_of_its_era(tmp_path):
    (tmp_path / "2019-07-10_p2.txt").write_text(
        "健康扶贫暖人心\n本报讯 县人民医院落实“先诊疗后付费”，贫困患者住院不用交押金。\n", encoding="utf-8")
    table = ct.extract_slogans(ct.read_corpus(tmp_path)).set_index("text")
    assert table.loc["先诊疗后付费", "source"] == "both"
