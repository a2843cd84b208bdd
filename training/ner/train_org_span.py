"""Train the organisation span model: ``corpus_tools/data/entities/org_span.json``.

    /work/venv/bin/python training/ner/train_org_span.py [--shared ../shared] [--test-days 4]
    /work/venv/bin/python training/ner/train_org_span.py --cv [--dev2 /work/dev2]

Silver spans: every bracketed ``[…]nt`` compound and every ``nt`` word of People's Daily 1998
(``people_daily_1998/199801.txt``) is one organisation. For every occurrence of an organisation
head word (``data/entities/org_heads.txt``) each candidate start of
:func:`corpus_tools._entity_rules.orgspan.candidate_starts` is one example, labelled 1 when
``text[start:head end]`` is exactly a silver span. The features are those of
:func:`~corpus_tools._entity_rules.orgspan.span_features`, read off the corpus' own words and
tags (the shipped segmenter was trained on this corpus and reproduces them closely). A logistic
regression learns the weights; only the weights ship (JSON).

``--cv`` trains nothing: it chooses ``heads.ORG_SPAN_POLICY`` (how the shipped model joins the
head rules) by leave-one-report-out over the development documents (seeds 000/001 and the 15
tune reports of ``gold/entities-dev``, never the held-apart ones; with ``--dev2``, also the reports
of that folder): for each document, the policy with the best ORG F1 on the others is scored on it.

The last ``--test-days`` days are held out: the script prints, on them, how often the best
start of a head that ends a silver organisation is exactly right, and precision/recall of
"best start with probability >= t" as an organisation detector, next to the head rules'
own spans (:func:`corpus_tools._entity_rules.heads.find_orgs` without a gazetteer).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
OUT = REPO / "corpus_tools" / "data" / "entities" / "org_span.json"


def read_1998(path: Path, *, guide: bool = True):
    """Paragraphs of the 1998 corpus: (day, text, per-character features, ORG spans).

    With *guide*, bare bodies the annotation guide counts (:func:`_bare_bodies`) are spans too."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = line.split()
        if len(toks) < 2:
            continue
        day = toks[0][:8]
        text, feats, spans, words = [], [], set(), []
        pos = 0
        open_at = None
        for tok in toks[1:]:
            if tok.startswith("[") and "/" in tok:
                open_at = pos
                tok = tok[1:]
            close = None
            m = re.match(r"^(.*)\](\w+)$", tok)
            if m:
                tok, close = m.group(1), m.group(2)
            word, _, tag = tok.rpartition("/")
            if not word:
                continue
            n = len(word)
            words.append((pos, pos + n, word, tag))
            feats += ["S-" + tag] if n == 1 else ["B-" + tag] + ["I-" + tag] * (n - 2) + ["E-" + tag]
            text.append(word)
            if tag == "nt" and open_at is None:
                spans.add((pos, pos + n))
            pos += n
            if close is not None:
                if close == "nt" and open_at is not None:
                    spans = {sp for sp in spans if not (open_at <= sp[0] and sp[1] <= pos)}
                    spans.add((open_at, pos))
                open_at = None
        if guide:
            spans |= _bare_bodies(words, spans)
        out.append((day, "".join(text), feats, spans))
    return out


_ADMIN = "县市省区乡镇旗州"


def _bare_bodies(words, spans) -> set[tuple[int, int]]:
    """Spans the annotation guide counts as organisations and 1998 leaves as common nouns:
    a government or Party body named by its level (县委, 市政府, 乡党委) and a department after
    a one-character level (省/n 工商局/n, 县/n 医院/n), with a place name written right before
    them (高邑/ns 县委/n)."""
    from corpus_tools._entity_rules.heads import GOV_HEADS
    from corpus_tools._entity_rules.lexicon import ORG_HEADS

    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    out = set()
    for k, (a, b, w, tag) in enumerate(words):
        if a in covered:
            continue
        s = None
        if (w in GOV_HEADS or (w[:1] in _ADMIN and w[1:] in GOV_HEADS)) and len(w) >= 2:
            s = a
        elif k + 1 < len(words) and w in _ADMIN and len(w) == 1:
            a2, b2, w2, _ = words[k + 1]
            if a2 not in covered and w2.endswith(tuple(ORG_HEADS)) and len(w2) >= 2:
                s, b = a, b2
        if s is None:
            continue
        if k and words[k - 1][3] == "ns" and words[k - 1][0] not in covered:
            s = words[k - 1][0]
        out.add((s, b))
    return out


