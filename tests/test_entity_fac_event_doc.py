"""FAC, PROJECT, EVENT and DOC forms of the thirty-first round (facloc31): bare congress reports as DOC
(heads.find_docs), the cultural centre as ORG (fac_acting), quoted project names kept whole
(project_bounds.quoted_start, words.quote_filled), numbered events not cut inside and the Naadam festival
(events, name_bodies), theme-park and integrity-base heads (data/entities/fac_heads.txt).

Sentences written for this file as a 正蓝旗 (152530, 内蒙古) or 和静县 (652827, 新疆) paper would print them
(invented text, real place names).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.fac_acting import acting_institutions
from corpus_tools._entity_rules.project_bounds import quoted_start
from corpus_tools.entities import find_entities


def _ents(text: str, county: str = "152530", model: bool = True) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, county_code=county, model=model)]


def test_a_bare_congress_report_is_a_document():
    got = _ents("宣讲员用蒙汉双语解读二十大报告中的生态保护内容。", model=False)
    assert ("二十大报告", "DOC") in got and ("二十大", "EVENT") not in got
    got = _ents("旗委中心组专题学习党的十九大报告。", model=False)
    assert ("党的十九大报告", "DOC") in got
    # a count before it (三十九大报告) is no congress
    assert not any(lab == "DOC" for _, lab in _ents("全年完成三十九大报告厅改造。", model=False))


def test_the_cultural_centre_is_an_organisation():
    t = "旗文化馆在明安图镇举办农牧民书画展，展品在旗博物馆展出。"
    k = t.index("旗博物馆")
    got = acting_institutions([Cand(0, 4, "FAC"), Cand(k, k + 4, "FAC")], t)
    assert [(t[c.start:c.end], c.label) for c in got] == [("旗文化馆", "ORG"), ("旗博物馆", "FAC")]


def test_a_quoted_project_name_is_kept_whole():
    t = "旗人社局启动“再就业工程”，"
    assert t[quoted_start(t, 8, 10, 12):12] == "再就业工程"
    assert quoted_start("实施“十大工程”", 4, 5, 7) == 4  # a count of undertakings
    got = _ents("旗人社局年初启动“再就业工程”，已帮助三百多名下岗职工上岗。")
    assert ("再就业工程", "PROJECT") in got and ("就业工程", "PROJECT") not in got
    assert not any(lab == "PROJECT" for _, lab in _ents("旗里实施“十项行动”，推动牧区发展。"))


def test_a_numbered_event_is_not_cut_inside():
    got = _ents("7月20日，第三届巴音布鲁克东归那达慕大会在草原上开幕。", county="652827")
    assert ("第三届巴音布鲁克东归那达慕大会", "EVENT") in got


def test_the_naadam_is_an_event_by_its_own_name():
    got = _ents("今年的那达慕大会将于7月下旬在上都镇举行，牧民们正在训练赛马。")
    assert ("那达慕大会", "EVENT") in got
    got = _ents("那达慕期间，旗里还举办了农畜产品展销活动。")
    assert ("那达慕", "EVENT") in got
    assert not any(lab == "EVENT" for _, lab in _ents("牧民在那达慕会场搭起了蒙古包。"))


def test_theme_parks_and_integrity_bases_are_facilities():
    got = _ents("游客在察哈尔民俗风情园观看了搏克表演。", model=False)
    assert ("察哈尔民俗风情园", "FAC") in got
    got = _ents("全县新提拔科级干部到县廉政教育基地接受警示教育。", county="652827", model=False)
    assert ("县廉政教育基地", "FAC") in got


def test_a_banner_owns_its_venue():
    got = _ents("7月1日，旗委在旗影剧院召开庆祝大会。", model=False)
    assert ("旗影剧院", "FAC") in got


def test_an_age_and_a_kind_of_facility_name_none():
    got = _ents("村里修缮了村口的明代石拱桥，保护好古代都城遗址。", model=False)
    assert not any(lab == "FAC" for _, lab in got)


def test_a_township_road_is_the_township_only():
    got = _ents("◆桑根达来镇农村公路提档升级　今年，桑根达来镇新修硬化路40公里。")
    assert ("桑根达来镇", "TOWNSHIP") in got
    assert not any(lab == "FAC" and t.startswith("桑根达来镇") for t, lab in got)
