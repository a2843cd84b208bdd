"""user36b F3, F7, F8: a mountain named by its foot, a plenary without session numbers, a county's credit union,
and the rural formulae of 1998-2012 (invented text)."""
import warnings

import pandas as pd

import corpus_tools as ct
from corpus_tools._entity_rules.event_plenaries import plenary_sessions
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.mountain_cues import cued_mountains


def _spans(ents, text):
    return [(text[c.start:c.end], c.label) for c in ents]


def test_a_mountain_cued_by_its_foot_is_loc_at_every_mention():
    t = "村民在雾岚山下种植柠条。雾岚山北麓打坝淤地，雾岚山村也动员。"
    assert _spans(cued_mountains([], t), t) == [("雾岚山", "LOC"), ("雾岚山", "LOC")]


def test_no_mountain_without_a_cue_or_from_a_clause():
    for t in ("他们走到山下，在这座山下休息。", "雾岚山下个月通车", "通往山下的路", "靠山吃山，江山如画。"):
        assert cued_mountains([], t) == [], t


def test_an_entity_already_there_is_kept():
    t = "在雾岚山下"
    kept = [Cand(1, 4, "VILLAGE")]
    assert cued_mountains(kept, t) == kept


def test_a_plenary_without_session_numbers_is_one_event():
    t = "县委召开县委全委（扩大）会议，旗委全体会议在会议室举行。"
    out = _spans(plenary_sessions([Cand(0, 2, "ORG"), Cand(4, 6, "ORG")], t), t)
    assert out == [("县委", "ORG"), ("县委全委（扩大）会议", "EVENT"), ("旗委全体会议", "EVENT")]


def test_a_county_credit_union_is_one_org():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        e = ct.extract_entities(["　　近日，平遥县农村信用合作联社向农户发放贷款。"], county_code="140728")
    assert ("平遥县农村信用合作联社", "ORG") in set(zip(e["text"], e["label"]))


def test_rural_formulae_of_1998_2012_are_counted():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = ct.read_corpus(pd.DataFrame({"issue_id": ["x"], "date": ["2007-04-11"], "text": [
            "两免一补惠及学生\n　　全乡落实两免一补政策，新型农村合作医疗参合率达九成，新农合让群众看病有保障。"
            "退耕还林与封山禁牧相结合。\n"]}))
        m = ct.slogan_mentions(c)
    counts = m.groupby("group").size().to_dict()
    assert counts.get("两免一补") == 2 and counts.get("新型农村合作医疗") == 2 and counts.get("封山禁牧") == 1


def test_the_lexicon_rows_carry_their_year_and_source():
    from corpus_tools.slogans.formulae import load_formula_lexicon

    lex = load_formula_lexicon()
    rows = lex.set_index("text") if "text" in lex else lex
    assert str(rows.loc["两免一补", "year"]).startswith("2005") and "国办发〔2005〕7号" in rows.loc["两免一补", "source"]
    assert str(rows.loc["新型农村合作医疗", "year"]).startswith("2002") and "新农合" in rows.loc["新型农村合作医疗", "variants"]
    assert str(rows.loc["封山禁牧", "year"]) in ("", "nan", "None", "<NA>")  # not dated: never guessed
