"""Precision of the marked-slogan detector on hand-labelled detections of unseen People's Daily articles.

    python training/slogans/sample_precision.py detections_a.tsv [detections_b.tsv ...]

Each file (``sample_detections.py`` output with its label column filled in by hand) lists detections
of an earlier detector on People's Daily 2019-2020 county reports. The current detector
(the marked layer of :func:`corpus_tools.slogans.find_slogans`, with the article's own mentions left out
of the corpus quote shares, as they were counted on these articles) is run on the same articles; for each file
this prints, over distinct (article, slogan) pairs, how many it finds, how many of those are labelled
and the precision on them, how many labelled slogans it keeps (a recall proxy: recall relative to
the earlier detector's labelled true positives) and the detections nobody has labelled yet (to label
before a number is reported). The texts are read from ``../shared/data`` and never written. Articles of
the gold pool (``training/crawl.py``: every article a gold set can be drawn from, blind reports included)
are left out, so the precision is measured on unseen articles only.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import gold_pool_ids, read_crawl  # noqa: E402  (training/crawl.py)

log = logging.getLogger(__name__)

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
    """Body texts of the articles *ids* of the 2019-2020 corpus (gold-pool articles skipped)."""
    return {d["id"]: d["text"] for d in read_crawl(data / "articles.jsonl.xz") if d["id"] in ids}


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
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in args.files:
        path = path if path.is_file() else HERE / path
        labels = read_labels(path)
        pool = {k for k in labels if k[0] in gold_pool_ids()}
        if pool:
            log.warning("%s: %d labelled rows of %d gold-pool articles left out", path.name, len(pool),
                        len({k[0] for k in pool}))
            labels = {k: v for k, v in labels.items() if k not in pool}
        r = score(labels, articles({k[0] for k in labels}, args.data))
        print(f"{path.name}: found {r['found']}, labelled {r['labelled']}, precision {r['precision']:.3f} "
              f"({r['tp']}/{r['labelled']}); labelled slogans kept {r['kept']}/{r['positives']}; "
              f"unlabelled {len(r['unlabelled'])}")
        for doc, key in r["unlabelled"]:
            print(f"    unlabelled\t{doc}\t{key}")


if __name__ == "__main__":
    main()
