"""Score the marked-slogan detector on the hand-labelled crawl sample of ``crawl_sample.py``.

    python training/slogans/crawl_eval.py DIR [--errors] [--rules]

``DIR`` is the folder ``crawl_sample.py`` wrote (``texts/``, ``spans.tsv``) plus the hand labels,
``labels_pos.txt``: one line per span that is a slogan under ``../shared/gold/slogans/GUIDE.md``,
``<row> <kind> [<text as the guide records it>]`` (``row`` counts the data rows of ``spans.tsv`` from 1).
Every other span is labelled "not a slogan". The labels are per page (article): a phrase is gold on a page
when one of its rows there is labelled, with the kind given; the count is taken from the page as the
guide counts it. Scores are micro-averaged over the articles, strict (text and kind) and text only
(:func:`corpus_tools.scoring.slogans.score_slogans`). ``--errors`` lists misses and false alarms;
``--rules`` scores the rules alone (``decision=False``).

The labels are hand judgments by one annotator of the slogan15 round, not gold: they live outside the
repository with the texts (research-only crawl text).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def read_spans(folder: Path) -> list[dict]:
    """The rows of ``spans.tsv`` (row numbers from 1)."""
    with open(folder / "spans.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for i, r in enumerate(rows, 1):
        r["row"] = i
    return rows


def read_labels(folder: Path) -> dict[int, tuple[str, str | None]]:
    """Row -> (kind, text the guide records or None) from ``labels_pos.txt``."""
    out = {}
    for ln in (folder / "labels_pos.txt").read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if parts and not ln.startswith("#"):
            out[int(parts[0])] = (parts[1], parts[2] if len(parts) > 2 else None)
    return out


def gold_items(folder: Path, corpus) -> dict[str, list[dict]]:
    """Gold per article from the labels: text, kind and the guide's count."""
    from corpus_tools.slogans import slogan_key
    from corpus_tools.slogans.core import compact_with_map

    spans, labels = read_spans(folder), read_labels(folder)
    pages = {issue.id: compact_with_map(issue.raw)[0] for issue in corpus}
    gold: dict[str, dict[str, dict]] = {a: {} for a in pages}
    for r in spans:
        if r["row"] not in labels:
            continue
        kind, text = labels[r["row"]]
        text = text or r["text"]
        key = slogan_key(text)
        gold[r["article"]].setdefault(key, {"text": text, "kind": kind,
                                           "count": max(1, pages[r["article"]].count(key))})
    return {a: list(items.values()) for a, items in gold.items()}


def sample_corpus(folder: Path):
    """The sample's articles as a corpus of text reports."""
    from corpus_tools.scoring.slogans import read_text_reports

    stems = sorted(p.stem for p in (folder / "texts").glob("*.txt"))
    return read_text_reports(folder / "texts", stems)


def predictions(corpus, *, decision=None) -> dict:
    """The detector's page slogans for every article."""
    from corpus_tools.slogans import page_slogans

    return {issue.id: page_slogans(issue, decision=decision) for issue in corpus}


def errors(pred: dict, gold: dict) -> list[str]:
    """Misses and false alarms (strict) per article."""
    from corpus_tools.slogans import slogan_key

    out = []
    for page, items in gold.items():
        g = {(slogan_key(i["text"]), i["kind"]) for i in items}
        p = {(slogan_key(r.text), r.kind): r.evidence for r in pred[page].itertuples()}
        out += [f"{page}  MISS  {k[1]:9s} {k[0]}" for k in sorted(g - set(p))]
        out += [f"{page}  FALSE {k[1]:9s} {k[0]}   [{p[k]}]" for k in sorted(set(p) - g)]
    return out


def main(argv: list[str] | None = None) -> int:
    from corpus_tools.scoring.slogans import score_slogans

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--rules", action="store_true", help="the rules alone (decision=False)")
    args = ap.parse_args(argv)
    corpus = sample_corpus(args.folder)
    gold = gold_items(args.folder, corpus)
    pred = predictions(corpus, decision=False if args.rules else None)
    s = score_slogans(pred, gold, modes=("strict", "text"))
    for r in s[s.page == "ALL"].itertuples():
        print(f"{r.mode:7s} gold {r.n_gold:4d} pred {r.n_pred:4d} tp {r.tp:4d}  "
              f"P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")
    if args.errors:
        print("\n".join(errors(pred, gold)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
