"""A formula printed inside a longer one (corpus_tools.slogans.inside) and the new poverty-era rows: user31b F6."""

import datetime as dt

import pandas as pd

import corpus_tools as ct
from corpus_tools.slogans import extract_slogans, slogan_mentions, slogan_trends
from corpus_tools.slogans.formulae import FormulaMatcher
from corpus_tools.slogans.inside import composite_spans

# invented pages: 脱贫攻坚 printed on its own in 2019, only inside the 衔接 formula in 2022
PAGES = pd.DataFrame({
    "text": ["县里召开会议\n本报讯 县委要求全力打赢脱贫攻坚战，推进易地扶贫搬迁。\n",
             "县里召开会议\n本报讯 县委要求推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接，推进乡村振兴。\n"],
    "date": ["2019-05-06", "2022-05-06"]})


def test_a_part_inside_a_composite_is_counted_but_not_dated():
    c = ct.read_corpus(PAGES)
    t = extract_slogans(c, layers=("lexicon",)).set_index("text")
    row = t.loc["脱贫攻坚"]
    assert int(row["count"]) == 2 and int(row["n_in_formula"]) == 1     # the raw count stays honest
    assert row["last_date"] == dt.date(2019, 5, 6)                        # its own use ends in 2019
    assert int(t.loc["乡村振兴", "n_in_formula"]) == 1 and t.loc["乡村振兴", "last_date"] == dt.date(2022, 5, 6)
    m = slogan_mentions(c, layers=("lexicon",))
    assert set(m.loc[m["text"] == "脱贫攻坚", "in_formula"]) == {"", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接"}
    nested = extract_slogans(c, layers=("lexicon",), nested=True).set_index("text")
    assert nested.loc["巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "n_in_formula"] == 0
    assert nested.loc["脱贫攻坚", "last_date"] == dt.date(2019, 5, 6)
    tr = slogan_trends(c, by="year", layers=("lexicon",))
    r = tr[(tr["text"] == "脱贫攻坚") & (tr["period"] == "2022")].iloc[0]
    assert (int(r["count"]), int(r["n_in_formula"])) == (1, 1)
    assert r["last_date"] == dt.date(2019, 5, 6)


def test_composite_spans_are_known_without_nested():
    assert composite_spans(FormulaMatcher.build(None), "决战决胜脱贫攻坚") == [(0, 8, "决战决胜脱贫攻坚")]


def test_the_poverty_era_rows():
    got = {m.formula for m in ct.find_formulae("实施整村推进扶贫开发，推进易地扶贫搬迁，深化东西部扶贫协作。")}
    assert got == {"整村推进", "易地扶贫搬迁", "东西部扶贫协作"}
    lex = ct.load_formula_lexicon().set_index("text")
    assert lex.loc[["整村推进", "易地扶贫搬迁", "东西部扶贫协作"], "year"].astype(int).tolist() == [2001, 2001, 1996]
    assert all(lex.loc[["整村推进", "易地扶贫搬迁", "东西部扶贫协作"], "source"].str.len() > 10)
