"""A natural feature's name after a two-character verb (corpus_tools._entity_rules.feature_starts, places31)."""

import corpus_tools as ct
from corpus_tools._entity_rules.feature_starts import after_verb_word


def test_after_verb_word():
    assert after_verb_word("全面治理清水河沿岸", 4)
    assert not after_verb_word("全面治理清水河沿岸", 3)  # not right after the verb
    assert not after_verb_word("他们看见清水河", 4)  # 看见 is no verb of work on a feature


def test_river_after_a_verb_in_the_tagger():
    df = ct.extract_entities(["今年县里集中整治洛浦河沿岸的垃圾。"])
    assert ("洛浦河", "LOC") in set(zip(df["text"], df["label"]))


def test_river_name_before_its_bank():
    from corpus_tools._entity_rules.feature_starts import river_bank_end
    from corpus_tools._entity_rules.sites import natural_features

    t = "傍晚的濛江河畔，白鹭成群。"
    assert [t[c.start:c.end] for c in natural_features(t)] == ["濛江"]
    assert river_bank_end("沿着汾河畔散步", 2, 4) == 4  # 汾河 keeps its 河
