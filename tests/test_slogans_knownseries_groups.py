"""Tests of corpus_tools.slogans.knownseries for known formulae of paired items (讲政治、有信念，讲规矩、有纪律 …)."""

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.knownseries import grouped_slots, unquoted_known_series

KEY = "讲政治、有信念,讲规矩、有纪律,讲道德、有品行,讲奉献、有作为"


def test_groups_of_like_items_share_their_slots():
    assert grouped_slots(KEY)
    assert not grouped_slots("守初心、担使命,找差距、抓落实")        # unlike halves
    assert not grouped_slots("讲政治、有信念,讲规矩")                 # groups of two sizes
    assert not grouped_slots("学纪、知纪、明纪、守纪")                # one group: the plain test's business


def test_an_unquoted_paired_formula_is_found_as_printed():
    text = "广大党员要做到讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为，争当先锋。"
    found = unquoted_known_series(text, {KEY: "parallel"}, {KEY: 2016}, 2016, [])
    assert [m.text for m in found] == ["讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为"]
    assert unquoted_known_series(text, {KEY: "parallel"}, {KEY: 2016}, 2010, []) == []   # before its year


def test_the_shipped_lexicon_marks_the_four_emphases_and_their_count():
    text = "支部书记带头讲党课，引导党员讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为，争做“四讲四有”合格党员。"
    got = {m.text: (m.kind, m.source) for m in find_slogans(text) if m.source != "lexicon"}
    assert got == {"讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为": ("parallel", "both"),
                   "四讲四有": ("numbered", "both")}
