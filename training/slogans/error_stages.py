"""Where marked slogans are lost and wrongly found, by stage, on studied material only.

    PYTHONPATH=. python training/slogans/error_stages.py [--items] [--dev-root /tmp/devs]

Sets (all open, studied material): the open slogans-dev reports (``../shared/gold/slogans-dev`` minus the five
held apart by :func:`~corpus_tools.scoring.slogans.split_dev_reports`), the open reports of dev4-dev9 with slogan
gold (texts rebuilt by ``benchmarks/gold_texts.py benchmarks/gold/devN --out DEV_ROOT/devN``; kept-apart stems
d4_09-d4_12, d5..d8 _11-_14 are never read), seed pages 000/001, ``tests/data/slogan_held21`` (all ten),
``tests/data/slogan_held23`` (its dev half h23_01-05 only), ``benchmarks/gold/pages21`` (invented pages of an earlier blind
writer, open since round 24), ``pages22``, ``pages23`` and ``pages24`` (released in rounds 24, 25 and 26), pages26o (all
ten pages studied since round 26) and pages27o's odd pages, each read as pages as a user reads them (``--pages NAME``;
pages27o's even pages are the round's held check and are never read here)
and the sentences of ``tests/data/slogan29``.

Every strict error (text and kind) is put in one stage:

* **kind**: the key is found with another kind;
* **boundary**: a miss whose text contains, or is contained in, a wrong find's text on the page (the pair counts
  as one boundary error; the false alarm of the pair is not counted again);
* **rejected candidate**: a miss the detector proposed to the decision model (rejected quote or phrase, unframed
  motto: ``Ctx.candidates``) and the rules-only decision dropped;
* **rejected quote**: a miss printed in quotation marks on the page that no stage proposed (the rules' tests on a
  quoted phrase said no);
* **never generated**: a miss neither quoted nor proposed (mostly unquoted series the series finder did not form);
* false alarms by the evidence group of the find (:func:`~corpus_tools.slogans.decision.evidence_group`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))

from corpus_tools.loaders import load_seeds  # noqa: E402
from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports, split_dev_reports  # noqa: E402
from corpus_tools.slogans import slogan_key  # noqa: E402
from corpus_tools.slogans.decision import evidence_group  # noqa: E402
from corpus_tools.slogans.detect import Ctx, find_marked  # noqa: E402
from corpus_tools.slogans.quotes import quoted_inners  # noqa: E402
from corpus_tools.slogans.lexicon import Lexicon  # noqa: E402
from corpus_tools.slogans.page import OwnCounty, county_stems, page_slogans, issue_units  # noqa: E402

#: open stems of dev4-dev9 (kept-apart groups left out; dev9's d9_11-14, released in round 20, are kept apart again
#: by round 28's rules: aggregates only)
OPEN_DEV_STEMS = {4: [f"d4_{i:02d}" for i in range(1, 9)],
                  **{n: [f"d{n}_{i:02d}" for i in range(1, 11)] for n in (5, 6, 7, 8, 9)}}
STAGES = ("kind", "boundary", "rejected candidate", "rejected quote", "never generated")


def studied_sets(dev_root: Path) -> dict[str, tuple[object, dict]]:
    """name -> (corpus, gold by page) for every studied set with page gold."""
    dev_gold_dir = SHARED / "gold" / "slogans-dev"
    tune, _ = split_dev_reports(dev_gold_dir)
    dev_gold = load_slogan_gold(dev_gold_dir)
    out = {"slogans-dev open (15)": (read_text_reports(SHARED / "gold" / "entities-dev", tune),
                                     {k: dev_gold[k] for k in tune}),
           "seeds 000/001": (load_seeds(), load_slogan_gold(SHARED / "gold" / "slogans"))}
    for n, stems in OPEN_DEV_STEMS.items():
        folder = dev_root / f"dev{n}"
        if not (folder / "texts").is_dir():
            print(f"(dev{n}: no texts under {folder}; rebuild them with benchmarks/gold_texts.py)", file=sys.stderr)
            continue
        gold = load_slogan_gold(REPO / "benchmarks" / "gold" / f"dev{n}" / "slogans")
        stems = [s for s in stems if s in gold]
        out[f"dev{n} open ({len(stems)})"] = (read_text_reports(folder / "texts", stems), {s: gold[s] for s in stems})
    for name, keep in (("slogan_held21", None), ("slogan_held23", [f"h23_0{i}" for i in range(1, 6)])):
        folder = REPO / "tests" / "data" / name
        gold = load_slogan_gold(folder / "slogans")
        stems = sorted(gold) if keep is None else keep
        out[f"{name} ({len(stems)})"] = (read_text_reports(folder / "texts", stems), {s: gold[s] for s in stems})
    return out


#: open page sets read as pages: name -> (folder under benchmarks/gold, stems read or None for all). pages26o's and
#: pages27o's even pages were earlier rounds' held checks and are studied now (both sets are read whole, and their odd
#: pages alone); pages28o's even pages were round 27's held check and are studied now; pages29o's even pages are
#: round 28's held check and are never read here (pages29o-odd only). pages32o is read whole from round 32 on (its even
#: pages were round 31's held check); pages33o's even pages were round 32's held check and are read from round 33 on
#: (pages33o whole); pages31 is released in round 33; pages34o's even pages are round 33's held check and are never
#: read here (pages34o-odd only). Round 34: pages34o is read whole, pages32 is released; pages35o's even pages are the
#: round's held check and are never read here (pages35o-odd only: links to the odd stems' files alone). Round 35:
#: pages35o is read whole, pages33 is released; pages36o's even pages are the round's held check and are never read
#: here (pages36o-odd only: links to the odd stems' files alone).
#: Round 36: pages36o is read whole, pages34 is released; pages37o's even pages are the round's held check and are
#: never read here (pages37o-odd only). Round 37: pages37o is read whole, pages35 is released; pages38o's even pages
#: are the round's held check and are never read here (pages38o-odd only).
PAGE_SETS = {"pages21": ("pages21", None), "pages22": ("pages22", None), "pages23": ("pages23", None),
             "pages24": ("pages24", None), "pages26o": ("pages26o", None),
             "pages26o-odd": ("pages26o", [f"p26o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages27o-odd": ("pages27o", [f"p27o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages27o": ("pages27o", None), "pages25": ("pages25", None),
             "pages28o-odd": ("pages28o", [f"p28o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages28o": ("pages28o", None), "pages26": ("pages26", None),
             "pages29o-odd": ("pages29o", [f"p29o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages29o": ("pages29o", None), "pages27": ("pages27", None),
             "pages30o-odd": ("pages30o", [f"p30o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages30o": ("pages30o", None), "pages28": ("pages28", None),
             "pages31o-odd": ("pages31o", [f"p31o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages31o": ("pages31o", None), "pages29": ("pages29", None),
             "pages32o-odd": ("pages32o", [f"p32o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages32o": ("pages32o", None), "pages30": ("pages30", None),
             "pages33o-odd": ("pages33o", [f"p33o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages33o": ("pages33o", None), "pages31": ("pages31", None),
             "pages34o-odd": ("pages34o", [f"p34o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages34o": ("pages34o", None), "pages32": ("pages32", None),
             "pages35o-odd": ("pages35o", [f"p35o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages35o": ("pages35o", None), "pages33": ("pages33", None),
             "pages36o-odd": ("pages36o", [f"p36o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages36o": ("pages36o", None), "pages34": ("pages34", None),
             "pages37o-odd": ("pages37o", [f"p37o_{i:02d}" for i in (1, 3, 5, 7, 9)]),
             "pages37o": ("pages37o", None), "pages35": ("pages35", None),
             "pages38o-odd": ("pages38o", [f"p38o_{i:02d}" for i in (1, 3, 5, 7, 9)])}


def pages_set(name: str) -> dict[str, tuple[object, dict]]:
    """An open page set of :data:`PAGE_SETS` read as pages (layout, no manifest), as
    ``benchmarks/external_gold.py --read pages`` reads it; gold limited to the set's stems."""
    import warnings

    import corpus_tools as ct

    import tempfile

    folder_name, stems = PAGE_SETS[name]
    folder = REPO / "benchmarks" / "gold" / folder_name
    if stems is not None:           # only the listed stems' files are read (a held half is never opened)
        tmp = Path(tempfile.mkdtemp(prefix="error_stages_"))
        for sub, ext in (("texts", "txt"), ("slogans", "json")):
            (tmp / sub).mkdir()
            for stem in stems:
                (tmp / sub / f"{stem}.{ext}").symlink_to(folder / sub / f"{stem}.{ext}")
        folder = tmp
    gold = load_slogan_gold(folder / "slogans")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = ct.read_corpus(folder / "texts", manifest=None)
    return {f"{name} as pages ({len(gold)})": (corpus, gold)}


