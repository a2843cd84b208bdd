"""Dump GPE / ORG / PERSON / COMMUNITY / TOWNSHIP / VILLAGE errors of open page sets (gpeper36, gpeper37, ent37b).

Reads each set as pages (``read_corpus`` without a manifest, as ``external_gold.py --read pages``) and writes
the false negatives and positives of ``error_table`` for the six labels. Refuses the held even stems of pages38o
(held in round 37; pages37o is open now and read whole).

Usage: ``python benchmarks/gpeper_errors37.py OUT_DIR SET [SET ...]`` (SET a folder under benchmarks/gold).
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

HELD = {"p38o_02", "p38o_04", "p38o_06", "p38o_08", "p38o_10"}
LABELS = {"GPE", "ORG", "PERSON", "COMMUNITY", "TOWNSHIP", "VILLAGE"}


def main(argv: list[str]) -> int:
    from external_gold import page_entities
    import corpus_tools as ct
    from corpus_tools.scoring.entities import error_table, gold_documents, score_entities

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name in argv[1:]:
        folder = Path("benchmarks/gold") / name
        if name == "pages38o":  # a folder of links to the odd (studied) stems only
            odd = out / "pages38o_odd"
            for sub in ("entities", "texts"):
                (odd / sub).mkdir(parents=True, exist_ok=True)
                for i in (1, 3, 5, 7, 9):
                    stem = f"p38o_{i:02d}"
                    src = folder / sub / (stem + (".json" if sub == "entities" else ".txt"))
                    link = odd / sub / src.name
                    if not link.exists():
                        link.symlink_to(src.resolve())
            folder = odd
        docs = [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
                if d.stem not in HELD]
        texts = folder / "texts"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = ct.read_corpus(texts, manifest=None)
        pred = page_entities(corpus, docs)
        sc = score_entities({d.stem: pred[d.stem] for d in docs}, {d.stem: d.gold for d in docs})
        sc.to_csv(out / f"{name}.scores.tsv", sep="\t", index=False)
        t = error_table(docs, pred)
        t = t[t["label"].isin(LABELS)]
        t.to_csv(out / f"{name}.tsv", sep="\t", index=False)
        print(name, len(t))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
