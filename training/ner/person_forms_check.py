"""What :func:`corpus_tools._entity_rules.person_forms.settle_persons` changes on unseen news text.

    /work/venv/bin/python training/ner/person_forms_check.py [--shared ../shared] [--articles 400]
        [--out /tmp/person_forms_hits.tsv]

Reads the People's Daily 2019-2020 crawl through ``training/crawl.py`` (the gold pool skipped),
takes the first ``--articles`` articles that hold a surname-like character before a polite
address word (师傅, 女士, 先生 …), a quoted string of two to four characters, or a "、" list,
tags each with :func:`corpus_tools.entities.find_entities` and records every PERSON string the
settle step removes or adds, compared with the role-word filter alone (the step it replaced).
The hits, one a line with the sentence around them, go to ``--out`` (outside the repository, for
reading by hand); the counts by reason are printed. The hits of the first run (400 articles)
were judged by hand; the verdicts are in ``docs/entities.md``.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))

import crawl  # noqa: E402

from corpus_tools import entities  # noqa: E402
from corpus_tools._entity_rules import person_forms  # noqa: E402
from corpus_tools.text import sentence_around  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--out", type=Path, default=Path("/tmp/person_forms_hits.tsv"))
    args = ap.parse_args(argv)
    polite = sorted(person_forms.address_words() - person_forms.KIN_WORDS, key=len, reverse=True)
    cue = re.compile("[\u4e00-\u9fff](?:" + "|".join(polite) + ")|[“‘][\u4e00-\u9fff]{2,4}[”’]|、")
    hits: list[tuple[str, str, str, str]] = []
    current: dict = {}
    original = entities.settle_persons

    def settle(ents, text, is_role, is_surname, make):
        new = original(ents, text, is_role, is_surname, make)
        old = [c for c in ents if not (c.label == "PERSON" and is_role(text[c.start:c.end]))]
        before = Counter(text[c.start:c.end] for c in old if c.label == "PERSON")
        after = Counter(text[c.start:c.end] for c in new if c.label == "PERSON")
        for kind, diff, spans in (("removed", before - after, old), ("added", after - before, new)):
            for w in diff:
                c = next(c for c in spans if c.label == "PERSON" and text[c.start:c.end] == w)
                reason = ("address" if person_forms.address_surname(w, is_surname) else
                          "quoted" if person_forms._quoted(text, c.start, c.end) else
                          "unit" if person_forms.names_a_unit(text, c.end) else "list/tail")
                hits.append((current["id"], kind, reason, w, sentence_around(text, c.start, c.end)))
        return new

    entities.settle_persons = settle
    n = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for art in crawl.read_crawl(args.shared / crawl.CRAWL):
            text = art.get("text") or ""
            if not cue.search(text):
                continue
            current["id"] = str(art.get("id"))
            entities.find_entities(text)
            n += 1
            if n >= args.articles:
                break
    entities.settle_persons = original
    with open(args.out, "w", encoding="utf-8") as fh:
        for row in hits:
            fh.write("\t".join(x.replace("\n", " ").replace("\t", " ") for x in row) + "\n")
    counts = Counter((kind, reason) for _, kind, reason, _, _ in hits)
    print(f"{n} articles; " + ", ".join(f"{k} {r}: {c}" for (k, r), c in sorted(counts.items())) + f"; hits in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
