"""Tests of corpus_tools.slogans.methodpair (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.methodpair import method_pair


def _marked(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_slogans(text, formulae=False, decision=False)]


@pytest.mark.parametrize("items, after, expected", [
    (["先易后难", "逐村推开"], "的办法，", True),
    (["先易后难", "逐村推开"], "做法", True),
    (["先易后难", "逐村推开"], "。", False),                 # no method head
    (["先易后难", "逐村推开"], "，办法", False),             # the head is not right after the quote
    (["先易后难", "逐步推开全乡"], "的办法", False),         # parts of unequal length
    (["先易后难", "先易后难"], "的办法", False),
    (["先易后难", "逐村推开", "分类指导"], "的办法", False),  # three parts: the series rules decide
])
def test_method_pair(items, after, expected):
    assert method_pair(items, after) is expected


def test_a_quoted_pair_before_a_method_head_is_a_motto_whatever_the_verb():
    assert _marked("石桥镇在两个村试点，总结出“小块并大块、远地换近地”的办法，全镇推开。") == [
        ("小块并大块、远地换近地", "quoted")]


def test_a_quoted_pair_without_a_method_head_stays_out():
    assert _marked("石桥镇在两个村试点，总结出“小块并大块、远地换近地”，全镇推开。") == []


def test_parts_given_as_one_string_are_refused():
    from corpus_tools.errors import ArgumentTypeError

    with pytest.raises(ArgumentTypeError, match="items must be an iterable of parts.*wrap it in a list"):
        method_pair("先易后难、逐村推开", "的办法")
    with pytest.raises(ArgumentTypeError, match="after must be a str, got NoneType"):
        method_pair(["先易后难", "逐村推开"], None)
