"""Plain works and celebrated festivals (corpus_tools._entity_rules.plain_works, festival_verbs), rivers named by
their works (sites.natural_features) and coined street bodies (words.undistinguished).

The sentences were written for these tests; the word features are the segmenter's form (``B-v``, ``E-v`` … one per
character), set by hand.
"""

from __future__ import annotations

from corpus_tools._entity_rules.festival_verbs import celebrated_festivals
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.plain_works import plain_works
from corpus_tools._entity_rules.sites import natural_features
from corpus_tools._entity_rules.words import undistinguished


def _kept(text: str, feats: "list[str] | None", cands: list[Cand]) -> list[str]:
    return [text[c.start:c.end] for c in plain_works(cands, text, feats)]


def test_a_manner_word_before_action_is_no_programme():
    text = "干部以具体行动回应群众。"
    feats = ["B-n", "E-n", "S-p", "B-a", "E-a", "B-vn", "E-vn", "B-v", "E-v", "B-n", "E-n", "S-w"]
    assert _kept(text, feats, [Cand(3, 7, "PROJECT")]) == []


def test_action_before_a_predicate_adjective_is_no_programme():
    text = "病人行动迟缓。"
    feats = ["B-n", "E-n", "B-vn", "E-vn", "B-a", "E-a", "S-w"]
    assert _kept(text, feats, [Cand(0, 4, "PROJECT")]) == []


def test_a_noun_before_action_names_a_programme():
    text = "全省启动暖冬行动。"
    feats = ["B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "B-vn", "E-vn", "S-w"]
    assert _kept(text, feats, [Cand(4, 8, "PROJECT")]) == ["暖冬行动"]


def test_a_quoted_action_stays():
    text = "开展“实际”行动。"
    feats = ["B-v", "E-v", "S-w", "B-a", "E-a", "S-w", "B-vn", "E-vn", "S-w"]
    assert _kept(text, feats, [Cand(2, 8, "PROJECT")]) == ["“实际”行动"]


def test_a_pilot_at_one_place_is_no_project_a_reform_pilot_is():
    text = "在南关社区试点，推进集体林权改革试点"
    cands = [Cand(1, 7, "PROJECT"), Cand(10, 18, "PROJECT")]
    assert _kept(text, None, cands) == ["集体林权改革试点"]


def test_a_way_measured_by_its_length_is_no_facility():
    text = "到乡里有八里山路。"
    feats = ["S-v", "B-n", "E-n", "S-v", "S-m", "S-q", "B-n", "E-n", "S-w"]
    assert _kept(text, feats, [Cand(4, 8, "FAC")]) == []


def test_a_count_that_is_no_length_stays():
    text = "走过十七孔桥。"
    feats = ["B-v", "E-v", "B-m", "E-m", "S-q", "S-n", "S-w"]
    assert _kept(text, feats, [Cand(2, 6, "FAC")]) == ["十七孔桥"]


def test_a_celebrated_festival_is_an_event_a_holiday_is_not():
    text = "侗族群众欢度赶秋节，全村欢度中秋节，共度国庆佳节。"
    assert [text[c.start:c.end] for c in celebrated_festivals(text)] == ["赶秋节"]


def test_a_river_before_its_works_is_a_feature():
    text = "县里推进沭溪河综合治理。"
    assert "沭溪河" in [text[c.start:c.end] for c in natural_features(text)]


def test_a_coined_street_body_is_distinguished_a_common_one_is_not():
    feats = ["B-n", "I-n", "E-n"]
    assert not undistinguished(Cand(0, 3, "FAC", text_head="街"), "旺福街", feats, [])
    assert undistinguished(Cand(0, 3, "FAC", text_head="路"), "水泥路", feats, [])


def test_a_place_does_not_open_a_clause_before_a_celebrated_festival():
    from corpus_tools._entity_rules.scan import Scanner
    from corpus_tools._entity_rules.sites import festivals

    text = "东山乡数万群众欢度赶秋节。"
    found = [text[c.start:c.end] for c in festivals(text, Scanner(text), {0}, {0: (3, "TOWNSHIP")})]
    assert found == []


def test_a_mountain_before_its_forest_is_a_feature():
    text = "进入雾灵岩山林区要登记。"
    assert "雾灵岩山" in [text[c.start:c.end] for c in natural_features(text)]
