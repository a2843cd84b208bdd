"""lexicon_source: a known formula's row says whether it is the library's (shipped) or the user's file (user32 F15)."""

import warnings

import pandas as pd

from corpus_tools import extract_slogans, load_formula_lexicon, read_corpus
from corpus_tools.slogans import SLOGAN_COLUMNS
from corpus_tools.slogans.lexiconsource import lexicon_sources, shipped_formula_texts

PAGE = ("本报讯　近日，我县召开大会，全面推进乡村振兴，奋力实现“桃源崛起”，"
        "以“桃源崛起”统领全县工作，推动“三抓三促”落地见效。\n")


def _corpus():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_corpus(pd.DataFrame({"text": [PAGE], "date": ["2023-05-01"]}))


def test_column_is_last_and_shipped_without_a_user_file():
    sl = extract_slogans(_corpus())
    assert list(sl.columns) == SLOGAN_COLUMNS and SLOGAN_COLUMNS[-1] == "lexicon_source"
    row = sl.set_index("text").loc["乡村振兴"]
    assert row["lexicon_source"] == "shipped"
    assert set(sl.loc[sl["source"] == "marked", "lexicon_source"]) <= {""}


def test_user_file_rows_name_the_file(tmp_path):
    path = tmp_path / "my_formulae.tsv"
    path.write_text("text\tkind\tyear\tlevel\n桃源崛起\tquoted\t2021\tcounty\n乡村振兴\t\t\tnational\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mine = load_formula_lexicon(extra=path)
        sl = extract_slogans(_corpus(), formulae=mine).set_index("text")
    assert sl.loc["桃源崛起", "lexicon_source"] == "my_formulae.tsv"        # her row, not the library's
    assert sl.loc["乡村振兴", "lexicon_source"] == "shipped+my_formulae.tsv"  # a shipped row she corrects
    assert "桃源崛起" not in shipped_formula_texts()


def test_formulae_false_and_hand_built_tables():
    assert lexicon_sources(["乡村振兴"], ["both"], False) == [""]
    table = pd.DataFrame({"text": ["桃源崛起", "乡村振兴"]})
    assert lexicon_sources(table["text"], ["lexicon", "lexicon"], table) == ["extra", "shipped"]
    assert lexicon_sources(["乡村振兴", "五星"], ["lexicon", "marked"], None) == ["shipped", ""]
