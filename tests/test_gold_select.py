"""benchmarks/gold_select.py: the greedy pick (any month, one report per province) and blind10's pool."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import gold_select

    return gold_select


def test_pick_any_takes_one_report_per_province_and_skips_dropped() -> None:
    gs = _module()
    dropped = next(iter(gs.DROPPED))
    pool = [{"id": "20200108-13-03", "province": "广西"}, {"id": dropped, "province": "湖南"},
            {"id": "20190205-02-03", "province": "广西"}, {"id": "20190208-04-01", "province": "湖北"},
            {"id": "20190209-04-04", "province": "安徽"}]
    got = gs.pick_any(pool, 2)
    assert [a["id"] for a in got] == ["20190208-04-01", "20200108-13-03"]  # sorted by id


def test_title_filter_wants_a_named_county_or_village() -> None:
    gs = _module()
    assert gs.TITLE_PLACE.search("河北阳原县大田洼村第一书记赵云旺")
    assert not gs.TITLE_PLACE.search("农村电商持续发展")


def test_dev7_place_may_be_in_the_first_sentence_or_a_county_level_city() -> None:
    gs = _module()
    dateline = {"title": "摘帽后，不减致富劲头", "text": "\u3000\u3000湖北省丹江口市和秭归县已实现脱贫摘帽。后文提到十堰镇。"}
    assert gs._places7(dateline)
    assert gs._places7({"title": "广州黄埔区厚植非公党建“沃土”", "text": "\u3000\u3000近年来。"})
    later = {"title": "非遗热 年味浓", "text": "\u3000\u3000京剧开锣了。后面才说到望江县。"}
    assert not gs._places7(later)  # a place after the first sentence does not count
    assert not gs.CITY_PLACE.search("社区防控，我们在行动")


def test_governance_keywords_are_counted_on_the_raw_text() -> None:
    gs = _module()
    assert len(gs.GOVERNANCE.findall("抓党建促脱贫攻坚，第一书记驻村")) == 4


def test_every_committed_gold_report_is_in_the_gold_pool() -> None:
    """The crawl-mining scripts skip the gold pool, so a set drawn outside it would leak into the mined tables."""
    pool = set((REPO / "training" / "gold_pool_ids.txt").read_text(encoding="utf-8").split())
    folders = sorted((REPO / "benchmarks" / "gold").glob("dev*/manifest.tsv"))
    assert len(folders) >= 5
    for manifest in folders:
        ids = [line.split("\t")[1] for line in manifest.read_text(encoding="utf-8").splitlines()[1:] if line]
        assert ids and set(ids) <= pool, manifest.parent.name


def _filtered(gs, arts: list[dict], pool_ids: set[str]):
    """A filtered crawl whose every filter holds ``arts`` (dev4's needs 500 CJK characters and three hits)."""
    arts = [{"cjk": 600, "hits": 3, "date": "2019-02-20", **a} for a in arts]
    return gs.Filtered(arts, arts, arts, frozenset(pool_ids))


def test_each_pass_has_its_own_seed_and_every_set_its_own_name_and_prefix() -> None:
    gs = _module()
    names, prefixes = [s.name for s in gs.SETS], [s.prefix for s in gs.SETS]
    assert len(set(names)) == len(names) and len(set(prefixes)) == len(prefixes)
    passes = [s.seed for i, s in enumerate(gs.SETS) if i == 0 or s.seed != gs.SETS[i - 1].seed]
    assert len(set(passes)) == len(passes)  # a seed is never reused by a later pass
    assert [s.name for s in gs.SETS if s.seed == 20261213] == ["dev9", "blind11"]


def test_each_pool10_pass_leaves_out_the_drops_of_every_earlier_pass_and_keeps_its_own() -> None:
    """The ``earlier`` column grows pass by pass: a pass's own drops stay in its pool and pick_any skips them."""
    gs = _module()
    own = {"blind10": gs.DROPPED10, "blind11": gs.DROPPED11, "blind12": gs.DROPPED12, "blind13": gs.DROPPED13,
           "blind14": gs.DROPPED14, "blind15": gs.DROPPED15, "blind16": gs.DROPPED16}
    rows = [s for s in gs.SETS if s.pool is gs.pool10]
    assert [s.name for s in rows] == ["blind10", "dev9", "blind11", "blind12", "blind13", "blind14", "blind15",
                                     "blind16"]
    previous: frozenset[str] = frozenset()
    for s in rows:
        assert previous <= s.earlier and set(s.earlier) <= set(gs.DROPPED)
        if s.name in own:
            assert not set(own[s.name]) & s.earlier and set(own[s.name]) <= set(gs.DROPPED)
        previous = s.earlier
    assert set(gs.DROPPED14) <= gs.DROPPED_BEFORE15  # blind15's pass saw blind14's drops


def test_pick_any_caps_reports_per_province() -> None:
    """``per_province`` caps each province; blind16 allows two because its 9 reports lie in 7 provinces."""
    gs = _module()
    pool = [{"id": f"2020010{i}-01-01", "province": p} for i, p in enumerate(["湖南", "湖南", "湖南", "江苏"], 1)]
    assert [a["province"] for a in gs.pick_any(pool, 4)] == ["湖南", "江苏"]
    assert [a["province"] for a in gs.pick_any(pool, 4, per_province=2)] == ["湖南", "湖南", "江苏"]
    assert next(s for s in gs.SETS if s.name == "blind16").per_province == 2


def test_pool10_keeps_gold_pool_ids_only_and_leaves_out_taken_and_earlier_drops() -> None:
    gs = _module()
    earlier, own = next(i for i in gs.DROPPED if i not in gs.DROPPED10), next(iter(gs.DROPPED10))
    arts = [{"id": i, "province": p} for i, p in
            ((earlier, "湖南"), (own, "广西"), ("20190205-02-03", "广西"), ("20190208-04-01", "湖北"),
             ("20190209-04-04", "安徽"))]
    f = _filtered(gs, arts, {a["id"] for a in arts} - {"20190209-04-04"})  # the last is not in the gold pool
    got = gs.pool10(f, {"20190208-04-01"}, gs.DROPPED_BEFORE10)
    assert [a["id"] for a in got] == sorted([own, "20190205-02-03"])
    assert [a["id"] for a in gs.pick_any(got, 2)] == ["20190205-02-03"]  # the pass's own drop is skipped


def test_draw_takes_sets_of_one_pass_in_turn_and_a_new_pass_leaves_out_every_earlier_set() -> None:
    gs = _module()
    arts = [{"id": f"2019020{d}-0{d}-01", "province": p} for d, p in
            ((1, "广西"), (2, "湖北"), (3, "安徽"), (4, "广西"), (5, "湖南"), (6, "四川"))]
    f = _filtered(gs, arts, {a["id"] for a in arts})
    sets = (gs.GoldSet("devX", "dX", 1, gs.pool6, gs.NONE, 2), gs.GoldSet("blindX", "bX", 1, gs.pool6, gs.NONE, 2),
            gs.GoldSet("blindY", "bY", 2, gs.pool10, gs.NONE, 5))
    rows = gs.draw(f, sets)
    ids = [a["id"] for _, _, a in rows]
    assert len(ids) == len(set(ids)) == 6  # no report is drawn twice, across passes or within one
    assert [n for n, _, _ in rows].count("devX") == 2 and [n for n, _, _ in rows].count("blindX") == 2
    for name in ("devX", "blindX", "blindY"):
        provinces = [a["province"] for n, _, a in rows if n == name]
        assert len(provinces) == len(set(provinces))  # one report per province within a set
    assert [s for n, s, _ in rows if n == "blindY"] == ["bY_01", "bY_02"]
    assert gs.draw(f, sets) == rows  # the same seeds draw the same rows


def test_set_choices_are_the_rows_of_the_table() -> None:
    gs = _module()
    with pytest.raises(SystemExit):
        gs.main(["--set", "blind99"])