def page_errors(issue, gold_items) -> tuple[int, int, list[tuple[str, str, str]]]:
    """(predicted, matched, errors) of one page; an error is (stage or 'false: <group>', kind, key)."""
    pred = page_slogans(issue)
    p = {(slogan_key(r.text), r.kind): r.evidence for r in pred.itertuples()}
    g = {(slogan_key(i["text"]), i["kind"]) for i in gold_items}
    lex = Lexicon.build(None)
    cands: list = []
    ctx = Ctx(lex, county_stems(issue.meta), decision=False, own=OwnCounty(issue), candidates=cands)
    quoted: set[str] = set()
    for _, _, txt in issue_units(issue):
        find_marked(txt, ("numbered", "parallel", "quoted"), ctx)
        quoted.update(slogan_key(q) for q in quoted_inners(txt))
    proposed = {slogan_key(m.text) for m, rule, _ in cands if not rule}
    misses, falses = sorted(g - set(p)), sorted(set(p) - g)
    pred_keys = {k for k, _ in p}
    errors, paired = [], set()
    for key, kind in misses:
        if key in pred_keys:
            stage = "kind"
            paired.update(f for f in falses if f[0] == key)
        else:
            over = [f for f in falses if f not in paired and (key in f[0] or f[0] in key)]
            if over:
                stage = "boundary"
                paired.add(over[0])
            elif key in proposed:
                stage = "rejected candidate"
            elif key in quoted:
                stage = "rejected quote"
            else:
                stage = "never generated"
        errors.append((stage, kind, key))
    for f in falses:
        if f not in paired:
            errors.append(("false: " + evidence_group(p[f].split("; ")[0]), f[1], f[0]))
    return len(p), len(g & set(p)), errors


