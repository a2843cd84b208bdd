"""A formulae table's row with an empty text is named by its line (user27 F11)."""

import pytest

import corpus_tools as ct


def test_empty_text_gives_its_line(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# 我的提法\ntext\tkind\tyear\n三抓三促\tnumbered\t2023\n\tquoted\t2020\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 4 has an empty 'text'"):
        ct.load_formula_lexicon(extra=path)


def test_empty_text_of_an_entry_in_memory_gives_its_position():
    with pytest.raises(ValueError, match=r"entry 1 has an empty 'text'"):
        ct.load_formula_lexicon(extra=[{"text": "三抓三促"}, {"text": " "}])
