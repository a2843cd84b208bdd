"""Tests of corpus_tools.slogans.page (grouping a page's mentions; invented fixtures)."""

from __future__ import annotations

from corpus_tools.slogans.core import SloganMention
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.page import group_page


def _mention(text: str) -> SloganMention:
    return SloganMention(text, "numbered", 0, len(text), True, "", "numbered")


def test_a_longer_printed_form_joins_its_numbered_short_form():
    groups = group_page([_mention("五个进一步"), _mention("五个进一步要求")], Lexicon.build(None))
    assert list(groups) == ["五个进一步"]
    assert set(groups["五个进一步"]["texts"]) == {"五个进一步", "五个进一步要求"}


def test_a_series_opening_with_a_numbered_formula_stays_its_own_formula():
    groups = group_page([_mention("两手抓"), _mention("两手抓、两促进、两不误")], Lexicon.build(None))
    assert sorted(groups, key=len) == ["两手抓", "两手抓、两促进、两不误"]
