"""Gold projection and sentence rows of ``training/ner/domain_data.py`` (no ``../shared``)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(REPO / "training" / "ner"))  # domain_data imports features lazily
_spec = importlib.util.spec_from_file_location("_ner_domain_data_test", REPO / "training" / "ner" / "domain_data.py")
dd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dd)


def test_project_longest_first_and_flat():
    text = "凤林镇白沙村党支部书记吴水华说，白沙村变了。"
    gold = Counter({("凤林镇", "TOWNSHIP"): 1, ("白沙村党支部", "ORG"): 1, ("白沙村", "VILLAGE"): 1,
                    ("吴水华", "PERSON"): 1})
    spans, stats = dd.project(text, gold)
    got = [(text[a:b], lab) for a, b, lab in spans]
    assert got == [("凤林镇", "LOC"), ("白沙村党支部", "ORG"), ("吴水华", "PER"), ("白沙村", "LOC")]
    assert stats["gold"] == 4 and stats["found"] == 4 and stats["short"] == 0 and stats["excess"] == 0


def test_project_fac_missing_project_outside_and_counts():
    text = "在文化礼堂召开千村示范万村整治工程推进会，文化礼堂坐满了人。"
    gold = Counter({("文化礼堂", "FAC"): 1, ("千村示范万村整治工程", "PROJECT"): 1, ("李四", "PERSON"): 1})
    spans, stats = dd.project(text, gold)
    assert [(text[a:b], lab) for a, b, lab in spans] == [("文化礼堂", "-"), ("文化礼堂", "-")]
    assert stats["excess"] == 1 and stats["short"] == 1  # two 文化礼堂 for one counted; 李四 absent


def test_project_label_conflict_and_optional_are_missing():
    text = "江山市江山人说"
    spans, _ = dd.project(text, Counter({("江山", "GPE"): 1, ("江山", "ORG"): 1}), Counter({("江山市", "GPE"): 1}))
    assert [(text[a:b], lab) for a, b, lab in spans] == [("江山市", "-"), ("江山", "-")]


def test_build_splits_sentences_and_drops_spaces():
    rows, stats = dd.build("王　芳在南屏村。\n她说：好！", Counter({("王芳", "PERSON"): 1, ("南屏村", "VILLAGE"): 1}))
    assert rows == [("王芳在南屏村。", [(0, 2, "PER"), (3, 6, "LOC")]), ("她说：好！", [])]
    assert stats["found"] == 2


def test_long_sentence_is_cut_outside_spans():
    text = "，".join(["张三到李家村"] * 60) + "。"
    rows = dd.sentences(text, [(m, m + 2, "PER") for m in range(0, len(text), 7)])
    assert len(rows) > 1 and all(len(s) <= dd.MAX_LEN for s, _ in rows)
    assert sum(len(sp) for _, sp in rows) == len(range(0, len(text), 7))


def test_open_dev_stems_leave_the_kept_apart_reports_out():
    assert dd._open_dev(4)[-1] == "d4_08" and dd._open_dev(7) == [f"d7_{k:02d}" for k in range(1, 11)]
