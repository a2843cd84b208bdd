"""Train the character trigram model of sentence continuity used by column-flow repair.

    /work/venv/bin/python training/layout/continuity_lm.py --shared ../shared \
        --out corpus_tools/models/continuity/char_trigram.npz

Text: People's Daily 2019–2020 (``../shared/data/people_daily_2019_2020/articles.jsonl.xz``),
body paragraphs only, from the crawl's **development half** (the half
``benchmarks/compose_pages.py`` draws its development pages from) **minus every article the
composer can use** (:func:`compose_pages.load_pool`). So no article of any composed page,
development or held-apart, is in the training text; the held-apart half is never read. The
crawl is read through ``training/crawl.py`` :func:`read_crawl`, so no gold-pool article is
either (the shipped model was trained before that change, when the composer's pool still held
gold-pool articles and so excluded them anyway; the gold-pool articles the composer could not
use were in its text).

Characters are normalised with :func:`corpus_tools.layout.continuity.normalize_chars`; each
paragraph is read as ``BOS BOS c1 … cn EOS``. The vocabulary is every character seen at
least ``--min-char`` times (at most 8,188); bigrams are all kept, trigrams seen at least
``--min-tri`` times (the rest back off to the bigram). Keys are stored sorted and
delta-coded so the compressed file stays small. The discount ``D`` is fixed (0.75, the
usual value for absolute discounting). After training (or with ``--eval-only``) the script
reports, on a 5 % slice of the articles left out of the counts (chosen by id hash), the
per-character perplexity and how well the model tells a paragraph's own continuation after
a random cut from another paragraph's opening.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from compose_pages import crawl_half, load_pool  # noqa: E402
from crawl import read_crawl  # noqa: E402  (training/crawl.py, on the path through compose_pages: the gold pool skipped)

from corpus_tools.layout.continuity import (  # noqa: E402
    BOS, EOS, ID_BITS, READS_ON, UNK, CharLM, continuity, normalize_chars)

log = logging.getLogger("continuity_lm")


def read_paragraphs(crawl: Path, exclude: set[str]) -> tuple[list[str], list[str]]:
    """Normalised body paragraphs of the crawl's dev half minus ``exclude``: (train, heldout)."""
    train, heldout = [], []
    for obj in read_crawl(crawl):  # the gold pool skipped
        if crawl_half(obj["id"]) != "dev" or obj["id"] in exclude:
            continue
        out = heldout if hashlib.md5(("lm" + obj["id"]).encode()).digest()[0] < 13 else train
        for p in obj["text"].split("\n"):
            p = normalize_chars(p)
            if len(p) >= 2:
                out.append(p)
    return train, heldout


def encode(paras: list[str], vocab: dict[str, int]) -> np.ndarray:
    seq: list[int] = []
    for p in paras:
        seq += [BOS, BOS] + [vocab.get(ch, UNK) for ch in p] + [EOS]
    return np.asarray(seq, dtype=np.int64)


def count(seq: np.ndarray, n_vocab: int, min_tri: int) -> dict[str, np.ndarray]:
    a, b, c = seq[:-2], seq[1:-1], seq[2:]
    uni = np.bincount(seq[seq != BOS], minlength=n_vocab)
    ok2 = (c != BOS) & (b != EOS)
    bi_keys, bi_counts = np.unique((b[ok2] << ID_BITS) | c[ok2], return_counts=True)
    # the pair (BOS, BOS) opening a paragraph is a context too
    ok3 = ok2 & (a != EOS)
    tri_all, tri_counts = np.unique((((a[ok3] << ID_BITS) | b[ok3]) << ID_BITS) | c[ok3], return_counts=True)
    ctx_keys, follow = np.unique(tri_all >> ID_BITS, return_counts=True)
    bos_pairs = int(np.sum((a == BOS) & (b == BOS)))
    # contexts: every bigram key, plus (BOS, BOS)
    bos_key = (BOS << ID_BITS) | BOS
    bi_keys = np.concatenate([bi_keys, [bos_key]])
    bi_counts = np.concatenate([bi_counts, [bos_pairs]])
    order = np.argsort(bi_keys)
    bi_keys, bi_counts = bi_keys[order], bi_counts[order]
    bi_follow = np.zeros(len(bi_keys), dtype=np.int64)
    pos = np.searchsorted(bi_keys, ctx_keys)
    bi_follow[pos] = follow
    uni_follow = np.bincount(bi_keys >> ID_BITS, minlength=n_vocab)
    keep = tri_counts >= min_tri
    return {"uni": uni, "uni_follow": uni_follow, "bi_keys": bi_keys, "bi_counts": bi_counts,
            "bi_follow": bi_follow, "tri_keys": tri_all[keep], "tri_counts": tri_counts[keep]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "models" / "continuity" / "char_trigram.npz")
    ap.add_argument("--min-char", type=int, default=3)
    ap.add_argument("--min-tri", type=int, default=2)
    ap.add_argument("--discount", type=float, default=0.75)
    ap.add_argument("--eval-only", action="store_true", help="evaluate the model at --out, do not train")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    crawl = args.shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"
    t0 = time.time()
    used = {s.id for s in load_pool(crawl, part="dev")}
    train, heldout = read_paragraphs(crawl, used)
    if not args.eval_only:
        train_model(train, used, args)
    evaluate(CharLM(args.out).fit(), heldout)
    log.info("%.0f s", time.time() - t0)


