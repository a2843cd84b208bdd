"""Tests for corpus_tools.slogans.reasoning and its hook on unquoted series (fixtures written for these tests)."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools.slogans import reasoning


def test_consequence_chain_shape():
    assert reasoning.consequence_chain(["林子保不住", "水土就流失", "村民也难致富"])
    assert not reasoning.consequence_chain(["一人一就业", "一户一就业", "一村一产业"])   # 就业 is a word
    assert not reasoning.consequence_chain(["抓班子", "带队伍", "促发展"])
    assert not reasoning.consequence_chain(["马上就办", "真抓实干", "久久为功"])         # one item only


def test_chain_of_consequences_is_no_series():
    text = "“三农”工作很重要。农民腰包鼓不起来，农业就没有后劲，农村也留不住人。"
    assert not any("，" in m.text or "、" in m.text for m in ct.find_slogans(text))
