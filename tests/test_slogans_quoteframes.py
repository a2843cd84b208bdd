"""Tests of corpus_tools.slogans.quoteframes (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.quoteframes import clause_before, clause_pair


def _marked(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.evidence) for m in find_slogans(text, formulae=False, decision=False)]


def test_a_quoted_speech_repeating_the_headline_is_no_motto():
    # the headline-motto frame was removed (one crawl hit, not a formula): the quote stays speech
    text = ("村支书王小明——\n田要种得好 路要修得宽（乡村新貌）\n"
            "“田要种得好，路要修得宽。这是我们的老规矩。”王小明说。")
    assert _marked(text) == []


@pytest.mark.parametrize("text, pair", [
    ("村民参与，动力更足，变“要我脱贫”为“我要脱贫”。", ["要我脱贫", "我要脱贫"]),
    ("县医院从“人找服务”到“服务找人”，病人少跑腿。", ["人找服务", "服务找人"]),
    ("推动群众由“要我干”向“我要干”转变。", ["要我干", "我要干"]),
])
def test_a_transformation_pair_marks_both_phrases(text, pair):
    assert _marked(text) == [(p, "quoted", "transformation pair") for p in pair]


@pytest.mark.parametrize("text", [
    "从“输血”到“造血”，村里有了产业。",          # different characters: a metaphor pair, no formula by this rule
    "他说“要我脱贫”，又说“我要脱贫”。",          # no frame of change
])
def test_no_transformation_pair(text):
    assert _marked(text) == []


def test_a_short_word_play_pair_is_no_formula():
    assert _marked("从“我爱你”到“你爱我”，故事很感人。") == []


@pytest.mark.parametrize("text, pair", [
    ("县里推动工作由“单兵作战”向“协同作战”转变。", ["单兵作战", "协同作战"]),
    ("这个村经历了“借船出海”到“造船出海”的转变。", ["借船出海", "造船出海"]),     # the word of change frames it
])
def test_a_pair_of_phrases_before_a_word_of_change(text, pair):
    assert _marked(text) == [(p, "quoted", "transformation pair") for p in pair]


@pytest.mark.parametrize("text", [
    "从“实体”向“虚拟”转变，店铺上了网。",             # two-character words: a description
    "从“海上牧民”到“海上农民”，生活变了。",           # no word of change after the pair
    "村子实现了从“靠天吃饭”到“旱涝保收”的转变。",      # two unrelated phrases: a description of a change
    "短短三年，他完成了从“庄稼能手”到“致富带头人”的转变。",  # a person's roles
    "这座小城经历了从“煤炭之城”到“生态之城”的蝶变。",        # a place's epithets
])
def test_no_change_pair(text):
    assert _marked(text) == []


def test_the_bidding_verb_may_be_spelt_rang():
    # slogan30: 让我种 / 我要种 is the 要我干 / 我要干 family
    assert _marked("老乡看到希望，从“让我种”到“我要种”就不难了。") == [
        ("让我种", "quoted", "transformation pair"), ("我要种", "quoted", "transformation pair")]


def test_a_framed_chain_pair_of_unequal_parts_is_a_motto():
    # slogan30: two parts of unequal length sharing a word, named as a model by the page
    assert _marked("遂川县坚持“龙头企业带基地、基地连农户”的经营模式，茶农增收。") == [
        ("龙头企业带基地、基地连农户", "quoted", "two-part motto")]


@pytest.mark.parametrize("text", [
    "村里建起了“农家书屋、村级文化广场”等设施。",        # two things, no shared word
    "他笑着说：“龙头企业带基地、基地连农户。”",          # speech, no frame
])
def test_unequal_pairs_without_a_chain_or_a_frame_stay_out(text):
    assert _marked(text) == []


def test_an_uneven_pair_of_two_clauses_in_a_frame_is_a_motto():
    found = find_slogans("县里推行“小镇带村、村带户”的模式，引导群众发展民宿。", formulae=False)
    assert [(m.text, m.kind) for m in found] == [("小镇带村、村带户", "quoted")]


def test_an_uneven_pair_of_two_things_stays_a_list():
    assert find_slogans("村里建设“农家书屋、村级文化广场”等设施。", formulae=False) == []


@pytest.mark.parametrize("text,pair", [
    # slogan33: the verb of adoption earlier in the clause, parts sharing no character (pages21's form)
    ("今年以来，街道推动物业服务企业与社区“双向进入、交叉任职”，已在9个社区推开。", "双向进入、交叉任职"),
    # two clauses of unequal length after 推动
    ("县里新建帮扶车间5个，推动“产业在村里、就业在家门口”。", "产业在村里、就业在家门口"),
    # 要求 before the quote
    ("县里组织干部挂钩帮扶，要求“干部下基层、帮扶到农户”。", "干部下基层、帮扶到农户"),
])
def test_a_pair_of_two_clauses_the_clause_adopts_is_a_motto(text, pair):
    assert _marked(text) == [(pair, "quoted", "adopted clause pair")]


@pytest.mark.parametrize("text", [
    "他笑着说要推动“双向进入、交叉任职”。",                         # speech in the clause
    "马街当地也形成了“不过年，过十三”的传统。",                     # 形成: a result, not adopted
    "双方愿意建立“最密切、最坚固的”伙伴关系。",                      # a description ending in 的
    "又落实到“清水出芙蓉，天然去雕饰”。",                            # 落实到: a state reached
    "针对员工提出的“如何调整好定位、快速进入工作状态”问题，分行建立了导师制。",  # a question
    "村里推动建成“农家书屋、村级文化广场”。",                        # two things, no clause
])
def test_pairs_outside_an_adopting_clause_stay_out(text):
    assert not any(e == "adopted clause pair" for _, _, e in _marked(text))


def test_clause_before_stops_at_the_last_clause_mark():
    assert clause_before("今年以来，界湖街道推动社区“双向进入", 13) == "界湖街道推动社区"
    assert clause_pair(["双向进入", "交叉任职"], "界湖街道推动社区", "，目前")
    assert not clause_pair(["双向进入", "交叉任职"], "界湖街道与社区", "，目前")


def test_a_quoted_pair_after_a_verb_of_building_a_goal_is_the_places_goal():
    # slogan36: pages24 and pages25 (two writers) missed 长寿之乡、柑橘大县, 世界客家祖地、红色文化名城, 畲乡共富、景美宁和
    from corpus_tools.slogans.quoteframes import goal_pair

    assert goal_pair(["长寿之乡", "柑橘大县"], "县里提出建设", "，着力")
    assert goal_pair(["畲乡共富", "景美宁和"], "奋力打造", "的新时代")
    assert not goal_pair(["党建墙", "爱心墙"], "建设", "等")                     # parts of three; a list
    assert not goal_pair(["农家书屋", "村级文化广场"], "村里建设", "，方便")   # facilities built
    found = {(m.text, m.kind) for m in find_slogans("宁化县提出打造“世界客家祖地、红色文化名城”，修缮古民居。",
                                                    decision=False)}
    assert ("世界客家祖地、红色文化名城", "quoted") in found
    assert find_slogans("村里建设“农家书屋、文化广场”等设施。", decision=False) == []


def test_a_positioning_frames_an_uneven_quoted_series():
    # slogan36: pages26o 聚焦“首府后花园、乳业新高地、敕勒川文旅名片”定位 (parts of 5, 5 and 7 characters)
    found = {(m.text, m.kind) for m in find_slogans("聚焦“首府后花园、乳业新高地、敕勒川文旅名片”定位，推动发展。",
                                                    decision=False)}
    assert ("首府后花园、乳业新高地、敕勒川文旅名片", "parallel") in found
