"""Train the ORG candidate arbiter: ``corpus_tools/data/entities/org_arbiter.json``.

    /work/venv/bin/python training/ner/train_org_arbiter.py [--shared ../shared] [--dev-root /work]
        [--invented tests/data/invented_pages] [--sets seeds,edev,...] [--c 0.1,0.3,1.0] [--silver 1500]
        [--cache F.pkl] [--no-write | --no-cv --threshold T --drop D] [--pages [--page-weight W] [--hold-pages]]

Data (:data:`ALL_SETS`, the default; twentieth round): only documents that exist in the repository or can be
rebuilt from it plus ``../shared`` — seed pages 000/001, the tune reports of ``gold/entities-dev`` (never the five
held apart), the open parts of dev4–dev9 (``d4_01``–``d4_08``, ``dN_01``–``dN_10``; never their kept-apart
reports; texts rebuilt with ``python benchmarks/gold_texts.py benchmarks/gold/devN --out /work/devN``) and the ten
invented pages of ``tests/data/invented_pages`` (their truth files list each distinct ``[text, label]`` once, so
they are scored on distinct pairs, :data:`DISTINCT_SETS`), plus ``--silver N`` People's Daily 1998 paragraphs
(default 1,500: without them the refit changes nothing under cross-validation). A default set whose folder is
missing stops the run (``--allow-missing`` trains on what is there); the blind9–13 and pages13–19 documents the
eighteenth-round model was also fitted on were lost with a wiped machine and are refused by name
(:data:`LOST_SETS`). Re-run it after a new NER model (its ORG spans are one of the candidate sources). Each report is tagged by
:func:`corpus_tools.entities.find_entities` with the arbiter switched off; every candidate of
:func:`corpus_tools._entity_rules.arbiter.org_candidates` that the arbiter could add
(:func:`~corpus_tools._entity_rules.arbiter.fits`: no organisation yet, cutting into no entity) is
one example, and so is every organisation the rules found; each is labelled 1 when the report's
gold has ``(text, ORG)`` for it. Features:
:func:`~corpus_tools._entity_rules.arbiter.candidate_features`; scikit-learn
``LogisticRegression`` (``--c``, balanced classes off).

With ``--pages`` the open invented page sets of ``benchmarks/gold`` (:data:`PAGE_SETS`) also train (each candidate
weighing ``--page-weight``); they are never held out, so the choice is still made on the reports. ``--hold-pages``
holds out one page set at a time instead (the reports and the other page sets train): the shipped model never saw
those pages, so that table compares it with a refit on unseen text (thirty-first round, ``docs/model_card_org_arbiter.md``).

Leave-one-report-out: for each report the model is fitted on the others and the arbiter, with
that model, is applied to the report; ORG and micro F1 over all labels are pooled over the held-out
reports, for each pair of an add threshold (:data:`THRESHOLDS`) and a drop threshold
(:data:`DROPS`), next to the same reports without the arbiter. The shipped pair is the one with the
best pooled ORG F1 that does not lower the pooled micro F1 (the choice is made on the same folds,
so the best row is slightly optimistic; the *nested* line scores each report with the setting chosen
on the other reports' out-of-fold results); (1.01, 0.0) switches the arbiter off. The final model is
fitted on all the open reports (and the silver paragraphs, with ``--silver N``). With several ``--c`` values each is
cross-validated and the one with the best nested ORG F1 is shipped.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
OUT = REPO / "corpus_tools" / "data" / "entities" / "org_arbiter.json"
THRESHOLDS = (0.5, 0.7, 0.9, 1.01)
DROPS = (0.0, 0.05, 0.1, 0.2, 0.3)
#: The open reports of each development set (their kept-apart reports are never read).
OPEN_DEV = {4: tuple(f"d4_{i:02d}" for i in range(1, 9)),
            **{n: tuple(f"d{n}_{i:02d}" for i in range(1, 11)) for n in (5, 6, 7, 8, 9)}}
#: The invented pages of the repository that carry entity gold (``<county>/<page>.txt`` + ``.json`` whose
#: ``entities`` list each distinct ``[text, label]`` of the page once: no counts, so they are scored on distinct pairs).
INVENTED = REPO / "tests" / "data" / "invented_pages"
#: Sets whose gold lists distinct pairs without counts (scored on sets of pairs, not multisets).
DISTINCT_SETS = frozenset({"invented"})
#: Every set name :func:`open_documents` knows, in the order they are read: all of them exist in the repository
#: or can be rebuilt from it plus ``../shared`` (``benchmarks/gold_texts.py`` for dev4-dev9).
ALL_SETS = ("seeds", "edev", *(f"dev{n}" for n in OPEN_DEV), "invented")
#: The open invented page sets of ``benchmarks/gold`` (thirty-first round: every page open; pages32o is the round's
#: check and is never read). They only train: leave-one-report-out holds out the report sets alone, so the choice of
#: model and thresholds is made on People's Daily reports.
PAGE_SETS = (*(f"pages{n}" for n in range(21, 30)), *(f"pages{n}o" for n in range(26, 32)))
#: Where :data:`PAGE_SETS` live (``<set>/entities/<stem>.json`` + ``<set>/texts/<stem>.txt``).
PAGE_ROOT = REPO / "benchmarks" / "gold"
#: The retired blind sets released as training data (blind9-11 in the sixteenth round, blind12-13 in the eighteenth)
#: and the studied invented pages13-19: open, but lost with a wiped machine in the nineteenth round (other training
#: scripts read these numbers to know which sets are open).
OPEN_BLIND = (9, 10, 11, 12, 13)
OPEN_PAGES = (13, 14, 15, 16, 17, 18, 19)
#: Sets the eighteenth-round model was also trained on and that no longer exist; named only to refuse them clearly.
LOST_SETS = (*(f"blind{n}" for n in OPEN_BLIND), *(f"pages{n}" for n in OPEN_PAGES))


def _invented_documents(folder: Path) -> list:
    """The invented pages of *folder* (``<county>/<page>.txt`` + ``.json`` with ``entities``) as GoldDocs;
    the gold counts each distinct pair once (see :data:`DISTINCT_SETS`)."""
    from corpus_tools.scoring.entities import GoldDoc, page_text
    from corpus_tools.text import strip_spaces

    docs = []
    for js in sorted(folder.glob("*/*.json")):
        src = js.with_suffix(".txt")
        truth = json.loads(js.read_text(encoding="utf-8"))
        if not src.exists() or not truth.get("entities"):
            continue
        gold = Counter({(strip_spaces(t).strip("“”"), lab): 1 for t, lab in truth["entities"]})
        docs.append(GoldDoc(f"{js.parent.name}/{js.stem}", "invented", "tune",
                            page_text(src.read_text(encoding="utf-8-sig")), gold, truth.get("county_code")))
    return docs


def open_documents(shared: Path, dev_root: Path = Path("/work"), sets: "tuple[str, ...]" = ALL_SETS,
                   invented: Path = INVENTED) -> list:
    """The open reports of *sets* (see :data:`ALL_SETS` and the module docstring) as GoldDocs, each
    with its set name as ``source``; a set whose folder is missing is skipped with a notice (the caller refuses
    a partial refit)."""
    from corpus_tools.scoring.entities import gold_documents

    lost = [name for name in sets if name in LOST_SETS]
    if lost:
        raise ValueError(f"sets {lost!r} were lost with the wiped machine (nineteenth round) and cannot be rebuilt; "
                         f"open sets: {', '.join(ALL_SETS)}")
    closed = [name for name in sets if name not in ALL_SETS and name not in PAGE_SETS]
    if closed:  # blind sets still sealed, the check fold, kept-apart reports, unknown names
        raise ValueError(f"sets {closed!r} are not open training data; open sets: {', '.join(ALL_SETS)}")
    docs = []
    for name in sets:
        if name == "seeds":
            docs += [_with_source(d, "seeds") for d in gold_documents(shared / "gold" / "entities")]
        elif name == "edev":
            docs += [_with_source(d, "edev") for d in gold_documents(shared / "gold" / "entities-dev", source="dev")
                     if d.part == "tune"]
        elif name in PAGE_SETS:
            folder = PAGE_ROOT / name
            docs += gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
        elif name == "invented":
            if invented.is_dir():
                docs += _invented_documents(invented)
            else:
                print(f"no {invented}: invented skipped", file=sys.stderr)
        else:
            folder = dev_root / name
            if (folder / "texts").is_dir():
                docs += [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
                         if d.stem in OPEN_DEV[int(name[3:])]]
            else:
                print(f"no {folder}/texts: {name} skipped (rebuild it with python benchmarks/gold_texts.py "
                      f"benchmarks/gold/{name} --out {folder})", file=sys.stderr)
    return docs


def _with_source(d, source: str):
    from dataclasses import replace

    return replace(d, source=source)


def _candidates(texts, **find_kw):
    """For each ``(key, text, county_code)`` of *texts*: ``(key, text, ents, feats, spans, cands, X)``,
    the entities just before the arbiter and its candidates' features (a text the arbiter never
    sees, e.g. without model spans, is skipped)."""
    from corpus_tools import entities
    from corpus_tools._entity_rules import arbiter

    seen = []
    real = arbiter.arbitrate

    def record(ents, text, feats, model_spans=()):
        seen.append((list(ents), feats, list(model_spans)))
        return ents

    arbiter.arbitrate = record
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for key, text, code in texts:
                seen.clear()
                entities.find_entities(text, county_code=code, **find_kw)
                if not seen:
                    continue
                ents, feats, spans = seen[0]
                cands = [c for c in arbiter.org_candidates(text, ents, feats, spans)
                         if arbiter.fits(c, ents) or "found" in c.sources]
                yield key, text, ents, feats, spans, cands, [arbiter.candidate_features(text, c, ents, feats) for c in cands]
    finally:
        arbiter.arbitrate = real


def collect(docs: list) -> list[dict]:
    """Per report: its text, gold, the entities before the arbiter and the candidates' features."""
    out = []
    for d, text, ents, feats, spans, cands, X in _candidates((d, d.text, d.county_code) for d in docs):
        gold_orgs = {t for (t, lab) in d.gold if lab == "ORG"}
        y = [int(text[c.start:c.end].replace(" ", "") in gold_orgs) for c in cands]
        out.append({"doc": d, "ents": ents, "feats": feats, "spans": spans, "X": X, "y": y})
    return out


