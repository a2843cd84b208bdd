"""Township short forms that are common words, once the text names the township (places31)."""

import corpus_tools as ct
from corpus_tools._entity_rules.township_words import common_township_forms, established_townships


def _tags(text: str, county: str) -> list[tuple[str, str]]:
    df = ct.extract_entities([text], county_code=county)
    return list(zip(df["text"], df["label"]))


def test_forms_of_the_county():
    forms = {short for short, _, _ in common_township_forms("350424")}
    assert "石壁" in forms
    assert "城郊" not in forms  # a dictionary word stays a word


def test_established_only_by_the_full_name():
    assert established_townships("石壁镇党委召开会议。石壁的客家人多。", "350424")
    assert established_townships("悬崖石壁上长满青苔。", "350424") == ()
    assert established_townships("石壁镇党委召开会议。", None) == ()


def test_bare_form_after_the_full_name_is_the_township():
    tags = _tags("石壁人的故乡\n石壁镇今年新修村道十公里，石壁的客商纷纷回乡投资。", "350424")
    assert tags.count(("石壁", "TOWNSHIP")) == 2


def test_bare_form_without_the_full_name_stays_a_word():
    assert ("石壁", "TOWNSHIP") not in _tags("山路两旁的石壁上刻着标语。", "350424")
