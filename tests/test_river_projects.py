"""A project named after a river of a rare character stays whole (user31 F6), on invented sentences."""

import corpus_tools as ct


def test_a_river_basin_project_is_one_project():
    got = [(e.text, e.label) for e in ct.find_entities("今年，全市推进渌江流域综合治理工程。")]
    assert ("渌江流域综合治理工程", "PROJECT") in got
    assert ("渌江", "LOC") not in got


def test_a_demonstrative_still_leaves_the_project():
    got = [(e.text, e.label) for e in ct.find_entities("该饮水安全巩固提升工程今年完工。")]
    assert not any(text.startswith("该") for text, _ in got)
