"""Train the shipped character-level NER model (PER/LOC/ORG) on MSRA NER.

The shipped model (docs/model_card_ner.md) was built with:

    /work/venv/bin/python training/ner/features.py --shared ../shared      # once, ~3 min
    /work/venv/bin/python training/ner/char_vectors.py --shared ../shared  # ~10 s
    /work/venv/bin/python training/ner/build_lexicon.py --shared ../shared # ~10 s
    nice -n 5 nohup /work/venv/bin/python training/ner/train_ner.py --shared ../shared \
        --out training/work/ner_model --minutes 105 --vectors training/work/char_vectors.npz \
        --lexicon training/work/ner_lexicon.tsv > training/work/ner_train.log 2>&1 &

Each character token carries ORTH, the forward bigram (NORM) and the position + PKU tag
of its word in our own segmentation (TAG, e.g. ``B-nr``; cached by ``features.py``).

Data: ``../shared/data/ner_msra/msra_train_bio.txt`` (research-only; never copied into the
repo). The last 2,000 training sentences are held out as a dev set for model selection;
the MSRA *test* split is only read by ``evaluate_ner.py``. The model with the best dev F1
is written to ``--out`` after every epoch, so the run can be stopped at any time.

``--vectors`` adds static character vectors (``char_vectors.py``: PPMI + SVD over
unlabelled text) to the hashed embeddings; they are saved inside the model (1.3 MiB).
``--lexicon`` stores a name list (``build_lexicon.py``: 1998 nr/ns/nt names) in the model's
vocab and adds each character's position in the longest matching name (``B-PER`` ...) as
its ``LEMMA`` feature (:func:`corpus_tools._charner.lexicon_features`). With
``--msra-names K`` the lexicon also gets the MSRA training names, jackknifed: the training
sentences of each of K contiguous folds see only the names of the other K-1 folds (so the
feature is as incomplete in training as it will be on new text), the dev sentences see the
names of all training folds, and the shipped lexicon has every MSRA training name.
Training runs under :func:`corpus_tools.nlp.fast_matmul` (single-threaded OpenBLAS), which
halves the time per update on this machine; two runs can then share the two cores.

Why characters (not words): see ``corpus_tools/_charner.py`` and docs/model_card_ner.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import spacy
from spacy.training import Example
from spacy.util import minibatch

from corpus_tools._charner import FEATURES_KEY, LEXICON_TABLE, WORD_TAG, char_doc, model_lexicon, parse_lexicon
from corpus_tools.nlp import fast_matmul
from corpus_tools.text import normalize_text

import modern_data  # noqa: E402  (training/ner/modern_data.py)
from features import load_features, model_stamp  # noqa: E402  (training/ner/features.py)

log = logging.getLogger("train_ner")
MISSING = "-"


def read_bio(path: Path, *, sep: str | None = None) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Read a char-per-line BIO file into ``(sentence, [(start, end, label), ...])``."""
    out = []
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        if chars:
            text = "".join(chars)
            spans = []
            start = label = None
            for i, tag in enumerate(tags + ["O"]):
                if label is not None and not tag.startswith("I-"):
                    spans.append((start, i, label))
                    label = None
                if tag.startswith("B-") or (tag.startswith("I-") and label is None):
                    start, label = i, tag[2:]
                elif tag.startswith("I-") and tag[2:] != label:
                    spans.append((start, i, label))
                    start, label = i, tag[2:]
            out.append((text, spans))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                flush()
                continue
            if sep is None:
                ch, _, tag = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
            else:
                ch, _, tag = line.rpartition(sep)
            ch = ch or " "
            chars.append(ch[0])
            tags.append(tag.strip() or "O")
    flush()
    return out


def name_counts(data, indices) -> dict[str, Counter]:
    """Gold entity names (2+ characters, whitespace removed) of ``data[i]`` with label counts."""
    out: dict[str, Counter] = defaultdict(Counter)
    for i in indices:
        text, spans = data[i]
        for s, e, lab in spans:
            name = "".join(normalize_text(text[s:e]).split())
            if len(name) >= 2:
                out[name][lab] += 1
    return out


def merged(base: dict[str, str], *counts: dict[str, Counter]) -> dict[str, str]:
    """*base* plus the majority label of every name in *counts* (the MSRA label wins)."""
    total: dict[str, Counter] = defaultdict(Counter)
    for c in counts:
        for name, labs in c.items():
            total[name].update(labs)
    return {**base, **{name: labs.most_common(1)[0][0] for name, labs in total.items()}}


