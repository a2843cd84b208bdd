"""Shared steps of the hand-judged label samples (``org_recall_sample.py``, ``fac_sample.py``).

Each sample script draws People's Daily 2019-2020 articles that no gold set can hold and no dev
set holds, runs :func:`corpus_tools.entities.find_entities` on title + body, and lists one label's
predictions and the spans a pattern says could be that label but no prediction covers, for judging
by hand. The listings hold corpus text, so they go to a folder outside the repository.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_folder() -> Path:
    """``$CORPUS_TOOLS_SHARED``, else ``../shared`` beside the repository."""
    return Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def excluded_ids() -> set[str]:
    """Ids of the gold pool (``training/gold_pool_ids.txt``) and of every dev manifest."""
    ids = set()
    for line in (REPO / "training" / "gold_pool_ids.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ids.add(line.split()[0])
    for man in (REPO / "benchmarks" / "gold").glob("dev*/manifest.tsv"):
        for line in man.read_text(encoding="utf-8").splitlines()[1:]:
            ids.add(line.split("\t")[1])
    return ids


def unseen_articles(shared: Path, keep: Callable[[str], bool]) -> list[dict]:
    """Articles outside :func:`excluded_ids` whose body passes *keep*, in file order."""
    skip = excluded_ids()
    out = []
    with lzma.open(shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] not in skip and keep(a.get("text") or ""):
                out.append(a)
    return out


def draw(rest: list[dict], seeds: dict[str, tuple[int, int]], sample: str) -> list[dict]:
    """Sample *sample*: the samples are drawn in name order, each from what the earlier ones left."""
    for name in sorted(seeds):
        seed, n = seeds[name]
        got = random.Random(seed).sample(rest, n)
        if name == sample:
            return got
        taken = {x["id"] for x in got}
        rest = [x for x in rest if x["id"] not in taken]
    raise ValueError(f"sample = {sample!r}; expected one of {sorted(seeds)}")


def write_listings(arts: list[dict], *, label: str, ends: re.Pattern, out: Path, stem: str,
                   pred_context: tuple[int, int], cand_context: tuple[int, int]) -> tuple[int, int]:
    """Write ``<stem>_<label>s.jsonl`` (every *label* prediction) and ``<stem>_cands.jsonl`` (every
    *ends* match no *label* prediction covers, with what covers it instead); return both counts.

    ``stem`` holds ``{}`` where the listing's name goes; the contexts are (characters before,
    characters after) the span.
    """
    from corpus_tools.entities import find_entities

    key = label.lower()
    found, cands = [], []
    for a in arts:
        text = a["title"] + "\n\n" + a["text"]
        ents = find_entities(text)
        spans = [(e.start, e.end) for e in ents if e.label == label]
        for e in ents:
            if e.label == label:
                found.append({"id": a["id"], key: e.text, "source": e.source, "start": e.start,
                              "ctx": text[max(0, e.start - pred_context[0]):e.start] + "[" + e.text + "]"
                              + text[e.end:e.end + pred_context[1]]})
        for m in ends.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a0 < e for a0, b in spans):
                continue
            other = [f"{x.label}:{x.text}" for x in ents if x.start < e and s < x.end]
            cands.append({"id": a["id"], "hit": m.group(), "start": s, "other": other,
                          "ctx": text[max(0, s - cand_context[0]):s] + "<" + m.group() + ">" + text[e:e + cand_context[1]]})
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ((key + "s", found), ("cands", cands)):
        with open(out / f"{stem.replace('{}', name)}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles, {len(found)} {label} mentions, {len(cands)} uncovered endings", file=sys.stderr)
    return len(found), len(cands)


def sample_main(argv: list[str] | None, *, description: str, seeds: dict[str, tuple[int, int]],
                reports: Callable[[Path], list[dict]], label: str, ends: re.Pattern,
                pred_context: tuple[int, int], cand_context: tuple[int, int]) -> int:
    """The command line of a sample script: ``OUT_DIR [--sample NAME] [--tag TAG]``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("out", type=Path, help="folder outside the repository for the listings")
    ap.add_argument("--sample", choices=sorted(seeds), default=sorted(seeds)[0])
    ap.add_argument("--tag", default="now", help="suffix of the output files (before/after)")
    args = ap.parse_args(argv)
    arts = draw(reports(shared_folder()), seeds, args.sample)
    write_listings(arts, label=label, ends=ends, out=args.out, stem=f"{args.sample}_{{}}_{args.tag}",
                   pred_context=pred_context, cand_context=cand_context)
    return 0
