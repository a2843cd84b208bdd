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


def test_each_gold_set_has_its_own_seed() -> None:
    gs = _module()
    seeds = [gs.SEED, gs.SEED5, gs.SEED6, gs.SEED7, gs.SEED8, gs.SEED9]
    assert len(set(seeds)) == len(seeds)
    assert gs.DEV8_SIZE == 14 and gs.BLIND8_SIZE == 12 and gs.BLIND9_SIZE == 12


def test_blind10_drops_of_its_own_pass_do_not_reshuffle_the_pool(monkeypatch) -> None:
    """pool10 leaves out earlier drops and taken ids but keeps blind10's own drops, which pick_any skips."""
    gs = _module()
    earlier = next(i for i in gs.DROPPED if i not in gs.DROPPED10)
    own = next(iter(gs.DROPPED10))
    arts = [{"id": i, "province": p} for i, p in
            ((earlier, "湖南"), (own, "广西"), ("20190205-02-03", "广西"), ("20190208-04-01", "湖北"),
             ("20190209-04-04", "安徽"))]
    monkeypatch.setattr(gs, "candidates", lambda path, wide=False: arts[:3])
    monkeypatch.setattr(gs, "candidates7", lambda path, governance=True: arts[2:])
    pool_ids = {a["id"] for a in arts} - {"20190209-04-04"}  # not in the gold pool: never drawn
    got = gs.pool10(Path("unused"), {"20190208-04-01"}, pool_ids)
    assert [a["id"] for a in got] == sorted([own, "20190205-02-03"])
    assert [a["id"] for a in gs.pick_any(got, 2)] == ["20190205-02-03"]


def test_blind10_has_its_own_seed_and_size() -> None:
    gs = _module()
    assert gs.SEED10 not in (gs.SEED, gs.SEED5, gs.SEED6, gs.SEED7, gs.SEED8, gs.SEED9)
    assert gs.BLIND10_SIZE == 12 and set(gs.DROPPED10) <= set(gs.DROPPED)


def test_dev9_blind11_pass_keeps_its_own_drops_in_the_pool(monkeypatch) -> None:
    """With ``earlier=DROPPED_BEFORE11`` blind10's drops leave the pool, dev9/blind11's own drops stay in."""
    gs = _module()
    assert gs.SEED11 not in (gs.SEED, gs.SEED5, gs.SEED6, gs.SEED7, gs.SEED8, gs.SEED9, gs.SEED10)
    assert gs.DEV9_SIZE == 14 and gs.BLIND11_SIZE == 12 and set(gs.DROPPED11) <= set(gs.DROPPED)
    assert not set(gs.DROPPED11) & gs.DROPPED_BEFORE11 and not set(gs.DROPPED11) & gs.DROPPED_BEFORE10
    own, old = next(iter(gs.DROPPED11)), next(iter(gs.DROPPED10))
    arts = [{"id": i, "province": p} for i, p in ((own, "湖南"), (old, "广西"), ("20190205-02-03", "湖北"))]
    monkeypatch.setattr(gs, "candidates", lambda path, wide=False: arts)
    monkeypatch.setattr(gs, "candidates7", lambda path, governance=True: [])
    pool_ids = {a["id"] for a in arts}
    got = gs.pool10(Path("unused"), set(), pool_ids, earlier=gs.DROPPED_BEFORE11)
    assert [a["id"] for a in got] == sorted([own, "20190205-02-03"])
    assert len(gs.pool10(Path("unused"), set(), pool_ids)) == 3  # blind10's pool leaves later drops in


@pytest.mark.parametrize(("own_name", "old_name", "before"), [("DROPPED12", "DROPPED11", "DROPPED_BEFORE12"),
                                                               ("DROPPED13", "DROPPED12", "DROPPED_BEFORE13"),
                                                               ("DROPPED14", "DROPPED13", "DROPPED_BEFORE14")])
def test_later_pass_keeps_its_own_drops_in_the_pool(monkeypatch, own_name: str, old_name: str, before: str) -> None:
    """With ``earlier=DROPPED_BEFORE<n>`` the previous pass's drops leave the pool, the pass's own drops stay in."""
    gs = _module()
    own_drops, old_drops, earlier = getattr(gs, own_name), getattr(gs, old_name), getattr(gs, before)
    assert set(own_drops) <= set(gs.DROPPED)
    assert not set(own_drops) & earlier and set(old_drops) <= earlier
    own, old = next(iter(own_drops)), next(iter(old_drops))
    arts = [{"id": i, "province": p} for i, p in ((own, "湖南"), (old, "广西"), ("20190205-02-03", "湖北"))]
    monkeypatch.setattr(gs, "candidates", lambda path, wide=False: arts)
    monkeypatch.setattr(gs, "candidates7", lambda path, governance=True: [])
    got = gs.pool10(Path("unused"), set(), {a["id"] for a in arts}, earlier=earlier)
    assert [a["id"] for a in got] == sorted([own, "20190205-02-03"])
    assert [a["id"] for a in gs.pick_any(got, 2)] == ["20190205-02-03"]  # the own drop is skipped


def test_blind12_to_blind15_have_their_own_seeds() -> None:
    gs = _module()
    earlier = (gs.SEED, gs.SEED5, gs.SEED6, gs.SEED7, gs.SEED8, gs.SEED9, gs.SEED10, gs.SEED11)
    assert gs.SEED12 not in earlier and gs.SEED13 not in (*earlier, gs.SEED12)
    assert gs.SEED14 not in (*earlier, gs.SEED12, gs.SEED13)
    assert gs.SEED15 not in (*earlier, gs.SEED12, gs.SEED13, gs.SEED14)
    assert gs.BLIND12_SIZE == 12 and gs.BLIND13_SIZE == 12 and gs.BLIND14_SIZE == 12 and gs.BLIND15_SIZE == 12


def test_blind15_pool_leaves_out_every_earlier_drop(monkeypatch) -> None:
    """blind15's pass has no drops of its own; with ``earlier=DROPPED_BEFORE15`` blind14's drops leave the pool."""
    gs = _module()
    assert set(gs.DROPPED14) <= gs.DROPPED_BEFORE15 and not set(gs.DROPPED15) & gs.DROPPED_BEFORE15
    old = next(iter(gs.DROPPED14))
    arts = [{"id": i, "province": p} for i, p in ((old, "广西"), ("20190205-02-03", "湖北"))]
    monkeypatch.setattr(gs, "candidates", lambda path, wide=False: arts)
    monkeypatch.setattr(gs, "candidates7", lambda path, governance=True: [])
    got = gs.pool10(Path("unused"), set(), {a["id"] for a in arts}, earlier=gs.DROPPED_BEFORE15)
    assert [a["id"] for a in got] == ["20190205-02-03"]
