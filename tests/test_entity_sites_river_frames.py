"""Rivers named by the words around them: facing, a branch of, the water quality of
(corpus_tools._entity_rules.sites.natural_features).

The sentences were written for these tests.
"""

from __future__ import annotations

from corpus_tools._entity_rules.sites import natural_features


def _names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in natural_features(text)]


def test_a_river_the_village_faces_is_a_feature():
    assert "柳溪江" in _names("全村背靠大山，面朝柳溪江。")


def test_a_branch_of_a_river_is_a_feature():
    assert "漳沙河" in _names("水库建在汉江支流漳沙河，库容很大。")


def test_the_water_quality_of_a_river_names_it():
    assert "洙赵河" in _names("确保洙赵河水质稳定达标。")


def test_facing_a_plain_word_is_no_feature():
    assert _names("面朝大海，春暖花开。") == []
