"""Build the personal-name length model: ``corpus_tools/data/entities/name_model.json``.

    /work/venv/bin/python training/ner/build_name_model.py [--shared ../shared]

A Chinese personal name is a surname (one character, or a compound such as 欧阳) and a given
name of one or two characters. Whether the character after surname + first given character is
still part of the name (闫春旸 vs 郜翀率队, 冯骁出席) is decided from character statistics,
not from a list of the names seen:

* **character statistics** from People's Daily 1998 (PKU tags; ``江/nr 泽民/nr``): for every
  character, how often it occurs at all, inside a given name, as the first character of a
  longer word, as a one-character word and as a surname; the two-character words and the
  four-character idioms (tags i, l: 柯俊|语重心长) of the corpus;
* **a logistic regression** on those statistics, trained on the person spans of MSRA NER
  (a different corpus, so the statistics are not fitted to the spans they score): for every
  PER span of a Chinese name (surname first, 2 to 4 characters), is the name 3 characters
  long (or 4 with a compound surname) rather than 2 (3)?

Only the derived numbers ship (character counts of the characters that occur in a given
name or as a surname, word pairs that start with such a character, and a dozen weights);
the research corpora do not. Prints the held-out accuracy on MSRA test against the rule it
replaces (a name ends where a boundary character follows).
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "name_model.json"
CJK = re.compile(r"[\u4e00-\u9fff]")
TOKEN = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")


def corpus_stats(path: Path) -> dict:
    """Character and word statistics of People's Daily 1998."""
    total, given, wstart, single, surname = Counter(), Counter(), Counter(), Counter(), Counter()
    pairs: Counter = Counter()
    idioms: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = TOKEN.findall(line)[1:]  # the first token is the paragraph id
        prev_nr = False
        for k, (w, t) in enumerate(toks):
            for ch in w:
                total[ch] += 1
            nxt = toks[k + 1] if k + 1 < len(toks) else ("", "")
            if t == "nr":
                if not prev_nr and nxt[1] == "nr" and len(w) <= 2:
                    surname[w] += 1
                elif prev_nr and len(w) <= 2:
                    for ch in w:
                        given[ch] += 1
                prev_nr = True
                continue
            prev_nr = False
            if t in ("i", "l") and len(w) == 4:
                idioms[w] += 1
            if len(w) == 1:
                single[w] += 1
            elif CJK.match(w[0]):
                wstart[w[0]] += 1
                if len(w) == 2:
                    pairs[w] += 1
    return {"total": total, "given": given, "wstart": wstart, "single": single, "surname": surname, "pairs": pairs,
            "idioms": idioms}


class Stats:
    """Lookups over the shipped statistics (same formulas as :mod:`corpus_tools._entity_rules.names`)."""

    def __init__(self, chars: dict, pairs: set):
        self.chars = chars
        self.pairs = pairs

    def get(self, ch: str) -> tuple[int, int, int, int]:
        return tuple(self.chars.get(ch, (0, 0, 0, 0)))[:4]


def features(text: str, g: int, stats: Stats) -> list[float]:
    """Features of "the character at *g* continues the name" (g = index of the 2nd given char)."""
    c = text[g] if g < len(text) else ""
    prev = text[g - 1]
    nxt = text[g + 1] if g + 1 < len(text) else ""
    tot, giv, ws, sg = stats.get(c)
    ptot, pgiv, _, _ = stats.get(prev)
    return [
        math.log((giv + 1) / (tot + 2)),          # c is a given-name character
        math.log((ws + 1) / (tot + 2)),           # c starts a longer word
        math.log((sg + 1) / (tot + 2)),           # c is a one-character word
        math.log(tot + 1),                         # c is rare
        float((c + nxt) in stats.pairs),           # c + next is a word (冯骁|出席)
        float((prev + c) in stats.pairs),          # first given + c is a word (春光)
        math.log((pgiv + 1) / (ptot + 2)),        # the first given character is a name character
        float(not nxt or not CJK.match(nxt)),      # a boundary follows c
    ]


FEATURE_NAMES = ["given_rate", "word_start_rate", "single_rate", "log_count", "pair_right", "pair_left",
                 "prev_given_rate", "boundary_after"]


