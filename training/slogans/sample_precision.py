"""Precision of the marked-slogan detector on hand-labelled detections of unseen People's Daily articles.

    python training/slogans/sample_precision.py detections_a.tsv [detections_b.tsv ...]

Each file (``sample_detections.py`` output with its label column filled in by hand) lists detections
of an earlier detector on People's Daily 2019-2020 county reports. The current detector
(the marked layer of :func:`corpus_tools.slogans.find_slogans`, with the article's own mentions left out
of the corpus quote shares, as they were counted on these articles) is run on the same articles; for each file
this prints, over distinct (article, slogan) pairs, how many it finds, how many of those are labelled
and the precision on them, how many labelled slogans it keeps (a recall proxy: recall relative to
the earlier detector's labelled true positives) and the detections nobody has labelled yet (to label
before a number is reported). The texts are read from ``../shared/data`` and never written.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def read_labels(path: Path) -> dict[tuple[str, str], int]:
    """(article id, slogan key) -> label of a labelled detections TSV (unlabelled rows left out)."""
    from corpus_tools.slogans import slogan_key

    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    return {(r[0], slogan_key(r[1])): int(r[4]) for r in rows if len(r) > 4 and r[4].strip() in ("0", "1")}


def articles(ids: set[str], data: Path) -> dict[str, str]:
    """Body texts of the articles *ids* of the 2019-2020 corpus."""
    out = {}
    with lzma.open(data / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = d["text"]
    return out


def score(labels: dict[tuple[str, str], int], texts: dict[str, str]) -> dict[str, object]:
    """Counts of the current detector against *labels* on *texts*."""
    from corpus_tools.slogans import slogan_key
    from corpus_tools.slogans.core import KINDS
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon

    lex = Lexicon.build(None)
    # the articles are among those data/quote_share.tsv was counted on: their own mentions are left out
    found = {(doc, slogan_key(m.text)) for doc, text in texts.items()
             for m in find_marked(text, KINDS, Ctx(lex, (), in_corpus=True))}
    judged = [labels[k] for k in found if k in labels]
    positives = {k for k, v in labels.items() if v}
    return {"found": len(found), "labelled": len(judged), "tp": sum(judged),
            "precision": sum(judged) / max(1, len(judged)), "kept": len(found & positives),
            "positives": len(positives), "unlabelled": sorted(k for k in found if k not in labels)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "people_daily_2019_2020")
    args = ap.parse_args()
    for path in args.files:
        path = path if path.is_file() else HERE / path
        labels = read_labels(path)
        r = score(labels, articles({k[0] for k in labels}, args.data))
        print(f"{path.name}: found {r['found']}, labelled {r['labelled']}, precision {r['precision']:.3f} "
              f"({r['tp']}/{r['labelled']}); labelled slogans kept {r['kept']}/{r['positives']}; "
              f"unlabelled {len(r['unlabelled'])}")
        for doc, key in r["unlabelled"]:
            print(f"    unlabelled\t{doc}\t{key}")


if __name__ == "__main__":
    main()
