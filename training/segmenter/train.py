"""Train the shipped pkuseg segmenter on People's Daily 1998-01 and export it compactly.

One command rebuilds ``corpus_tools/models/pkuseg/model.npz``::

    python training/segmenter/train.py            # dev run, retrain on all days, test, export

Steps: read the PKU-tagged corpus, normalise every word with
``corpus_tools.text.normalize_text`` (the run-time normalisation), split paragraphs into
sentences and hold out the last days of January (``DEV_DAYS``, 1998-01-27..31, ~10 %) as
dev. Features: pkuseg's own, plus (defaults of the shipped model) extra character
templates (``--templates extra``) and word-independent dictionary features
(``--dict-features``) whose dictionary, for each of K article folds, is built from the
other folds only (``--jackknife 5``), so that training sees unknown words as new text
does. Optionally (``--align``) re-segment the text towards the SIGHAN 2005 PKU training
word list (:class:`SpecAligner`). Then run ADF passes one at a time; after
each pass the model segments dev and is scored with our SIGHAN scorer; the best pass on
dev is kept. The SIGHAN 2005 PKU test gold is never used for selection or tuning: ``test``
scores a selected model once. ``all`` then retrains on every day (dev included) for the
pass count chosen on dev, scores that model on test and exports it (``export`` prunes
small weights and writes the compact float16 model the package loads).

    python training/segmenter/train.py train --run base --templates pkuseg --no-dict-features --jackknife 0   # pkuseg control
    python training/segmenter/train.py dev --run base                  # re-score on both dev variants
    python training/segmenter/train.py test --run base                 # final candidates only
    python training/segmenter/train.py export --run final-all --threshold 0.02
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import sys
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
WORK = REPO / "training" / "work" / "segmenter"
sys.path.insert(0, str(REPO / "training"))  # people_daily.py

from people_daily import article_id, issue_day, read_paragraphs  # noqa: E402

from corpus_tools.nlp import (  # noqa: E402
    PKUSEG_MODEL_PATH, Decoder, dictionary_features, extra_char_features, write_pkuseg_model,
)
from corpus_tools.nlp.tokenizer import _cut_pkuseg  # noqa: E402
from corpus_tools.scoring.segmentation import read_segmented, score_segmentation  # noqa: E402
from corpus_tools.text import normalize_text  # noqa: E402

log = logging.getLogger("train_segmenter")

_SENT_END = {"。", "！", "？", "!", "?"}
_CLOSERS = {"”", "’", "）", ")", "」", "』"}
#: Days held out (dev) for pass selection and tuning.
DEV_DAYS = ("19980127", "19980128", "19980129", "19980130", "19980131")


def _tagged_paragraphs(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(paragraph id, normalised (word, tag) pairs) of every paragraph with a non-blank word."""
    for pid, tokens in read_paragraphs(path):
        pairs = [(word, t.tag) for t in tokens if (word := normalize_text(t.word)).strip()]
        if pairs:
            yield pid, pairs


def read_people_daily(path: Path) -> list[list[tuple[str, str]]]:
    """Paragraphs of (word, tag) pairs; the paragraph id is dropped, brackets removed."""
    return [pairs for _, pairs in _tagged_paragraphs(path)]


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


def read_word_list(path: str | Path) -> set[str]:
    """Normalised words of a one-word-a-line file."""
    with open(path, encoding="utf-8-sig") as fh:
        return {normalize_text(w.strip()) for w in fh if w.strip()}


def paragraph_ids(path: Path) -> list[str]:
    """Ids (``19980101-01-001-001``) of the paragraphs :func:`read_people_daily` returns."""
    return [pid for pid, _ in _tagged_paragraphs(path)]


def corpus_sentences(corpus: Path, dev_days: set[str]) -> tuple[list[tuple[str, list[str]]], list[list[str]]]:
    """(article id, words) training sentences and the dev sentences (paragraphs of *dev_days*)."""
    train, dev = [], []
    for pid, para in _tagged_paragraphs(corpus):
        sents = split_sentences([w for w, _ in para])
        if issue_day(pid) in dev_days:
            dev.extend(sents)
        else:
            article = article_id(pid)
            train.extend((article, s) for s in sents)
    return train, dev


