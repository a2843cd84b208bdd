"""Round 37 (gpeper37): one trade-name rule for a township before a firm, 联社 as an organisation head, a level's
library or museum as a body. Invented sentences."""

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.level_institutions import level_institutions
from corpus_tools._entity_rules.org_place_firms import township_firms, trade_named


def _ents(text):
    df = ct.extract_entities([text])
    return list(zip(df["text"], df["label"]))


def test_trade_named_reads_the_first_words():
    assert trade_named("金穗电镀厂", 0, 5)
    assert not trade_named("香菇协会", 0, 4)
    assert not trade_named("茶业有限公司", 0, 6)


def test_a_product_the_report_prints_elsewhere_is_no_trade_name():
    t = "全镇种了鹰嘴蜜桃，鹰嘴蜜桃卖得好。红石镇鹰嘴蜜桃产业协会组织培训。"
    s = t.index("鹰嘴蜜桃产业协会")
    assert not trade_named(t, s, s + 8)


def test_township_joins_a_kind_only_coop_found_as_no_entity():
    t = "红石镇香菇专业合作社"
    got = [(t[c.start:c.end], c.label) for c in township_firms([Cand(0, 3, "TOWNSHIP")], t)]
    assert got == [(t, "ORG")]


def test_a_bare_village_the_text_names_keeps_the_township_apart():
    t = "李庄村的党员办了红石镇李庄木耳专业合作社"
    s = t.index("红石镇")
    ents = [Cand(0, 3, "VILLAGE"), Cand(s, s + 3, "TOWNSHIP"), Cand(s + 3, len(t), "ORG")]
    got = [(t[c.start:c.end], c.label) for c in township_firms(ents, t)]
    assert ("红石镇", "TOWNSHIP") in got and ("李庄木耳专业合作社", "ORG") in got


def test_credit_union_is_an_organisation():
    assert ("县农村信用联社", "ORG") in _ents("补贴资金通过县农村信用联社以存折形式发放到户。")
    assert ("某某县农村信用合作联社", "ORG") not in _ents("他从农村信用合作联社贷款。")


def test_a_levels_library_is_a_body_and_a_named_museum_a_facility():
    t = "她常去县图书馆借书，也带孩子参观古城遗址博物馆。"
    got = [(t[c.start:c.end], c.label) for c in level_institutions([Cand(t.index("古城"), t.index("。"), "FAC")], t)]
    assert ("县图书馆", "ORG") in got and ("古城遗址博物馆", "FAC") in got
    t = "城区图书馆"
    assert level_institutions([], t) == []


def test_person_slots_after_a_description_and_a_kinship_word():
    from corpus_tools._entity_rules.person_slot_names import slot_names

    for t, name in (("开了二十年理发店的帅建林说，街上变干净了。", "帅建林"),   # 的 + name + speech verb
                    ("摆水果摊的郗春兰一连几天送水。", "郗春兰"),              # 的 + a surname that is nothing else
                    ("住在镇上的阿婆符秀兰第一个报了名。", "符秀兰"),          # a kinship word, a given name that is a word
                    ("大娘张桂花在院子里晒玉米。", "张桂花")):
        assert name in [t[s:e] for s, e in slot_names(t)], t
    for t in ("六十八岁的高中生说，", "他的老伴儿说，"):
        assert slot_names(t) == [], t


def test_a_road_named_only_by_its_townships_gives_the_townships():
    from corpus_tools._entity_rules.township_routes import township_routes

    t = "修好了红石镇至李庄村公路"
    s = t.index("红石镇")
    got = [(t[c.start:c.end], c.label) for c in township_routes([Cand(s, len(t), "FAC")], t)]
    assert got == [("红石镇", "TOWNSHIP"), ("李庄村", "VILLAGE")]
    t = "红石线李庄村至青山段公路"  # a road with a name of its own stays a facility
    assert [c.label for c in township_routes([Cand(0, len(t), "FAC")], t)] == ["FAC"]
