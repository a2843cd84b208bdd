"""Draw unseen People's Daily county reports and list ORG predictions and likely ORG misses for judging.

Used for ``benchmarks/org_recall_sample.md``. It draws local or county-type reports (a body of at
least 600 characters with 县, 村, 乡 or 镇 at least 8 times) from
``$CORPUS_TOOLS_SHARED/data/people_daily_2019_2020/articles.jsonl.xz`` that are in no gold pool
(``training/gold_pool_ids.txt``) and in no dev manifest, runs :func:`corpus_tools.entities.find_entities`
on title + body, and writes, per article, every ORG prediction and every unit-word ending (局, 公司,
合作社, 日报 …) that no ORG prediction covers, with context, so that a person can judge recall and
precision by hand. The output holds corpus text, so it goes to a folder outside the repository.

Usage::

    python benchmarks/org_recall_sample.py OUT_DIR --sample A   # discovery sample (seed 15, 120 articles)
    python benchmarks/org_recall_sample.py OUT_DIR --sample B   # check sample (seed 2015, 100 others)
    python benchmarks/org_recall_sample.py OUT_DIR --sample C   # second check sample (seed 2016, 100 not in A or B)
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = {"A": (15, 120), "B": (2015, 100), "C": (2016, 100)}
# unit-word endings of the names GUIDE.md labels ORG; a hit not covered by an ORG prediction is a
# candidate miss, to be judged by hand (most are generic words and not misses)
UNIT_END = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:委员会|党工委|党委|党组|党支部|总支|支部|县委|市委|省委|政府|办事处|"
    r"局|厅|办|署|法院|检察院|医院|卫生院|学院|研究院|小学|中学|大学|学校|幼儿园|公司|集团|合作社|"
    r"协会|联合会|学会|商会|中心|站|所|大队|中队|日报|晚报|报社|电视台|广播电视台|融媒体中心|新闻|"
    r"发布|银行|分行|支行|信用社|厂|矿|基金会|联社|工作室|研究会)")


def _excluded() -> set[str]:
    ids = set()
    for line in (REPO / "training" / "gold_pool_ids.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ids.add(line.split()[0])
    for man in (REPO / "benchmarks" / "gold").glob("dev*/manifest.tsv"):
        for line in man.read_text(encoding="utf-8").splitlines()[1:]:
            ids.add(line.split("\t")[1])
    return ids


def county_reports(shared: Path) -> list[dict]:
    """Articles that qualify (county-type, unseen), in file order."""
    skip = _excluded()
    out = []
    with lzma.open(shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            body = a.get("text") or ""
            if a["id"] in skip or len(body) < 600:
                continue
            if sum(body.count(c) for c in "县村乡镇") >= 8:
                out.append(a)
    return out


def draw(shared: Path, sample: str) -> list[dict]:
    """Sample A; B drawn from what A left; C from what A and B left."""
    rest = county_reports(shared)
    for name in sorted(SEEDS):  # A, B, C in turn, each from the articles the earlier ones left
        seed, n = SEEDS[name]
        got = random.Random(seed).sample(rest, n)
        if name == sample:
            return got
        taken = {x["id"] for x in got}
        rest = [x for x in rest if x["id"] not in taken]
    raise ValueError(f"sample = {sample!r}; expected one of {sorted(SEEDS)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="folder outside the repository for the listings")
    ap.add_argument("--sample", choices=sorted(SEEDS), default="A")
    ap.add_argument("--tag", default="now", help="suffix of the output files (before/after)")
    args = ap.parse_args(argv)
    from corpus_tools.entities import find_entities

    shared = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
    arts = draw(shared, args.sample)
    args.out.mkdir(parents=True, exist_ok=True)
    orgs, cands = [], []
    for a in arts:
        text = a["title"] + "\n\n" + a["text"]
        ents = find_entities(text)
        spans = [(e.start, e.end) for e in ents if e.label == "ORG"]
        for e in ents:
            if e.label == "ORG":
                orgs.append({"id": a["id"], "org": e.text, "source": e.source, "start": e.start,
                             "ctx": text[max(0, e.start - 12):e.start] + "[" + e.text + "]" + text[e.end:e.end + 8]})
        for m in UNIT_END.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a0 < e for a0, b in spans):
                continue
            other = [f"{x.label}:{x.text}" for x in ents if x.start < e and s < x.end]
            cands.append({"id": a["id"], "hit": m.group(), "start": s, "other": other,
                          "ctx": text[max(0, s - 10):s] + "<" + m.group() + ">" + text[e:e + 6]})
    for name, rows in (("orgs", orgs), ("cands", cands)):
        with open(args.out / f"{args.sample}_{name}_{args.tag}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles, {len(orgs)} ORG mentions, {len(cands)} uncovered unit endings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
