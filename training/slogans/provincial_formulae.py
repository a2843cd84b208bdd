"""Candidate provincial formulae (省级提法) of the two dated corpora, by province, with their first date.

    python training/slogans/provincial_formulae.py [--min-paras 3] [--min-share 0.5] [--top 15]
                                                    [--province 河南] [--tsv out.tsv] [--shared ../shared]

The known-formula lexicon (``corpus_tools/data/formulae.tsv``) is curated by hand; its provincial rows are the
thinnest part (user32 F1: no Henan formula at all). This script proposes candidates for every province at once,
so that the curation covers provinces nobody has asked about yet.

Corpora: People's Daily January 1998 (``people_daily_1998/199801.txt``, tags removed, one paragraph per line) and
People's Daily 2019-2020 (``people_daily_2019_2020/articles.jsonl.xz``, paragraphs split at line breaks).

Candidates, per paragraph:

* **quoted**: a phrase of 2-12 characters printed in quotation marks (“X”), without sentence punctuation
  (``、`` allowed: a series);
* **counted**: a counting formula printed plain or quoted (a numeral 两 … 十 and two to six characters up to a
  separator, as ``formula_gaps.py`` reads them: 四张牌, 三化协调);
* **named**: a phrase of the shape *province name or its literary name + 2-4 characters* that the corpus also
  prints in quotation marks somewhere (中原更加出彩, 美丽河南 of a quoted 富强河南、…, 八闽大地 is never quoted).

A paragraph *belongs to* a province when it names the province (河南 / 河南省) or its literary name (中原 for
河南, 三湘 for 湖南, 八闽 for 福建 …: :data:`ALIASES`), which covers the provincial leaders' speeches too (the
paragraph reporting a 省委书记's speech names the province). A candidate is *provincial* for a province when at least
``--min-paras`` paragraphs print it and at least ``--min-share`` of them belong to that province (a national
formula is printed beside every province, so its share for any one of them stays low). For each such candidate the
script prints the paragraphs, the share, the share quoted, the first and last date and whether the lexicon already
covers it (a form of an entry contains it or it contains one).

Curation rule (``docs/slogans.md``, "Provincial formulae"): a candidate becomes a lexicon row only when (1) the
script proposes it for a province, (2) a dated official source names it (a party congress, plenum, provincial
document, or a central leader's inspection speech in the province), and (3) it is a formula, not a place's
description (中原地区) nor a campaign name of one event. ``year`` is the source's year, never the corpus's first
date (the 1998 corpus is one month, the 2019-2020 crawl two years). Formulae of a province introduced after 2020,
which the corpora cannot attest, are added only from the provincial party congress or plenum that announced them,
with that source named. Nothing this script prints is shipped (research-only data).
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: Literary or short names a province's formulae use instead of its name (two characters or more: one-character
#: abbreviations such as 豫 are too ambiguous in running text).
ALIASES: dict[str, tuple[str, ...]] = {
    "河南": ("中原",), "山东": ("齐鲁",), "河北": ("燕赵",), "湖北": ("荆楚",), "湖南": ("三湘", "湖湘"),
    "四川": ("巴蜀", "天府"), "福建": ("八闽",), "陕西": ("三秦",), "广西": ("八桂",), "黑龙江": ("龙江",),
    "安徽": ("江淮",), "江西": ("赣鄱",), "山西": ("三晋",), "甘肃": ("陇原",), "浙江": ("之江",),
    "云南": ("彩云之南",), "贵州": ("多彩贵州",), "新疆": ("天山南北",), "辽宁": ("辽沈",),
}

_QUOTED_RE = re.compile(r"“([^“”‘’\n]{2,12})”")
_BAD_RE = re.compile(r"[。！？；：，,.!?;:（）()《》\d０-９A-Za-zＡ-Ｚａ-ｚ]")
_COUNTED_RE = re.compile(r"(?<![第每前后近这那这些几百千万亿零〇一二两三四五六七八九十\d])[“]?((?:[两三四五六七八九十]|[一二三四五六七八九十]个)"
                         r"[\u4e00-\u9fff]{2,6}?)(?=[”、，。；：！？\s和与及的]|$)")
_STRIP_RE = re.compile(r"[\s“”‘’「」\"']")


def provinces(shared: Path) -> dict[str, tuple[str, ...]]:
    """Province short name -> the names a paragraph may call it by (short name, full name, literary names)."""
    out: dict[str, tuple[str, ...]] = {}
    with open(shared / "data" / "admin_divisions_china" / "provinces.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            full = row["name"]
            short = re.sub(r"(壮族|回族|维吾尔)?自治区$|省$|市$", "", full)
            out[short] = (short, full, *ALIASES.get(short, ()))
    return out


def paragraphs_1998(path: Path) -> list[tuple[str, str]]:
    """(ISO date, plain paragraph) of the PKU-tagged January 1998 People's Daily."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = line.split()
        if not toks:
            continue
        day = f"{toks[0][:4]}-{toks[0][4:6]}-{toks[0][6:8]}"
        out.append((day, "".join(re.sub(r"/[A-Za-z]+$", "", t.split("]")[0]).lstrip("[") for t in toks[1:])))
    return out


