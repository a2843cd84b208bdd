"""Shared by the invented held sets of page fragments (orgper_held26, orgvil_held27): writing their texts and gold
counts from a ``pages.py``, and scoring a few labels with spaces deleted.

A source is verbatim lines, except lines starting with ``~``: a body paragraph, wrapped at the page's width
(closing punctuation never starts a line). Gold counts are taken on the text with spaces and line breaks
deleted, longest first, no overlap; ``BLOCK`` strings of unannotated labels take their characters.
"""

from __future__ import annotations

import json
import re
from pathlib import Path


def wrap_page(src: str, width: int) -> str:
    """The printed page of *src*: ``~`` paragraphs wrapped at *width* characters, other lines as they are."""
    lines = []
    for line in src.splitlines():
        if line.startswith("~"):
            body = line[1:]
            i = 0
            while i < len(body):  # closing punctuation never starts a line
                j = i + width
                while j < len(body) and body[j] in "，。、；：！？）”》":
                    j += 1
                lines.append(body[i:j])
                i = j
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def flat_counts(text: str, names: list[tuple[str, str]], block: list[str]) -> dict[tuple[str, str], int]:
    """Count of each gold ``(text, label)`` on *text* with spaces and line breaks deleted, longest first, no overlap;
    *block* strings take their characters without being counted. A name that does not occur stops the build."""
    flat = re.sub(r"[ \u3000\n]", "", text)
    taken = [False] * len(flat)
    out = {}
    for name, label in sorted(set(names) | {(b, "_") for b in block}, key=lambda x: len(x[0]), reverse=True):
        n = 0
        for m in re.finditer(re.escape(name), flat):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * len(name)
                n += 1
        if not n:
            raise SystemExit(f"{name} does not occur")
        if label != "_":
            out[(name, label)] = n
    return out


def write_set(here: Path, pages: dict, gold: dict, width: dict, block: dict) -> None:
    """Write ``texts/`` and ``entities/`` of a held set in *here* from its ``pages.py`` tables."""
    (here / "texts").mkdir(exist_ok=True)
    (here / "entities").mkdir(exist_ok=True)
    for stem, src in pages.items():
        text = wrap_page(src, width[stem])
        (here / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8")
        rows = [{"text": t, "label": lab, "count": c} for (t, lab), c in flat_counts(text, gold[stem], block[stem]).items()]
        (here / "entities" / f"{stem}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")


def score_labels(docs: list, pred: dict, labels: tuple[str, ...], *, name: str, errors: bool) -> list[str]:
    """Lines of per-label and micro gold/pred/tp/P/R/F1 of *docs* against *pred* (strings compared with spaces
    deleted, counts summed per text: :func:`~corpus_tools.scoring.entities.score_entities`), the errors first
    when *errors* (:func:`~corpus_tools.scoring.entities.error_table`, by document and label); *name* opens each
    score line."""
    from corpus_tools.scoring.entities import error_table, score_entities

    out = []
    if errors:
        e = error_table(docs, pred)
        e = e[e["label"].isin(labels)].assign(
            order=lambda x: [([d.stem for d in docs].index(doc), labels.index(lab), kind != "FP")
                             for doc, lab, kind in zip(x["doc"], x["label"], x["kind"])])
        out += [f"{r.doc} {r.kind} {r.label} {r.text} {r.count}" for r in e.sort_values("order", kind="stable").itertuples()]
    t = score_entities({d.stem: pred[d.stem] for d in docs}, {d.stem: d.gold for d in docs}, labels=labels)
    t = t.set_index("label").reindex(list(labels) + ["micro"], fill_value=0)
    width = max(len(lab) for lab in t.index)
    for r in t.itertuples():
        out.append(f"{name} {r.Index:{width}} gold {r.tp + r.fn} pred {r.tp + r.fp} tp {r.tp} "
                   f"P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")
    return out


def score_main(here: Path, labels: tuple[str, ...], open_stems: tuple[str, ...], held_stems: tuple[str, ...],
               reports: tuple[str, ...] = ()) -> None:
    """Command line of a held set's ``score.py``: the open half with its errors, or with ``--held`` the held half's
    aggregates only. Stems in *reports* are tagged one paragraph a line (as ``external_gold.py`` tags People's
    Daily reports); the others are read as pages (``read_corpus`` without a manifest)."""
    import argparse
    import sys
    import warnings

    sys.path.insert(0, str(here.parents[2] / "benchmarks"))
    ap = argparse.ArgumentParser(description=f"Score {', '.join(labels)} on {here.name}")
    ap.add_argument("--held", action="store_true", help="score the held half (aggregates only)")
    args = ap.parse_args()
    from corpus_tools.scoring.entities import gold_documents, tag_documents
    import external_gold as eg

    stems = held_stems if args.held else open_stems
    docs = [d for d in gold_documents(here / "entities", pages_dir=here / "texts", source=here.name)
            if d.stem in stems]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = eg.page_entities(eg.read_pages(here / "texts"), [d for d in docs if d.stem not in reports])
        if reports:
            pred.update(tag_documents([d for d in docs if d.stem in reports]))
    print("\n".join(score_labels(docs, pred, labels, name="held" if args.held else "open", errors=not args.held)))
