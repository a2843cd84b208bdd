"""Making corpora (:mod:`corpus_tools.loaders`): reading pages, the bundled seeds, the old import path."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import loaders
from corpus_tools.corpus import Corpus
from corpus_tools.loaders import load_seeds, read_corpus, seeds_path


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load_seeds()


def test_manifest_lists_every_seed_page():
    man = pd.read_csv(seeds_path() / "manifest.csv", dtype=str, keep_default_na=False)
    files = sorted(p.name for p in seeds_path().glob("*.txt"))
    assert sorted(man["file"]) == files
    assert set(man.columns) >= {"file", "paper", "county", "county_code", "date", "date_precision", "date_note"}
    assert (man["county_code"] == "140728").all()
    assert man["date_note"].str.len().min() > 20


def test_read_corpus_on_seed_folder_equals_load_seeds(seeds):
    again = read_corpus(seeds_path())
    assert [a.id for a in again.articles] == [a.id for a in seeds.articles]


def test_read_corpus_on_frame_dates_and_keeps_metadata():
    df = pd.DataFrame({"issue_id": ["p1"], "date": ["2024-06-12"], "paper": ["弥渡报"],
                       "text": ["密祉镇召开会议\n会议要求，抓好乡村振兴。"]})
    corpus = read_corpus(df)
    issue = corpus["p1"]
    assert str(issue.date) == "2024-06-12"
    assert issue.meta["paper"] == "弥渡报"
    assert issue.meta["date_source"] == "manifest"


def test_public_names_resolve_to_loaders():
    assert ct.read_corpus is loaders.read_corpus
    assert ct.load_seeds is loaders.load_seeds
    assert ct.seeds_path is loaders.seeds_path and ct.load_corpus is loaders.load_corpus
