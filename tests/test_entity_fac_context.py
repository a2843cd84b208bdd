"""Bare mentions of a site a project is named after (corpus_tools._entity_rules.fac_context), invented fixtures."""

from __future__ import annotations

from corpus_tools._entity_rules.fac_context import sites_of_works
from corpus_tools._entity_rules.lexicon import Cand


def _spans(text: str, ents: list[Cand]) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in sites_of_works(ents, text)]


def test_the_bare_site_of_a_restoration_is_a_facility():
    t = "二郎庙修缮工程开工。二郎庙始建于明代"
    assert _spans(t, [Cand(0, 7, "PROJECT")]) == [("二郎庙修缮工程", "PROJECT"), ("二郎庙", "FAC")]


def test_the_site_after_a_township_in_the_project_name():
    t = "庾岭镇风雨桥修缮工程通过验收。风雨桥外"
    assert _spans(t, [Cand(0, 10, "PROJECT")]) == [("庾岭镇风雨桥修缮工程", "PROJECT")]
    t = "庾岭镇万福桥修缮工程通过验收。万福桥始建于清代"
    assert _spans(t, [Cand(0, 10, "PROJECT")]) == [("庾岭镇万福桥修缮工程", "PROJECT"), ("万福桥", "FAC")]


def test_a_project_not_named_after_works_gives_no_site():
    t = "安居富民工程进展顺利，安居富民"
    assert _spans(t, [Cand(0, 6, "PROJECT")]) == [("安居富民工程", "PROJECT")]
