"""Where a project is built (corpus_tools.project_places): places before, inside and tied to a project."""

from corpus_tools.project_places import cued_places, place_before, split_place


def test_place_before_with_a_year_or_an_investment_between():
    t = "天福镇投资8000万元的污水处理厂提标改造项目完成主体工程"
    assert place_before(t, t.index("污水"), {3: "天福镇"}) == "天福镇"
    t = "天福镇召开会议，污水处理厂提标改造项目完成主体工程"
    assert place_before(t, t.index("污水"), {3: "天福镇"}) is None


def test_split_place_only_for_official_names_of_the_county():
    assert split_place("鸣凤镇蓬源智能装备制造基地项目", "510921") == ("鸣凤镇", "蓬源智能装备制造基地项目")
    assert split_place("蓬溪县医药物流园项目", "510921") == ("蓬溪县", "医药物流园项目")
    # another county's township stays in the name; so does a place that leaves no name behind
    assert split_place("鸣凤镇蓬源智能装备制造基地项目", "341221") == (None, "鸣凤镇蓬源智能装备制造基地项目")
    assert split_place("鸣凤镇项目", "510921") == (None, "鸣凤镇项目")


def test_cue_words_do_not_reach_over_a_clause():
    t = "位于天福镇，锦江现代农业示范园项目开工"
    p = t.index("锦江")
    assert cued_places(t, [(p, p + 11, "锦江现代农业示范园项目")], [(2, 5, "天福镇")]) == {}
    t = "丰源光伏发电项目签约落户红江镇"
    assert cued_places(t, [(0, 8, "丰源光伏发电项目")], [(12, 15, "红江镇")]) == {0: "红江镇"}


def test_a_later_sentence_ties_a_place_only_by_a_cue_that_opens_its_clause():
    # review of round 23: 落户杨桥镇 far into a clause of the next sentence was the project's place
    def places(t):
        return cued_places(t, [(0, 8, "鸣凤物流园区项目")], [(t.index("杨桥镇"), t.index("杨桥镇") + 3, "杨桥镇")])

    assert places("鸣凤物流园区项目开工。项目建成后，将吸引更多电商企业落户杨桥镇。") == {}
    assert places("鸣凤物流园区项目开工。项目总投资2亿元，选址杨桥镇。") == {0: "杨桥镇"}
    assert places("鸣凤物流园区项目开工。该项目选址杨桥镇，总投资2亿元。") == {0: "杨桥镇"}


def test_the_table_splits_a_township_off_a_name_as_the_entity_rule_does():
    from corpus_tools._entity_rules.project_townships import township_before_name

    # one rule for townships: what the entity table splits off a PROJECT span, and nothing it keeps
    for name in ("鸣凤镇蓬源智能装备制造基地项目", "蓬溪县天福镇金盛冷链物流中心项目", "天福镇至城区道路改造工程", "鸣凤镇项目"):
        assert split_place(name, "510921") == township_before_name(name, "510921")
    assert split_place("蓬溪县天福镇金盛冷链物流中心项目", "510921") == ("天福镇", "金盛冷链物流中心项目")
