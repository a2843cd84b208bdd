"""``training/ner/train_org_arbiter.py``: only open sets are read (no ``../shared`` needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("_train_org_arbiter_test", REPO / "training" / "ner" / "train_org_arbiter.py")
toa = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(toa)


@pytest.mark.parametrize("name", ["blind14", "blind15", "pages20", "dev10"])
def test_sets_that_are_not_open_are_refused(tmp_path: Path, name: str):
    with pytest.raises(ValueError, match="not open training data"):
        toa.open_documents(tmp_path, dev_root=tmp_path, blind_root=tmp_path, pages_root=tmp_path, sets=("seeds", name))


def test_open_sets_are_named_by_the_module():
    assert {"blind9", "blind12", "blind13"} <= set(toa.ALL_SETS)  # released in rounds 16 and 18
    assert "blind14" not in toa.ALL_SETS  # the eighteenth round's check fold: never trained on
    assert "pages19" in toa.ALL_SETS and "pages20" not in toa.ALL_SETS  # pages20 is blind


def test_no_cv_needs_the_settings_to_ship():
    with pytest.raises(SystemExit):
        toa.main(["--no-cv", "--threshold", "0.7"])
