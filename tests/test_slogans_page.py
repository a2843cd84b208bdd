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


def test_a_formula_quoted_with_a_word_before_it_joins_the_formula_quoted_alone():
    from corpus_tools.corpus import Issue
    from corpus_tools.slogans import page_slogans

    page = Issue("p", "石门推行“村务五公开”\n　　全乡推行“公开计划、公开资金、公开进度、公开质量、公开结果”“五公开”工作法。\n")
    rows = {r.text: (r.kind, r.count) for r in page_slogans(page).itertuples()}
    assert rows["五公开"] == ("numbered", 2) and "村务五公开" not in rows
    alone = Issue("q", "县里实施“志智双扶”工程，帮群众拔穷根。\n")
    assert [(r.text, r.kind) for r in page_slogans(alone).itertuples()] == [("志智双扶", "numbered")]
