"""The ORG candidate arbiter (corpus_tools._entity_rules.arbiter)."""

from __future__ import annotations

from corpus_tools._entity_rules import arbiter
from corpus_tools._entity_rules.lexicon import Cand, counted_names

# 太阳谷集团在清河县投资: invented words and tags
TEXT = "太阳谷集团在清河县投资"
FEATS = ["B-nz", "I-nz", "E-nz", "B-n", "E-n", "S-p", "B-ns", "I-ns", "E-ns", "B-v", "E-v"]
PLACE = Cand(6, 9, "GPE")


def _spans(cands):
    return [(TEXT[c.start:c.end], c.sources) for c in cands]


def test_a_group_name_is_a_candidate_from_each_start():
    got = _spans(arbiter.org_candidates(TEXT, [PLACE], FEATS))
    assert ("太阳谷集团", ("group",)) in got or any(t == "太阳谷集团" and "group" in s for t, s in got)


def test_model_spans_and_found_organisations_are_candidates():
    ents = [PLACE, Cand(0, 5, "ORG")]
    got = dict(_spans(arbiter.org_candidates(TEXT, ents, FEATS, [(6, 9, "ORG")])))
    assert "found" in got["太阳谷集团"]
    assert got["清河县"] == ("model",)


def test_features_describe_form_sources_and_overlap():
    c = arbiter.OrgCandidate(0, 5, ("group",), 0.7)
    names = arbiter.candidate_features(TEXT, c, [PLACE], FEATS)
    assert {"src=group", "p=3", "h2=集团", "prev=P", "free"} <= set(names)
    inside = arbiter.candidate_features(TEXT, arbiter.OrgCandidate(6, 9, ("model",)), [PLACE], FEATS)
    assert "same=GPE" in inside


def test_fits_never_relabels_a_bare_name_held_as_a_person():
    text = "沈战东同志和沈战东家庭农场"
    name = Cand(0, 3, "PERSON", source="document")
    assert not arbiter.fits(arbiter.OrgCandidate(0, 3, ("model",)), [name])  # one stray ORG reading of a name
    farm = Cand(6, 9, "PERSON", source="model")
    assert arbiter.fits(arbiter.OrgCandidate(6, 13, ("model",)), [farm])  # a unit named after a person covers it
    assert text[6:13] == "沈战东家庭农场"


def test_fits_never_cuts_into_an_entity():
    assert arbiter.fits(arbiter.OrgCandidate(0, 5, ("group",)), [PLACE])
    assert not arbiter.fits(arbiter.OrgCandidate(4, 8, ("model",)), [PLACE])
    assert arbiter.fits(arbiter.OrgCandidate(6, 11, ("model",)), [PLACE])  # covers the place
    assert not arbiter.fits(arbiter.OrgCandidate(0, 5, ("found",)), [])


def test_arbitrate_adds_what_the_score_keeps_and_drops_what_it_rejects():
    ents = [PLACE]
    keep_groups = (lambda names: 0.9 if "src=group" in names and "L=5" in names else 0.1)
    got = arbiter.arbitrate(ents, TEXT, FEATS, score=keep_groups, threshold=0.5, drop=0.0)
    assert [(TEXT[c.start:c.end], c.label, c.source) for c in got] == [("太阳谷集团", "ORG", "arbiter"),
                                                                       ("清河县", "GPE", "rule")]
    found = [Cand(0, 5, "ORG"), PLACE]
    got = arbiter.arbitrate(found, TEXT, FEATS, score=lambda names: 0.05, threshold=0.5, drop=0.2)
    assert [TEXT[c.start:c.end] for c in got] == ["清河县"]


def test_without_word_features_nothing_changes():
    ents = [PLACE]
    assert arbiter.arbitrate(ents, TEXT, None) is ents


def test_mined_lists_load():
    assert all(isinstance(v, int) and v >= 2 for v in counted_names("trade_names").values())
    assert set(arbiter.arbiter_model()) >= {"intercept", "weights", "threshold"}


def test_document_counts_match_str_count_in_one_pass():
    text = "县委县委员会哈哈哈县委，村委"
    names = {"县委", "哈哈", "县委员会", "村委", "镇委", "委"}
    assert arbiter.doc_counts(text, names) == {n: text.count(n) for n in names}


def test_features_with_counts_given_equal_features_counted_here():
    c = arbiter.OrgCandidate(0, 5, ("group",), 0.7)
    counts = arbiter.doc_counts(TEXT, {"太阳谷集团"})
    assert arbiter.candidate_features(TEXT, c, [PLACE], FEATS, counts) == arbiter.candidate_features(TEXT, c, [PLACE], FEATS)


