"""Tests for corpus_tools.layout.actorheads: a kicker over a title that names its own actor."""

import pytest

from corpus_tools.layout.actorheads import kicker_over_actor_title, opens_on_actor
from corpus_tools.layout.dashgroups import kickers_over_dash_titles, kickers_over_titles
from corpus_tools.layout.lines import read_lines


@pytest.mark.parametrize("line", ["县委常委会研究部署秋收工作", "我县举办农民丰收节", "全旗完成植树三万亩",
                                  "县直机关开展义务献血", "县农业农村局发放良种", "东风社区建起老年食堂",
                                  "河湾镇青石村：山货卖出好价钱", "城南街道开展消防演练"])
def test_actor_openings(line):
    assert opens_on_actor(line)


@pytest.mark.parametrize("line", ["在东河乡召开", "让荒山变成花果山", "美丽乡村建设见成效", "新农村建设提速",
                                  "回乡创业带头人", "狮子村的新变化", "山乡脱贫路", ""])
def test_no_actor_openings(line):
    assert not opens_on_actor(line)


@pytest.mark.parametrize("above, title", [
    ("认真学习贯彻全会精神", "县委召开常委扩大会议"),
    ("“百姓心事”", "东湖社区加装电梯二十部"),
    ("巩固脱贫成果", "石桥镇白水村：茶园里唱丰收"),
    ("为民　务实　清廉", "县政府召开廉政工作会议"),
])
def test_kicker_over_actor_title(above, title):
    assert kicker_over_actor_title(above, title)


@pytest.mark.parametrize("above, title", [
    ("县委召开常委会议", "研究部署秋粮收购工作"),  # the actor above: one title broken over two lines
    ("全县脱贫攻坚推进会", "在石桥镇召开"),  # a preposition opens the lower line
    ("河湾镇：", "县城到镇上通了公交"),  # a place kicker is another form
    ("全县群众最满意的", "县医院门诊楼启用"),  # the upper line is left open
    ("首届桃花节", "旅游收入过千万"),  # no actor below
])
def test_not_kicker_over_actor_title(above, title):
    assert not kicker_over_actor_title(above, title)


def test_argument_check():
    with pytest.raises(TypeError, match="above and title must be str"):
        kicker_over_actor_title(None, "县委召开会议")


def test_two_line_group_reads_kicker():
    raw = "深入学习贯彻全会精神\n县委中心组举行专题学习会\n　　本报讯　十月九日，县委中心组举行专题学习会。\n"
    assert kickers_over_titles(read_lines(raw), ["B-title", "title", "para"]) == ["B-kicker", "title", "para"]


def test_broken_title_stays_one():
    raw = "县委常委会研究部署“百村工程”\n经验推广工作\n　　本报讯　十月九日，县委常委会召开会议。\n"
    assert kickers_over_titles(read_lines(raw), ["B-title", "title", "para"]) == ["B-title", "title", "para"]


def test_dash_group_reads_kicker():
    raw = ("认真学习贯彻全会精神\n旗委召开牧业工作会议\n——部署秋季防疫和抗旱工作\n"
           "　　本报讯　八月二日，旗委召开牧业工作会议。\n")
    tags = kickers_over_dash_titles(read_lines(raw), ["B-title", "title", "subtitle", "B-para"])
    assert tags == ["B-kicker", "title", "subtitle", "B-para"]
