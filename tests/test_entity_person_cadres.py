"""Names listed after a word for cadres (``corpus_tools._entity_rules.person_cadres``)."""

from __future__ import annotations

from corpus_tools._entity_rules.person_cadres import cadre_names
from corpus_tools.entities import find_entities


def _persons(text: str, county: str) -> list[str]:
    return [e.text for e in find_entities(text, county_code=county) if e.label == "PERSON"]


def test_cadres_with_rare_or_word_surnames_after_ganbu_user27():
    # user27 finding 7, in 蕲春县's words: 帅 is mostly a word, 庹 too rare for the surname table
    assert _persons("驻村干部帅杰、庹文帮助村民销售莲藕。", "421126") == ["帅杰", "庹文"]


def test_no_names_where_no_list_of_names_follows_ganbu():
    for text in ("镇里选派干部驻村。", "村干部和党员一起劳动。", "市直单位选派驻村干部120名。"):
        assert cadre_names(text, None) == []
