"""Draw unseen People's Daily reports with facility words and list FAC predictions and likely FAC misses.

Used for ``benchmarks/fac_sample.md``. It draws reports (a body of at least 400 characters with at
least four facility-head hits: 楼 塔 门 街 路 桥 公园 广场 景区 古镇 馆 园 基地 遗址 故居 寺 庙 祠 堂)
from ``$CORPUS_TOOLS_SHARED/data/people_daily_2019_2020/articles.jsonl.xz`` that are in no gold pool
(``training/gold_pool_ids.txt``) and in no dev manifest, runs :func:`corpus_tools.entities.find_entities`
on title + body, and writes every FAC prediction and every facility-head ending not covered by a FAC
prediction (with what covers it instead), for judging by hand. Nothing is scored automatically.

Usage::

    python benchmarks/fac_sample.py OUT_DIR --sample A --tag before   # discovery sample (seed 16, 100 articles)
    python benchmarks/fac_sample.py OUT_DIR --sample B --tag after    # check sample, not looked at while fixing
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
SEEDS = {"A": (16, 100), "B": (2016, 100)}
FAC_END = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:公园|广场|景区|风景区|水乡|古镇|小镇|遗址|旧址|故居|纪念馆|博物馆|展览馆|美术馆|"
    r"科技馆|体育馆|图书馆|文化馆|基地|大桥|桥|楼|塔|门|大街|街|路|大道|寺|庙|祠|祠堂|堂|园|宫|阁|殿|城墙)")


def _excluded() -> set[str]:
    ids = set()
    for line in (REPO / "training" / "gold_pool_ids.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ids.add(line.split()[0])
    for man in (REPO / "benchmarks" / "gold").glob("dev*/manifest.tsv"):
        for line in man.read_text(encoding="utf-8").splitlines()[1:]:
            ids.add(line.split("\t")[1])
    return ids


def facility_reports(shared: Path) -> list[dict]:
    """Articles that qualify (facility words, unseen), in file order."""
    skip = _excluded()
    out = []
    with lzma.open(shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            body = a.get("text") or ""
            if a["id"] in skip or len(body) < 400 or len(body) > 3000:
                continue
            if len(FAC_END.findall(body)) >= 4:
                out.append(a)
    return out


def draw(shared: Path, sample: str) -> list[dict]:
    """Sample A; B drawn from what A left."""
    rest = facility_reports(shared)
    for name in sorted(SEEDS):
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
    facs, cands = [], []
    for a in arts:
        text = a["title"] + "\n\n" + a["text"]
        ents = find_entities(text)
        spans = [(e.start, e.end) for e in ents if e.label == "FAC"]
        for e in ents:
            if e.label == "FAC":
                facs.append({"id": a["id"], "fac": e.text, "source": e.source, "start": e.start,
                             "ctx": text[max(0, e.start - 10):e.start] + "[" + e.text + "]" + text[e.end:e.end + 6]})
        for m in FAC_END.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a0 < e for a0, b in spans):
                continue
            other = [f"{x.label}:{x.text}" for x in ents if x.start < e and s < x.end]
            cands.append({"id": a["id"], "hit": m.group(), "start": s, "other": other,
                          "ctx": text[max(0, s - 8):s] + "<" + m.group() + ">" + text[e:e + 5]})
    for name, rows in (("facs", facs), ("cands", cands)):
        with open(args.out / f"{args.sample}_{name}_{args.tag}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles, {len(facs)} FAC mentions, {len(cands)} uncovered facility endings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