def head_matches(text: str, heads_re: re.Pattern, feats=None, learned=frozenset()):
    for m in heads_re.finditer(text):
        if m.start() > 0:
            if m.group() in learned and (feats is None or feats[m.end() - 1][:1] not in ("E", "S")):
                continue  # a learned head ends a word (…院, …委): never inside one
            yield m.start(), m.end(), m.group()


def learned_heads(paras, known, *, min_count: int = 20, min_precision: float = 0.4) -> list[str]:
    """Word endings of one or two characters that end a silver organisation at least
    *min_precision* of the times they end a word (院, 司, 委, 协, 视台 …), shortest forms only,
    leaving out endings of the listed heads."""
    tot: Counter = Counter()
    hit: Counter = Counter()
    for _, text, feats, spans in paras:
        ends = {e for _, e in spans}
        for i, f in enumerate(feats):
            if f[:1] in ("E", "S"):
                for L in (1, 2):
                    if i + 1 - L >= 0:
                        x = text[i + 1 - L:i + 1]
                        tot[x] += 1
                        hit[x] += (i + 1) in ends
    good = sorted((x for x in hit if hit[x] >= min_count and hit[x] / tot[x] >= min_precision
                   and x.isalpha() and not any(x.endswith(h) for h in known)), key=len)
    out: list[str] = []
    for x in good:
        if not any(x.endswith(y) for y in out):
            out.append(x)
    return out


def examples(paras, heads_re, vocab=frozenset(), learned=frozenset()):
    from corpus_tools._entity_rules.orgspan import candidate_starts, span_features

    for k, (_, text, feats, spans) in enumerate(paras):
        starts_by_end = {e: s for s, e in spans}
        for h0, h1, head in head_matches(text, heads_re, feats, learned):
            gold = starts_by_end.get(h1)
            for s in candidate_starts(text, feats, h0):
                yield k, h1, s, span_features(text, feats, s, h0, head, vocab=vocab), int(gold == s)


#: Policies tried by ``--cv``: (add, move, drop) of ``heads.ORG_SPAN_POLICY``; 2.0 switches one off.
CV_GRID = [(a, 2.0, d) for a in (0.5, 0.8, 2.0) for d in (0.0, 0.1, 0.15, 0.3)]