def jackknife_lexicons(data, base: dict[str, str], n_dev: int, folds: int):
    """Per-sentence lexicons (training folds see the other folds' names) and the full lexicon."""
    n_train = len(data) - n_dev
    fold_of = [i * folds // n_train for i in range(n_train)]
    per_fold = [name_counts(data, [i for i in range(n_train) if fold_of[i] == k]) for k in range(folds)]
    fold_lex = [merged(base, *(per_fold[j] for j in range(folds) if j != k)) for k in range(folds)]
    dev_lex = merged(base, *per_fold)
    full = merged(base, *per_fold, name_counts(data, range(n_train, len(data))))
    return [fold_lex[fold_of[i]] for i in range(n_train)] + [dev_lex] * n_dev, full


def to_example(nlp, text: str, spans, feats=None, lexicon=None) -> Example | None:
    doc, offsets = char_doc(nlp.vocab, text, feats, lexicon=model_lexicon(nlp) if lexicon is None else lexicon)
    if len(doc) == 0:
        return None
    index = {off: k for k, off in enumerate(offsets)}
    ents = []
    for s, e, lab in spans:
        toks = [index[i] for i in range(s, e) if i in index]
        if toks:
            ents.append((toks[0], toks[-1] + 1, lab))
    ref, _ = char_doc(nlp.vocab, text)
    from spacy.tokens import Span

    # label "-": annotation missing there (domain_data.py: FAC, optional spans), neither entity nor O
    ref.set_ents([Span(ref, s, e, label=lab) for s, e, lab in ents if lab != MISSING],
                 missing=[Span(ref, s, e) for s, e, lab in ents if lab == MISSING])
    return Example(doc, ref)


NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 128,
            "attrs": ["ORTH", "NORM", "TAG", "SHAPE"],
            "rows": [6000, 26000, 1000, 50],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 128,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 6,
        },
    },
}


def prf(nlp, examples) -> dict:
    tp = fp = fn = 0
    docs = nlp.get_pipe("ner").pipe((ex.predicted.copy() for ex in examples), batch_size=128)
    for doc, ex in zip(docs, examples):
        unknown = {t.i for t in ex.reference if t.ent_iob == 0}  # missing annotation: not scored
        pred = {(e.start, e.end, e.label_) for e in doc.ents if not unknown.intersection(range(e.start, e.end))}
        gold = {(e.start, e.end, e.label_) for e in ex.reference.ents}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


