"""Character vectors for the NER model: PPMI + truncated SVD over unlabelled text.

    /work/venv/bin/python training/ner/char_vectors.py --shared ../shared \
        --out training/work/char_vectors.npz

The text is every sentence we may read without labels: the People's Daily 1998 corpus
(tags stripped), the MSRA NER *training* text, the CLUENER train and dev text, and the
bundled seed pages. The MSRA and People's Daily NER *test* splits are never read.
Characters are normalised with :func:`corpus_tools.text.normalize_text`, as ``char_doc``
does at run time.

Method (Levy & Goldberg 2014): count each character's neighbours at offsets -2, -1, +1
and +2 as four separate context sets (so direction and distance are kept), weight the
counts by positive pointwise mutual information with context-distribution smoothing
(alpha = 0.75), and keep the top ``--dims`` left singular vectors scaled by the square
root of their singular values. Each vector is L2-normalised. Only the ``--chars`` most
frequent characters get a vector; the rest fall back to the model's hashed embeddings.

Output: ``.npz`` with ``chars`` (str array) and ``vectors`` (float32, chars x dims).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from corpus_tools.text import normalize_text

log = logging.getLogger("char_vectors")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))  # people_daily.py

from people_daily import paragraph_text, read_paragraphs  # noqa: E402

OFFSETS = (-2, -1, 1, 2)


def unlabelled_lines(shared: Path):
    """Yield normalised lines of unlabelled text (no test split is read)."""
    for _, tokens in read_paragraphs(shared / "data" / "people_daily_1998" / "199801.txt"):
        text = paragraph_text(tokens)  # tags and compound brackets stripped
        if text:
            yield text
    chars: list[str] = []
    with open(shared / "data" / "ner_msra" / "msra_train_bio.txt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                if chars:
                    yield "".join(chars)
                chars = []
                continue
            chars.append(line[0])
    if chars:
        yield "".join(chars)
    for name in ("train.jsonl", "dev.jsonl"):
        with open(shared / "data" / "ner_cluener2020" / name, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["text"]
    for page in sorted((REPO / "corpus_tools" / "data" / "seeds").glob("*.txt")):
        yield from page.read_text(encoding="utf-8").splitlines()


def build(lines, *, n_chars: int, dims: int, alpha: float = 0.75) -> tuple[list[str], np.ndarray]:
    texts = [[c for c in normalize_text(t) if not c.isspace()] for t in lines]
    freq = Counter(c for t in texts for c in t)
    vocab = [c for c, _ in freq.most_common(n_chars)]
    index = {c: i for i, c in enumerate(vocab)}
    n = len(vocab)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for t in texts:
        ids = np.array([index.get(c, -1) for c in t], dtype=np.int64)
        for k, off in enumerate(OFFSETS):
            if off < 0:
                a, b = ids[-off:], ids[:off]
            else:
                a, b = ids[:-off], ids[off:]
            keep = (a >= 0) & (b >= 0)
            rows.append(a[keep])
            cols.append(b[keep] + k * n)
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    counts = sparse.coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(n, n * len(OFFSETS))).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    row_p = np.asarray(counts.sum(axis=1)).ravel() / total
    col = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    col_p = col / col.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data / total) - np.log(row_p[coo.row]) - np.log(col_p[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)
    u, s, _ = svds(ppmi, k=dims)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-8
    return vocab, vec.astype(np.float32)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "training" / "work" / "char_vectors.npz")
    ap.add_argument("--chars", type=int, default=6000)
    ap.add_argument("--dims", type=int, default=64)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    t0 = time.time()
    lines = list(unlabelled_lines(args.shared))
    log.info("%d lines, %d characters", len(lines), sum(map(len, lines)))
    vocab, vec = build(lines, n_chars=args.chars, dims=args.dims)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, chars=np.array(vocab), vectors=vec)
    log.info("%d x %d vectors to %s in %.1f min", *vec.shape, args.out, (time.time() - t0) / 60)


if __name__ == "__main__":
    main()
