"""The composer's forms of the thirty-third layout helper (benchmarks/compose_forms33.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import compose_forms33 as forms33  # noqa: E402
from compose_parts import jumps_and_editors  # noqa: E402

from corpus_tools.layout.headforms import JUMP_LINE_RE  # noqa: E402
from corpus_tools.layout.patterns import is_staff_line  # noqa: E402
from corpus_tools.layout.bylines import parse_byline  # noqa: E402


@pytest.mark.parametrize("u", [0.0, 0.3, 0.6, 0.9, 0.99])
def test_jump_lines_are_of_the_form_the_layout_reads(u):
    assert JUMP_LINE_RE.match(forms33.jump_line(u, after=True))
    assert JUMP_LINE_RE.match(forms33.jump_line(u, after=False))


@pytest.mark.parametrize("u", [0.1, 0.5, 0.9])
def test_editor_and_staff_lines_are_staff_lines(u):
    assert is_staff_line(forms33.editor_line("卢敏", u))
    assert is_staff_line(forms33.foot_staff(["江涛", "林晨", "徐海波"], u))


@pytest.mark.parametrize("u", [0.0, 0.5, 0.95])
def test_a_unit_credit_reads_as_its_unit(u):
    printed, unit = forms33.unit_credit(u)
    assert parse_byline(printed) == [("", unit)]


def test_jumps_and_editors_place_their_lines_as_credits():
    group = [("head", "县里召开会议", "title", 0), ("body", "近日，县里召开会议。", "body", 0)]
    out = jumps_and_editors(group, [0.0, 0.0, 0.0, 0.5, 0.5, 0.5], set(), False)
    assert [u[0] for u in out] == ["head", "credit", "body", "credit", "credit"]
    assert all(u[3] is None for u in out if u[0] == "credit")
    assert "下转" in out[3][1] and "上接" in out[1][1]
    tags: set[str] = set()
    assert jumps_and_editors(group, [0.9] * 6, tags, False) == group and not tags
