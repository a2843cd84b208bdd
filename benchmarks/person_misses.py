"""PERSON misses and false alarms per report of an open gold folder, read as pages and as one text a page.

Usage: ``python benchmarks/person_misses.py FOLDER [--read pages|reports|both]``. Prints one line per gold
PERSON string with its gold count and the predicted count (a miss when predicted < gold) and the predicted
PERSON strings that are not gold. Only for OPEN folders (pages21, entities-dev, open dev reports, tests/data);
never for a check fold or blind material.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _predicted(folder: Path, docs: list, read: str) -> dict:
    from corpus_tools.scoring.entities import tag_documents
    import external_gold as eg

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if read == "pages":
            return eg.page_entities(eg.read_pages(folder / "texts"), docs)
        return tag_documents(docs)


#: Kept-apart stems of the check fold: never listed here.
APART = {f"d4_{i:02d}" for i in range(9, 13)} | {f"d{n}_{i}" for n in (5, 6, 7, 8) for i in range(11, 15)}


def open_dev_docs(shared: Path, dev_root: Path, tests_data: Path) -> list:
    """The open development documents: seeds 000/001, the 15 tune reports of entities-dev, the open reports of
    dev4..dev9 (texts rebuilt under *dev_root*), and the tests/data sets with entity gold."""
    from corpus_tools.scoring.entities import gold_documents

    docs = [d for d in gold_documents(shared / "gold" / "entities") + gold_documents(shared / "gold" / "entities-dev")
            if d.part == "tune"]
    for n in range(4, 10):
        f = dev_root / f"dev{n}"
        docs += [d for d in gold_documents(f / "entities", pages_dir=f / "texts", source=f"dev{n}")
                 if d.stem not in APART]
    for name in ("ent_held23", "ent_held24", "minor_held23", "org_held21", "org_held23", "person_held21"):
        f = tests_data / name
        docs += gold_documents(f / "entities", pages_dir=f / "texts", source=name)
    return docs


def person_rows(folder: Path | None, read: str, label: str = "PERSON", docs: list | None = None) -> list[tuple]:
    """(source:stem, text, gold count, predicted count) for every gold or predicted *label* string that differs."""
    from corpus_tools.scoring.entities import gold_documents, strip_spaces, tag_documents

    if docs is None:
        docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source=folder.name)
        pred = _predicted(folder, docs, read)
    else:
        pred = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for src in dict.fromkeys(d.source for d in docs):  # stems repeat across sets (h01 ...)
                part = tag_documents([d for d in docs if d.source == src])
                pred.update({(src, k): v for k, v in part.items()})
    rows = []
    total = 0
    for d in docs:
        g, p = Counter(), Counter()
        for (t, lab), c in d.gold.items():
            if lab == label:
                g[strip_spaces(t)] += c
                total += c
        for (t, lab), c in pred.get((d.source, d.stem), pred.get(d.stem, {})).items():
            if lab == label:
                p[strip_spaces(t)] += c
        for t in sorted(set(g) | set(p)):
            if g[t] != p[t]:
                rows.append((d.source + ":" + d.stem, t, g[t], p[t]))
    rows.append(("", "", total, -1))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", help="an open gold folder; none: the open dev material")
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--dev-root", type=Path, default=Path("/tmp/ep25"),
                    help="where benchmarks/gold_texts.py rebuilt dev4..dev9")
    ap.add_argument("--read", choices=("pages", "reports"), default="pages")
    ap.add_argument("--label", default="PERSON")
    args = ap.parse_args(argv)
    if args.folder is not None and ("pages22" in str(args.folder) or "/work/blind" in str(args.folder.resolve())):
        ap.error(f"folder {args.folder}: a check fold or blind set; aggregates only (external_gold.py)")
    docs = None
    if args.folder is None:
        docs = open_dev_docs(args.shared, args.dev_root, Path(__file__).resolve().parent.parent / "tests" / "data")
    rows = person_rows(args.folder, args.read, args.label, docs)
    gold_total = rows.pop()[2]
    tp = fp = fn = 0
    for stem, t, g, p in rows:
        fp += max(p - g, 0)
        fn += max(g - p, 0)
    tp = gold_total - fn
    print(f"# gold {gold_total}; TP {tp} FP {fp} FN {fn}; P {tp / max(tp + fp, 1):.3f} R {tp / max(gold_total, 1):.3f}")
    for stem, t, g, p in rows:
        kind = "MISS" if p < g else "FA"
        print(f"{kind}\t{stem}\t{t}\tgold={g}\tpred={p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
