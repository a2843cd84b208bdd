"""Score find_slogans on sentences.tsv (slogan29's invented county-paper sentences): TP/FP/FN per split.

    PYTHONPATH=. python tests/data/slogan29/score.py [--show]
"""
import sys
from pathlib import Path

import corpus_tools as ct

rows = [l.split("\t") for l in Path(__file__).with_name("sentences.tsv").read_text(encoding="utf-8").splitlines()
        if l and not l.startswith("#")]
tally = {}
for split, sent, exp in rows:
    gold = {e for e in exp.split("|") if e}
    got = {m.text for m in ct.find_slogans(sent)}
    t = tally.setdefault(split, [0, 0, 0])
    t[0] += len(gold & got); t[1] += len(got - gold); t[2] += len(gold - got)
    if "--show" in sys.argv and gold != got:
        print(split, sent, "missed", sorted(gold - got), "extra", sorted(got - gold))
for split, (tp, fp, fn) in sorted(tally.items()):
    print(f"{split}: tp {tp} fp {fp} fn {fn}")
