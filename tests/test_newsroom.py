"""The newsroom among the people of an entity table (corpus_tools.newsroom; user20, finding 10)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.entities import extract_entities
from corpus_tools.newsroom import newsroom_people, people_in_news


def test_body_byline_names_are_the_newsroom():
    ents = extract_entities(["本报讯（记者 文涛 通讯员 何静）梅溪村党支部书记唐正红说，今年村里的茶叶卖了好价钱。"],
                            county_code="510921")
    assert {"文涛", "何静"} <= newsroom_people(ents)
    assert list(people_in_news(ents).text) == ["唐正红"]


def test_byline_and_masthead_parts_are_the_newsroom():
    df = pd.DataFrame({"text": ["李强", "陈芳", "李强", "唐正红"], "label": ["PERSON"] * 4,
                       "part": ["masthead", "byline", "text", "text"], "sentence": ["", "", "李强摄", "唐正红说"]})
    assert newsroom_people(df) == {"李强", "陈芳"}
    assert list(people_in_news(df).text) == ["唐正红"]


def test_a_table_without_the_columns_is_refused():
    with pytest.raises(ValueError, match="part"):
        newsroom_people(pd.DataFrame({"text": ["王磊"], "label": ["PERSON"]}))
    with pytest.raises(TypeError, match="ents"):
        newsroom_people([("王磊", "PERSON")])
