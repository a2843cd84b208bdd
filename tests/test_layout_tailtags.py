"""A column-flow tail the line model opened an article on (corpus_tools.layout.tailtags)."""

from __future__ import annotations

import pytest

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.tailtags import tail_openings


def test_continuing_line_gives_the_opening_back_to_the_headline_under_it():
    page = "　　园区年产蔬菜1200吨。\n，统一销售，户均增收1.6万元。\n崔家桥镇开展植树活动\n　　3月12日，崔家桥镇植树。\n"
    assert tail_openings(read_lines(page), ["para", "B-para", "title", "para"]) == [
        "para", "para", "B-title", "para"]


def test_a_line_opening_with_a_character_or_with_no_headline_under_it_stays():
    page = "　　园区年产蔬菜1200吨。\n统一销售，户均增收1.6万元。\n崔家桥镇开展植树活动\n"
    assert tail_openings(read_lines(page), ["para", "B-para", "title"]) == ["para", "B-para", "title"]
    page = "　　园区年产蔬菜1200吨。\n、统一销售，户均增收。\n　　3月12日，崔家桥镇植树。\n"
    assert tail_openings(read_lines(page), ["para", "B-para", "B-para"]) == ["para", "B-para", "B-para"]


def test_tags_must_match_the_lines():
    with pytest.raises(ValueError, match="one tag a non-blank line"):
        tail_openings(read_lines("、统一销售。\n"), [])
