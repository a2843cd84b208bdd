"""Emergency bodies cut or missed by the head rules (corpus_tools._entity_rules.org_emergency, mend36b)."""

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_emergency import emergency_bodies


def _spans(text, ents=()):
    return [(text[c.start:c.end], c.label) for c in emergency_bodies(list(ents), text)]


def test_an_office_after_its_government():
    assert _spans("市政府金融办牵头", [Cand(0, 3, "ORG")]) == [("市政府金融办", "ORG")]


def test_a_verb_after_the_government_is_no_office():
    assert _spans("县政府举办培训", [Cand(0, 3, "ORG")]) == [("县政府", "ORG")]
    assert _spans("县政府要求各单位办好", [Cand(0, 3, "ORG")]) == [("县政府", "ORG")]


def test_a_group_with_a_strain_code():
    t = "由市H7N9禽流感防控领导小组牵头。"
    assert _spans(t) == [("市H7N9禽流感防控领导小组", "ORG")]
    assert _spans("H7N9病例") == []


def test_in_the_tagger():
    df = ct.extract_entities(["市政府应急办和县甲型H1N1流感防控指挥部联合发文。"])
    got = set(zip(df["text"], df["label"]))
    assert ("市政府应急办", "ORG") in got and ("县甲型H1N1流感防控指挥部", "ORG") in got


def test_a_hospital_keeps_its_clinic():
    t = "到市中医院发热门诊就诊，市中医院门诊大楼"
    assert _spans(t, [Cand(1, 5, "ORG"), Cand(12, 16, "ORG")]) == [("市中医院发热门诊", "ORG"), ("市中医院", "ORG")]


def test_a_blocker_inside_the_clinic_goes_with_it():
    t = "到县医院发热门诊就诊"
    assert _spans(t, [Cand(1, 4, "ORG"), Cand(6, 8, "_")]) == [("县医院发热门诊", "ORG")]
