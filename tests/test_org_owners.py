"""Bare bodies (县委, 区委, 镇党委) and the county they belong to: the ``owner_code`` column and ``norm``."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.entities import entity_counts, extract_entities, find_entities
from corpus_tools.loaders import read_corpus
from corpus_tools.org_owners import bare_level, owner_code, place_owner, qualified_name


@pytest.mark.parametrize("name, level", [("县委", "县"), ("区委", "区"), ("镇党委", "镇"), ("乡政府", "乡"),
                                         ("街道党工委", "街道"), ("村委会", "村"), ("县教育局", "县"),
                                         ("镇江市委", None), ("乡宁县委", None), ("平遥县委", None),
                                         ("市场监管局", None), ("委员会", None)])
def test_bare_level(name, level):
    assert bare_level(name) == level


def test_owner_follows_the_county_and_its_kind():
    district, county, city_county = "230113", "140728", "330683"  # 双城区, 平遥县, 嵊州市
    assert owner_code("区委", district) == district and owner_code("区委", county) is None
    assert owner_code("县委", county) == county and owner_code("县委", district) is None
    assert owner_code("镇党委", district) == district and owner_code("村委会", county) == county
    assert owner_code("市委", county) == "1407" and owner_code("市委", city_county) == city_county
    assert owner_code("镇党委", None) is None and owner_code("平遥县委", county) is None
    assert qualified_name("区委", district) == "双城区委"
    assert qualified_name("市委", city_county) == "嵊州市委"
    assert qualified_name("镇党委", district) == "镇党委"  # the township is not known


def test_entity_table_keeps_two_counties_party_committees_apart():
    # invented pages of two counties, no manifest: each county is read off its text
    pages = pd.DataFrame({"issue_id": ["midu", "shengzhou"], "text": [
        "密祉镇召开乡村振兴推进会\n弥渡县密祉镇永和村、兴隆村发展花灯文旅。镇党委书记张建华说，要把花灯名片擦亮。",
        "长乐镇推进共同富裕\n嵊州市长乐镇开元村、小昆村发展民宿。镇党委书记王立新介绍，市委要求抓好落实。"]})
    corpus = read_corpus(pages)
    ents = extract_entities(corpus, labels=["ORG"], model=False)
    rows = ents[ents["text"] == "镇党委"].set_index("issue_id")["owner_code"].to_dict()
    assert rows == {"midu": "532925", "shengzhou": "330683"}
    assert ents.loc[ents["text"] == "市委", "norm"].tolist() == ["嵊州市委"]
    assert ents.loc[~ents["text"].isin(["镇党委", "市委"]), "owner_code"].isna().all()
    total = entity_counts(corpus, entities=ents, by="all")
    assert total.loc[total["norm"] == "镇党委", "count"].tolist() == [1, 1]


def test_a_body_opened_by_a_township_of_the_county_carries_its_code():
    # user22 #7: 通江口镇党委书记 gave owner_code None, so the township dropped out of per-township counts
    from corpus_tools.entities import find_entities

    got = {e.text: e.owner_code for e in find_entities("通江口镇党委书记关向东来到孤榆树村。", county_code="211224")
           if e.label == "ORG"}
    assert got == {"通江口镇党委": "211224124"}
    got = {e.text: e.owner_code for e in find_entities("镇党委书记来到村里。", county_code="211224") if e.label == "ORG"}
    assert got == {"镇党委": "211224"}


def test_place_owner_is_the_township_or_village_of_the_county_opening_the_body():
    assert place_owner("岳壁乡梁村党支部", "140728") == "140728202"
    assert place_owner("梁村党支部", "140728") == "140728202207"
    assert place_owner("县委", "140728") is None
    assert place_owner("梁村党支部", None) is None


def test_a_village_two_townships_share_owns_a_body_by_the_articles_township_user27():
    # user27 finding 4, in 新化县 (431322): 大兴村 of 白溪镇 and of 温塘镇; the article names 温塘镇 only
    text = "温塘镇选派干部驻村。今年，驻大兴村工作队带领村民修路。"
    assert place_owner("大兴村工作队", "431322") is None
    assert place_owner("大兴村工作队", "431322", document=text) == "431322115233"
    owners = {e.text: e.owner_code for e in find_entities(text, county_code="431322") if e.label == "ORG"}
    assert owners.get("大兴村工作队") == "431322115233"
