"""Names with the surname 和 (Naxi), which the segmenter reads as the conjunction, and contact-line names."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_contacts import contact_names
from corpus_tools._entity_rules.person_he_names import he_firms, he_surname_names
from corpus_tools.entities import find_entities

#: 玉龙纳西族自治县: a county where 和 is among the commonest surnames
_NAXI = "530721"


def _found(text: str, county: "str | None" = _NAXI) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, county_code=county)]


def test_he_after_titles_is_a_surname():
    text = "全县春耕动员会召开。镇党委书记和永福讲话，副镇长和春梅主持，卫生院医生和晓东作了发言。"
    got = _found(text)
    assert ("和永福", "PERSON") in got and ("和春梅", "PERSON") in got and ("和晓东", "PERSON") in got


def test_he_name_repeated_without_a_title():
    text = "村主任和志刚带领群众修路。和志刚说，路通了，核桃就好卖了。"
    assert [text[c.start:c.end] for c in he_surname_names([], text)] == ["和志刚", "和志刚"]


def test_one_character_given_name_before_speech():
    text = "驻村工作队队长和芳说，今年要建冷库。"
    assert ("和芳", "PERSON") in _found(text)


def test_he_as_conjunction_stays():
    for text in ("镇长和县财政局负责人一起查看。", "村民和游客一起跳舞。", "县长和副县长分别讲话。",
                 "支部书记和村委会主任带头捐款。", "驻村第一书记和工作队员走访农户。", "老师和学生组成志愿队。"):
        assert not [p for p in _found(text) if p[1] == "PERSON" and p[0].startswith("和")], text
        assert he_surname_names([], text) == []


def test_firm_with_he_trade_name_stays_whole():
    text = "该工程由大理和泰昌建材有限公司承建，县交通局和施工单位倒排工期。"
    got = _found(text)
    assert ("大理和泰昌建材有限公司", "ORG") in got
    assert not any(t == "泰昌建材有限公司" for t, _ in got)
    es = [Cand(4, 6, "GPE"), Cand(7, 15, "ORG")]
    t2 = "该工程由丽江和丰源商贸有限公司承建。"
    assert [(t2[c.start:c.end], c.label) for c in he_firms(es, t2)] == [("丽江和丰源商贸有限公司", "ORG")]


def test_contact_lines():
    text = "联系人：沙马拉哈　电话：0888-5100001\n联系人：和永福　电话：0888-5100002\n联系人：县交通局　电话：1"
    assert [text[c.start:c.end] for c in contact_names([], text)] == ["沙马拉哈", "和永福"]
    assert ("沙马拉哈", "PERSON") in _found(text)
