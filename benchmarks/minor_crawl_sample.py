"""Hits of the round-22 mechanisms for the smaller labels on the 2019–2020 crawl, for reading precision by hand.

    PYTHONPATH=. python benchmarks/minor_crawl_sample.py [--articles 3000] [--show 40]

Reads the crawl through ``training/crawl.py`` (the gold pool is skipped), shuffles it with a fixed seed and
prints up to ``--show`` hits of each mechanism with a little context: natural features after a verb of travel,
known mountains before their side, items of a list of sights, quoted sights (``feature_frames``); the short
forms of numbered events (``events``); joined and counted projects (``project_kinds``). Nothing is written;
no crawl text enters the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args(argv)
    from crawl import read_crawl

    from corpus_tools._entity_rules.events import _NUMBERED_EVENT_RE, event_short_forms
    from corpus_tools._entity_rules.feature_frames import mountain_sides, quoted_sights, sight_lists, travel_features
    from corpus_tools._entity_rules.heads import find_projects
    from corpus_tools._entity_rules.lexicon import Cand
    from corpus_tools._entity_rules.project_kinds import counted_projects, joined_projects
    from corpus_tools._entity_rules.scan import Scanner

    rng = random.Random(23)
    arts = list(read_crawl(SHARED))
    rng.shuffle(arts)
    hits: dict[str, list[str]] = {k: [] for k in ("travel", "sides", "sights", "quoted sights", "event short forms",
                                                   "joined projects", "counted projects")}

    def show(t: str, c: Cand) -> str:
        return f"{t[max(0, c.start - 10):c.start]}【{t[c.start:c.end]}/{c.label}】{t[c.end:c.end + 6]}".replace("\n", " ")

    for a in arts[:args.articles]:
        t = a.get("text", "")
        for name, found in (("travel", travel_features(t)), ("sides", mountain_sides(t)), ("sights", sight_lists(t)),
                            ("quoted sights", quoted_sights(t))):
            hits[name] += [show(t, c) for c in found]
        events = [Cand(m.start(), m.end(), "EVENT") for m in _NUMBERED_EVENT_RE.finditer(t)]
        hits["event short forms"] += [show(t, c) for c in event_short_forms(events, t) if c.source == "document"]
        sc = Scanner(t)
        hits["joined projects"] += [show(t, c) for c in joined_projects([], t, lambda k: sc.left(k, max_len=12))]
        hits["counted projects"] += [show(t, c) for c in counted_projects(find_projects(t, sc), t) if c.label == "_"]
    for name, found in hits.items():
        print(f"== {name}: {len(found)} hits in {min(args.articles, len(arts))} articles")
        for h in rng.sample(found, min(args.show, len(found))):
            print("  ", h)
    return 0


if __name__ == "__main__":
    sys.exit(main())
