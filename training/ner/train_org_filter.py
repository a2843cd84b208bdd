"""Train the organisation-candidate filter: ``corpus_tools/data/entities/org_filter.json``.

    /work/venv/bin/python training/ner/train_org_filter.py [--shared ../shared] [--sentences 12000]

The head rules (:func:`corpus_tools._entity_rules.heads.find_orgs`) propose every phrase that
ends in an organisation head (…合作社, …公司, …中心, …局). Many are kinds, not names
(农民专业合作社, 电子公司, 物业公司). This script runs the same rules over MSRA NER text
(silver data from another corpus than the development pages) and labels each candidate by
whether a gold ORG span of MSRA ends where it ends. A logistic regression over features of the
candidate (head word, length, what starts the body, segmenter tags inside and before it,
whether the body is made only of dictionary words) learns which candidates are names. Only the
weights ship (JSON, a few KB). Prints precision/recall of the candidates on MSRA test with and
without the filter.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
OUT = REPO / "corpus_tools" / "data" / "entities" / "org_filter.json"


def read_bio(path: Path, limit: int) -> list[tuple[str, set[int]]]:
    """Sentences of an MSRA BIO file with the end offsets of their ORG spans."""
    out, chars, tags = [], [], []

    def flush():
        ends, i = set(), 0
        while i < len(tags):
            if tags[i] == "B-ORG":
                j = i + 1
                while j < len(tags) and tags[j] == "I-ORG":
                    j += 1
                ends.add(j)
                i = j
            else:
                i += 1
        out.append(("".join(chars), ends))

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            if chars:
                flush()
                if len(out) >= limit:
                    break
            chars, tags = [], []
            continue
        chars.append(parts[0])
        tags.append(parts[1])
    if chars and len(out) < limit:
        flush()
    return out


def candidates(texts: list[str], feats: list[list[str]]):
    from corpus_tools._entity_rules.heads import find_orgs
    from corpus_tools._entity_rules.lexicon import ORG_HEADS
    from corpus_tools._entity_rules.scan import Scanner
    from corpus_tools._entity_rules.words import align_to_words

    heads = sorted(ORG_HEADS, key=len, reverse=True)
    for k, (text, f) in enumerate(zip(texts, feats)):
        sc = Scanner(text)
        sc.place_starts, sc.place_ends = set(), {}
        found = [c for c in find_orgs(text, sc) if c.label == "ORG"]
        for c in found:
            c.text = text[c.start:c.end]
            c.text_head = next((h for h in heads if c.text.endswith(h)), "")
        for c in align_to_words(found, text, f):
            yield k, c


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--sentences", type=int, default=12000)
    args = ap.parse_args(argv)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from corpus_tools._charner import parse_features
    from corpus_tools._entity_rules.words import org_features

    data = {}
    for split, limit in (("train", args.sentences), ("test", 3442)):
        sents = read_bio(args.shared / "data" / "ner_msra" / f"msra_{split}_bio.txt", limit)
        texts = [t for t, _ in sents]
        feats = parse_features(texts)
        X, y = [], []
        for k, c in candidates(texts, feats):
            X.append(org_features(c, texts[k], feats[k], []))
            y.append(int(c.end in sents[k][1]))
        data[split] = (X, np.array(y))
        print(f"MSRA {split}: {len(texts)} sentences, {len(y)} ORG candidates, {y and np.mean(y):.2f} are ORG ends")
    vec = DictVectorizer()
    Xtr = vec.fit_transform(data["train"][0])
    clf = LogisticRegression(C=0.5, max_iter=2000, class_weight=None).fit(Xtr, data["train"][1])
    Xte, yte = vec.transform(data["test"][0]), data["test"][1]
    p = clf.predict_proba(Xte)[:, 1]
    for thr in (0.0, 0.1, 0.2, 0.3, 0.5):
        keep = p >= thr
        tp = int((keep & (yte == 1)).sum())
        print(f"  threshold {thr:.1f}: kept {int(keep.sum())}/{len(yte)}, precision {tp / max(1, keep.sum()):.3f}, "
              f"recall of true candidates {tp / max(1, (yte == 1).sum()):.3f}")
    save_logistic(OUT, vec, clf, "ORG candidate filter; trained by training/ner/train_org_filter.py on MSRA NER "
                  "train (candidates of the head rules labelled by MSRA ORG ends); see docs/model_card_org_filter.md.")


def save_logistic(path: Path, vec, clf, about: str, *, extra=None, keep=lambda weights: {}) -> dict:
    """Write a fitted logistic regression as JSON (``about``, ``intercept``, ``weights`` by feature
    name, plus *extra* and ``keep(weights)`` entries) and print its strongest weights."""
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 1e-3}
    out = {"about": about, "intercept": round(float(clf.intercept_[0]), 4), "weights": weights,
           **(extra or {}), **keep(weights)}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("most negative:", top[:12])
    print("most positive:", top[-12:])
    print(f"{len(weights)} weights -> {path} ({path.stat().st_size // 1024} KB)")
    return out


if __name__ == "__main__":
    main()
