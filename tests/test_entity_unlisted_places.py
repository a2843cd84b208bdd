"""Places found by form, not in the gazetteer (``corpus_tools._entity_rules.unlisted_places``)."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.places import find_places
from corpus_tools._entity_rules.unit_lists import listed_units
from corpus_tools._entity_rules.unlisted_places import (find_regex_places, generic_village, natural_villages,
                                                        phrase_stem, sound_villages, unlisted_townships, word_starts)


def _spans(cands: list[Cand], text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in cands]


def test_unlisted_township_next_to_a_known_one() -> None:
    text = "他先后在石门乡、龙山镇工作。"
    assert _spans(unlisted_townships(text, [Cand(8, 11, "TOWNSHIP")]), text) == [("石门乡", "TOWNSHIP")]


def test_common_word_is_no_unlisted_township() -> None:
    text = "城乡、龙山镇也一样。"
    assert unlisted_townships(text, [Cand(3, 6, "TOWNSHIP")]) == []


def test_listed_units_read_short_forms_of_the_county() -> None:
    # 安吉县 (330523): 杭垓 and 报福 are townships' short forms, listed under 等乡镇
    text = "下一步将带动杭垓、报福、章村等乡镇的茶农增收。"
    places = find_places(text, "330523")
    found = dict(_spans(places, text)) | dict(_spans(listed_units(text, places, "330523"), text))
    assert found["杭垓"] == "TOWNSHIP" and found["报福"] == "TOWNSHIP"


def test_regex_villages_outside_the_gazetteer() -> None:
    text = "小王去了东岭村委会，又去了高坡村。"
    assert _spans(find_regex_places(text, []), text) == [("东岭村", "VILLAGE"), ("高坡村", "VILLAGE")]


def test_village_right_after_a_known_county() -> None:
    # ``taken`` holds the known places: right after one, a village may be followed by anything
    text = "建始县长岭村最缺产业"
    assert ("长岭村", "VILLAGE") in _spans(find_regex_places(text, [(0, 3)]), text)


def test_generic_villages() -> None:
    assert generic_village("党员村")
    assert not generic_village("红旗村")


def test_village_in_sound_characters() -> None:
    text = "乌兰哈达村和巴彦塔拉嘎查一起发展。"
    assert ("乌兰哈达村", "VILLAGE") in _spans(sound_villages(text, []), text)


def test_word_starts() -> None:
    assert word_starts("我们村种白茶", 2)


def test_pronoun_kind_and_designation_villages_are_no_names() -> None:
    from corpus_tools._entity_rules.unlisted_places import not_a_village_name

    text = "“咱们村变了。”许多村的产业好，这里成了“民宿村”。人口不足百人的小山村。在湾头村"
    for w in ("咱们村", "许多村", "民宿村", "小山村"):
        s = text.index(w)
        assert not_a_village_name(text, s, s + len(w), []), w
    s = text.index("湾头村")
    assert not not_a_village_name(text, s, s + 3, [])


def test_regex_village_does_not_take_the_verb_before_a_known_one() -> None:
    text = "绿意渐浓，来青山村的车子多了起来。"
    k = text.index("青山村")
    found = _spans(find_regex_places(text, [(k, k + 3)]), text)
    assert ("来青山村", "VILLAGE") not in found


def test_village_after_its_township_may_start_with_a_clause_character() -> None:
    text = "家住水东江镇同兴村，离他家不远。"
    k = text.index("水东江镇")
    assert ("同兴村", "VILLAGE") in _spans(find_regex_places(text, [(k, k + 4)]), text)
    text = "他和村民一起干，镇里同村的人也来了。"
    assert not any(text[c.start:c.end] == "同村" for c in find_regex_places(text, []))


def test_national_village_named_in_full() -> None:
    from corpus_tools._entity_rules.unlisted_places import national_villages

    text = "主任问。\n　　胡张庄村地处城郊。"
    assert _spans(national_villages(text, []), text) == [("胡张庄村", "VILLAGE")]


def test_community_bodies_that_are_clause_words() -> None:
    from corpus_tools._entity_rules.unlisted_places import community_body_ok

    assert not community_body_ok("深入村镇社区", 2, 4, None)
    feats = ["B-d", "E-d", "S-v", "S-u", "B-n", "E-n"]  # 一直|忙|着|社区
    assert not community_body_ok("一直忙着社区", 2, 4, feats)
    assert community_body_ok("元龙畲族社区", 0, 4, None)


def test_a_stem_read_as_running_words_is_no_village() -> None:
    # 多次|找|村委会: a numeral word and a verb before 村; 为何|是外村: the stem starts inside a word
    text = "我们多次找村，"
    words = ["B-r", "E-r", "B-m", "E-m", "S-v", "S-n", "S-w"]
    assert find_regex_places(text, [], words) == []
    assert phrase_stem(["S-w", "B-r", "E-r", "S-v", "B-n", "E-n"], 6, 2, 5)


def test_a_one_character_adjective_still_opens_a_village_name() -> None:
    # 住在|大|井洼村: 大 is a one-character adjective, 井洼 the name
    assert not phrase_stem(["S-v", "S-p", "S-a", "B-ns", "I-ns", "E-ns"], 6, 2, 5)


def test_the_suffix_running_into_a_word_is_no_unlisted_township() -> None:
    text = "通过美丽乡村整洁村验收"
    words = ["B-v", "E-v", "B-ns", "I-ns", "I-ns", "E-ns", "B-n", "I-n", "E-n", "B-v", "E-v"]
    assert unlisted_townships(text, [], words) == []


def test_a_list_closed_by_a_count_of_villages_makes_landscape_names_villages() -> None:
    # 周至县 (610124): 张龙 and 丹阳 are villages of 竹峪镇; 鸭沟岭 and 中军岭 end in a mountain word
    text = "张龙、丹阳、鸭沟岭、民主、中军岭、农林7个贫困村，“小村”抱团。"
    places = find_places(text, "610124")
    found = dict(_spans(listed_units(text, places, "610124"), text))
    assert found["鸭沟岭"] == "VILLAGE" and found["中军岭"] == "VILLAGE" and found["农林"] == "VILLAGE"


def test_natural_villages_and_groups_after_their_village() -> None:
    # 金科村沙坪组, 龙脊村廖家寨, 百笔村那恒屯 (那 opens Zhuang names), coordinated groups
    assert [(c.start, c.end) for c in natural_villages("金科村沙坪组的", 3)] == [(3, 6)]
    assert [(c.start, c.end) for c in natural_villages("龙脊村廖家寨的", 3)] == [(3, 6)]
    assert [(c.start, c.end) for c in natural_villages("百笔村那恒屯的", 3)] == [(3, 6)]
    text = "上圈湾村直沟组和旧寺沟组共新建住房"
    assert [text[c.start:c.end] for c in natural_villages(text, 4)] == ["直沟组", "旧寺沟组"]


def test_working_groups_numbered_groups_and_words_are_no_natural_villages() -> None:
    for text in ("岭头村工作组", "岭头村帮扶组", "岭头村第三组", "岭头村各自然屯", "岭头村那个屯", "岭头村山寨"):
        assert natural_villages(text, 3) == [], text


def test_levels_of_administration_and_counts_are_no_villages() -> None:
    from corpus_tools.entities import find_entities

    for text in ("汉中市县镇村四级共有7万多名干部参与。", "全村二十户村民都种上了青花椒。", "他的父亲也是村医，就在隔壁村，同样在战斗。"):
        assert not [e for e in find_entities(text) if e.label == "VILLAGE"], text


def test_a_suffix_that_starts_a_word_is_no_natural_village() -> None:
    for text in ("岭头村村寨寨", "岭头村里还组织了", "岭头村干部组成", "岭头村时任村民小组长"):
        assert natural_villages(text, 3) == [], text


def test_a_natural_village_named_by_its_landform_after_its_village() -> None:
    assert [(c.start, c.end) for c in natural_villages("岭头村摩天峪的贫困户", 3)] == [(3, 6)]
    for text in ("岭头村东沟的水", "岭头村山沟的水"):
        assert natural_villages(text, 3) == [], text


def test_a_villagers_group_named_after_its_village_in_small_words() -> None:
    assert [(c.start, c.end) for c in natural_villages("爱春村大瓦遮小组有四十六户", 3)] == [(3, 8)]
    for text in ("岭头村互助小组", "岭头村党小组", "岭头村学习小组长"):
        assert natural_villages(text, 3) == [], text


def test_a_villagers_group_where_no_village_is_written_before_it() -> None:
    from corpus_tools._entity_rules.unlisted_places import standalone_groups

    t = "。石马塘村民组是河口村最偏远的地方，第三村民小组在山下，不同类型村民小组"
    assert [t[c.start:c.end] for c in standalone_groups(t, [])] == ["石马塘村民组"]


def test_a_three_character_village_of_the_country_where_it_stands_as_a_name() -> None:
    from corpus_tools._entity_rules.unlisted_places import national_villages

    t = "当年在芦岔村插队的知青回来了。"
    assert [t[c.start:c.end] for c in national_villages(t, [])] == ["芦岔村"]
    for text in ("一个个小山村旧貌换新颜。", "这个村是典型的空心村。", "城中村改造。"):
        assert national_villages(text, []) == [], text


def test_bare_re_mentions_of_a_group_and_of_a_village_named_by_its_body() -> None:
    from corpus_tools.entities import find_entities

    got = {(e.text, e.label) for e in find_entities("元阳县新街镇爱春村大瓦遮小组有四十六户人家。大瓦遮的梯田红米远近闻名。")}
    assert {("大瓦遮小组", "VILLAGE"), ("大瓦遮", "VILLAGE")} <= got
    got = {(e.text, e.label) for e in find_entities("苏家岘村村委会组织村民外出务工。苏家岘的年轻人大多在兰州打工。")}
    assert ("苏家岘", "VILLAGE") in got and ("苏家岘", "PERSON") not in got


def test_a_village_coordinated_with_and_after_a_village() -> None:
    from corpus_tools.entities import find_entities

    got = {(e.text, e.label) for e in find_entities("黑石村与白石村相邻，黑石、白石两村共建了一座养猪场。")}
    assert {("白石村", "VILLAGE"), ("白石", "VILLAGE")} <= got
    got = {(e.text, e.label) for e in find_entities("黑石村和周边村的村民都来了。黑石村与村民代表座谈。")}
    assert {t for t, lab in got if lab == "VILLAGE"} == {"黑石村"}


def test_former_township_before_a_merger_verb() -> None:
    # user25 (浦江): a township the gazetteer no longer has, merged into a known one
    text = "2004年，治平乡并入杭坪镇。"
    s = text.index("杭坪镇")
    assert _spans(unlisted_townships(text, [Cand(s, s + 3, "TOWNSHIP")]), text) == [("治平乡", "TOWNSHIP")]
    assert unlisted_townships("治平乡并入了新的规划。", []) == []


def test_policy_word_after_a_county_is_no_township() -> None:
    # 县委|撤乡并镇 and 仙居县撤乡并镇: the policy word, not 委撤乡 or 撤乡并镇 as townships
    for text in ("根据县委撤乡并镇的部署，各乡镇抓好落实。", "2003年，仙居县撤乡并镇后，全县设7个街道。", "2001年，仙居县撤乡建镇。"):
        assert not [c for c in find_regex_places(text, []) if c.label == "TOWNSHIP"], text
    # a real township whose name ends like a policy word stays one (新建镇 is a unit in several counties)
    assert [text for text in ["原新建镇并入城关镇。"] if find_regex_places(text, [])]


def test_list_head_makes_a_village_short_form_a_township() -> None:
    # 浦江县 (330726): 浦南 is also the short form of a village; 三个街道 says what the items are
    text = "浦阳镇撤销后，设立浦阳、浦南、仙华三个街道。"
    places = find_places(text, "330726")
    listed = dict(_spans(listed_units(text, places, "330726"), text))
    assert listed.get("浦南") == "TOWNSHIP" and listed.get("仙华") == "TOWNSHIP"


def test_former_township_printed_with_yuan_user27():
    # user27 finding 3, in another county's words (章丘区): 原 is no part of the name (GUIDE 原孟山乡 -> 孟山乡)
    # and a three-character stem after 原 is found in a merger sentence or before a village
    text = "原旧军镇并入刁镇街道后，原太平乡柴家村发展物流。"
    towns = [Cand(6, 10, "TOWNSHIP"), Cand(text.index("柴家村"), text.index("柴家村") + 3, "VILLAGE")]
    assert _spans(unlisted_townships(text, towns), text) == [("旧军镇", "TOWNSHIP"), ("太平乡", "TOWNSHIP")]


def test_yuan_inside_a_word_opens_no_former_township():
    text = "高原小镇并入刁镇街道。"
    assert all(text[c.start] != "小" for c in unlisted_townships(text, [Cand(6, 10, "TOWNSHIP")]))


def test_a_kind_of_village_after_the_closing_deng_is_no_name_user27():
    # user27 finding 9, in 洪湖市's words: 等|沿湖村 names the kind of the listed villages
    text = "工程涉及老湾村、石码头村等沿湖村，清淤30万立方米。"
    assert "沿湖村" not in [text[c.start:c.end] for c in find_regex_places(text, [(4, 7), (8, 12)])]
