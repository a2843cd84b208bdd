"""benchmarks/gold_select.py: the greedy pick of dev6/blind6 (any month, one report per province)."""

from __future__ import annotations

import sys
from pathlib import Path

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
