"""Places inside formulae and common phrases, and venues, offices, accounts and committees (user29 F2, F5, F11)."""

import pytest

from corpus_tools import find_entities

GZ = "440981"  # 高州市: its 云潭镇 has a village 新农村


def _ents(text, county=GZ):
    return [(e.text, e.label) for e in find_entities(text, county_code=county)]


def test_village_inside_a_formula_is_no_village():
    assert ("新农村", "VILLAGE") not in _ents("全镇上下扎实推进社会主义新农村建设，干劲十足。")
    # broken at the column, too
    assert ("新农村", "VILLAGE") not in _ents("全镇上下扎实推进社会主义新农\n村建设。")


def test_village_phrase_and_pair_idiom():
    got = _ents("石鼓镇村容村貌焕然一新，网格员每天走街串巷。")
    assert ("石鼓镇", "TOWNSHIP") in got
    assert not any(lab in ("VILLAGE", "FAC") for _, lab in got)


def test_function_word_water_is_no_river():
    assert not any(lab == "LOC" for _, lab in _ents("老人们说：“我们傍晚都来河边走走。”"))


def test_township_short_form_before_a_trade_coop_stays_in_its_name():
    got = _ents("眼下正值收获季节，根子龙眼专业合作社每天发货。")
    assert ("根子龙眼专业合作社", "ORG") in got
    assert ("根子", "TOWNSHIP") not in got


def test_venue_office_account():
    got = _ents("会议在市行政中心举行。请到高州市人民政府征兵办公室报名。关注“高州发布”公众号。")
    assert ("市行政中心", "FAC") in got
    assert ("高州市人民政府征兵办公室", "ORG") in got
    assert ("高州发布", "ORG") in got and ("高州", "GPE") not in got


def test_village_square_is_one_facility_and_river_before_village():
    got = _ents("由大坡镇出资建设的和睦村文化广场投入使用。水务局对鉴江河木垌村段开展巡查。")
    assert ("和睦村文化广场", "FAC") in got
    assert ("鉴江", "LOC") in got and ("河木垌村", "VILLAGE") in got


def test_each_body_in_a_list_is_no_org():
    got = _ents("各镇党委书记、街道党工委书记参加会议。会后镇党委召开专题会。")
    assert got.count(("镇党委", "ORG")) == 1 and ("街道党工委", "ORG") not in got


def test_committee_of_the_2000s_splits_off_its_township():
    got = _ents("潘州街道升平居委会组织居民开展大扫除。")
    assert got[:2] == [("潘州街道", "TOWNSHIP"), ("升平居委会", "ORG")]
    got = _ents("城区潘州街道办事处东门居委会党支部书记李明说。")
    assert ("东门居委会党支部", "ORG") in got


def test_committee_gives_a_community_place_mention():
    import pandas as pd

    import corpus_tools as ct

    c = ct.read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2004-05-01"],
                                     "text": ["升平居委会开展大扫除\n　　潘州街道升平居委会组织居民开展大扫除，李明说很好。\n"]}),
                       county="高州市")
    pm = ct.place_mentions(ct.extract_entities(c), c)
    rows = pm[pm["admin_code"] == "440981007001"]
    assert len(rows) == 2 and set(rows["printed"]) == {"升平居委会"}


def test_village_named_like_a_phrase_needs_the_text_to_place_it():
    assert not any(lab == "VILLAGE" for _, lab in _ents("全市新农村示范片建设加快推进。"))
    assert ("新农村", "VILLAGE") in _ents("云潭镇新农村组织村民修路。")
    # placed at another mention of the same text (document context)
    assert ("新农村", "VILLAGE") in _ents("新农村的村民说，新农村村委会组织大家修路。")


def test_place_a_formula_is_named_after_still_counts():
    from corpus_tools._entity_rules.lexicon import Cand
    from corpus_tools._entity_rules.phrase_guards import phrase_guards

    t = "坚持和发展新时代枫桥经验"
    assert [t[c.start:c.end] for c in phrase_guards([Cand(8, 10, "TOWNSHIP")], t)] == ["枫桥"]


def test_community_after_a_township_and_a_headline_separator_is_placed():
    from corpus_tools._entity_rules.lexicon import Cand
    from corpus_tools._entity_rules.phrase_guards import phrase_guards

    t = "锡尼镇｜团结社区普法进万家"
    words = ["B-ns", "I-ns", "E-ns", "S-w", "B-a", "E-a", "B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "S-n"]
    ents = [Cand(0, 3, "TOWNSHIP"), Cand(4, 8, "COMMUNITY")]
    assert [t[c.start:c.end] for c in phrase_guards(ents, t, words)] == ["锡尼镇", "团结社区"]
    assert [t[c.start:c.end] for c in phrase_guards(ents[1:], t, words)] == []
