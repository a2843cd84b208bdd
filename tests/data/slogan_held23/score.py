"""Score marked slogans (strict: text and kind) on slogan_held23: TP/FP/FN per split.

    PYTHONPATH=. python tests/data/slogan_held23/score.py [dev|held|all] [--errors]
"""
import sys
from pathlib import Path

from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports
from corpus_tools.slogans import page_slogans, slogan_key

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": [f"h23_0{i}" for i in range(1, 6)], "held": [f"h23_{i:02d}" for i in range(6, 11)]}
which = next((a for a in sys.argv[1:] if not a.startswith("-")), "dev")
stems = SPLITS["dev"] + SPLITS["held"] if which == "all" else SPLITS[which]
gold = load_slogan_gold(HERE / "slogans")
tp = fp = fn = 0
for issue in read_text_reports(HERE / "texts", stems):
    g = {(slogan_key(i["text"]), i["kind"]) for i in gold[issue.id]}
    p = {(slogan_key(r.text), r.kind): r.evidence for r in page_slogans(issue).itertuples()}
    tp, fp, fn = tp + len(g & set(p)), fp + len(set(p) - g), fn + len(g - set(p))
    if "--errors" in sys.argv:
        for k in sorted(g - set(p)):
            print(f"{issue.id} MISS  {k[1]:9s} {k[0]}")
        for k in sorted(set(p) - g):
            print(f"{issue.id} FALSE {k[1]:9s} {k[0]}  [{p[k]}]")
print(f"{which}: gold {tp + fn} predicted {tp + fp} matched {tp}  P {tp / max(1, tp + fp):.3f}  R {tp / max(1, tp + fn):.3f}")