_CJK_RE = re.compile(r"^[\u4e00-\u9fff]+$")
_NUMERAL_CHARS = set("〇○零一二三四五六七八九十百千万亿两几半")


class SpecAligner:
    """Re-segment 1998 text towards the SIGHAN 2005 PKU training set's word list.

    The SIGHAN 2005 PKU training set is a revised segmentation of the same January 1998
    text; its published word list (``pku_training_words.utf8``) differs from the 1998
    release by about a thousand words. A 1998 word missing from the list was split in the
    revision everywhere, so it is split into list words (fewest pieces). A list word missing
    from the 1998 text was formed by joining neighbouring words; sequences of 2-4 words
    that spell such a word are joined when they are Chinese characters only and contain no
    numeral (``三 年`` stays, ``为 此`` becomes ``为此``). Only the training word list is
    used, never test text.
    """

    def __init__(self, target_words: set[str], corpus_words: set[str]):
        self.target = target_words
        self.split_map = {}
        for w in corpus_words - target_words:
            parts = self._split(w)
            if parts and len(parts) > 1:
                self.split_map[w] = parts
        self.join = {w for w in target_words - corpus_words
                     if len(w) >= 2 and _CJK_RE.match(w) and not _NUMERAL_CHARS.intersection(w)}

    def _split(self, w: str) -> list[str] | None:
        best: list = [None] * (len(w) + 1)
        best[0] = []
        for i in range(len(w)):
            if best[i] is None:
                continue
            for j in range(i + 1, len(w) + 1):
                if w[i:j] in self.target and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                    best[j] = best[i] + [w[i:j]]
        return best[len(w)]

    def __call__(self, words: list[str]) -> list[str]:
        out = []
        for w in words:
            out.extend(self.split_map.get(w, (w,)))
        i, joined = 0, []
        while i < len(out):
            for n in (4, 3, 2):
                if i + n <= len(out) and "".join(out[i:i + n]) in self.join:
                    joined.append("".join(out[i:i + n]))
                    i += n
                    break
            else:
                joined.append(out[i])
                i += 1
        return joined


def _tags(words: list[str]) -> list[str]:
    tags = []
    for w in words:
        n = len(w)
        if n == 1:
            tags.append("B_single")
        else:
            tags.extend(["B", "I_first"] + ["I"] * (n - 3) + ["I_end"] if n > 2 else ["B", "I_end"])
    return tags