def paragraphs_2019(path: Path) -> list[tuple[str, str]]:
    """(ISO date, paragraph) of every article (title as its own paragraph) of the 2019-2020 crawl."""
    out = []
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            for para in [r.get("title") or ""] + r["text"].split("\n"):
                if para.strip():
                    out.append((r["date"], para.strip()))
    return out


def candidates(para: str, names: set[str]) -> dict[str, bool]:
    """Candidate phrase (counting form) -> whether it is printed quoted in *para*."""
    out: dict[str, bool] = {}
    for m in _QUOTED_RE.finditer(para):
        if not _BAD_RE.search(m.group(1)):
            out[_STRIP_RE.sub("", m.group(1))] = True
    for m in _COUNTED_RE.finditer(para):
        out.setdefault(_STRIP_RE.sub("", m.group(1)), False)
    for name in names:
        for m in re.finditer(re.escape(name) + r"[\u4e00-\u9fff]{2,4}", para):
            out.setdefault(_STRIP_RE.sub("", m.group(0)), False)
    return out


def mine(paras: list[tuple[str, str]], prov: dict[str, tuple[str, ...]]) -> dict[str, dict]:
    """Candidate -> its paragraph count, quoted count, first / last date and paragraphs per province."""
    names = {n for ns in prov.values() for n in ns if n not in prov}    # literary names: 中原, 三湘 …
    names |= set(prov)
    stats: dict[str, dict] = defaultdict(lambda: {"n": 0, "q": 0, "first": "9999", "last": "0000",
                                                  "by": Counter()})
    for date, para in paras:
        found = candidates(para, names)
        if not found:
            continue
        belongs = [p for p, ns in prov.items() if any(n in para for n in ns)]
        for phrase, quoted in found.items():
            s = stats[phrase]
            s["n"] += 1
            s["q"] += quoted
            s["first"], s["last"] = min(s["first"], date), max(s["last"], date)
            for p in belongs:
                s["by"][p] += 1
    return stats


def covered(phrase: str, forms: list[str]) -> bool:
    """Whether a lexicon form contains *phrase* or *phrase* contains one."""
    return any(phrase in f or (len(f) >= 3 and f in phrase) for f in forms)


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(REPO))
    from corpus_tools.slogans import slogan_key
    from corpus_tools.slogans.formulae import load_formula_lexicon

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-paras", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.5)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--province", default=None, help="only this province (short name: 河南)")
    ap.add_argument("--tsv", type=Path, default=None, help="write every candidate to this file")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    prov = provinces(args.shared)
    lex = load_formula_lexicon()
    forms = [slogan_key(f) for t, v in zip(lex["text"], lex["variants"]) for f in [t, *str(v).split("|")] if f]
    corpora = {"1998": paragraphs_1998(args.shared / "data" / "people_daily_1998" / "199801.txt"),
               "2019-2020": paragraphs_2019(args.shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz")}
    rows = []
    for corpus, paras in corpora.items():
        for phrase, s in mine(paras, prov).items():
            if s["n"] < args.min_paras or not s["by"]:
                continue
            p, k = s["by"].most_common(1)[0]
            share = k / s["n"]
            if share < args.min_share or k < args.min_paras or phrase in prov[p]:
                continue
            # a named phrase (河南省委, 北京时间) must be quoted somewhere: a formula is printed as one
            if not s["q"] and not _COUNTED_RE.fullmatch(phrase):
                continue
            rows.append({"corpus": corpus, "province": p, "phrase": phrase, "paras": s["n"], "with_province": k,
                         "share": round(share, 2), "quoted": round(s["q"] / s["n"], 2), "first": s["first"],
                         "last": s["last"], "in_lexicon": covered(phrase, forms)})
    rows.sort(key=lambda r: (r["province"], -r["with_province"], r["phrase"]))
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["phrase"], delimiter="\t")
            w.writeheader()
            w.writerows(rows)
    by_prov: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if args.province in (None, r["province"]):
            by_prov[r["province"]].append(r)
    for p, rs in sorted(by_prov.items(), key=lambda kv: -len(kv[1])):
        print(f"== {p}: {len(rs)} candidates")
        for r in rs[:args.top]:
            print(f"  {r['phrase']:<14} {r['corpus']:<9} paras {r['paras']:>4} with {r['with_province']:>4} "
                  f"share {r['share']:.2f} quoted {r['quoted']:.2f} {r['first']}..{r['last']}"
                  f"{'  (lexicon)' if r['in_lexicon'] else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