def msra_sentences(path: Path):
    """Every sentence of an MSRA NER BIO file as (text, PER spans as (start, end) pairs)."""
    chars: list[str] = []
    tags: list[str] = []

    def spans():
        out, i = [], 0
        while i < len(tags):
            if tags[i] == "B-PER":
                j = i + 1
                while j < len(tags) and tags[j] == "I-PER":
                    j += 1
                out.append((i, j))
                i = j
            else:
                i += 1
        return out

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) != 2:
            if chars:
                yield "".join(chars), spans()
            chars, tags = [], []
            continue
        chars.append(parts[0])
        tags.append(parts[1])
    if chars:
        yield "".join(chars), spans()


def msra_examples(path: Path, surnames: set, stats: Stats):
    """(features, label) for every Chinese-name PER span of MSRA: label 1 = the longer name."""
    X, y, base = [], [], []
    for text, spans in msra_sentences(path):
        for i, j in spans:
            name = text[i:j]
            sl = 2 if name[:2] in surnames and len(name) >= 3 else 1
            if name[:sl] in surnames and 2 <= len(name) - sl + 1 <= 3 and all(CJK.match(ch) for ch in name):
                g = i + sl + 1
                if g < len(text) and CJK.match(text[g]):
                    X.append(features(text, g, stats))
                    y.append(int(len(name) - sl == 2))
                    base.append(int(not _boundary(text[g])))
    return np.array(X), np.array(y), np.array(base)


_AFTER = set("，。、：；！？“”（）()说介表笑告透称坦感回指认谈讲道来去在是和与的等们正带也都还就对把向为被已将又家入获担")


def _boundary(ch: str) -> bool:
    return ch in _AFTER


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-pair", type=int, default=2, help="two-character words seen at least this often")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    st = corpus_stats(args.shared / "data" / "people_daily_1998" / "199801.txt")
    # ship the characters a name can contain (given or surname) or that follow one often
    keep = set(st["given"]) | {s for s in st["surname"] if len(s) == 1}
    for w in st["surname"]:
        keep |= set(w)
    chars = {ch: (st["total"][ch], st["given"][ch], st["wstart"][ch], st["single"][ch], st["surname"][ch]) for ch in keep}
    # other frequent characters (verbs, particles after a name) with their counts too
    for ch, n in st["total"].items():
        if n >= 20 and CJK.match(ch):
            chars[ch] = (n, st["given"][ch], st["wstart"][ch], st["single"][ch], st["surname"][ch])
    pairs = {w for w, n in st["pairs"].items() if n >= args.min_pair}
    stats = Stats(chars, pairs)
    surnames = {w for w, n in st["surname"].items() if n >= 2}
    msra = args.shared / "data" / "ner_msra"
    Xtr, ytr, _ = msra_examples(msra / "msra_train_bio.txt", surnames, stats)
    Xte, yte, base = msra_examples(msra / "msra_test_bio.txt", surnames, stats)
    clf = LogisticRegression(C=1.0, max_iter=1000).fit(Xtr, ytr)
    acc = (clf.predict(Xte) == yte).mean()
    print(f"MSRA train {len(ytr)} names ({ytr.mean():.2f} long), test {len(yte)}: "
          f"accuracy {acc:.3f}; boundary rule {(base == yte).mean():.3f}; always long {(yte == 1).mean():.3f}")
    for name, w in zip(FEATURE_NAMES, clf.coef_[0]):
        print(f"  {name:16s} {w:+.3f}")
    out = {
        "about": "Personal-name length model; built by training/ner/build_name_model.py from People's Daily 1998 "
                 "character statistics, weights fitted on MSRA NER train (see docs/model_card_names.md).",
        "features": FEATURE_NAMES,
        "coef": [round(float(w), 5) for w in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 5),
        "msra_test_accuracy": round(float(acc), 4),
        "surnames": sorted(w for w, n in st["surname"].items() if n >= 2),
        "chars": {ch: list(v) for ch, v in sorted(chars.items())},
        "pairs": sorted(pairs & {w for w in pairs if w[0] in chars}),
        "idioms": sorted(w for w in st["idioms"] if w[0] in chars),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters, {len(out['pairs'])} word pairs -> {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
