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
        toa.open_documents(tmp_path, dev_root=tmp_path, sets=("seeds", name))


@pytest.mark.parametrize("name", ["blind9", "blind13", "pages13", "pages19"])
def test_sets_lost_with_the_wiped_machine_are_refused(tmp_path: Path, name: str):
    with pytest.raises(ValueError, match="lost with the wiped machine"):
        toa.open_documents(tmp_path, dev_root=tmp_path, sets=(name,))


def test_the_default_sets_exist_in_the_repository_or_can_be_rebuilt():
    assert toa.ALL_SETS == ("seeds", "edev", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "invented")
    assert not set(toa.ALL_SETS) & set(toa.LOST_SETS)


def test_invented_pages_give_distinct_gold_pairs():
    docs = toa.open_documents(REPO, sets=("invented",))
    assert len(docs) == 10 and {d.source for d in docs} == {"invented"}
    anji = next(d for d in docs if d.stem.startswith("anji_zhejiang"))
    assert anji.gold[("安吉县农业农村局", "ORG")] == 1 and anji.county_code


def test_distinct_pairs_count_each_pair_once():
    from corpus_tools._entity_rules.lexicon import Cand

    text = "县委县委"
    ents = [Cand(0, 2, "ORG"), Cand(2, 4, "ORG")]
    assert toa._pairs(ents, text)[("县委", "ORG")] == 2
    assert toa._pairs(ents, text, distinct=True)[("县委", "ORG")] == 1


def test_a_partial_refit_is_refused(tmp_path: Path):
    with pytest.raises(SystemExit):  # dev4 has no texts under tmp_path
        toa.main(["--shared", str(tmp_path), "--dev-root", str(tmp_path), "--sets", "dev4", "--no-write"])


def test_no_cv_needs_the_settings_to_ship():
    with pytest.raises(SystemExit):
        toa.main(["--no-cv", "--threshold", "0.7"])
