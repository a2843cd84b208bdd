"""Tests of corpus_tools.place_mentions: places inside names, former names, the place tables (user25)."""

import pandas as pd
import pytest

from corpus_tools import read_corpus
from corpus_tools.place_mentions import MENTION_COLUMNS, place_mentions, place_table


def _ents(rows):
    cols = ["issue_id", "article_id", "part", "text", "label", "start", "end", "norm", "admin_code", "owner_code"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_places_opening_names_count_user25():
    # user25 finding 1: 冷坞村党支部 (ORG) and 前陈乡古塘村下山脱贫工程 (PROJECT) name 冷坞村, 前陈乡 and 古塘村
    e = _ents([("a", "a-1", "text", "冷坞村", "VILLAGE", 0, 3, "冷坞村", "330726201210", None),
               ("a", "a-1", "text", "冷坞村党支部", "ORG", 9, 15, "冷坞村党支部", None, "330726201210"),
               ("a", "a-1", "text", "前陈乡古塘村下山脱贫工程", "PROJECT", 20, 32, None, None, None)])
    m = place_mentions(e)
    assert list(m.columns) == MENTION_COLUMNS
    t = place_table(m).set_index("name")
    assert t.loc["冷坞村", ["mentions", "in_names"]].tolist() == [2, 1]
    assert t.loc["古塘村", "township"] == "黄宅镇" and t.loc["古塘村", "in_names"] == 1
    # not linked: the page's county; printed in full and no unit of today: not-in-gazetteer (user36b F11)
    assert t.loc["前陈乡", ["link", "county"]].tolist() == ["not-in-gazetteer", "浦江县"]


def test_places_in_names_of_another_county():
    # invented 仙居 spans: a county name before the place is skipped; a village not in the gazetteer counts
    # by the body it owns; names that only contain a place-like word do not count
    e = _ents([("x", "x-1", "text", "田市镇", "TOWNSHIP", 0, 3, "田市镇", "331024104", None),
               ("x", "x-1", "text", "仙居县横溪镇党委", "ORG", 5, 13, None, None, "331024101"),
               ("x", "x-1", "text", "上岙村党支部", "ORG", 20, 26, None, None, None),
               ("x", "x-1", "text", "田市镇李宅村“千村示范、万村整治”村庄整治项目", "PROJECT", 30, 53, None, None, None),
               ("x", "x-1", "text", "美丽乡村建设现场观摩会", "EVENT", 60, 71, None, None, None),
               ("x", "x-1", "text", "强村公司", "ORG", 80, 84, None, None, None)])
    m = place_mentions(e)
    inside = m[m["in_name"] != ""]
    assert inside["printed"].tolist() == ["横溪镇", "上岙村", "田市镇", "李宅村"]
    assert inside.set_index("printed").loc["上岙村", "link"] == "not-in-gazetteer"  # user36b F11


def test_former_names_and_merger_sentences_in_a_corpus():
    # invented 仙居 articles: the merger sentence's former name counts where no span holds it, 原 is dropped,
    # and the row says how it was linked instead of folding it silently into today's 田市镇
    c = read_corpus(pd.DataFrame({"issue_id": ["x"], "date": ["2004-05-01"], "county_code": ["331024"],
                                  "text": ["里林乡撤并\n本报讯 近日，里林乡并入田市镇。原里林乡干部到田市镇报到。"]}))
    text = c.articles[0].text
    at = text.index("原里林乡")
    e = _ents([("x", "x-01", "text", "原里林乡", "TOWNSHIP", at, at + 4, None, None, None),
               ("x", "x-01", "text", "田市镇", "TOWNSHIP", text.index("田市镇"), text.index("田市镇") + 3, "田市镇",
                "331024104", None)])
    t = place_table(place_mentions(e, c), c).set_index("name")
    assert t.loc["里林乡", ["mentions", "link", "linked_to", "admin_code"]].tolist() == [
        3, "former-via-merger", "田市镇", "331024104"]
    assert t.loc["田市镇", "mentions"] == 1


def test_stem_link_is_visible_user25():
    # user25 finding 2: 浦阳镇 linked by the entity rules to 浦阳街道 keeps its own row, flagged
    e = _ents([("a", "a-1", "text", "浦阳镇", "TOWNSHIP", 0, 3, "浦阳街道", "330726003", None),
               ("a", "a-1", "text", "浦阳街道", "TOWNSHIP", 5, 9, "浦阳街道", "330726003", None)])
    t = place_table(place_mentions(e)).set_index("name")
    assert t.loc["浦阳镇", ["link", "linked_to", "admin_code"]].tolist() == ["stem", "浦阳街道", "330726003"]
    assert t.loc["浦阳街道", "link"] == "exact"


def test_place_table_by_year():
    c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "date": ["2014-08-24", "2019-06-21"],
                                  "text": ["冷坞村", "冷坞村"]}))
    e = _ents([("a", "a-01", "text", "冷坞村", "VILLAGE", 0, 3, "冷坞村", "330726201210", None),
               ("b", "b-01", "text", "冷坞村党支部", "ORG", 0, 6, None, None, "330726201210")])
    t = place_table(place_mentions(e, c), c, by="year")
    assert t[[2014, 2019, "in_names"]].values.tolist() == [[1, 1, 1]]


