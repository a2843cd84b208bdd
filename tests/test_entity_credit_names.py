"""Names in credit lines (corpus_tools._entity_rules.credit_names); invented credits as a 武穴 or 通榆 paper prints them."""

from __future__ import annotations

from corpus_tools._entity_rules.credit_names import byline_names, not_word


def _names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in byline_names(text)]


def test_every_name_after_a_role_word_and_no_role_word():
    assert _names("（记者 柯亮 通讯员 郗建平 范晶）") == ["柯亮", "郗建平", "范晶"]
    assert _names("文/梅笑　图/冼振华\n油菜花开") == ["梅笑", "冼振华"]


def test_a_unit_opening_a_bracketed_credit_names_the_people_after_it():
    assert _names("（市融媒体中心 樊红 郑立 整理）") == ["樊红", "郑立"]


def test_a_role_word_after_a_surname_is_no_name():
    assert not_word("郭旭东", 1) and not not_word("郭记者", 1)
