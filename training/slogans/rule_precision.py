"""Precision of each marked-slogan rule on unlabelled People's Daily 2019-2020, from a hand-labelled sample.

    python training/slogans/rule_precision.py [--data ../shared/data/people_daily_2019_2020]

Runs :func:`corpus_tools.slogans.find_slogans` (marked layer) on the same random 600 articles
(seed 7) the labels of ``rule_sample_labels.tsv`` were drawn from (20 candidates per rule, seed 1,
labelled by hand under the guide), and prints per rule (the detector's ``evidence``): how many
candidates it makes on the sample, how many labelled ones it still makes, and their precision.
A rule the detector no longer fires for a labelled candidate shows how many labelled positives
and negatives it dropped. National news is not a county paper: read the numbers as a ranking of
the rules, not as the detector's precision on county reports. Sampled articles of the gold pool
(``training/crawl.py``: every article a gold set can be drawn from) are left out of the counts and the labels;
the sample itself is drawn from the whole crawl, as the labels were, so it stays the same.
"""

from __future__ import annotations

import argparse
import os
import collections
import json
import lzma
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import gold_pool_ids  # noqa: E402  (training/crawl.py)

from corpus_tools.slogans import find_slogans

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "people_daily_2019_2020")
    args = ap.parse_args()
    with lzma.open(args.data / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    random.seed(7)
    sample = [d for d in random.sample(docs, 600) if d["id"] not in gold_pool_ids()]
    found: dict[tuple[str, str], str] = {}
    per_rule: collections.Counter = collections.Counter()
    for d in sample:
        for m in find_slogans(d["text"], formulae=False):
            found[(d["id"], m.text)] = m.evidence
            per_rule[m.evidence] += 1
    rows = [ln.split("\t") for ln in (HERE / "rule_sample_labels.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    stats: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])  # kept tp, kept n, dropped tp, dropped n
    for doc, text, evidence, label in rows:
        if doc in gold_pool_ids():
            continue
        k = 0 if (doc, text) in found else 2
        stats[evidence][k] += int(label)
        stats[evidence][k + 1] += 1
    print("| rule (evidence) | candidates in sample | labelled, still found | precision | labelled, now dropped (slogans) |")
    print("|---|---:|---:|---:|---:|")
    for rule, (tp, n, dtp, dn) in sorted(stats.items(), key=lambda kv: -per_rule[kv[0]]):
        print(f"| {rule} | {per_rule[rule]} | {n} | {tp / max(1, n):.2f} | {dn} ({dtp}) |")


if __name__ == "__main__":
    main()
