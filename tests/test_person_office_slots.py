"""Names in an office slot, compound surnames and lists of leaders (corpus_tools._entity_rules.person_office_slots;
user34 F1–F4, F8, F10). Invented sentences of an invented county."""

import corpus_tools as ct
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_office_slots import office_slot_persons, slot_surname


def _persons(text: str) -> list[str]:
    e = ct.extract_entities([text], county_code="230231")
    return e[e["label"] == "PERSON"]["text"].tolist()


def test_compound_surname_is_kept_with_the_given_name():
    t = "副县长上官秀兰出席。"
    assert [t[c.start:c.end] for c in office_slot_persons([Cand(5, 7, "PERSON")], t)] == ["上官秀兰"]
    assert "上官秀兰" in _persons("县委常委、组织部部长上官秀兰到新村调研。")
    assert "上官宁" in _persons("任命上官宁为县人民政府副县长；")


def test_rare_surnames_and_word_names_in_a_closed_slot():
    assert "亓峰" in _persons("任命亓峰为县水务局局长；")
    assert "訾兰" in _persons("免去訾兰的县水务局局长职务。")
    assert "高原" in _persons("东风乡乡长高原陪同调研。")
    got = _persons("在新村，县长察看苗情，与种植户贺黄河交谈。")
    assert "贺黄河" in got and "黄河" not in got


def test_slot_needs_a_surname_and_a_boundary():
    assert slot_surname("亓") and slot_surname("门") and not slot_surname("的")
    assert office_slot_persons([], "县长强调，要抓好春耕。") == []  # 强调 is a verb, no name


def test_a_list_of_leaders_is_read_as_a_whole():
    got = _persons("县领导宋海涛、上官秀兰、訾兰、亓晓云、门志军出席会议。")
    assert {"宋海涛", "上官秀兰", "訾兰", "亓晓云", "门志军"} <= set(got)


def test_short_forms_and_banners_are_no_person():
    got = _persons("司马县长要求，各乡镇要抓好秋收。")
    assert "司马" not in got
    assert "简　讯" not in _persons("县报\n\n简　讯\n■县委书记宋海涛到东风乡调研。")


def test_a_name_cut_before_a_word_is_grown_from_its_other_mention():
    t = "县长佟志新作报告。佟志新指出，要抓好秋收。"
    ents = [Cand(2, 4, "PERSON"), Cand(9, 12, "PERSON")]
    assert [t[c.start:c.end] for c in office_slot_persons(ents, t)][:1] == ["佟志新"]
