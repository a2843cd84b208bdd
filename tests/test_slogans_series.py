"""Tests of corpus_tools.slogans.series (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.core import SloganMention
from corpus_tools.slogans.decision import evidence_group
from corpus_tools.slogans.series import UNFRAMED


def _marked(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.evidence) for m in find_slogans(text, formulae=False)]


@pytest.mark.parametrize("text, series", [
    ("推动种植方式向绿色化、标准化、品牌化转变。", "绿色化、标准化、品牌化"),
    ("全县文旅产业正向更高质量、更高效益、更可持续迈进。", "更高质量、更高效益、更可持续"),
    ("合作社以新品种、新机具、新销路带动农户增收。", "新品种、新机具、新销路"),
])
def test_a_series_in_a_goal_or_method_frame(text, series):
    assert _marked(text) == [(series, "parallel", "series in frame")]


@pytest.mark.parametrize("text", [
    "他向张家、李家、王家借了钱。",                          # 向 without a goal verb after
    "以绿色化、标准化、品牌化的产品吸引顾客。",                # 以 without a method verb after
    "合作社向城里、镇上、村里运送蔬菜，带动农户增收。",          # no shared slot
])
def test_no_wrapped_frame_no_series(text):
    assert _marked(text) == []


@pytest.mark.parametrize("text, series", [
    ("县里推动项目早开工、早建成、早见效，全力稳增长。", "早开工、早建成、早见效"),
    ("确保全镇群众看得起、看得好、看得上。", "看得起、看得好、看得上"),
])
def test_a_series_after_a_causative_verb_and_its_object(text, series):
    assert _marked(text) == [(series, "parallel", "series in frame")]


@pytest.mark.parametrize("text", [
    "确保新房有地梁、有立柱、有现浇楼板。",                           # cut out of longer items
    "推进全县乡村振兴示范片建设、美丽乡村示范村建设、文明村镇建设，健全机制。",  # items too long
    "力争在新模式、新业态、新消费和新环境等方面有所突破。",             # the list goes on
])
def test_no_causative_object_frame(text):
    assert _marked(text) == []


def test_a_compact_window_opening_inside_a_word_is_no_series():
    # 村|民同吃同住同劳动: the window 民同吃同住同 recurs in the corpus but opens inside 村民
    assert _marked("干部和村民同吃同住同劳动，帮助村民搞生产。") == []


@pytest.mark.parametrize("text", [
    "制定“三公约一承诺”，即支部公约、党员公约、村民公约和村干部履职承诺。",
    "全县从系统安全、应用安全、数据安全及移动安全入手。",
])
def test_part_of_a_longer_enumeration_is_no_repeated_word_series(text):
    assert _marked(text) == [] or all(e != "repeated word" for _, _, e in _marked(text))


def test_an_enumeration_closed_by_a_count_keeps_its_series():
    found = _marked("从产业扶贫、用工扶贫、创业扶贫和金融扶贫四大领域入手。")
    assert ("产业扶贫、用工扶贫、创业扶贫", "parallel", "repeated word") in found


def test_a_list_that_goes_on_is_no_series_after_an_opener_either():
    # the opener path (建立了…) must not take the whole list with its 和-tail as one series
    assert _marked("村里建立了党员公约、村民公约、家庭公约和村规民约。") == []
    assert _marked("成为防疫宣传员、守门员、战斗员。") == [("防疫宣传员、守门员、战斗员", "parallel", "series after an opener")]


def test_a_standalone_series_needs_three_character_items():
    # three-character items standing alone as a clause are a compact motto; longer ones are narrative clauses
    assert [(m.text, m.evidence) for m in find_slogans("开会时，看民生、访民困、解民难，干部们记在心上。",
                                                       formulae=False, decision=False)] == \
        [("看民生、访民困、解民难", "standalone series")]
    assert find_slogans("镇里干部走村入户，种好一片茶园、建好一座工厂、富裕一方百姓，群众拍手称赞。",
                        formulae=False, decision=False) == []


@pytest.mark.parametrize("text", [
    "针对不同年龄、不同行业、不同地区，分门别类进行考核。",
    "无论哪个村子、哪个小组、哪个家庭，都要参加。",
])
def test_a_repeated_determiner_is_no_formula_frame(text):
    assert find_slogans(text, formulae=False, decision=False) == []


@pytest.mark.parametrize("text, found", [
    ("全镇把工作分为强组织、强产业、强服务、强治理四个方面。", [("强组织、强产业、强服务、强治理", "parallel", "counted series")]),
    ("全镇开设英语、日语、韩语3个语种的课程。", []),     # a count in digits describes a list
])
def test_a_count_in_numerals_names_the_series(text, found):
    assert _marked(text) == found


def test_a_compact_series_printed_twice_in_an_article_is_a_formula():
    text = "逐街逐户逐人摸排\n今年，全镇干部逐街逐户逐人摸排风险，建立台账。"
    assert _marked(text) == [("逐街逐户逐人", "parallel", "recurring compact series on page")]


@pytest.mark.parametrize("text", [
    "今年，全镇干部逐街逐户逐人摸排风险，建立台账。",                       # printed once, no frame
    "开设“名厨名店名菜展示馆”。名厨名店名菜展示馆每周开放。",               # part of a quoted name, twice
])
def test_a_compact_series_printed_once_or_inside_a_quoted_name_is_none(text):
    assert [m for m in _marked(text) if m[1] == "parallel"] == []


@pytest.mark.parametrize("text", [
    "医疗队来自县人民医院、县中医医院、县妇幼医院，连夜出发。",              # items name things
    "在县委统一指挥、统一协调、统一调度下，各乡镇连夜行动。",                # a circumstance
])
def test_an_unframed_series_that_describes_is_no_formula(text):
    assert [m for m in _marked(text) if m[1] == "parallel"] == []


def test_described_series_keeps_a_framed_series():
    from corpus_tools.slogans.series import described_series

    t = "全县坚持统一领导、统一指挥、统一行动。"
    framed = SloganMention("统一领导、统一指挥、统一行动", "parallel", 4, 18, False, "", "series in frame")
    assert not described_series(t, framed)
    assert not described_series(t, SloganMention("统一领导", "quoted", 4, 8, True, "", "repeated word"))


def test_a_two_character_word_in_the_middle_of_the_items_repeats():
    text = "驻村以来，走千家路、知千家事、解千家难，群众有事随时找。"
    assert _marked(text) == [("走千家路、知千家事、解千家难", "parallel", "repeated word")]


def test_a_run_that_spells_out_a_page_formula_is_a_counted_series():
    text = "乡里提出“四无”标准，即无积存垃圾、无乱堆乱放、无污水、无违章搭建，每月评比。"
    assert ("无积存垃圾、无乱堆乱放、无污水、无违章搭建", "parallel", "counted series") in _marked(text)
    # as many items as the formula counts, or it is only a list
    assert not any(k == "parallel" for _, k, _ in _marked(
        "乡里提出“五无”标准，即无积存垃圾、无乱堆乱放、无污水、无违章搭建，每月评比。"))


def test_a_standalone_series_of_negations_is_a_vow():
    assert _marked("村里立下规矩，不砍树、不填塘、不占田，守住青山。") == [("不砍树、不填塘、不占田", "parallel",
                                                                     "standalone series")]


def test_a_joint_predicate_after_an_even_series_is_no_part_of_it():
    text = "镇里将举办滑雪公开赛等活动，推动冰雪运动、冰雪文化、冰雪旅游一体发展。"
    found = [m.text for m in find_slogans(text, formulae=False)]
    assert "冰雪运动、冰雪文化、冰雪旅游一体发展" not in found
    assert found == ["冰雪运动、冰雪文化、冰雪旅游"]


@pytest.mark.parametrize("text, series", [
    ("为了确保园区生产朝着专业化、标准化、市场化方向发展，县里引进了龙头企业。", "专业化、标准化、市场化"),
    ("全镇着力提升农业经营集约化、规模化、绿色化水平，带动农户增收。", "集约化、规模化、绿色化"),
])
def test_direction_and_level_close_a_goal_series(text, series):
    assert _marked(text) == [(series, "parallel", "series in frame")]


def test_a_potential_series_is_a_requirement():
    text = "试点为全省提供了可借鉴、可复制、可推广的经验。"
    assert _marked(text) == [("可借鉴、可复制、可推广", "parallel", "requirement series")]
    m = SloganMention("可借鉴、可复制、可推广", "parallel", 8, 19, False, "", "requirement series")
    assert not m.evidence.startswith(UNFRAMED)                       # framed by its shape: no description cue drops it
    assert evidence_group(m.evidence) == "series_framed"


@pytest.mark.parametrize("text", [
    "他说，任何时间、任何地点、任何人违规都要追责。",          # 任何 picks out members
    "这体现出一种务实作风、一种担当意识、一种为民情怀。",        # one + classifier
    "全县建成了县级重点实验室、县级工程实验室、县级技术中心四大创新平台。",  # a count of other items
])
def test_determiners_and_other_counts_make_no_series(text):
    assert [m for m in _marked(text) if m[1] == "parallel"] == []


def test_a_compact_series_takes_its_whole_run():
    from corpus_tools.slogans.series_roles import compact_extent

    text = "干部逐村逐户逐人逐项排查问题。"
    a = text.index("逐村")
    assert text[slice(*compact_extent(text, a, a + 6))] == "逐村逐户逐人逐项"
