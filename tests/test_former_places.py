"""Tests of corpus_tools.former_places: merger sentences and how a printed place was linked (user25 finding 2)."""

import pytest

from corpus_tools.former_places import LINK_KINDS, link_kind, merger_links, strip_former


def test_merger_sentences_of_the_user25_pages():
    # user25 finding 2: the former township of the merger sentence itself
    m = merger_links(["根据县委、县政府撤乡并镇的部署，治平乡并入杭坪镇。", "浦江县撤销薛下庄乡，将其行政区域划归檀溪镇管辖。"],
                     "330726")
    assert {k: v[:2] for k, v in m.items()} == {"治平乡": ("330726107", "杭坪镇"), "薛下庄乡": ("330726106", "檀溪镇")}


def test_merger_sentences_of_another_county():
    # invented 仙居 sentences: a list of stems, a rename, several successors, a time word before the name
    m = merger_links(["近日里林乡并入田市镇。", "溪口、石门两乡并入横溪镇和白塔镇。", "原东坑村更名为东周村。",
                      "城关镇撤销后，设立安洲、南峰、福应三个街道。"], "331024")
    assert m["里林乡"][:2] == ("331024104", "田市镇")
    assert m["溪口乡"][:2] == ("331024101", "横溪镇") and m["石门乡"][:2] == ("331024103", "白塔镇")
    assert m["东坑村"][0] == "331024104213"
    assert m["城关镇"][:2] == (None, "安洲街道、南峰街道、福应街道")  # no successor shares its stem: not linked


def test_no_merger_without_a_unit_of_today():
    assert merger_links(["美丽乡村并入全镇规划。", "白塔镇并入田市镇。"], "331024") == {}  # 白塔镇 is a unit today


def test_link_kinds():
    assert link_kind("田市镇", "331024104") == "exact"
    assert link_kind("田市", "331024104") == "short"
    assert link_kind("浦阳镇", "330726003") == "stem"  # user25: printed 浦阳镇, linked 浦阳街道
    assert link_kind("里林乡", "331024104", {"里林乡": ("331024104", "田市镇", "")}) == "former-via-merger"
    assert link_kind("上岙村", None) == "none"
    assert set(LINK_KINDS) >= {"exact", "short", "stem", "former-via-merger", "former", "none"}


@pytest.mark.parametrize("printed, out", [("原里林乡", ("里林乡", True)), ("原平村", ("原平村", False)),
                                          ("田市镇", ("田市镇", False))])
def test_strip_former(printed, out):
    assert strip_former(printed) == out


def test_lists_split_only_after_a_level_word():
    # review of user25 (finding 1): 和 inside a name is no list separator; invented 沁源 sentences, real names
    assert {k: v[:2] for k, v in merger_links(["今年，李元镇并入王和镇。"], "140431").items()} == {
        "李元镇": ("140431103", "王和镇")}
    assert merger_links(["今年，王和镇并入郭道镇。"], "140431") == {}  # 王和镇 is a unit of today
    m = merger_links(["上和村与下和村合并为义和村。"], "140431")
    assert {k: v[:2] for k, v in m.items()} == {"上和村": ("140431105215", "义和村"),
                                                "下和村": ("140431105215", "义和村")}


@pytest.mark.parametrize("sentence", ["该村并入对竹村。", "该乡撤销后并入对竹镇。", "全乡并入僧念镇。",
                                      "邢家要乡所辖的5个村并入僧念镇。", "邢家要乡所辖三个村并入僧念镇。",
                                      "邢家要乡部分村划归团柏乡。", "其余村并入对竹镇。"])
def test_no_former_name_of_a_determiner_count_or_part(sentence):
    # review of user25 (finding 2): invented 汾西 sentences whose subject is no name
    assert merger_links([sentence], "141034") == {}


def test_a_determiner_before_a_name_is_no_part_of_it():
    m = merger_links(["撤销邢家要乡，其所辖的涧底村划归永安镇。"], "141034")
    assert {k: v[:2] for k, v in m.items()} == {"邢家要乡": ("141034100", "永安镇")}


def test_a_namesake_unit_of_today_is_no_former_name():
    # review of user25 (finding 3): 沁源 has two 上庄村 today; the merger of one of them names no former unit
    assert merger_links(["今年，上庄村并入柳湾村。"], "140431") == {}


def test_strip_former_keeps_a_unit_of_today_opening_with_yuan():
    # review of user25 (finding 4): 稷山's 原家庄村 is today's name, not 家庄村 printed with 原
    assert strip_former("原家庄村", "140824") == ("原家庄村", False)
    assert strip_former("原里林乡", "331024") == ("里林乡", True)


def test_merger_successor_named_in_full_or_by_its_former_town_user27():
    # user27 finding 3 (章丘区): the list's shortest match 刁镇 of 刁镇街道, and 刁镇 for the 街道 that was the town
    for sentence in ("原旧军镇并入刁镇街道后，柴家村发展物流。", "2001年，旧军镇并入刁镇。"):
        assert {k: v[:2] for k, v in merger_links([sentence], "370114").items()} == {
            "旧军镇": ("370114016", "刁镇街道")}
