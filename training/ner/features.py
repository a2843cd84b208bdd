"""Precompute the word-position + tag features of the NER training and test sentences.

    nice -n 10 nohup /work/venv/bin/python training/ner/features.py --shared ../shared \
        > training/work/ner_features.log 2>&1 &

Every sentence of MSRA train, MSRA test and the People's Daily NER test split is segmented
and tagged once with the shipped pipeline (``corpus_tools.nlp.load_pipeline()``, the same
call the entity tagger makes at run time) and its per-character features
(:func:`corpus_tools._charner.word_features`) are cached in ``training/work/ner_features/``
(gitignored; derived from research-only data). :func:`load_features` reads them back and
recomputes any sentence whose text is not in the cache. A cache written with other segmenter
or tagger files (its first line holds :func:`model_stamp`) is not used: those features would
not be the ones the pipeline computes at run time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from pathlib import Path

from corpus_tools._charner import parse_features

log = logging.getLogger("ner_features")
REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "training" / "work" / "ner_features"
SPLITS = {
    "msra_train": ("ner_msra/msra_train_bio.txt", "\t"),
    "msra_test": ("ner_msra/msra_test_bio.txt", "\t"),
    "peoples_daily_test": ("ner_peoples_daily/example.test", " "),
}


def model_stamp() -> str:
    """Short hash of the segmenter and tagger model files the features come from."""
    h = hashlib.sha1()
    for rel in ("pkuseg/model.npz", "tagger/tagger/model", "tagger/tok2vec/model"):
        p = REPO / "corpus_tools" / "models" / rel
        h.update(p.read_bytes() if p.exists() else rel.encode())
    return h.hexdigest()[:12]


def load_features(texts: list[str], name: str) -> list[list[str]]:
    """Features of *texts* from the cache file *name* (missing sentences are parsed now)."""
    cached: dict[str, list[str]] = {}
    path = CACHE / f"{name}.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            stamp = json.loads(fh.readline() or "{}").get("models")
            if stamp != model_stamp():
                log.warning("%s: cache built with models %s, not the shipped %s; parsing again (re-run features.py "
                            "to refresh the cache)", path, stamp, model_stamp())
            else:
                for line in fh:
                    row = json.loads(line)
                    cached[row["text"]] = row["feats"].split(" ")
    missing = [t for t in dict.fromkeys(texts) if t not in cached]
    if missing:
        log.info("%s: parsing %d sentences not in the cache", name, len(missing))
        for t, f in zip(missing, parse_features(missing)):
            cached[t] = [x or "_" for x in f]
    return [cached[t] for t in texts]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--splits", nargs="*", default=list(SPLITS))
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_ner import read_bio  # the training script imports this module

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    CACHE.mkdir(parents=True, exist_ok=True)
    stamp = model_stamp()
    for name in args.splits:
        rel, sep = SPLITS[name]
        texts = list(dict.fromkeys(t for t, _ in read_bio(args.shared / "data" / rel, sep=sep)))
        t0 = time.time()
        tmp = CACHE / f"{name}.jsonl.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"models": stamp}) + "\n")
            for i in range(0, len(texts), 2000):
                chunk = texts[i:i + 2000]
                for t, f in zip(chunk, parse_features(chunk)):
                    fh.write(json.dumps({"text": t, "feats": " ".join(x or "_" for x in f)}, ensure_ascii=False) + "\n")
                log.info("%s: %d/%d sentences, %.1f min", name, i + len(chunk), len(texts), (time.time() - t0) / 60)
        tmp.replace(CACHE / f"{name}.jsonl")


if __name__ == "__main__":
    main()
