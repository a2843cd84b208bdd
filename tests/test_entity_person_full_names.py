"""A three-character name cut to two is widened where the document prints it whole before a speech verb."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_full_names import spoken_full_names

_T = "老党员玄光日用双语宣讲。玄光日说：好。"
_F = ["S-a", "B-n", "E-n", "B-v", "E-v", "B-v", "E-v", "B-v", "E-v", "B-v", "E-v", "S-w",
      "B-n", "I-n", "E-n", "S-v", "S-w", "S-a", "S-w"]


def test_every_mention_takes_the_whole_name():
    out = spoken_full_names([Cand(3, 5, "PERSON"), Cand(12, 14, "PERSON")], _T, _F)
    assert [_T[c.start:c.end] for c in out] == ["玄光日", "玄光日"]


def test_without_the_segmenters_whole_word_nothing_changes():
    feats = _F[:12] + ["B-n", "E-n", "S-d", "S-v"] + _F[16:]
    out = spoken_full_names([Cand(3, 5, "PERSON"), Cand(12, 14, "PERSON")], _T, feats)
    assert [_T[c.start:c.end] for c in out] == ["玄光", "玄光"]