def test_a_village_unit_is_never_dropped_but_a_kind_may_be():
    assert arbiter.village_unit("柳湾村幸福院") and arbiter.village_unit("柳湾村党支部")
    assert not arbiter.village_unit("农村敬老院") and not arbiter.village_unit("村党支部")
    # a determiner or a count before 村 names no village (每村幸福院, 两村党支部)
    assert not arbiter.village_unit("每村幸福院") and not arbiter.village_unit("两村党支部")


def test_a_team_is_a_village_unit_only_when_one_village_names_it():
    """GUIDE: a team a village names keeps the village (梁村便民修缮队, 田坝村驻村工作队), since the
    village is its only distinguishing word; teams of several or of any villages (两村工作队, 各村宣传队,
    农村志愿队) name no village, and a team head outside the listed ones (篮球队) is no village unit."""
    assert arbiter.village_unit("田坝村驻村工作队") and arbiter.village_unit("梁村便民修缮队")
    assert not arbiter.village_unit("两村工作队")
    assert not arbiter.village_unit("各村宣传队") and not arbiter.village_unit("农村志愿队")
    assert not arbiter.village_unit("田坝村篮球队")


def test_a_lexicon_organisation_the_model_marks_as_whole_words_is_kept(monkeypatch):
    # 他向公安部报告 / 公安部门: invented words and tags; 公安部 stands in the model's lexicon
    monkeypatch.setattr(arbiter, "model_lexicon_orgs", lambda: frozenset({"公安部"}))
    text, feats = "他向公安部报告", ["S-r", "S-p", "B-nt", "I-nt", "E-nt", "B-v", "E-v"]
    got = arbiter.arbitrate([], text, feats, [(2, 5, "ORG")], score=lambda names: 0.01, threshold=0.9, drop=0.0)
    assert [(text[c.start:c.end], c.label) for c in got] == [("公安部", "ORG")]
    inside = ["S-r", "S-p", "B-n", "E-n", "B-n", "E-n", "S-v"]  # 公安|部门: the name ends inside a word
    cut = "他向公安部门报"
    assert arbiter.arbitrate([], cut, inside, [(2, 5, "ORG")], score=lambda names: 0.01, threshold=0.9, drop=0.0) == []
    other = arbiter.arbitrate([], text, feats, [(2, 4, "ORG")], score=lambda names: 0.01, threshold=0.9, drop=0.0)
    assert other == []  # 公安 is no lexicon name


def test_the_model_lexicon_orgs_are_names_of_the_ner_lexicon():
    names = arbiter.model_lexicon_orgs()
    assert isinstance(names, frozenset)
    assert all(isinstance(x, str) and len(x) >= 2 for x in names)


def test_a_lexicon_organisation_does_not_relabel_an_entity_of_the_same_span(monkeypatch):
    monkeypatch.setattr(arbiter, "model_lexicon_orgs", lambda: frozenset({"联合国"}))
    text, feats = "联合国决定", ["B-nt", "I-nt", "E-nt", "B-v", "E-v"]
    got = arbiter.arbitrate([Cand(0, 3, "GPE")], text, feats, [(0, 3, "ORG")],
                            score=lambda names: 0.01, threshold=0.9, drop=0.0)
    assert [(text[c.start:c.end], c.label) for c in got] == [("联合国", "GPE")]


def test_a_lexicon_organisation_does_not_swallow_an_organisation_found(monkeypatch):
    monkeypatch.setattr(arbiter, "model_lexicon_orgs", lambda: frozenset({"清河县委"}))
    text, feats = "清河县委决定", ["B-ns", "I-ns", "E-ns", "S-n", "B-v", "E-v"]
    ents = [Cand(0, 3, "GPE"), Cand(3, 4, "ORG")]
    got = arbiter.arbitrate(ents, text, feats, [(0, 4, "ORG")], score=lambda names: 0.5, threshold=0.9, drop=0.0)
    assert [(text[c.start:c.end], c.label) for c in got] == [("清河县", "GPE"), ("委", "ORG")]


def test_a_body_the_rules_hold_generic_is_never_added():
    text = "基层党组织在清河县投资"
    feats = ["B-n", "E-n", "B-n", "I-n", "E-n", "S-p", "B-ns", "I-ns", "E-ns", "B-v", "E-v"]
    spans = [(2, 5, "ORG")]  # the NER model marks 党组织, a body of lexicon.ORG_GENERIC
    got = arbiter.learned_arbitrate([Cand(6, 9, "GPE")], text, feats, spans, score=lambda names: 0.99,
                                    threshold=0.5, drop=0.0, units=False)
    assert [c.label for c in got] == ["GPE"]