def silver_rows(shared: Path, n: int, every: int = 7) -> list[dict]:
    """Silver examples from People's Daily 1998: every *every*-th paragraph of ``199801.txt`` (at
    most *n*), tagged as a report is; a candidate is positive when it is exactly a bracketed
    ``[…]nt`` compound, an ``nt`` word or a bare level body (县委, 市政府) of that paragraph
    (:func:`train_org_span.read_1998`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_org_span import read_1998

    paras = [p for k, p in enumerate(read_1998(shared / "data" / "people_daily_1998" / "199801.txt"))
             if k % every == 0 and len(p[1]) >= 20][:n]
    out = []
    for spans, _, _, _, _, cands, X in _candidates(((sp, text, None) for _, text, _, sp in paras), infer=False):
        out.append({"doc": None, "X": X, "y": [int((c.start, c.end) in spans) for c in cands]})
    return out


def fit(rows: list[dict], c: float, page_weight: float = 1.0) -> dict:
    """A logistic regression over the feature names of *rows*, as the shipped JSON dict; the candidates of the
    invented page sets (:data:`PAGE_SETS`) weigh *page_weight* each, every other candidate 1."""
    from sklearn.linear_model import LogisticRegression

    vocab = sorted({f for r in rows for x in r["X"] for f in x})
    index = {f: k for k, f in enumerate(vocab)}
    from scipy.sparse import csr_matrix

    cols, ptr, y, wt = [], [0], [], []
    for r in rows:
        w = page_weight if r["doc"] is not None and r["doc"].source in PAGE_SETS else 1.0
        for x, lab in zip(r["X"], r["y"]):
            cols += sorted({index[f] for f in x})
            ptr.append(len(cols))
            y.append(lab)
            wt.append(w)
    X = csr_matrix((np.ones(len(cols), dtype=np.float64), cols, ptr), shape=(len(y), len(vocab)))
    lr = LogisticRegression(C=c, max_iter=2000).fit(X, np.array(y), sample_weight=np.array(wt))
    w = {f: round(float(v), 4) for f, v in zip(vocab, lr.coef_[0]) if abs(v) >= 1e-4}
    return {"intercept": round(float(lr.intercept_[0]), 4), "weights": w}


def _pairs(ents, text, distinct: bool = False) -> Counter:
    """The (text, label) pairs of *ents*; with *distinct* each pair once (gold without counts)."""
    out = Counter((text[c.start:c.end].replace(" ", ""), c.label) for c in ents if c.label != "_")
    return Counter(dict.fromkeys(out, 1)) if distinct else out


def _score(pred: Counter, gold: Counter, label: "str | None") -> tuple[int, int, int]:
    if label is not None:
        pred = Counter({k: v for k, v in pred.items() if k[1] == label})
        gold = Counter({k: v for k, v in gold.items() if k[1] == label})
    tp = sum((pred & gold).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def _f1(t: tuple[int, int, int]) -> float:
    tp, fp, fn = t
    return 2 * tp / max(2 * tp + fp + fn, 1)


def cross_validate(rows: list[dict], c: float, page_weight: float = 1.0, hold_pages: bool = False) -> dict:
    """Pooled (tp, fp, fn) for ORG and micro, without the arbiter and per threshold, leave-one-report-out;
    ``totals["per_report"]`` keeps each held-out report's set name and tallies (for the nested choice
    and the per-set table). With *hold_pages* the invented page sets are held out instead, a whole set at a
    time (leave-one-set-out: a set's pages share a writer), and the reports only train."""
    from corpus_tools._entity_rules import arbiter

    totals: dict = {}
    per_report: list[dict] = []  # each held-out report's (tp, fp, fn) per setting, for the nested choice
    sets: list[str] = []

    def bump(key, t):
        a = totals.setdefault(key, [0, 0, 0])
        for k in range(3):
            a[k] += t[k]
        one = per_report[-1].setdefault(key, [0, 0, 0])
        for k in range(3):
            one[k] += t[k]

    by_set: dict = {}  # with hold_pages: one model a held-out page set
    for k, r in enumerate(rows):
        d = r["doc"]
        if d is None or (d.source in PAGE_SETS) != hold_pages:
            continue  # silver rows only train; so do the page sets (or, with hold_pages, the reports)
        per_report.append({})
        sets.append(d.source)
        gold = Counter({(t.replace(" ", ""), lab): v for (t, lab), v in d.gold.items()})
        distinct = d.source in DISTINCT_SETS
        base = _pairs(r["ents"], d.text, distinct)
        bump(("off", "ORG"), _score(base, gold, "ORG"))
        bump(("off", "micro"), _score(base, gold, None))
        shipped = arbiter.arbiter_model()  # the model shipped before this run (never saw the newest sets)
        if shipped:
            after = arbiter.learned_arbitrate(r["ents"], d.text, r["feats"], r["spans"], threshold=shipped["threshold"],
                                              drop=shipped["drop"], score=lambda names: arbiter.probability(names, shipped),
                                              units=False)
            pairs = _pairs(after, d.text, distinct)
            bump(("shipped", "ORG"), _score(pairs, gold, "ORG"))
            bump(("shipped", "micro"), _score(pairs, gold, None))
        if hold_pages:
            if d.source not in by_set:
                by_set[d.source] = fit([x for x in rows if x["doc"] is None or x["doc"].source != d.source], c,
                                       page_weight)
            model = by_set[d.source]
        else:
            model = fit([x for j, x in enumerate(rows) if j != k], c, page_weight)
        memo: dict = {}

        def score(names, model=model, memo=memo):
            key = tuple(names)
            if key not in memo:
                memo[key] = arbiter.probability(names, model)
            return memo[key]

        for th in THRESHOLDS:
            for dr in DROPS:
                after = arbiter.learned_arbitrate(r["ents"], d.text, r["feats"], r["spans"], threshold=th, drop=dr,
                                                  score=score,
                                                  units=False)  # the model alone (not unit_names' lower bar)
                pairs = _pairs(after, d.text, distinct)
                bump(((th, dr), "ORG"), _score(pairs, gold, "ORG"))
                bump(((th, dr), "micro"), _score(pairs, gold, None))
    totals["nested"] = nested_choice(per_report)
    totals["per_report"] = list(zip(sets, per_report))
    return totals


def _choose(tallies: dict) -> tuple:
    """The setting with the best ORG F1 that does not lower micro F1 (``off`` when none beats it)."""
    best, best_f = "off", _f1(tallies[("off", "ORG")])
    for th in THRESHOLDS:
        for dr in DROPS:
            key = (th, dr)
            if _f1(tallies[(key, "ORG")]) > best_f + 1e-9 and _f1(tallies[(key, "micro")]) >= _f1(tallies[("off", "micro")]):
                best, best_f = key, _f1(tallies[(key, "ORG")])
    return best


def nested_choice(per_report: list[dict]) -> dict:
    """Each report scored with the setting chosen on the other reports' out-of-fold results (the
    held-out report's outcome never picks its own threshold): pooled ORG and micro (tp, fp, fn) and
    how often each setting was chosen."""
    out = {"ORG": [0, 0, 0], "micro": [0, 0, 0], "chosen": Counter()}
    for k, mine in enumerate(per_report):
        rest: dict = {}
        for j, other in enumerate(per_report):
            if j != k:
                for key, t in other.items():
                    a = rest.setdefault(key, [0, 0, 0])
                    for i in range(3):
                        a[i] += t[i]
        key = _choose(rest)
        out["chosen"][key] += 1
        for lab in ("ORG", "micro"):
            for i in range(3):
                out[lab][i] += mine[(key, lab)][i]
    return out


def _pooled(tallies: list[dict], key) -> tuple[list[int], list[int]]:
    org, micro = [0, 0, 0], [0, 0, 0]
    for t in tallies:
        for i in range(3):
            org[i] += t[(key, "ORG")][i]
            micro[i] += t[(key, "micro")][i]
    return org, micro


def _prf_line(org, micro) -> str:
    tp, fp, fn = org
    return f"{tp / max(tp + fp, 1):.3f} | {tp / max(tp + fn, 1):.3f} | {_f1(tuple(org)):.3f} | {_f1(tuple(micro)):.3f}"


def per_set_table(per_report: list[tuple[str, dict]], chosen) -> list[str]:
    """ORG P/R/F1 and micro F1 per set of the held-out reports, rules alone and with *chosen*."""
    out = ["| set | reports | ORG gold | rules: ORG P | R | F1 | micro F1 | arbiter: ORG P | R | F1 | micro F1 |"
           " shipped before: ORG P | R | F1 | micro F1 |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    names = list(dict.fromkeys(s for s, _ in per_report))
    for name in names + ["all"]:
        sub = [t for s, t in per_report if name in (s, "all")]
        off = _pooled(sub, "off")
        on = _pooled(sub, chosen)
        line = f"| {name} | {len(sub)} | {off[0][0] + off[0][2]} | {_prf_line(*off)} | {_prf_line(*on)} |"
        if all(("shipped", "ORG") in t for t in sub):
            line += f" {_prf_line(*_pooled(sub, 'shipped'))} |"
        out.append(line)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--dev-root", type=Path, default=Path("/work"), help="folder of dev4 ... dev9 (default /work)")
    ap.add_argument("--invented", type=Path, default=INVENTED, help=f"folder of the invented pages (default {INVENTED})")
    ap.add_argument("--sets", default=",".join(ALL_SETS), help=f"comma-separated sets to train on (default: {','.join(ALL_SETS)})")
    ap.add_argument("--pages", action="store_true",
                    help=f"also train on the open invented page sets ({PAGE_SETS[0]} ... {PAGE_SETS[-1]}; never held out)")
    ap.add_argument("--hold-pages", action="store_true",
                    help="with --pages: cross-validate on the page sets (leave one set out), the reports only train")
    ap.add_argument("--page-weight", type=float, default=1.0, help="with --pages: the weight of a page candidate (default 1)")
    ap.add_argument("--c", default="0.1,0.3,1.0",
                    help="inverse regularisation of the logistic regression; several (comma-separated) are cross-validated "
                         "and the one with the best nested ORG F1 is shipped")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    ap.add_argument("--allow-missing", action="store_true",
                    help="train on the sets that are there when some folders are missing (default: refuse)")
    ap.add_argument("--no-cv", action="store_true", help="fit and write with --threshold/--drop, no cross-validation")
    ap.add_argument("--threshold", type=float, default=None, help="with --no-cv: the add threshold to ship")
    ap.add_argument("--drop", type=float, default=None, help="with --no-cv: the drop threshold to ship")
    ap.add_argument("--silver", type=int, default=1500, help="also train on this many People's Daily 1998 paragraphs")
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the collected candidates: read when it exists, else written (same code and model only)")
    args = ap.parse_args(argv)
    if args.no_cv and (args.threshold is None or args.drop is None):
        ap.error("--no-cv needs both --threshold and --drop (the settings to ship)")
    sets = tuple(s for s in args.sets.split(",") if s) + (PAGE_SETS if args.pages else ())
    if args.cache is not None and args.cache.exists():
        with open(args.cache, "rb") as fh:
            docs, rows, silver = pickle.load(fh)
        silver = silver[:args.silver]  # the cache holds the paragraphs it was written with; --silver 0 drops them
    else:
        try:
            docs = open_documents(args.shared, args.dev_root, sets, args.invented)
        except ValueError as exc:
            ap.error(str(exc))
        missing = [name for name in sets if not any(d.source == name for d in docs)]
        if missing and not args.allow_missing:
            # a silent partial refit would not reproduce the shipped model
            ap.error(f"no documents for sets {', '.join(missing)} (folders missing); the shipped model was "
                     "trained with them. Rebuild them, pass --sets without them, or --allow-missing to train on "
                     "what is there")
        rows = collect(docs)
        silver = silver_rows(args.shared, args.silver) if args.silver else []
        if args.cache is not None:
            with open(args.cache, "wb") as fh:
                pickle.dump((docs, rows, silver), fh)
    rows = [r for r in rows if r["doc"].source in sets]
    n = sum(len(r["y"]) for r in rows)
    pos = sum(sum(r["y"]) for r in rows)
    print(f"{len(rows)} reports ({dict(Counter(r['doc'].source for r in rows))}), {n} candidates, {pos} positive")
    if silver:
        print(f"silver: {len(silver)} paragraphs, {sum(len(r['y']) for r in silver)} candidates, "
              f"{sum(sum(r['y']) for r in silver)} positive")
    n_docs = sum((r["doc"].source in PAGE_SETS) == args.hold_pages for r in rows)
    rows = rows + silver
    cs = [float(x) for x in str(args.c).split(",") if x]
    c_best = cs[0]
    if args.no_cv:
        best = (args.threshold, args.drop)
    else:
        results = []
        for c in cs:
            totals = cross_validate(rows, c, args.page_weight, args.hold_pages)
            print(f"\nC = {c}; leave-one-report-out over {n_docs} reports")
            print("| add threshold, drop below | ORG P | ORG R | ORG F1 | micro F1 |")
            print("|---|---:|---:|---:|---:|")
            for key in ["off"] + ["shipped"] * (("shipped", "ORG") in totals) + [(th, dr) for th in THRESHOLDS for dr in DROPS]:
                print(f"| {key} | {_prf_line(totals[(key, 'ORG')], totals[(key, 'micro')])} |")
            chosen = _choose(totals)
            nested = totals["nested"]
            print(f"nested (setting chosen without the held-out report): ORG {_prf_line(nested['ORG'], nested['micro'])}; "
                  f"chosen {dict(nested['chosen'])}")
            if chosen == "off":
                chosen = (1.01, 0.0)
            print(f"chosen: add at {chosen[0]}, drop below {chosen[1]}")
            print("\n".join(per_set_table(totals["per_report"], chosen)), flush=True)
            results.append((_f1(tuple(nested["ORG"])), c, chosen))
        _, c_best, best = max(results, key=lambda x: (x[0], -x[1]))  # the C whose nested ORG F1 is best
        print(f"\nshipped: C = {c_best}, add at {best[0]}, drop below {best[1]}")
    threshold, drop = best
    if not args.no_write:
        model = fit(rows, c_best, args.page_weight)
        model.update({"threshold": threshold, "drop": drop, "c": c_best, "reports": n_docs, "candidates": n,
                      "positives": pos, "silver_paragraphs": len(silver), "sets": list(sets),
                      "trained_by": "training/ner/train_org_arbiter.py"})
        OUT.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(model['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
