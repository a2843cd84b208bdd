"""Dump the pipeline's PERSON mentions and the model's PER spans, per document, for one NER model.

    CORPUS_TOOLS_NER_MODEL=training/work/ner_ft1 python training/ner/person_diff.py dump OUT.json \
        --folder /work/wt/blind-gold/blind11
    python training/ner/person_diff.py diff SHIPPED.json CANDIDATE.json

``dump`` runs :func:`corpus_tools.entities.find_entities` over the texts of a gold folder (``texts/``,
with ``entities/`` gold when present) or over crawl articles (``--crawl N``: N People's Daily 2019-2020
articles outside ``training/gold_pool_ids.txt``, taken by a fixed seed) and writes, per document, the
PERSON mentions (text, start, source), the model's raw PER spans and the gold PERSON strings.
``diff`` lists the names one run outputs and the other does not, with whether each model proposed
them and whether gold has them. Used to find where the pipeline loses a fine-tuned model's names
(benchmarks/ner_in_domain.md).
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _folder_docs(folder: Path) -> list[tuple[str, str, list[str]]]:
    from corpus_tools.scoring.entities import page_text, read_gold_entities

    out = []
    for t in sorted((folder / "texts").glob("*.txt")):
        g = folder / "entities" / f"{t.stem}.json"
        gold = [s for (s, lab), c in read_gold_entities(g).items() for _ in range(c) if lab == "PERSON"] if g.exists() else []
        out.append((t.stem, page_text(t.read_text(encoding="utf-8-sig")), gold))
    return out


def _crawl_docs(shared: Path, n: int, seed: int = 17) -> list[tuple[str, str, list[str]]]:
    skip = {x.strip() for x in (REPO / "training" / "gold_pool_ids.txt").read_text(encoding="utf-8").splitlines()
            if x.strip() and not x.startswith("#")}
    rows = []
    with lzma.open(shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] not in skip and 300 <= len(r["text"]) <= 3000:
                rows.append((r["id"], r["text"]))
    rng = random.Random(seed)
    return [(i, t, []) for i, t in rng.sample(rows, n)]


def dump(out: Path, docs) -> None:
    from corpus_tools.entities import find_entities, model_spans

    res = {}
    for stem, text, gold in docs:
        spans = (model_spans([text]) or [None])[0]
        ents = find_entities(text, spans=spans)
        res[stem] = {"text": text, "gold": gold,
                     "model": [[s, e, text[s:e]] for s, e, lab in (spans[0] if spans else []) if lab == "PER"],
                     "person": [[e.start, e.end, e.text, e.source] for e in ents if e.label == "PERSON"],
                     "other": [[e.start, e.end, e.text, e.label] for e in ents if e.label != "PERSON"]}
    out.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")


def diff(a_path: Path, b_path: Path) -> None:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
    tot = Counter()
    for stem in a:
        ra, rb = a[stem], b[stem]
        pa = Counter(x[2] for x in ra["person"])
        pb = Counter(x[2] for x in rb["person"])
        gold = Counter(ra["gold"])
        ma = Counter(x[2] for x in ra["model"])
        mb = Counter(x[2] for x in rb["model"])
        for name in sorted(set(pa) | set(pb)):
            if pa[name] == pb[name]:
                continue
            side = "A-only" if pa[name] > pb[name] else "B-only"
            g = gold[name]
            tot[side, "gold" if g else "nogold"] += abs(pa[name] - pb[name])
            other_b = [x for x in rb["other"] if name in x[2] or x[2] in name]
            other_a = [x for x in ra["other"] if name in x[2] or x[2] in name]
            pb_over = [x[2] for x in rb["person"] if x[2] != name and (name in x[2] or x[2] in name)]
            pa_over = [x[2] for x in ra["person"] if x[2] != name and (name in x[2] or x[2] in name)]
            print(f"{stem}\t{side}\t{name}\tA{pa[name]} B{pb[name]} gold{g}\tmodelA {ma[name]} modelB {mb[name]}"
                  f"\tsrcA {sorted({x[3] for x in ra['person'] if x[2] == name})} srcB {sorted({x[3] for x in rb['person'] if x[2] == name})}"
                  f"\tA-over {pa_over[:3]} {[tuple(x[2:]) for x in other_a[:2]]}\tB-over {pb_over[:3]} {[tuple(x[2:]) for x in other_b[:2]]}")
    print(dict(tot), file=sys.stderr)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--folder", type=Path)
    d.add_argument("--crawl", type=int, default=0)
    d.add_argument("--seed", type=int, default=17, help="crawl sample seed")
    d.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    f = sub.add_parser("diff")
    f.add_argument("a", type=Path)
    f.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        docs = _folder_docs(args.folder) if args.folder else _crawl_docs(args.shared, args.crawl, args.seed)
        dump(args.out, docs)
    else:
        diff(args.a, args.b)


if __name__ == "__main__":
    main()
