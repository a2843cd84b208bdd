"""Draw samples of unseen People's Daily county/village reports and list every VILLAGE,
TOWNSHIP and COMMUNITY prediction (with context) plus visible misses, for judging by hand.

The listing goes to a file outside the repository (the corpus is research-only)::

    PYTHONPATH=. CORPUS_TOOLS_SHARED=/work/shared python benchmarks/place_sample.py A /tmp/a.txt
    PYTHONPATH=. CORPUS_TOOLS_SHARED=/work/shared python benchmarks/place_sample.py B /tmp/b.txt

Sample A (discovery) and B (check) are disjoint draws from the same pool: articles not in
``training/gold_pool_ids.txt`` nor any ``benchmarks/gold/dev*/manifest.tsv``, with a body of at
least 600 characters holding 村 at least 4 times and 镇 or 乡 at least twice.
"""

from __future__ import annotations

import json
import lzma
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {"A": 1515, "B": 2026}
SIZES = {"A": 100, "B": 60}
LABELS = ("VILLAGE", "TOWNSHIP", "COMMUNITY")
#: strings that look like a place unit and are not inside any entity: candidate misses
MISS = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,5}?(?:村|屯|镇|乡|社区|街道|组)(?!委)|"
                  r"(?<=[村镇乡道县区市])[\u4e00-\u9fff]{2,5}?(?:村|屯|社区|组)(?!委)")


def pool() -> list[dict]:
    excluded = set((ROOT / "training" / "gold_pool_ids.txt").read_text().split())
    for m in (ROOT / "benchmarks" / "gold").glob("dev*/manifest.tsv"):
        excluded |= {line.split("\t")[1] for line in m.read_text().splitlines()[1:] if "\t" in line}
    path = Path(os.environ.get("CORPUS_TOOLS_SHARED", "/work/shared")) / "data/people_daily_2019_2020/articles.jsonl.xz"
    out = []
    with lzma.open(path, "rt") as f:
        for line in f:
            a = json.loads(line)
            t = a["text"]
            if a["id"] in excluded or len(t) < 600:
                continue
            if t.count("村") >= 4 and t.count("镇") + t.count("乡") >= 2:
                out.append(a)
    out.sort(key=lambda a: a["id"])
    return out


def draw(which: str) -> list[dict]:
    arts = pool()
    random.Random(SEEDS["A"]).shuffle(arts)
    a, rest = arts[:SIZES["A"]], arts[SIZES["A"]:]
    if which == "A":
        return a
    random.Random(SEEDS["B"]).shuffle(rest)
    return rest[:SIZES["B"]]


def main(which: str, out: str) -> None:
    from corpus_tools.entities import find_entities

    lines = []
    for a in draw(which):
        text = a["title"] + "\n\n" + a["text"]
        ents = find_entities(text)
        lines.append(f"=== {a['id']} {a['title']}")
        covered = [(e.start, e.end) for e in ents]
        seen = set()
        for e in ents:
            if e.label in LABELS or (e.label == "GPE" and e.text[-1] in "村镇乡"):
                key = (e.text, e.label)
                ctx = text[max(0, e.start - 12):e.start] + "[" + e.text + "]" + text[e.end:e.end + 8]
                first = "" if key in seen else "NEW"
                lines.append(f"{e.label}\t{e.text}\t{e.source}\t{first}\t{ctx.replace(chr(10), ' ')}")
                seen.add(key)
        ends = {ce for _, ce in covered}
        for m in MISS.finditer(text):
            s, e = m.span()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and s not in ends:
                continue  # only names that start after punctuation or right after a found place
            ctx = text[max(0, s - 10):s] + "{" + m.group() + "}" + text[e:e + 6]
            lines.append(f"MISS?\t{m.group()}\t\t\t{ctx.replace(chr(10), ' ')}")
    Path(out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
