"""Held sentences for the ORG work of round 19 (org26), written before any code was changed, in the
wording of other counties' papers (real places, invented people and firms); only ORG is checked,
under ``../shared/gold/entities/GUIDE.md``. Score before the change: 37 of 44 organisations found, 2
extra; after: 39, 0 extra. The four still missed are marked ``xfail`` with the reason. Twentieth round
(arbiter20): the arbiter refitted on the data that can be rebuilt loses 广西农垦国有金光农场 (38 of 44, moved to
``MISSED``)."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus_tools.entities import find_entities

HELD = [
    ("近日，宁陵县委组织部联合县人社局在张弓镇举办返乡创业培训班。", ["宁陵县委组织部", "县人社局"]),
    ("陈家湾村党支部书记李春生说，今年村里成立了陈家湾村股份经济合作社，全村312户都入了股。",
     ["陈家湾村党支部", "陈家湾村股份经济合作社"]),
    ("在东坪村村委会的院子里，县农商银行的工作人员正在为村民办理小额信贷。", ["东坪村村委会", "县农商银行"]),
    ("会宁县委、县政府把产业扶贫作为脱贫攻坚的根本之策。", ["会宁县委", "县政府"]),
    ("省市县三级农技专家组成服务团，分赴各乡镇开展技术培训。", []),
    ("县委县政府高度重视这项工作，县委多次召开专题会议研究部署。", ["县委", "县政府", "县委"]),
    ("浙江正泰电器股份有限公司（以下简称正泰电器）在乐清投资建设智能制造基地，正泰电器负责人表示将扩大用工。",
     ["浙江正泰电器股份有限公司", "正泰电器", "正泰电器"]),
    ("甘肃陇原红果业有限责任公司与静宁县苹果产业协会签订了收购协议。", ["甘肃陇原红果业有限责任公司", "静宁县苹果产业协会"]),
    ("镇卫生院、镇中心学校和镇派出所的干部职工也参加了义务劳动。", ["镇卫生院", "镇中心学校", "镇派出所"]),
    ("岚皋县农业农村局联合县林业局开展魔芋种植技术培训。", ["岚皋县农业农村局", "县林业局"]),
    ("在秀山县，金珠苗绣专业合作社理事长杨秀英带领200多名留守妇女绣出了好日子。", ["金珠苗绣专业合作社"]),
    ("县疾控中心、县妇幼保健院派出医护人员驻村服务。", ["县疾控中心", "县妇幼保健院"]),
    ("定西市委组织部、市扶贫办联合督查组到通渭县检查工作。", ["定西市委组织部", "市扶贫办"]),
    ("中国农业银行汝城县支行为种植大户发放贷款300万元。", ["中国农业银行汝城县支行"]),
    ("他带着该公司的技术员挨家挨户上门指导。", []),
    ("江西省农业科学院园艺研究所的专家来到石城县传授技术。", ["江西省农业科学院园艺研究所"]),
    ("镇党委书记王建军带队，镇纪委、镇综治办相关负责人参加。", ["镇党委", "镇纪委", "镇综治办"]),
    ("县供电公司组织党员服务队到村里检修线路。", ["县供电公司"]),
    ("巴东县绿葱坡镇人民政府组织召开了产业发展推进会。", ["绿葱坡镇人民政府"]),
    ("村里请来了华中农业大学的教授，村民跟着学嫁接技术。", ["华中农业大学"]),
    ("罗山县公安局交警大队在国道沿线设置了劝导站。", ["罗山县公安局交警大队"]),
    ("太白县农业技术推广站站长刘永平介绍，全县种植高山蔬菜5万亩。", ["太白县农业技术推广站"]),
]
MISSED = [
    ("柳林镇人民政府牵头，组织镇农业服务中心技术员深入田间指导。", ["柳林镇人民政府", "镇农业服务中心"],
     "a level-owned 中心 after the verb 组织 is not proposed"),
    ("沙县小吃同业公会在三明市区开设了培训基地。", ["沙县小吃同业公会"], "公会 is no head; 沙县 stays GPE"),
    ("兴隆村党总支和村委会带领群众修通了产业路。", ["兴隆村党总支", "村委会"], "a bare 村委会 after its village's body"),
    ("丹凤县老促会和县慈善协会为困难学生送去了助学金。", ["丹凤县老促会", "县慈善协会"],
     "老促会 is no head, and the arbiter drops 县慈善协会 (no longer one span over both)"),
    ("广西农垦国有金光农场与村里合作发展火龙果产业。", ["广西农垦国有金光农场"],
     "found by the eighteenth-round arbiter (add at 0.5); the twentieth-round refit adds only at 0.9, its nested "
     "cross-validated setting, and keeps GPE 广西 alone"),
]


@pytest.mark.parametrize("text, want", HELD)
def test_held_sentence(text, want):
    got = Counter(e.text for e in find_entities(text) if e.label == "ORG")
    assert got == Counter(want)


@pytest.mark.parametrize("text, want", [pytest.param(t, w, marks=pytest.mark.xfail(reason=why)) for t, w, why in MISSED])
def test_held_sentence_still_missed(text, want):
    got = Counter(e.text for e in find_entities(text) if e.label == "ORG")
    assert got == Counter(want)
