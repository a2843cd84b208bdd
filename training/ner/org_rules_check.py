"""What this round's ORG passes change on unseen news text.

    /work/venv/bin/python training/ner/org_rules_check.py [--shared ../shared] [--articles 400]
        [--skip 0] [--out /tmp/org_rules_hits.tsv]

Reads the People's Daily 2019-2020 crawl through ``training/crawl.py`` (the gold pool skipped),
takes ``--articles`` articles (after the first ``--skip``) that name a county (县), tags each with
:func:`corpus_tools.entities.find_entities` twice — as shipped, and with the passes switched off
(the titled units of :mod:`corpus_tools._entity_rules.titled_units`, the bracketed-region firms of
:func:`corpus_tools._entity_rules.firms.bracketed_firms`, the province peeled before its own city,
:func:`corpus_tools._entity_rules.owners.after_province`) — and writes every ORG string that one run
has more often than the other, with the sentence around its first mention (a name absorbed into a
longer one elsewhere shows as removed with an unrelated sentence), to ``--out`` (outside the
repository, for judging by hand). The verdicts of the runs are in ``docs/entities.md``.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))

import crawl  # noqa: E402

from corpus_tools import entities  # noqa: E402
from corpus_tools._entity_rules import arbiter, firms, owners  # noqa: E402
from corpus_tools.text import sentence_around  # noqa: E402


@contextmanager
def passes_off():
    """The ORG passes of this round switched off (monkeypatched for the duration)."""
    titled, bracketed, province = arbiter.titled_units, firms.bracketed_firms, owners.after_province
    arbiter.titled_units = lambda ents, text, feats: ents
    firms.bracketed_firms = lambda text, feats: []
    owners.after_province = lambda c, text: c
    try:
        yield
    finally:
        arbiter.titled_units, firms.bracketed_firms, owners.after_province = titled, bracketed, province


def _orgs(text: str) -> list:
    return [e for e in entities.find_entities(text) if e.label == "ORG"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--out", type=Path, default=Path("/tmp/org_rules_hits.tsv"))
    args = ap.parse_args(argv)
    rows, seen, n = [], 0, 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for doc in crawl.read_crawl(args.shared):
            text = doc.get("text") or ""
            if "县" not in text:
                continue
            seen += 1
            if seen <= args.skip:
                continue
            n += 1
            new = _orgs(text)
            with passes_off():
                old = _orgs(text)
            a, b = Counter(e.text for e in new), Counter(e.text for e in old)
            for kind, diff, ents in (("added", a - b, new), ("removed", b - a, old)):
                for name in diff:
                    e = next(e for e in ents if e.text == name)
                    rows.append((doc["id"], kind, name, sentence_around(text, e.start, e.end).replace("\t", " ")))
            if n >= args.articles:
                break
    args.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{n} articles, {sum(r[1] == 'added' for r in rows)} ORG added, "
          f"{sum(r[1] == 'removed' for r in rows)} removed -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
