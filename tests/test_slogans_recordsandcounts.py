"""Tests for round 34's slogan mechanisms (slogan43): a card paid out in its form, a list or ledger kept, a counted
series holding one 一 item, the whole last item a sentence end closes, and 为民务实清廉's kind. Fixtures written for
these tests."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools.slogans import objectuse
from corpus_tools.slogans.core import SloganMention
from corpus_tools.slogans.formulae import load_formula_lexicon
from corpus_tools.slogans.lastitem import MAX_TAIL, whole_last_item


def _found(sentence: str) -> dict[str, str]:
    return {m.text: m.kind for m in ct.find_slogans(sentence)}


def test_card_paid_out_in_its_form_is_no_slogan():
    assert objectuse.handled_device("一卡通", "良种补贴以", "形式发到户")
    assert "一卡通" not in _found("今年的良种补贴以“一卡通”形式发到农户手中。")
    assert _found("镇里规范“一卡通”台账，堵住了补贴发放的漏洞。").get("一卡通") == "numbered"


def test_list_or_ledger_kept_is_a_record():
    assert objectuse.record_name("民生清单") and objectuse.record_name("走访台账")
    assert not objectuse.record_name("两张清单") and not objectuse.record_name("清单")


def test_counted_series_with_one_item_is_numbered():
    assert _found("乡里全面落实“四减免、两补贴、一统筹”政策。").get("四减免、两补贴、一统筹") == "numbered"
    assert _found("不少农户按照“一亩菜、一头猪、一亩果”的路子增收。").get("一亩菜、一头猪、一亩果") != "numbered"


def test_sentence_end_closes_the_last_item():
    t = "镇里要求各收购点做到不准克扣斤两、不准拖欠货款、不准搭车收取费用。"
    assert "不准克扣斤两、不准拖欠货款、不准搭车收取费用" in _found(t)
    cut = t.index("费")
    m = SloganMention(t[10:cut], "parallel", 10, cut, False, "", "repeated word")
    assert whole_last_item(t, m, t.index("。")).end == t.index("。")
    # a tail longer than MAX_TAIL, or a frame word, or a comma after it: the even cut stays
    long_tail = "做到统一供种、统一技术、统一销售到外省各地。"
    m = SloganMention("统一供种、统一技术、统一销售", "parallel", 2, 16, False, "", "repeated word")
    assert len(long_tail[16:long_tail.index("。")]) > MAX_TAIL and whole_last_item(long_tail, m, 21) == m
    framed = "坚持抓党建、促发展、保稳定工作。"
    m = SloganMention("抓党建、促发展、保稳定", "parallel", 2, 13, False, "", "series in frame")
    assert whole_last_item(framed, m, framed.index("。")) == m
    comma = "要求做到不准压级压价、不准拒收限收、不准代扣费用，方便农民。"
    m = SloganMention("不准压级压价、不准拒收限收、不准代扣", "parallel", 4, 22, False, "", "repeated word")
    assert whole_last_item(comma, m, comma.index("，")) == m


def test_compact_mass_line_theme_is_quoted():
    lex = load_formula_lexicon()
    row = lex[lex["text"] == "为民务实清廉"].iloc[0]
    assert row["kind"] == "quoted"
    assert _found("教育实践活动以“为民务实清廉”为主要内容。").get("为民务实清廉") == "quoted"