def build_features(fe, train: list[tuple[str, list[str]]], *, jackknife: int, min_count: int,
                   extra_words: set[str], feature_trim: int, fidx: Path, gidx: Path, seed: int,
                   templates: str = "pkuseg", dict_features: bool = False) -> None:
    """Feature table and pkuseg's index files for *train*, with an optional jackknifed dictionary.

    With ``jackknife=K`` the sentences are split into K folds by article; the word and
    word-bigram dictionaries that fire the word features of a fold are built from the other
    K-1 folds only, so the training data contains unknown words the way new text does. The
    dictionary saved for run time is built from all training sentences. *min_count* keeps
    dictionary words seen at least that often (in the folds that build it); *extra_words*
    are added to every dictionary. ``templates="extra"`` adds
    :func:`corpus_tools.nlp.extra_char_features` to pkuseg's own features; *dict_features*
    adds :func:`corpus_tools.nlp.dictionary_features` (from the fold's dictionary).
    """
    from collections import Counter

    rng = random.Random(seed)
    articles = sorted({a for a, _ in train})
    rng.shuffle(articles)
    k = max(jackknife, 1)
    fold_of = {a: i % k for i, a in enumerate(articles)}
    folds = [[] for _ in range(k)]
    for a, s in train:
        folds[fold_of[a]].append([fe.keyword_rename(w) for w in s])
    counts = [Counter(w for s in f for w in s) for f in folds]
    bigrams = [Counter(f"{a}*{b}" for s in f for a, b in pairwise(s)) for f in folds]
    extra = {fe.keyword_rename(w) for w in extra_words}

    def dictionary(exclude: int | None):
        uni, bi = Counter(), Counter()
        for i in range(k):
            if i != exclude:
                uni.update(counts[i])
                bi.update(bigrams[i])
        words = {w for w, c in uni.items() if c >= min_count} | extra
        return words, {b for b in bi if b.split("*", 1)[0] in words and b.split("*", 1)[1] in words}

    feat_id: dict[str, int] = {"$$": 0}
    freq = Counter()
    examples = []
    for i in range(k):
        fe.unigram, fe.bigram = dictionary(i if jackknife > 1 else None)
        for s in folds[i]:
            chars = [fe._num_letter_normalize_char(c) for w in s for c in w]
            rows = []
            generic = dictionary_features(chars, fe.unigram) if dict_features else None
            for j in range(len(chars)):
                row = []
                feats = fe.get_node_features(j, chars)
                if generic is not None:
                    feats += generic[j]
                if templates == "extra":
                    feats += extra_char_features(j, chars)
                for f in feats:
                    if f != "/":
                        idx = feat_id.setdefault(f, len(feat_id))
                        freq[idx] += 1
                        row.append(idx)
                rows.append(row)
            examples.append((rows, _tags(s)))
        log.info("fold %d/%d: %d sentences, %d features so far", i + 1, k, len(folds[i]), len(feat_id))
    keep = {0} | {i for i, c in freq.items() if c > feature_trim}
    remap = {old: new for new, old in enumerate(sorted(keep))}
    fe.feature_to_idx = {f: remap[i] for f, i in feat_id.items() if i in remap}
    fe.tag_to_idx = {t: i for i, t in enumerate(sorted({"B", "B_single", "I_first", "I", "I_end"}))}
    fe.unigram, fe.bigram = dictionary(None)
    with open(fidx, "w", encoding="utf-8") as fw, open(gidx, "w", encoding="utf-8") as gw:
        fw.write(f"{len(fe.feature_to_idx)}\n\n")
        gw.write(f"{len(fe.tag_to_idx)}\n\n")
        for rows, tags in examples:
            for row in rows:
                kept = [remap[x] for x in row if x in remap]
                fw.write(",".join(map(str, kept)) if kept else "0")
                fw.write("\n")
            fw.write("\n")
            gw.write(",".join(str(fe.tag_to_idx[t]) for t in tags) + "\n\n")


def evaluate(seg, gold_sents, training_words) -> dict:
    pred = [_cut_pkuseg(seg, "".join(s)) if s else [] for s in gold_sents]
    return score_segmentation(gold_sents, pred, training_words=training_words).as_dict()


def _aligner(args, train_sents, dev) -> SpecAligner:
    corpus_words = {w for _, s in train_sents for w in s} | {w for s in dev for w in s}
    return SpecAligner(read_word_list(args.training_words), corpus_words)


def _run_dir(args) -> Path:
    return WORK / args.run


