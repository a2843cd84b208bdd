"""Train the shipped character-level NER model (PER/LOC/ORG) on MSRA NER.

    nice -n 10 nohup /work/venv/bin/python training/ner/train_ner.py \
        --shared ../shared --out corpus_tools/models/ner --minutes 50 > /tmp/ner_train.log 2>&1 &

Data: ``../shared/data/ner_msra/msra_train_bio.txt`` (research-only; never copied into the
repo). The last 2,000 training sentences are held out as a dev set for model selection;
the MSRA *test* split is only read by ``evaluate_ner.py``. The model with the best dev F1
is written to ``--out`` after every epoch, so the run can be stopped at any time.

Why characters (not words): see ``corpus_tools/_charner.py`` and docs/model_card_ner.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

from corpus_tools._charner import char_doc

log = logging.getLogger("train_ner")


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


def to_example(nlp, text: str, spans) -> Example | None:
    doc, offsets = char_doc(nlp.vocab, text)
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

    ref.ents = [Span(ref, s, e, label=lab) for s, e, lab in ents]
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
            "attrs": ["ORTH", "NORM", "SHAPE"],
            "rows": [6000, 24000, 50],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 128,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 4,
        },
    },
}


def prf(nlp, examples) -> dict:
    tp = fp = fn = 0
    docs = nlp.get_pipe("ner").pipe((ex.predicted.copy() for ex in examples), batch_size=128)
    for doc, ex in zip(docs, examples):
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        gold = {(e.start, e.end, e.label_) for e in ex.reference.ents}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "corpus_tools" / "models" / "ner")
    ap.add_argument("--minutes", type=float, default=50.0, help="stop after this many minutes")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--dev", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--resume", action="store_true", help="continue training the model in --out (fresh optimizer)")
    ap.add_argument("--learn-rate", type=float, default=0.001)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)

    data = read_bio(args.shared / "data" / "ner_msra" / "msra_train_bio.txt", sep="\t")
    log.info("read %d sentences", len(data))
    if args.resume:
        nlp = spacy.load(args.out)
    else:
        nlp = spacy.blank("zh")
        nlp.add_pipe("ner", config={"model": NER_MODEL})
    examples = [ex for ex in (to_example(nlp, t, s) for t, s in data) if ex is not None]
    dev, train = examples[-args.dev:], examples[: -args.dev]
    if args.resume:
        from thinc.api import Adam

        optimizer = Adam(args.learn_rate)
        best = prf(nlp, dev)["f"]
        log.info("resumed from %s, dev F %.4f", args.out, best)
    else:
        optimizer = nlp.initialize(lambda: train[:5000])
        optimizer.learn_rate = args.learn_rate
        best = -1.0
    log.info("train %d, dev %d, labels %s", len(train), len(dev), nlp.get_pipe("ner").labels)

    t0 = time.time()
    history = []
    prev = args.out / "training.json"
    if args.resume and prev.exists():
        history = [dict(h, phase=h.get("phase", 1)) for h in json.loads(prev.read_text(encoding="utf-8"))["history"]]
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses: dict = {}
        n = 0
        for batch in minibatch(train, size=32):
            nlp.update(batch, drop=0.15, sgd=optimizer, losses=losses)
            n += len(batch)
            if n % 6400 < 32:
                log.info("epoch %d: %d sentences, loss %.1f, %.1f min", epoch, n, losses.get("ner", 0), (time.time() - t0) / 60)
            if (time.time() - t0) / 60 > args.minutes:
                break
        with nlp.use_params(optimizer.averages or {}):
            score = prf(nlp, dev)
            log.info("epoch %d dev P %.4f R %.4f F %.4f", epoch, score["p"], score["r"], score["f"])
            history.append({"epoch": epoch, "sentences": n, **score, "minutes": round((time.time() - t0) / 60, 1),
                            "phase": 2 if args.resume else 1})
            if score["f"] > best:
                best = score["f"]
                nlp.to_disk(args.out)
                # The string store holds ~500k character bigrams that the hashed embeddings
                # never look up; dropping them saves 5 MB and changes no prediction.
                (args.out / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
                (args.out / "training.json").write_text(
                    json.dumps({"data": "MSRA NER train (last 2000 sentences held out as dev)",
                                "tokens": "characters; NORM = forward character bigram",
                                "history": history}, indent=1), encoding="utf-8")
                log.info("saved to %s", args.out)
        if (time.time() - t0) / 60 > args.minutes:
            log.info("time budget reached")
            break


if __name__ == "__main__":
    main()
