"""A short column name over a title as short (corpus_tools.layout.columnkickers; round 32, user32b F4)."""

from corpus_tools.layout.columnkickers import column_kickers
from corpus_tools.layout.lines import read_lines


def test_short_column_name_over_a_title_no_longer_is_a_kicker_by_its_words():
    raw = "乡村纪事\n河边的清晨\n文/孟凡\n　　清晨的河边，柳枝上挂满了霜。\n"
    assert column_kickers(read_lines(raw), ["B-title", "title", "byline", "para"])[:2] == ["B-kicker", "title"]


def test_a_title_sharing_words_with_its_text_stays_whole():
    raw = "河边柳树\n挂满白霜\n　　清晨的河边，柳树上挂满了白霜。\n"
    assert column_kickers(read_lines(raw), ["B-title", "title", "para"]) == ["B-title", "title", "para"]