def train(args) -> int:
    """Train one run; returns the selected pass (best on dev, or the last without dev)."""
    from spacy_pkuseg.config import config
    from spacy_pkuseg.data import DataSet
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.trainer import Trainer

    random.seed(args.seed)
    np.random.seed(args.seed)
    run = _run_dir(args)
    best_dir = run / "best"
    best_dir.mkdir(parents=True, exist_ok=True)
    (run / "args.json").write_text(json.dumps(vars(args), indent=1), encoding="utf-8")
    t0 = time.time()
    dev_days = set() if args.dev_days == "none" else set(args.dev_days.split(","))
    train_sents, dev = corpus_sentences(Path(args.corpus), dev_days)
    log.info("%d training sentences, %d dev sentences (days %s) (%.0fs)",
             len(train_sents), len(dev), sorted(dev_days), time.time() - t0)
    align = _aligner(args, train_sents, dev)
    dev_sighan = [align(s) for s in dev]
    if args.align:
        n0 = sum(len(s) for _, s in train_sents)
        train_sents = [(a, align(s)) for a, s in train_sents]
        log.info("aligned to %s: %d words split, %d joinable; training words %d -> %d", args.training_words,
                 len(align.split_map), len(align.join), n0, sum(len(s) for _, s in train_sents))
    train_vocab = {w for _, s in train_sents for w in s}
    extra = set()
    if args.extra_words:
        extra = read_word_list(args.extra_words)

    config.featureTrim = args.feature_trim
    config.nThread = 1
    config.ttlIter = args.iters
    config.init_model = None
    config.modelDir = str(best_dir)
    config.rate0 = args.rate0
    config.reg = args.reg

    fe = FeatureExtractor()
    fi_train, gi_train = run / "train.fidx.txt", run / "train.gidx.txt"
    build_features(fe, train_sents, jackknife=args.jackknife, min_count=args.dict_min_count,
                   extra_words=extra, feature_trim=args.feature_trim, fidx=fi_train, gidx=gi_train,
                   seed=args.seed, templates=args.templates, dict_features=args.dict_features)
    log.info("features: %d, dictionary words: %d (%.0fs)", len(fe.feature_to_idx), len(fe.unigram), time.time() - t0)
    fe.save(str(best_dir))
    trainset = DataSet.load(str(fi_train), str(gi_train))
    log.info("training examples: %d (%.0fs)", len(trainset), time.time() - t0)

    trainer = Trainer(config, trainset, fe)
    history = []
    best = -1.0
    for it in range(args.iters):
        ts = time.time()
        err, _, diff = trainer.train_epoch()
        t_train = time.time() - ts
        rec = {"pass": it + 1, "train_s": round(t_train, 1), "err": float(err), "diff": float(diff)}
        if args.keep_passes:
            np.save(run / f"w{it + 1}.npy", trainer.model.w.astype(np.float32))
        improved = False
        if dev:
            dec = Decoder(fe, trainer.model)
            raw = evaluate(dec, [s for s in dev], train_vocab)
            sig = evaluate(dec, dev_sighan, train_vocab)
            rec.update({"dev1998_" + k: v for k, v in raw.items()})
            rec.update({"devsighan_" + k: v for k, v in sig.items()})
            score = sig if args.align else raw
            rec["dev_f1"] = score["f1"]
            log.info("pass %d  dev(1998 spec) F1 %.4f  dev(SIGHAN-aligned) F1 %.4f", it + 1, raw["f1"], sig["f1"])
            improved = score["f1"] > best
            best = max(best, score["f1"])
            log.info("pass %d  train %.0fs  err %.4g  dev P %.4f R %.4f F1 %.4f OOV-R %.4f %s",
                     it + 1, t_train, err, score["precision"], score["recall"], score["f1"],
                     score["oov_recall"] or 0.0, "BEST (saved)" if improved else "")
        else:  # no dev split: the pass count was chosen on dev in an earlier run; keep the last
            improved = True
            log.info("pass %d  train %.0fs  err %.4g", it + 1, t_train, err)
        if improved:
            trainer.model.save(str(best_dir))
            (best_dir / "score.json").write_text(json.dumps(rec, indent=1), encoding="utf-8")
        history.append(rec)
        (run / "history.json").write_text(json.dumps(history, indent=1), encoding="utf-8")
        if dev and args.patience and it + 1 - max(h["pass"] for h in history if h["dev_f1"] == best) >= args.patience:
            log.info("no dev improvement for %d passes: stop", args.patience)
            break
    if dev:
        log.info("best dev F1 %.4f; total %.0fs", best, time.time() - t0)
    else:
        log.info("no dev split: kept the last pass; total %.0fs", time.time() - t0)
    return json.loads((best_dir / "score.json").read_text(encoding="utf-8"))["pass"]


def score_dev(args) -> None:
    """Score a run's selected model on both dev variants (to compare runs trained differently)."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    best_dir = _run_dir(args) / "best"
    dev_days = set(args.dev_days.split(","))
    train_sents, dev = corpus_sentences(Path(args.corpus), dev_days)
    align = _aligner(args, train_sents, dev)
    train_vocab = {w for _, s in train_sents for w in s}
    dec = Decoder(FeatureExtractor.load(str(best_dir)), Model.load(str(best_dir)))
    out = {"dev1998": evaluate(dec, dev, train_vocab), "devsighan": evaluate(dec, [align(s) for s in dev], train_vocab)}
    log.info("run %s: dev(1998 spec) F1 %.4f, dev(SIGHAN-aligned) F1 %.4f", args.run,
             out["dev1998"]["f1"], out["devsighan"]["f1"])
    (_run_dir(args) / "dev.json").write_text(json.dumps(out, indent=1), encoding="utf-8")


def test(args) -> None:
    """Score the selected (best-dev) model of a run on the test gold: final candidates only."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    best_dir = _run_dir(args) / "best"
    fe = FeatureExtractor.load(str(best_dir))
    model = Model.load(str(best_dir))
    score = evaluate(Decoder(fe, model), read_segmented(args.gold), args.training_words)
    log.info("run %s test: P %.4f R %.4f F1 %.4f OOV-R %.4f", args.run, score["precision"],
             score["recall"], score["f1"], score["oov_recall"] or 0.0)
    (_run_dir(args) / "test.json").write_text(json.dumps(score, indent=1), encoding="utf-8")


