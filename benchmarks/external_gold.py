"""Score entities and marked slogans on a folder of gold that lives outside the repository.

A blind test set (or a user's own gold) is a folder with ``texts/<stem>.txt`` (title block, blank
line, paragraphs, as ``../shared/gold/entities-dev``), ``entities/<stem>.json`` (``{"text", "label",
"count"}`` lists, ``../shared/gold/entities/GUIDE.md``) and ``slogans/<stem>.json`` (``{"text",
"kind", "count"}`` lists, ``../shared/gold/slogans/GUIDE.md``). Only aggregate scores are printed —
never the errors — so that a blind set stays blind when it is scored.

Usage::

    python benchmarks/external_gold.py /work/blind --group 1998=blind_09,blind_10 [--write]

``--group NAME=stem,stem`` scores those reports also on their own (the rest form the other group).
``--write`` puts the tables into the ``blind`` section of docs/benchmarks.md (``--section NAME --title
TEXT`` for another blind set).
"""

from __future__ import annotations

import argparse
from collections import Counter
from functools import lru_cache
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))


def _entity_table(scores) -> list[str]:
    rows = ["| label | support | P | R | F1 |", "|---|---:|---:|---:|---:|"]
    for _, r in scores.iterrows():
        name = f"**{r['label']}**" if r["label"] == "micro" else r["label"]
        rows.append(f"| {name} | {int(r['support'])} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    return rows


@lru_cache(maxsize=1)
def read_pages(texts: Path):
    """The pages of *texts* read as a user reads them (layout, no manifest), one issue per file stem;
    read once for the entities and the slogans."""
    import corpus_tools as ct

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.read_corpus(texts, manifest=None)


def page_entities(corpus, docs: list) -> dict:
    """Predicted (text, label) multisets per page, from the articles the layout made of it (every part:
    titles, kickers, bodies, bylines, captions)."""
    import corpus_tools as ct

    ents = ct.extract_entities(corpus)
    pred = {d.stem: Counter() for d in docs}
    for stem, text, label in zip(ents["issue_id"], ents["text"], ents["label"]):
        if stem in pred:
            pred[stem][(text, label)] += 1
    return pred


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="folder with texts/, entities/ and slogans/")
    ap.add_argument("--group", action="append", default=None,
                    help="NAME=stem,stem: also score these reports apart (give it once)")
    ap.add_argument("--write", action="store_true", help="write the blind section of docs/benchmarks.md")
    ap.add_argument("--section", default="blind", help="name of the docs/benchmarks.md section to write")
    ap.add_argument("--title", default="Blind set", help="heading of that section")
    ap.add_argument("--about", default="", help="a paragraph on where the gold comes from, printed under the command")
    ap.add_argument("--read", choices=("reports", "pages"), default="reports",
                    help="reports: each text is one article, one paragraph a line (People's Daily reports); "
                         "pages: each text is a newspaper page read as a user reads it (read_corpus: layout, "
                         "bylines, doubled glyphs undone), entities and slogans summed over its articles")
    args = ap.parse_args(argv)
    texts = args.folder / "texts"
    if not texts.is_dir():
        ap.error(f"folder {args.folder}: no texts/ subfolder")

    from corpus_tools.scoring.entities import gold_documents, score_entities, tag_documents
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports, score_slogans
    from corpus_tools.slogans import page_slogans

    if args.group and len(args.group) > 1:
        ap.error(f"--group given {len(args.group)} times ({', '.join(args.group)}): give one NAME=stem,stem; "
                 "the other reports form the second group")
    args.group = args.group[0] if args.group else None
    group_name, group = None, set()
    if args.group:
        group_name, _, stems = args.group.partition("=")
        if not group_name or not stems:
            ap.error(f"--group {args.group!r}: expected NAME=stem,stem")
        group = {s for s in stems.split(",") if s}

    out = [f"## {args.title}: entities and marked slogans (`benchmarks/external_gold.py`)", ""]
    from _report import machine_line

    out += [machine_line(), "", f"Command: `python benchmarks/external_gold.py {args.folder}"
            + (f" --group {args.group}" if args.group else "")
            + (f" --section {args.section}" if args.section != "blind" else "")
            + (" --read pages" if args.read == "pages" else "") + "`", ""]
    if args.about:
        out += [args.about, ""]
    if (args.folder / "entities").is_dir():
        docs = gold_documents(args.folder / "entities", pages_dir=texts, source=args.folder.name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the once-only "county not inferred" notice
            pred = page_entities(read_pages(texts), docs) if args.read == "pages" else tag_documents(docs)
        parts = [("all", docs)]
        if group:
            parts += [(f"without {group_name}", [d for d in docs if d.stem not in group]),
                      (group_name, [d for d in docs if d.stem in group])]
        for name, sub in parts:
            t = score_entities({d.stem: pred[d.stem] for d in sub}, {d.stem: d.gold for d in sub})
            out += [f"**Entities, {name}** ({len(sub)} reports; rules + model, county inferred from the text):", ""]
            out += _entity_table(t) + [""]
    if (args.folder / "slogans").is_dir():
        gold = load_slogan_gold(args.folder / "slogans")
        corpus = read_pages(texts) if args.read == "pages" else read_text_reports(texts, sorted(gold))
        pred = {issue.id: page_slogans(issue) for issue in corpus if issue.id in gold}
        out += ["**Marked slogans** (strict matching):", "", "| reports | gold | predicted | matched | P | R | F1 |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        parts = [("all", sorted(gold))]
        if group:
            parts += [(f"without {group_name}", [s for s in gold if s not in group]),
                      (group_name, [s for s in gold if s in group])]
        for name, stems in parts:
            t = score_slogans({k: pred[k] for k in stems}, {k: gold[k] for k in stems})
            r = t[(t["page"] == "ALL") & (t["mode"] == "strict")].iloc[0]
            out.append(f"| {name} ({len(stems)}) | {int(r['n_gold'])} | {int(r['n_pred'])} | {int(r['tp'])} | "
                       f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
        out.append("")
    md = "\n".join(out)
    print(md)
    if args.write:
        from _report import write_section

        print("wrote", write_section(args.section, md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
