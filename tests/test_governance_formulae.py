"""Township-governance formulae of 2003-2025 in the known-formula lexicon, and the page line's name (user29 F3)."""

from corpus_tools.corpus import Issue
from corpus_tools.slogans.formulae import find_formulae, load_formula_lexicon
from corpus_tools.slogans.printed import banner_lines


def _found(text):
    return [m.formula for m in find_formulae(text)]


def test_governance_rows_have_year_and_source():
    df = load_formula_lexicon().set_index("text")
    for name, year in [("网格化管理", 2013), ("乡风文明", 2005), ("河长制", 2016), ("湖长制", 2018),
                       ("林长制", 2021), ("路长制", 2019), ("积分制", 2020), ("自治、法治、德治相结合", 2017)]:
        assert int(df.loc[name, "year"]) == year
        assert str(df.loc[name, "source"]).strip()


def test_unquoted_governance_formulae_are_counted():
    assert _found("我镇持续深化网格化管理，推动乡风文明建设。") == ["网格化管理", "乡风文明"]
    assert _found("全面推行河长制、湖长制，试点积分制管理。") == ["河长制", "湖长制", "积分制"]


def test_inside_the_twenty_characters_the_longer_formula_counts():
    assert _found("按照生产发展、生活宽裕、乡风文明、村容整洁、管理民主的要求") == [
        "生产发展、生活宽裕、乡风文明、村容整洁、管理民主"]


def test_page_line_name_is_read_as_a_line_outside_articles():
    page = "山城日报\n第05版　乡村振兴\n\n茶园里的新农人\n本报记者　方敏\n　　近日，记者来到东山镇，茶农们正忙着采摘春茶，合作社收购价比去年高。\n"
    assert any("乡村振兴" in line for line in banner_lines(Issue("p", page)))


def test_quoted_points_system_is_a_formula_not_a_marked_slogan():
    import pandas as pd

    import corpus_tools as ct
    from corpus_tools.slogans import page_slogans

    text = "东坡镇推行党员“积分制”管理\n本报记者　方敏\n　　近日，东坡镇推行党员积分制管理，村民说好。\n"
    c = ct.read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2021-05-01"], "text": [text]}))
    assert "积分制" not in set(page_slogans(c.issues[0])["text"])
    table = ct.extract_slogans(c).set_index("text")
    assert table.loc["积分制", "source"] == "lexicon" and table.loc["积分制", "count"] == 2