def train_model(train: list[str], used: set[str], args: argparse.Namespace) -> None:
    n_chars = sum(map(len, train))
    log.info("composer's dev articles excluded: %d; training paragraphs %d (%d characters)",
             len(used), len(train), n_chars)
    freq = Counter(ch for p in train for ch in p)
    chars = [ch for ch, k in freq.most_common((1 << ID_BITS) - 4) if k >= args.min_char]
    vocab = {ch: i + 4 for i, ch in enumerate(chars)}
    seq = encode(train, vocab)
    c = count(seq, len(chars) + 4, args.min_tri)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out, chars=np.array("".join(chars)), uni=c["uni"].astype(np.uint32),
        uni_follow=c["uni_follow"].astype(np.uint32),
        bi_keys_delta=np.diff(c["bi_keys"], prepend=0).astype(np.uint32), bi_counts=c["bi_counts"].astype(np.uint32),
        bi_follow=np.minimum(c["bi_follow"], 65535).astype(np.uint16),
        tri_keys_delta=np.diff(c["tri_keys"], prepend=0).astype(np.uint64),
        tri_counts=np.minimum(c["tri_counts"], 65535).astype(np.uint16),
        discount=np.float64(args.discount))
    log.info("vocabulary %d, bigrams %d, trigrams kept %d; %s: %.2f MB", len(chars), len(c["bi_keys"]),
             len(c["tri_keys"]), args.out, args.out.stat().st_size / 1e6)


def evaluate(lm: CharLM, heldout: list[str], n: int = 3000, seed: int = 0) -> None:
    """Perplexity and join accuracy on the held-out slice (never counted)."""
    sample = heldout[:n]
    n_chars = sum(map(len, sample))
    nll = sum(-lm.logprob(p) for p in sample)
    log.info("heldout perplexity per character (%d paragraphs, %d chars): %.1f", len(sample), n_chars,
             float(np.exp(nll / n_chars)))
    # a paragraph cut at a random point (as a column end cuts it): does its own continuation read
    # on from the cut better than the opening of another paragraph, and better than a paragraph start?
    rng = np.random.default_rng(seed)
    long = [p for p in heldout if len(p) >= 30]
    wins = reads = opens = trials = 0
    for _ in range(2000):
        p, q = (long[i] for i in rng.choice(len(long), 2, replace=False))
        cut = int(rng.integers(8, len(p) - 8))
        left, right = p[:cut], p[cut:]
        if right[0] in "，。、；：！？”）":
            continue  # a column never starts with closing punctuation
        trials += 1
        own, other = continuity(left, right, lm=lm), continuity(left, q, lm=lm)
        wins += own > other
        reads += own > READS_ON
        opens += other > READS_ON
    log.info("random cuts (%d): own continuation beats another paragraph's opening %.3f; reads on (> %.1f nats) "
             "%.3f; another paragraph's opening read as a continuation %.3f", trials, wins / trials, READS_ON,
             reads / trials, opens / trials)


if __name__ == "__main__":
    main()