def export(args) -> None:
    """Prune and write the selected pass in the compact format the package loads."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    best_dir = _run_dir(args) / "best"
    fe = FeatureExtractor.load(str(best_dir))
    model = Model.load(str(best_dir))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    info = write_pkuseg_model(out, fe.feature_to_idx, fe.unigram, fe.tag_to_idx, model.w,
                              threshold=args.threshold)
    log.info("exported %s: %s", out, info)
    if args.gold:
        from corpus_tools.nlp import read_pkuseg_model
        fe2, m2 = read_pkuseg_model(out)
        score = evaluate(Decoder(fe2, m2), read_segmented(args.gold), args.training_words)
        full = evaluate(Decoder(fe, model), read_segmented(args.gold), args.training_words)
        log.info("test F1 full model %.4f, exported model %.4f", full["f1"], score["f1"])
        info.update({"f1_full": full["f1"], "f1_exported": score["f1"], "threshold": args.threshold})
        (_run_dir(args) / "export.json").write_text(json.dumps(info, indent=1), encoding="utf-8")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", nargs="?", default="all", choices=["all", "train", "dev", "test", "export"])
    p.add_argument("--run", default="final", help="name of the run (directory under training/work/segmenter)")
    p.add_argument("--corpus", default=str(SHARED / "people_daily_1998" / "199801.txt"))
    p.add_argument("--dev-days", default=",".join(DEV_DAYS),
                   help="comma-separated days (YYYYMMDD) held out for pass selection, or 'none'")
    p.add_argument("--gold", default=str(SHARED / "sighan2005_icwb2" / "pku_test_gold.utf8"))
    p.add_argument("--training-words", default=str(SHARED / "sighan2005_icwb2" / "pku_training_words.utf8"))
    p.add_argument("--iters", type=int, default=12)
    p.add_argument("--no-retrain-all", dest="retrain_all", action="store_false",
                   help="'all': export the dev-selected model instead of retraining on every day")
    p.add_argument("--patience", type=int, default=2, help="stop after this many passes without dev gain (0: never)")
    p.add_argument("--keep-passes", action="store_true", help="save every pass's weights (float32) for averaging")
    p.add_argument("--jackknife", type=int, default=5, help="K folds for the jackknifed dictionary (0: off)")
    p.add_argument("--dict-min-count", type=int, default=1, help="dictionary words seen at least this often")
    p.add_argument("--align", action="store_true",
                   help="re-segment the corpus towards the SIGHAN PKU training word list (--training-words)")
    p.add_argument("--extra-words", default=None, help="file of extra dictionary words, one a line")
    p.add_argument("--templates", choices=["pkuseg", "extra"], default="extra",
                   help="character feature templates: pkuseg's own, or with corpus_tools.nlp.extra_char_features")
    p.add_argument("--dict-features", action=argparse.BooleanOptionalAction, default=True,
                   help="word-independent dictionary features (corpus_tools.nlp.dictionary_features)")
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
        best_pass = train(args)
        if args.command == "all" and args.retrain_all and args.dev_days != "none":
            # the pass count was chosen on dev: retrain on every day for that many passes
            args.run, args.dev_days, args.iters = args.run + "-all", "none", best_pass
            log.info("retraining on all days for %d passes as run %s", best_pass, args.run)
            train(args)
    if args.command == "dev":
        score_dev(args)
    if args.command in ("all", "test"):
        test(args)
    if args.command in ("all", "export"):
        export(args)


if __name__ == "__main__":
    main()
