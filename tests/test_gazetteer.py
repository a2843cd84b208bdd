"""Tests for corpus_tools.gazetteer (shipped NBS 2023 administrative divisions)."""

from __future__ import annotations

import pytest

from corpus_tools import gazetteer as gz
from corpus_tools.data.admin.build import normalize_committee_name


@pytest.mark.parametrize("raw, name", [
    ("水磨头村民委员会", "水磨头村"),
    ("梁村村民委员会", "梁村"),
    ("西源祠村村民委员会", "西源祠村"),
    ("横坡村委会", "横坡村"),
    ("壁景堡社区居民委员会", "壁景堡社区"),
    ("绿柳居民委员会", "绿柳社区"),
    ("春丕村", "春丕村"),
    ("乌兰套亚嘎查", "乌兰套亚嘎查"),
])
def test_committee_names_are_normalised(raw, name):
    assert normalize_committee_name(raw) == name


def test_division_levels_and_parents():
    assert gz.division("14").name == "山西省"
    assert gz.division("140728").level == "county"
    liang = gz.division("140728202207")
    assert (liang.name, liang.level, liang.parent_code) == ("梁村", "village", "140728202")
    assert [d.code for d in gz.parents(liang.code)] == ["14", "1407", "140728", "140728202"]
    assert gz.division("140728002004").level == "community"


def test_unknown_and_invalid_codes():
    with pytest.raises(KeyError):
        gz.division("999999")
    with pytest.raises(ValueError, match="2, 4, 6, 9 or 12 digits"):
        gz.division("14072")


def test_children_of_pingyao():
    towns = gz.children("140728", level="township")
    assert len(towns) == 16
    assert {"古陶镇", "岳壁乡", "城东街道"} <= {d.name for d in towns}
    villages = gz.children("140728", level="village")
    assert 150 < len(villages) < 260


def test_short_forms():
    assert gz.short_forms("平遥县", "county") == ["平遥"]
    assert gz.short_forms("岳壁乡", "township") == ["岳壁"]
    assert gz.short_forms("广西壮族自治区", "province") == ["广西"]
    assert gz.short_forms("梁村", "village") == []  # a one-character stem is not a name


def test_lookup_within_county_uses_short_forms():
    assert [d.code for d in gz.lookup("岳壁", within="140728")] == ["140728202"]
    assert [d.code for d in gz.lookup("梁村", within="140728")] == ["140728202207"]
    # 段村 is both a township short form and a village in 平遥县
    assert {d.level for d in gz.lookup("段村", within="140728")} == {"township", "village"}


def test_link_place_prefers_county_and_refuses_to_guess():
    assert gz.link_place("梁村", county_code="140728") == "140728202207"
    assert gz.link_place("梁村") is None  # many 梁村 in China
    assert gz.link_place("岳壁", county_code="140728") == "140728202"
    assert gz.link_place("平遥") == "140728"
    assert gz.link_place("没有这个地方村", county_code="140728") is None


def test_link_place_uses_context_outside_the_county():
    # 赵镇 of 礼泉县 (Shaanxi) named in a Pingyao page
    code = gz.link_place("赵镇", county_code="140728", level="township", context="咸阳市礼泉县赵镇")
    assert code is not None and code.startswith("610425")


def test_admin_divisions_table():
    df = gz.admin_divisions(level="village", within="140728202")
    assert list(df.columns) == ["code", "name", "level", "parent_code", "province", "city", "county", "township"]
    row = df.set_index("code").loc["140728202207"]
    assert (row["name"], row["township"], row["county"]) == ("梁村", "岳壁乡", "平遥县")
    with pytest.raises(ValueError, match="level"):
        gz.admin_divisions(level="hamlet")


def test_shipped_files_are_compact():
    from importlib import resources
    from pathlib import Path

    base = Path(str(resources.files("corpus_tools").joinpath("data", "admin")))
    sizes = [(base / f).stat().st_size for f in ("divisions.tsv.gz", "villages.tsv.xz")]
    assert all(s > 100_000 for s in sizes) and sum(sizes) < 5_000_000


def test_national_township_names_and_unit_names_of_areas():
    # 蟠龙镇 exists in several counties; 监漳镇 only in 武乡县
    assert len({c[:6] for c in gz.township_names()["蟠龙镇"]}) > 2
    assert [c[:6] for c in gz.township_names()["监漳镇"]] == ["140429"]
    units = gz.unit_names(("140429",))
    assert units["监漳镇"] == [("140429103", "township")]
    assert all(len(name) >= 3 for name, hits in units.items() if hits[0][1] == "village")
    # a city's units span its counties: 铁山街道 of 青岛市黄岛区
    assert ("370211011", "township") in gz.unit_names(("3702",))["铁山街道"]
    with pytest.raises(ValueError, match="code"):
        gz.unit_names(("14x",))


def test_county_index_works_for_any_county():
    idx = gz.county_index("522327")  # 册亨县, 贵州
    assert idx["者楼街道"] == ["522327001"]
    assert gz.link_place("者楼街道", county_code="522327") == "522327001"
    assert [d.name for d in gz.parents("522327001")] == ["贵州省", "黔西南布依族苗族自治州", "册亨县"]


def test_a_village_two_townships_share_is_decided_by_the_one_township_the_article_names():
    # 新化县 has a 大兴村 in 白溪镇 and one in 温塘镇 (as a 新化 paper would print it)
    from corpus_tools.gazetteer import link_place

    article = ("温塘镇推广秸秆还田，全镇建成收储站12个，离田率达到90%以上。今年又引进一家生物质燃料企业。"
               "大兴村种粮大户说，秸秆卖了钱，地也干净了。")
    window = article[article.index("大兴村") - 40:]
    assert link_place("大兴村", county_code="431322", context=window) is None  # the township is further away
    assert link_place("大兴村", county_code="431322", context=window, document=article) == "431322115233"
    # both townships named in the article, or none: not guessed
    assert link_place("大兴村", county_code="431322", document="白溪镇、温塘镇……大兴村") is None
    assert link_place("大兴村", county_code="431322", document="新化县……大兴村") is None
    # the sentence around the name still decides first
    assert link_place("大兴村", county_code="431322", context="白溪镇大兴村", document=article) == "431322112291"
