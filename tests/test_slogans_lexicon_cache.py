"""The shipped lexicons are built once a session (user32 F13): every build is an independent copy."""

from corpus_tools.slogans.lexicon import Lexicon


def test_shipped_builds_are_equal_and_independent():
    a, b = Lexicon.build(None), Lexicon.build(None)
    assert a is not b and a.entries == b.entries and a.canon == b.canon and a.known == b.known
    a.known["某某新提法"] = "quoted"       # sloganset.prepare adds the corpus's own formulae to its copy
    a.years["某某新提法"] = 2030
    c = Lexicon.build(None)
    assert "某某新提法" not in c.known and "某某新提法" not in c.years


def test_user_and_empty_lexicons_are_not_the_shipped_one():
    import pandas as pd

    assert Lexicon.build(False).entries == {}
    mine = Lexicon.build(pd.DataFrame({"text": ["一园六中心"], "kind": ["numbered"]}))
    assert list(mine.entries) == ["一园六中心"] and mine.known == Lexicon.build(None).known
    assert "一园六中心" not in Lexicon.build(None).entries
