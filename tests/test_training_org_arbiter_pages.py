"""``training/ner/train_org_arbiter.py --pages``: the open invented page sets train, the round's check set is refused."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("_train_org_arbiter_pages", REPO / "training" / "ner" / "train_org_arbiter.py")
toa = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(toa)


def test_page_sets_are_the_open_ones():
    assert toa.PAGE_SETS[0] == "pages21" and "pages31o" in toa.PAGE_SETS
    assert "pages32o" not in toa.PAGE_SETS and not set(toa.PAGE_SETS) & set(toa.LOST_SETS)


@pytest.mark.parametrize("name", ["pages32o", "pages30", "pages20"])
def test_the_check_set_and_unknown_page_sets_are_refused(tmp_path: Path, name: str):
    with pytest.raises(ValueError, match="not open training data"):
        toa.open_documents(tmp_path, dev_root=tmp_path, sets=(name,))


def test_a_page_set_reads_its_pages_with_gold():
    docs = toa.open_documents(REPO, sets=("pages21",))
    assert len(docs) == 10 and {d.source for d in docs} == {"pages21"}
    assert all(d.text and sum(d.gold.values()) > 0 for d in docs)


def test_page_candidates_weigh_as_asked():
    from types import SimpleNamespace

    page = {"doc": SimpleNamespace(source="pages22"), "X": [["a"], ["a"], ["b"]], "y": [1, 1, 0]}
    report = {"doc": SimpleNamespace(source="dev7"), "X": [["a"], ["b"], ["b"]], "y": [0, 1, 0]}
    light = toa.fit([page, report], 1.0, page_weight=0.01)
    heavy = toa.fit([page, report], 1.0, page_weight=10.0)
    assert heavy["weights"]["a"] > light["weights"]["a"]
