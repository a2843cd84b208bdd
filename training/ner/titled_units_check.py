"""What :func:`corpus_tools._entity_rules.titled_units.titled_units` adds on unseen news text.

    /work/venv/bin/python training/ner/titled_units_check.py [--shared ../shared] [--articles 600]
        [--skip 0] [--out /tmp/titled_units_hits.tsv]

Reads the People's Daily 2019-2020 crawl through ``training/crawl.py`` (the gold pool skipped),
takes ``--articles`` articles (after the first ``--skip``) that name a county (县) and hold a unit
title (``unit_titles.txt``), tags each with :func:`corpus_tools.entities.find_entities` and writes
every organisation the titled-unit pass made (``source == "titled"``), with the sentence around
it, to ``--out`` (outside the repository, for judging by hand). The verdicts of the first run are
in ``docs/entities.md``.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))

import crawl  # noqa: E402

from corpus_tools import entities  # noqa: E402
from corpus_tools._entity_rules.lexicon import words  # noqa: E402
from corpus_tools.text import sentence_around  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--out", type=Path, default=Path("/tmp/titled_units_hits.tsv"))
    args = ap.parse_args(argv)
    cue = re.compile("|".join(sorted(words("unit_titles"), key=len, reverse=True)))
    rows, seen, n = [], 0, 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for doc in crawl.read_crawl(args.shared):
            text = doc.get("text") or ""
            if "县" not in text or not cue.search(text):
                continue
            seen += 1
            if seen <= args.skip:
                continue
            n += 1
            for e in entities.find_entities(text):
                if e.source == "titled":
                    rows.append((doc["id"], e.text, sentence_around(text, e.start, e.end).replace("\t", " ")))
            if n >= args.articles:
                break
    args.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{n} articles, {len(rows)} titled units -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
