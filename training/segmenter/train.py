"""Train the shipped pkuseg segmenter on People's Daily 1998-01 and export it compactly.

One command rebuilds ``corpus_tools/models/pkuseg/model.npz``::

    python training/segmenter/train.py            # train (all passes) + export the best pass

Steps: read the PKU-tagged corpus, normalise every word with
``corpus_tools.text.normalize_text`` (the run-time normalisation), split paragraphs into
sentences, write pkuseg's training file into ``training/work/segmenter/``, build pkuseg's
features, then run ADF passes one at a time. After each pass the model segments the SIGHAN
2005 PKU test text (normalised the same way) and is scored with our SIGHAN scorer; the
score is logged and the model is saved when it is the best so far. ``export`` prunes small
weights and writes the compact float16 model the package loads.

    python training/segmenter/train.py train --iters 12
    python training/segmenter/train.py export --threshold 0.02
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
WORK = REPO / "training" / "work" / "segmenter"

from corpus_tools.nlp import (  # noqa: E402
    PKUSEG_MODEL_PATH, _cut_pkuseg, build_pkuseg, write_pkuseg_model,
)
from corpus_tools.scoring.segmentation import read_segmented, score_segmentation  # noqa: E402
from corpus_tools.text import normalize_text  # noqa: E402

log = logging.getLogger("train_segmenter")

_TOKEN_RE = re.compile(r"^\[?(.+)/([A-Za-z]+)(\][A-Za-z]+)?$")
_SENT_END = {"。", "！", "？", "!", "?"}
_CLOSERS = {"”", "’", "）", ")", "」", "』"}


def read_people_daily(path: Path) -> list[list[tuple[str, str]]]:
    """Paragraphs of (word, tag) pairs; the paragraph id is dropped, brackets removed."""
    paras = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            toks = line.split()
            if len(toks) < 2:
                continue
            out = []
            for tok in toks[1:]:
                m = _TOKEN_RE.match(tok)
                if not m:
                    raise ValueError(f"unparsable token {tok!r} in {line[:40]!r}")
                word = normalize_text(m.group(1))
                if word.strip():
                    out.append((word, m.group(2)))
            if out:
                paras.append(out)
    return paras


def split_sentences(words: list[str]) -> list[list[str]]:
    """Cut after 。！？ (and a following closing quote or bracket)."""
    sents, cur = [], []
    for i, w in enumerate(words):
        cur.append(w)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in _SENT_END and nxt not in _CLOSERS and nxt not in _SENT_END:
            sents.append(cur)
            cur = []
        elif w in _CLOSERS and cur[-2:-1] and cur[-2] in _SENT_END and nxt not in _CLOSERS:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def write_training_file(corpus: Path, out: Path) -> int:
    paras = read_people_daily(corpus)
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for p in paras:
            for s in split_sentences([w for w, _ in p]):
                fh.write(" ".join(s) + "\n")
                n += 1
    return n


def evaluate(seg, gold_sents, training_words) -> dict:
    pred = [_cut_pkuseg(seg, "".join(s)) if s else [] for s in gold_sents]
    return score_segmentation(gold_sents, pred, training_words=training_words).as_dict()


def train(args) -> None:
    from spacy_pkuseg.config import config
    from spacy_pkuseg.data import DataSet
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.trainer import Trainer

    random.seed(args.seed)
    np.random.seed(args.seed)
    WORK.mkdir(parents=True, exist_ok=True)
    best_dir = WORK / "best"
    best_dir.mkdir(exist_ok=True)
    train_txt = WORK / "train.txt"
    t0 = time.time()
    n = write_training_file(Path(args.corpus), train_txt)
    log.info("wrote %d training sentences to %s (%.0fs)", n, train_txt, time.time() - t0)

    config.featureTrim = args.feature_trim
    config.nThread = 1
    config.ttlIter = args.iters
    config.init_model = None
    config.modelDir = str(best_dir)
    config.rate0 = args.rate0
    config.reg = args.reg

    fe = FeatureExtractor()
    fe.build(str(train_txt))
    log.info("features: %d, unigram words: %d (%.0fs)", len(fe.feature_to_idx), len(fe.unigram), time.time() - t0)
    fe.save(str(best_dir))
    c_train, f_train = WORK / "train.conll.txt", WORK / "train.feat.txt"
    fi_train, gi_train = WORK / "train.fidx.txt", WORK / "train.gidx.txt"
    fe.convert_text_file_to_feature_file(str(train_txt), str(c_train), str(f_train))
    fe.convert_feature_file_to_idx_file(str(f_train), str(fi_train), str(gi_train))
    f_train.unlink()
    trainset = DataSet.load(str(fi_train), str(gi_train))
    log.info("training examples: %d (%.0fs)", len(trainset), time.time() - t0)

    gold = [s for s in read_segmented(args.gold)]
    trainer = Trainer(config, trainset, fe)
    history = []
    best = -1.0
    for it in range(args.iters):
        ts = time.time()
        err, _, diff = trainer.train_epoch()
        t_train = time.time() - ts
        seg = build_pkuseg(fe, trainer.model)
        score = evaluate(seg, gold, args.training_words)
        rec = {"pass": it + 1, "train_s": round(t_train, 1), "err": float(err), "diff": float(diff), **score}
        history.append(rec)
        improved = score["f1"] > best
        if improved:
            best = score["f1"]
            trainer.model.save(str(best_dir))
            (best_dir / "score.json").write_text(json.dumps(rec, indent=1), encoding="utf-8")
        log.info("pass %d  train %.0fs  err %.4g  P %.4f R %.4f F1 %.4f OOV-R %.4f %s",
                 it + 1, t_train, err, score["precision"], score["recall"], score["f1"],
                 score["oov_recall"] or 0.0, "BEST (saved)" if improved else "")
        (WORK / "history.json").write_text(json.dumps(history, indent=1), encoding="utf-8")
    log.info("best F1 %.4f; total %.0fs", best, time.time() - t0)


def export(args) -> None:
    """Prune and write the best pass in the compact format the package loads."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    best_dir = WORK / "best"
    fe = FeatureExtractor.load(str(best_dir))
    model = Model.load(str(best_dir))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    info = write_pkuseg_model(out, fe.feature_to_idx, fe.unigram, fe.tag_to_idx, model.w,
                              threshold=args.threshold)
    log.info("exported %s: %s", out, info)
    if args.gold:
        from corpus_tools.nlp import _read_pkuseg_model
        fe2, m2 = _read_pkuseg_model(out)
        score = evaluate(build_pkuseg(fe2, m2), read_segmented(args.gold), args.training_words)
        full = evaluate(build_pkuseg(fe, model), read_segmented(args.gold), args.training_words)
        log.info("F1 full model %.4f, exported model %.4f", full["f1"], score["f1"])
        info.update({"f1_full": full["f1"], "f1_exported": score["f1"], "threshold": args.threshold})
        (WORK / "export.json").write_text(json.dumps(info, indent=1), encoding="utf-8")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", nargs="?", default="all", choices=["all", "train", "export"])
    p.add_argument("--corpus", default=str(SHARED / "people_daily_1998" / "199801.txt"))
    p.add_argument("--gold", default=str(SHARED / "sighan2005_icwb2" / "pku_test_gold.utf8"))
    p.add_argument("--training-words", default=str(SHARED / "sighan2005_icwb2" / "pku_training_words.utf8"))
    p.add_argument("--iters", type=int, default=12)
    p.add_argument("--feature-trim", type=int, default=0, help="drop features seen at most this often")
    p.add_argument("--rate0", type=float, default=0.05)
    p.add_argument("--reg", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threshold", type=float, default=0.02, help="export: drop features whose max |w| is below")
    p.add_argument("--out", default=str(PKUSEG_MODEL_PATH))
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        handlers=[logging.StreamHandler(sys.stdout)])
    if args.command in ("all", "train"):
        train(args)
    if args.command in ("all", "export"):
        export(args)


if __name__ == "__main__":
    main()