def save(nlp, out: Path, history: list, args) -> None:
    """Write the model and its training record to *out*."""
    nlp.meta[FEATURES_KEY] = WORD_TAG
    nlp.to_disk(out)
    # The string store holds ~500k character bigrams that the hashed embeddings never look
    # up; dropping them saves 5 MB and changes no prediction.
    (out / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    (out / "training.json").write_text(
        json.dumps({"data": f"MSRA NER train (last {args.dev} sentences held out as dev"
                            + (f"; a random {args.msra_keep} of the rest trained on)" if getattr(args, "msra_keep", None) else ")")
                            + "".join(f" + {spec}" for spec in args.extra),
                    "init": str(args.init) if args.init else None,
                    "select": f"{args.select.name}: mean of its F and MSRA dev F" if args.select else None,
                    "tokens": "characters; NORM = forward character bigram; TAG = position + PKU tag of the "
                              "character's word in corpus_tools' pkuseg segmentation (B-nr, E-ns, S-v)",
                    "features_from_models": model_stamp(),
                    "lexicon": (f"{args.lexicon.name if args.lexicon else 'from --init'} (training/ner/build_lexicon.py)"
                                + (f" + MSRA training names, jackknifed over {args.msra_names} folds" if args.msra_names else "")
                                + f": {len(model_lexicon(nlp))} names as LEMMA" if model_lexicon(nlp) else None),
                    "static_vectors": (f"{args.vectors.name if args.vectors else 'from --init'}: {nlp.vocab.vectors.shape[0]} characters x "
                                       f"{nlp.vocab.vectors.shape[1]} (PPMI + SVD, training/ner/char_vectors.py)"
                                       if nlp.vocab.vectors.shape[0] else None),
                    "schedule": {"learn_rate": args.learn_rate, "final_fraction": args.final_lr,
                                 "warmup_steps": args.warmup, "batch": args.batch, "dropout": args.dropout,
                                 "minutes": args.minutes, "decay_sentences": args.decay_sentences},
                    "history": history}, indent=1), encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "training" / "work" / "ner_model")
    ap.add_argument("--minutes", type=float, default=100.0,
                    help="stop after this many minutes; without --decay-sentences the learning rate decays "
                         "linearly over them")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--dev", type=int, default=2000)
    ap.add_argument("--eval-every", type=int, default=11000, help="score dev (and save if best) every N sentences")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--resume", action="store_true", help="continue training the model in --out (fresh optimizer)")
    ap.add_argument("--learn-rate", type=float, default=0.002)
    ap.add_argument("--final-lr", type=float, default=0.1, help="learning rate at the time limit, as a fraction")
    ap.add_argument("--warmup", type=int, default=300, help="linear warm-up steps")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--vectors", type=Path, default=None, help="static character vectors (.npz from char_vectors.py)")
    ap.add_argument("--lexicon", type=Path, default=None, help="name lexicon (.tsv from build_lexicon.py)")
    ap.add_argument("--msra-names", type=int, default=0, metavar="K",
                    help="with --lexicon: add MSRA training names, jackknifed over K folds (0: off)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N training sentences (smoke test)")
    ap.add_argument("--init", type=Path, default=None,
                    help="warm start: fine-tune this model folder (its vectors, lexicon and labels; fresh optimizer)")
    ap.add_argument("--extra", action="append", default=[], metavar="JSONL[:REPEAT]",
                    help="more training sentences (modern_data.py output), REPEAT copies per epoch (default 1)")
    ap.add_argument("--select", type=Path, default=None,
                    help="second model-selection set (modern_data.py output): the saved model has the best mean of "
                         "MSRA dev F and this set's F, with MSRA dev F at most --msra-slack below the start")
    ap.add_argument("--msra-slack", type=float, default=0.004)
    ap.add_argument("--max-sentences", type=int, default=None, metavar="N",
                    help="stop after N training sentences (evaluated there)")
    ap.add_argument("--decay-sentences", type=int, default=None, metavar="N",
                    help="the learning rate decays linearly over N training sentences, not over --minutes of wall "
                         "time: a rerun with the same seed follows the same schedule on any machine")
    ap.add_argument("--msra-keep", type=int, default=None, metavar="N",
                    help="train on a random N of the MSRA training sentences only (rehearsal beside --extra)")
    args = ap.parse_args(argv)
    for name in ("decay_sentences", "max_sentences", "limit"):
        if getattr(args, name) is not None and getattr(args, name) <= 0:
            ap.error(f"--{name.replace('_', '-')} must be a positive number of sentences, got {getattr(args, name)}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)

    data = read_bio(args.shared / "data" / "ner_msra" / "msra_train_bio.txt", sep="\t")
    if args.limit:
        data = data[:args.limit]
    feats = load_features([t for t, _ in data], "msra_train")
    log.info("read %d sentences with features", len(data))
    if args.resume or args.init:
        nlp = spacy.load(args.init or args.out)
    else:
        nlp = spacy.blank("zh")
        model = json.loads(json.dumps(NER_MODEL))
        if args.vectors:
            from spacy.vectors import Vectors

            vec = np.load(args.vectors)
            nlp.vocab.vectors = Vectors(data=vec["vectors"], keys=[nlp.vocab.strings.add(c) for c in vec["chars"]])
            model["tok2vec"]["embed"]["include_static_vectors"] = True
            log.info("static vectors: %d x %d from %s", *vec["vectors"].shape, args.vectors)
        if args.lexicon:
            tsv = args.lexicon.read_text(encoding="utf-8")
            if args.msra_names:
                sentence_lex, full = jackknife_lexicons(data, parse_lexicon(tsv), args.dev, args.msra_names)
                tsv = "".join(f"{n}\t{lab}\n" for n, lab in sorted(full.items()))
            nlp.vocab.lookups.add_table(LEXICON_TABLE, {"tsv": tsv})
            model["tok2vec"]["embed"]["attrs"].append("LEMMA")
            model["tok2vec"]["embed"]["rows"].append(64)
            log.info("name lexicon: %d names from %s", tsv.count("\n"), args.lexicon)
        nlp.add_pipe("ner", config={"model": model})
    if not (args.resume or args.init) and args.lexicon and args.msra_names:
        built = (to_example(nlp, t, s, f, lx) for (t, s), f, lx in zip(data, feats, sentence_lex))
    else:
        built = (to_example(nlp, t, s, f) for (t, s), f in zip(data, feats))
    examples = [ex for ex in built if ex is not None]
    dev, train = examples[-args.dev:], examples[: -args.dev]
    if args.msra_keep is not None and args.msra_keep < len(train):
        train = random.Random(args.seed).sample(train, args.msra_keep)
        log.info("MSRA rehearsal: %d training sentences kept", len(train))
    for spec in args.extra:
        path, _, repeat = spec.partition(":")
        rows = modern_data.read(Path(path))
        feats_x = load_features([t for t, _ in rows], Path(path).stem)
        more = [ex for ex in (to_example(nlp, t, s, f) for (t, s), f in zip(rows, feats_x)) if ex is not None]
        train += more * int(repeat or 1)
        log.info("extra: %d sentences x %s from %s", len(more), repeat or 1, path)
    select = None
    if args.select:
        rows = modern_data.read(args.select)
        select = [ex for ex in (to_example(nlp, t, s, f) for (t, s), f in
                                zip(rows, load_features([t for t, _ in rows], args.select.stem))) if ex is not None]
    if args.resume or args.init:
        from thinc.api import Adam

        optimizer = Adam(args.learn_rate)
        start = selection_score(nlp, dev, select)
        best, args.msra_floor = start["score"], start["f"] - args.msra_slack
        log.info("started from %s: %s", args.init or args.out, start)
    else:
        optimizer = nlp.initialize(lambda: train[:5000])
        best = -1.0
    log.info("train %d, dev %d, labels %s", len(train), len(dev), nlp.get_pipe("ner").labels)

    t0 = time.time()
    history: list = []
    prev = args.out / "training.json"
    if args.resume and prev.exists():
        history = json.loads(prev.read_text(encoding="utf-8"))["history"]

    with fast_matmul(nlp):
        train_loop(nlp, optimizer, train, dev, best, history, t0, args, select)


def selection_score(nlp, dev, select=None) -> dict:
    """MSRA dev P/R/F, and with a second selection set its F and the mean of both as ``score``."""
    score = prf(nlp, dev)
    score["score"] = score["f"]
    if select:
        score["select_f"] = prf(nlp, select)["f"]
        score["score"] = (score["f"] + score["select_f"]) / 2
    return score


def train_loop(nlp, optimizer, train, dev, best, history, t0, args, select=None) -> None:
    prev = args.out / "training.json"

    def learn_rate(step: int, seen: int) -> float:
        if args.decay_sentences:
            frac = min(1.0, seen / args.decay_sentences)
        else:
            frac = min(1.0, (time.time() - t0) / 60 / args.minutes)
        return args.learn_rate * min(1.0, (step + 1) / args.warmup) * (1 - (1 - args.final_lr) * frac)

    step = seen = 0
    out_of_time = False
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses: dict = {}
        n = 0
        for batch in minibatch(train, size=args.batch):
            optimizer.learn_rate = learn_rate(step, seen)
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
            step += 1
            n += len(batch)
            seen += len(batch)
            out_of_time = (time.time() - t0) / 60 > args.minutes or (
                args.max_sentences is not None and seen >= args.max_sentences)
            if n % args.eval_every < args.batch or n >= len(train) or out_of_time:
                with nlp.use_params(optimizer.averages or {}):
                    score = selection_score(nlp, dev, select)
                    minutes = round((time.time() - t0) / 60, 1)
                    log.info("epoch %d, %d sentences: loss %.1f, lr %.5f, dev P %.4f R %.4f F %.4f, select F %s, %.1f min",
                             epoch, n, losses.get("ner", 0), optimizer.learn_rate, score["p"], score["r"], score["f"],
                             score.get("select_f"), minutes)
                    history.append({"epoch": epoch, "sentences": n, **score, "minutes": minutes,
                                    "lr": round(optimizer.learn_rate, 6)})
                    if score["score"] > best and score["f"] >= getattr(args, "msra_floor", 0.0):
                        best = score["score"]
                        save(nlp, args.out, history, args)
                        log.info("saved to %s (best dev F %.4f)", args.out, best)
                    else:
                        # keep the record of every evaluation next to the best model
                        if prev.exists():
                            rec = json.loads(prev.read_text(encoding="utf-8"))
                            rec["history"] = history
                            prev.write_text(json.dumps(rec, indent=1), encoding="utf-8")
            if out_of_time:
                break
        if out_of_time:
            log.info("time budget reached")
            break


if __name__ == "__main__":
    main()