def cross_validate(shared: Path, dev2: Path | None = None, *, write: bool = False, open_sets: bool = False) -> None:
    """Leave-one-report-out choice of the policy; prints pooled ORG scores per document group.

    With *open_sets*, the documents are every open report of ``train_org_arbiter.open_documents``
    (seeds, tune reports, open dev parts, blind9-13, pages13-19) instead of seeds + tune (+ *dev2*)."""
    import warnings
    from collections import Counter

    sys.path.insert(0, str(REPO / "benchmarks"))
    from _report import machine_line, write_section

    from corpus_tools._entity_rules import heads
    from corpus_tools.entities import find_entities, model_spans
    from corpus_tools.scoring.entities import gold_documents

    warnings.simplefilter("ignore")
    if open_sets:
        from dataclasses import replace

        from train_org_arbiter import open_documents

        docs = [replace(d, stem=f"{d.source}/{d.stem}") for d in open_documents(shared)]
        docs = [replace(d, source="dev2" if d.source not in ("seeds", "edev") else d.source) for d in docs]
    else:
        docs = gold_documents(shared / "gold" / "entities")
        docs += [d for d in gold_documents(shared / "gold" / "entities-dev") if d.part == "tune"]
    if dev2 is not None:
        docs += gold_documents(dev2 / "entities", pages_dir=dev2 / "texts", source="dev2")
    spans = model_spans([d.text for d in docs])
    saved = dict(heads.ORG_SPAN_POLICY)
    per: dict = {}
    for cfg in CV_GRID:
        heads.ORG_SPAN_POLICY.update(add=cfg[0], move=cfg[1], drop=cfg[2])
        for d, sp in zip(docs, spans):
            p = Counter((e.text, e.label) for e in find_entities(d.text, county_code=d.county_code, spans=sp)
                        if e.label == "ORG")
            g = Counter({k: v for k, v in d.gold.items() if k[1] == "ORG"})
            tp = sum((g & p).values())
            per[(cfg, d.stem)] = (tp, sum(p.values()) - tp, sum(g.values()) - tp)
    heads.ORG_SPAN_POLICY.clear()
    heads.ORG_SPAN_POLICY.update(saved)

    def f1(t):
        return 2 * t[0] / max(1, 2 * t[0] + t[1] + t[2])

    def total(cfg, stems):
        return [sum(per[(cfg, x)][i] for x in stems) for i in range(3)]

    groups = [("seeds + 15 tune reports", [d.stem for d in docs if d.source != "dev2"])]
    if open_sets:
        groups += [("newest open (blind12-13, pages19)", [d.stem for d in docs if d.stem.startswith(("blind12/", "blind13/", "pages19/"))])]
    if dev2 is not None or open_sets:
        groups += [("other open reports" if open_sets else "dev2", [d.stem for d in docs if d.source == "dev2"]), ("all", [d.stem for d in docs])]
    lines = ["## ORG span model: policy by leave-one-report-out (`training/ner/train_org_span.py --cv`)", "",
             machine_line(), "",
             f"Command: `python training/ner/train_org_span.py --cv{' --dev2 ' + str(dev2) if dev2 else ''}`. "
             "For each document, the policy (add, move, drop of `heads.ORG_SPAN_POLICY`; 2.0 = off) with the best "
             "ORG F1 on the other documents is scored on it; ORG counts pooled over the documents. "
             "\"Model off\" = the same rules without the span model. The held-apart reports are not used.", "",
             "| documents | LOO ORG tp/fp/fn | LOO ORG F1 | model off tp/fp/fn | model off F1 | policies chosen |",
             "|---|---|---:|---|---:|---|"]
    for name, stems in groups:
        got, chosen = [0, 0, 0], Counter()
        for x in stems:
            best = max(CV_GRID, key=lambda c: (f1(total(c, [y for y in stems if y != x])), -CV_GRID.index(c)))
            chosen[best] += 1
            got = [a + b for a, b in zip(got, per[(best, x)])]
        off = total((2.0, 2.0, 0.0), stems)
        print(f"{name} ({len(stems)} documents): leave-one-report-out ORG tp/fp/fn {got} F1 {f1(got):.3f}; "
              f"model off {off} F1 {f1(off):.3f}; policies chosen {dict(chosen)}")
        lines.append(f"| {name} ({len(stems)}) | {got} | {f1(got):.3f} | {off} | {f1(off):.3f} | "
                     + ", ".join(f"{c}: {k}" for c, k in chosen.most_common()) + " |")
    for cfg in CV_GRID:
        print("  ", cfg, "all documents: ORG F1 %.3f" % f1(total(cfg, [d.stem for d in docs])))
    if write:
        sys.stderr.write(f"wrote {write_section('org-span', chr(10).join(lines))}\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--test-days", type=int, default=4)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--min-vocab", type=int, default=25)
    ap.add_argument("--cv", action="store_true", help="choose the policy by leave-one-report-out; no training")
    ap.add_argument("--dev2", type=Path, default=None, help="a second development folder (texts/, entities/)")
    ap.add_argument("--open", action="store_true", help="with --cv: every open report (train_org_arbiter.open_documents)")
    ap.add_argument("--write", action="store_true", help="with --cv: write the org-span section of docs/benchmarks.md")
    args = ap.parse_args(argv)
    if args.cv:
        cross_validate(args.shared, args.dev2, write=args.write, open_sets=args.open)
        return
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from corpus_tools._entity_rules.heads import find_orgs
    from corpus_tools._entity_rules.lexicon import ORG_HEADS
    from corpus_tools._entity_rules.orgspan import _prev_word, _word_at, candidate_starts
    from corpus_tools._entity_rules.scan import Scanner
    from train_org_filter import save_logistic

    paras = read_1998(args.shared / "data" / "people_daily_1998" / "199801.txt")
    days = sorted({d for d, *_ in paras})
    test_days = set(days[-args.test_days:])
    train = [p for p in paras if p[0] not in test_days]
    test = [p for p in paras if p[0] in test_days]
    learned = learned_heads(train, ORG_HEADS)
    print(f"learned heads ({len(learned)}):", " ".join(learned))
    heads_re = re.compile("|".join(sorted(map(re.escape, set(ORG_HEADS) | set(learned)), key=len, reverse=True)))

    # word forms known to the model: first words and words before candidates, frequent in train
    counts: Counter = Counter()
    for _, text, feats, _ in train:
        for h0, h1, head in head_matches(text, heads_re, feats, learned):
            for s in candidate_starts(text, feats, h0):
                if feats[s][:1] in ("B", "S"):
                    counts[_word_at(text, feats, s)] += 1
                if s > 0 and (text[s - 1].isalnum()):
                    counts[text[_prev_word(feats, s):s]] += 1
    vocab = frozenset(w for w, c in counts.items() if c >= args.min_vocab)
    print(f"1998: {len(train)} train paragraphs, {len(test)} test paragraphs; vocab {len(vocab)} words")

    def matrix(ps):
        rows = list(examples(ps, heads_re, vocab, frozenset(learned)))
        return rows, [dict.fromkeys(r[3], 1) for r in rows], np.array([r[4] for r in rows])

    tr_rows, Xtr_d, ytr = matrix(train)
    te_rows, Xte_d, yte = matrix(test)
    print(f"train examples {len(ytr)} ({ytr.sum()} positive); test {len(yte)} ({yte.sum()} positive)")
    vec = DictVectorizer()
    Xtr = vec.fit_transform(Xtr_d)
    clf = LogisticRegression(C=args.C, max_iter=3000).fit(Xtr, ytr)
    p = clf.predict_proba(vec.transform(Xte_d))[:, 1]

    # held-out evaluation: best start per head end
    best: dict[tuple[int, int], tuple[float, int, int]] = {}
    for (k, h1, s, _, y), pr in zip(te_rows, p):
        if (k, h1) not in best or pr > best[(k, h1)][0]:
            best[(k, h1)] = (pr, s, y)
    gold_ends = {(k, e): s for k, (_, _, _, spans) in enumerate(test) for s, e in spans}
    reach = {(k, e) for (k, e) in gold_ends if (k, e) in best}
    exact = sum(1 for key in reach if best[key][1] == gold_ends[key])
    print(f"held-out days: {len(gold_ends)} silver ORG spans, {len(reach)} end at a head; "
          f"best start exact on {exact}/{len(reach)} = {exact / max(1, len(reach)):.3f}")
    for t in (0.3, 0.4, 0.5, 0.6):
        pred = {(k, best[(k, h1)][1], h1) for (k, h1) in best if best[(k, h1)][0] >= t}
        gold = {(k, s, e) for (k, e), s in gold_ends.items() if (k, e) in reach}
        tp = len(pred & gold)
        print(f"  p >= {t}: P {tp / max(1, len(pred)):.3f} R {tp / max(1, len(gold)):.3f} (of spans ending at a head)")
    # the head rules on the same paragraphs (no gazetteer), for comparison
    rule = set()
    for k, (_, text, _, _) in enumerate(test):
        sc = Scanner(text)
        sc.place_starts, sc.place_ends = set(), {}
        rule |= {(k, c.start, c.end) for c in find_orgs(text, sc) if c.label == "ORG"}
    gold = {(k, s, e) for (k, e), s in gold_ends.items() if (k, e) in reach}
    tp = len(rule & gold)
    print(f"  head rules: P {tp / max(1, len(rule)):.3f} R {tp / max(1, len(gold)):.3f}")

    save_logistic(OUT, vec, clf, "ORG span model: probability that text[start:head end] is one organisation; trained "
                  "by training/ner/train_org_span.py on People's Daily 1998 [..]nt / nt spans; see "
                  "docs/model_card_org_span.md.",
                  extra={"trained_on": f"People's Daily 1998, {len(days) - args.test_days} days ({len(ytr)} candidate starts)",
                         "held_out_best_start_exact": round(exact / max(1, len(reach)), 4), "heads": learned},
                  keep=lambda w: {"vocab": sorted(vocab & {n[3:] for n in w if n.startswith(("w0=", "wp="))})})

if __name__ == "__main__":
    main()
