"""Strict scores and per-item errors of marked slogans on released gold folders (blind9-11 and the like).

    python training/slogans/released_errors.py /work/wt/blind-gold/blind9 /work/wt/blind-gold/blind10

``DIR:stem,stem`` scores only those reports (the open part of a dev set). Only for folders that are no longer blind (the round's notes say which): it prints every miss and false
alarm with the detector's evidence and a stretch of the text around it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def folder_errors(folder: Path, stems: list[str] | None = None) -> tuple[tuple[int, int, int], list[str]]:
    """((tp, fp, fn), error lines) of the strict (key, kind) match on the reports *stems* of *folder*
    (every report when None)."""
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports
    from corpus_tools.slogans import page_slogans, slogan_key

    gold = load_slogan_gold(folder / "slogans")
    if stems is not None:
        gold = {k: gold[k] for k in stems}
    tp = fp = fn = 0
    out = []
    for issue in read_text_reports(folder / "texts", sorted(gold)):
        text = (folder / "texts" / f"{issue.id}.txt").read_text(encoding="utf-8")
        g = {(slogan_key(i["text"]), i["kind"]) for i in gold[issue.id]}
        pred = page_slogans(issue)
        p = {(slogan_key(r.text), r.kind): (r.text, r.evidence) for r in pred.itertuples()}
        tp, fp, fn = tp + len(g & set(p)), fp + len(set(p) - g), fn + len(g - set(p))
        for k in sorted(g - set(p)):
            out.append(f"{issue.id}  MISS  {k[1]:9s} {k[0]}   | {context(text, k[0])}")
        for k in sorted(set(p) - g):
            out.append(f"{issue.id}  FALSE {k[1]:9s} {k[0]}   [{p[k][1]}] | {context(text, p[k][0])}")
    return (tp, fp, fn), out


def context(text: str, s: str, width: int = 25) -> str:
    i = text.find(s)
    if i < 0:
        return "(not verbatim)"
    return text[max(0, i - width): i + len(s) + width].replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="DIR or DIR:stem,stem (only those reports)")
    ap.add_argument("--quiet", action="store_true", help="scores only, no error lines")
    args = ap.parse_args()
    total = [0, 0, 0]
    for spec in args.folders:
        folder, _, stems = spec.partition(":")
        folder = Path(folder)
        (tp, fp, fn), lines = folder_errors(folder, stems.split(",") if stems else None)
        total = [a + b for a, b in zip(total, (tp, fp, fn))]
        if not args.quiet:
            print("\n".join(lines))
        print(f"{folder.name}: P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")
    tp, fp, fn = total
    print(f"all: P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")


if __name__ == "__main__":
    sys.exit(main())