def sentence_errors() -> tuple[int, int, int, list[tuple[str, str, str]]]:
    """slogan29's sentences: (gold, predicted, matched, errors) with the same stages (text only: the file has no kinds; every
    find of :func:`~corpus_tools.find_slogans` counts, known formulae too, as the file's ``score.py`` counts)."""
    import corpus_tools as ct

    rows = [line.split("\t") for line in (REPO / "tests" / "data" / "slogan29" / "sentences.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    n_gold = n_pred = matched = 0
    errors = []
    lex = Lexicon.build(None)
    for _split, sent, exp in rows:
        gold = {slogan_key(e) for e in exp.split("|") if e}
        got = {slogan_key(m.text): m.evidence or m.source for m in ct.find_slogans(sent)}   # as its score.py counts
        cands: list = []
        find_marked(sent, ("numbered", "parallel", "quoted"), Ctx(lex, (), decision=False, candidates=cands))
        proposed = {slogan_key(m.text) for m, rule, _ in cands if not rule}
        quoted = {slogan_key(q) for q in quoted_inners(sent)}
        n_gold += len(gold)
        n_pred += len(got)
        matched += len(gold & set(got))
        falses = set(got) - gold
        paired = set()
        for key in sorted(gold - set(got)):
            over = [f for f in falses if f not in paired and (key in f or f in key)]
            if over:
                paired.add(over[0])
                stage = "boundary"
            else:
                stage = ("rejected candidate" if key in proposed else "rejected quote" if key in quoted
                         else "never generated")
            errors.append((stage, "", key))
        errors += [("false: " + evidence_group(got[f]), "", f) for f in sorted(falses - paired)]
    return n_gold, n_pred, matched, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-root", type=Path, default=Path("/tmp/slogan31"),
                    help="folder holding dev4 ... dev9 rebuilt by benchmarks/gold_texts.py")
    ap.add_argument("--items", action="store_true", help="print every error (studied sets only)")
    ap.add_argument("--pages", action="append", default=[], choices=sorted(PAGE_SETS),
                    help="also this open page set read as pages (repeat the option for more)")
    ap.add_argument("--pages21", action="append_const", dest="pages", const="pages21", help="the same as --pages pages21")
    ap.add_argument("--only-pages", action="store_true", help="the --pages sets only")
    args = ap.parse_args()
    table: dict[str, Counter] = {}
    totals = Counter()
    sets = {} if args.only_pages else studied_sets(args.dev_root)
    for name in args.pages:
        sets.update(pages_set(name))
    for name, (corpus, gold) in sets.items():
        c = Counter()
        for issue in corpus:
            if issue.id not in gold:
                continue
            n_pred, tp, errs = page_errors(issue, gold[issue.id])
            c["predicted"] += n_pred
            c["gold"] += len({(slogan_key(i['text']), i['kind']) for i in gold[issue.id]})
            c["matched"] += tp
            for stage, kind, key in errs:
                c[stage if not stage.startswith("false") else "false"] += 1
                c[stage] += 0 if not stage.startswith("false") else 1
                if args.items:
                    print(f"{name:24s} {issue.id:10s} {stage:22s} {kind:9s} {key}")
        table[name] = c
        totals.update(c)
    n, npred, m, errs = (0, 0, 0, []) if args.only_pages else sentence_errors()
    c = Counter(gold=n, predicted=npred, matched=m)
    for stage, _kind, key in errs:
        c[stage if not stage.startswith("false") else "false"] += 1
        if stage.startswith("false"):
            c[stage] += 1
        if args.items:
            print(f"{'slogan29 sentences':24s} {'-':10s} {stage:22s} {'':9s} {key}")
    table["slogan29 sentences (text only)"] = c
    totals.update(c)
    table["ALL"] = totals
    falses = sorted({k for c in table.values() for k in c if k.startswith("false: ")})
    cols = ["gold", "predicted", "matched", "P", "R", *STAGES, "false", *falses]
    for c in table.values():
        if c.get("predicted"):
            c["P"] = f"{c['matched'] / c['predicted']:.3f}"
        c["R"] = f"{c['matched'] / max(1, c['gold']):.3f}"
    print("| set | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for name, c in table.items():
        print(f"| {name} | " + " | ".join(str(c.get(k, 0)) for k in cols) + " |")


if __name__ == "__main__":
    main()
