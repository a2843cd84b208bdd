"""Score marked slogans (strict: text and kind) on slogan_held21: TP/FP/FN per split.

    PYTHONPATH=. python tests/data/slogan_held21/score.py [dev|held|all] [--errors]

:func:`score` serves the other held folders of this kind too (``slogan_held23/score.py``).
"""
import sys
from pathlib import Path

from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports
from corpus_tools.slogans import page_slogans, slogan_key

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": [f"h21_0{i}" for i in range(1, 6)], "held": [f"h21_{i:02d}" for i in range(6, 11)]}


def score(here: Path, splits: dict, argv: list) -> None:
    """Print gold / predicted / matched and P / R of the split named in *argv* (and its errors with --errors)."""
    which = next((a for a in argv if not a.startswith("-")), "dev")
    stems = splits["dev"] + splits["held"] if which == "all" else splits[which]
    gold = load_slogan_gold(here / "slogans")
    tp = fp = fn = 0
    for issue in read_text_reports(here / "texts", stems):
        g = {(slogan_key(i["text"]), i["kind"]) for i in gold[issue.id]}
        p = {(slogan_key(r.text), r.kind): r.evidence for r in page_slogans(issue).itertuples()}
        tp, fp, fn = tp + len(g & set(p)), fp + len(set(p) - g), fn + len(g - set(p))
        if "--errors" in argv:
            for k in sorted(g - set(p)):
                print(f"{issue.id} MISS  {k[1]:9s} {k[0]}")
            for k in sorted(set(p) - g):
                print(f"{issue.id} FALSE {k[1]:9s} {k[0]}  [{p[k]}]")
    print(f"{which}: gold {tp + fn} predicted {tp + fp} matched {tp}  P {tp / max(1, tp + fp):.3f}  "
          f"R {tp / max(1, tp + fn):.3f}")


if __name__ == "__main__":
    score(HERE, SPLITS, sys.argv[1:])
