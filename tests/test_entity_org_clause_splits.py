"""An ORG span that runs on into the clause its body heads is cut to the body."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_clause_splits import clause_split, split_org_clauses


def test_body_before_a_predicate_word():
    assert clause_split("镇文化站要组织秧歌队") == 4
    assert clause_split("县农业局联合县科协服务队") == 4


def test_heads_that_hold_the_word_stay_whole():
    assert clause_split("市委组织部") == 0
    assert clause_split("市委组织部干部科") == 0
    assert clause_split("县文化馆") == 0


def test_split_keeps_other_labels():
    text = "镇文化站要组织秧歌队下乡"
    ents = [Cand(0, 10, "ORG"), Cand(0, 1, "TOWNSHIP")]
    out = split_org_clauses(ents, text)
    assert [(text[c.start:c.end], c.label) for c in out] == [("镇文化站", "ORG"), ("镇", "TOWNSHIP")]
