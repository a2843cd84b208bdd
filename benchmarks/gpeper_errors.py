"""Shared body of the gpeper_errors scripts: dump GPE / ORG / PERSON / COMMUNITY / TOWNSHIP / VILLAGE errors.

Reads each set as pages (``read_corpus`` without a manifest, as ``external_gold.py --read pages``) and writes
the false negatives and positives of ``error_table`` for the six labels, with the per-label scores. A round's
script (``gpeper_errors36.py``, ``gpeper_errors37.py``) names the set whose even stems are held that round;
of that set only the odd (studied) stems are read, through a folder of links, and the held stems are refused.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

LABELS = {"GPE", "ORG", "PERSON", "COMMUNITY", "TOWNSHIP", "VILLAGE"}


def dump_errors(argv: list[str], *, held_set: str, stem_prefix: str, held: set[str]) -> int:
    """Write ``OUT_DIR/<set>.tsv`` (errors) and ``OUT_DIR/<set>.scores.tsv`` for each SET in ``argv[1:]``.

    Parameters
    ----------
    argv : list of str
        ``[OUT_DIR, SET, ...]``, each SET a folder under benchmarks/gold.
    held_set : str
        The set whose even stems are held this round (e.g. ``"pages38o"``); only its odd stems are read.
    stem_prefix : str
        The stem prefix of ``held_set`` (e.g. ``"p38o"``).
    held : set of str
        Stems never scored.

    Returns
    -------
    int
        The exit status, 0.
    """
    from external_gold import page_entities
    import corpus_tools as ct
    from corpus_tools.scoring.entities import error_table, gold_documents, score_entities

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name in argv[1:]:
        folder = Path("benchmarks/gold") / name
        if name == held_set:  # a folder of links to the odd (studied) stems only
            odd = out / f"{held_set}_odd"
            for sub in ("entities", "texts"):
                (odd / sub).mkdir(parents=True, exist_ok=True)
                for i in (1, 3, 5, 7, 9):
                    stem = f"{stem_prefix}_{i:02d}"
                    src = folder / sub / (stem + (".json" if sub == "entities" else ".txt"))
                    link = odd / sub / src.name
                    if not link.exists():
                        link.symlink_to(src.resolve())
            folder = odd
        docs = [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
                if d.stem not in held]
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