def test_place_table_checks_by():
    with pytest.raises(ValueError, match="'month' is invalid"):
        place_table(pd.DataFrame(columns=MENTION_COLUMNS), by="month")


def test_village_not_linked_keeps_the_township_printed_before_it():
    # user25 finding 2: 虞宅乡马岭脚村, a former village printed after its township
    e = _ents([("a", "a-1", "text", "虞宅乡", "TOWNSHIP", 0, 3, "虞宅乡", "330726204", None),
               ("a", "a-1", "text", "马岭脚村", "VILLAGE", 3, 7, None, None, None)])
    t = place_table(place_mentions(e)).set_index("name")
    assert t.loc["马岭脚村", ["link", "township", "county"]].tolist() == ["not-in-gazetteer", "虞宅乡", "浦江县"]


def test_a_unit_of_today_opening_with_yuan_keeps_it():
    # review of user25 (finding 4): invented 稷山 spans; 原家庄村 is today's name, not 家庄村 printed with 原
    e = _ents([("j", "j-1", "text", "原家庄村", "VILLAGE", 0, 4, "原家庄村", "140824100218", None),
               ("j", "j-1", "text", "原家庄村党支部", "ORG", 10, 17, None, None, "140824100218")])
    m = place_mentions(e)
    assert m[["printed", "link", "admin_code"]].values.tolist() == [["原家庄村", "exact", "140824100218"]] * 2


def test_a_place_printed_in_full_and_short_is_one_row():
    # review of user25 (finding 5): invented 仙居 spans; 田市镇 (exact) and 田市 (short) are one place
    e = _ents([("x", "x-1", "text", "田市镇", "TOWNSHIP", 0, 3, "田市镇", "331024104", None),
               ("x", "x-1", "text", "田市", "TOWNSHIP", 10, 12, "田市镇", "331024104", None)])
    t = place_table(place_mentions(e))
    assert t[["name", "link", "printed_as", "mentions"]].values.tolist() == [["田市镇", "exact、short", "田市镇、田市", 2]]


def test_a_former_unit_with_several_successors_is_named_not_linked():
    # review of user25 (finding 7): link_kind itself says former-via-merger when the merger links no code
    c = read_corpus(pd.DataFrame({"issue_id": ["x"], "date": ["2010-05-01"], "county_code": ["331024"],
                                  "text": ["城关镇撤销\n本报讯 城关镇撤销后，设立安洲、南峰、福应三个街道。"]}))
    m = place_mentions(_ents([]), c)
    rows = m[m["printed"] == "城关镇"]
    assert len(rows) == 2 and set(rows["link"]) == {"former-via-merger"} and rows["admin_code"].isna().all()
    assert set(rows["linked_to"]) == {"安洲街道、南峰街道、福应街道"}


def test_former_township_printed_with_yuan_outside_its_span_user27():
    # user27 finding 3 (章丘区): the span leaves 原 out (GUIDE); the row still says the name is a former one
    c = read_corpus(pd.DataFrame({"issue_id": ["z"], "date": ["2004-05-01"], "county_code": ["370114"],
                                  "text": ["旧军纪事\n本报讯 原旧军镇柴家村的村民说，日子好了。"]}))
    text = c.articles[0].text
    at = text.index("旧军镇")
    e = _ents([("z", "z-01", "text", "旧军镇", "TOWNSHIP", at, at + 3, None, None, None)])
    assert place_mentions(e, c)["link"].tolist() == ["former"]


def test_a_village_two_townships_share_stays_visible_inside_a_name_user27():
    # user27 finding 4, in 新化县 (431322): 大兴村 of 白溪镇 and of 温塘镇; the body's owner code (the article's
    # township decided it) links the one inside 驻大兴村工作队; without an owner the row stays, unlinked
    e = _ents([("h", "h-1", "text", "大兴村工作队", "ORG", 10, 16, None, None, "431322115233"),
               ("h", "h-2", "text", "大兴村工作队", "ORG", 10, 16, None, None, None),
               ("h", "h-2", "text", "温塘镇", "TOWNSHIP", 0, 3, "温塘镇", "431322115", None)])
    m = place_mentions(e).set_index("article_id")
    assert m.loc["h-1", ["printed", "label", "admin_code", "in_name"]].tolist() == [
        "大兴村", "VILLAGE", "431322115233", "大兴村工作队"]
    got = m.loc["h-2"].set_index("printed").loc["大兴村", ["label", "admin_code", "link"]].tolist()
    assert got == ["VILLAGE", None, "none"]
