"""Frequent formula-shaped phrases of the two dated corpora that the known-formula lexicon lacks.

    python training/slogans/formula_gaps.py [--sample 1.0] [--min-docs 8] [--top 60] [--shared ../shared]

The known-formula lexicon (``corpus_tools/data/formulae.tsv``) is curated by hand; this script says where it is
thin. On People's Daily January 1998 (``people_daily_1998/199801.txt``, one document per day, tags removed) and
People's Daily 2019-2020 (``articles.jsonl.xz``, one document per article; ``--sample`` reads that share of the
articles, every n-th one) it counts, by the number of documents that print them:

* **quoted**: every phrase of 2-16 characters printed in quotation marks (“X”), without sentence punctuation;
* **counted**: every counting formula printed plain or quoted: a numeral of 两 … 十 (or 一 … 十 before 个) and
  two to six characters up to a separator, not after 第, 每, 这, a numeral … (三个代表, 四个意识, 两个维护, 五位一体 …; read as the corpus prints them,
  so descriptive counts such as 三个月 come too: the table is for a reader, never shipped).

A phrase is *covered* when a form of a lexicon entry (text or variant, in the counting form) contains it or it
contains one (find_formulae's matcher would count it), or the marked-slogan lexicon lists it (kind ``none`` too:
then it is a known non-formula). The script prints the uncovered phrases printed in at least ``--min-docs``
documents, most documents first, for each corpus and each shape, with the share of their mentions printed in
quotation marks. Nothing it prints is shipped (the corpora are research-only data); entries are added to the
lexicon by hand, with a dated source, or with an empty year (never guessed).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training" / "slogans"))

from formula_era_counts import articles_2019, days_1998  # noqa: E402

_QUOTED_RE = re.compile(r"“([^“”‘’\n]{2,16})”")
_BAD_RE = re.compile(r"[。！？；：，,.!?;:（）()《》\d０-９A-Za-zＡ-Ｚａ-ｚ]")
_COUNTED_RE = re.compile(r"(?<![第每前后近这那这些几百千万亿零〇一二两三四五六七八九十\d])[“]?((?:[两三四五六七八九十]|[一二三四五六七八九十]个)"
                         r"[\u4e00-\u9fff]{2,6}?)(?=[”、，。；：！？\s和与及的]|$)")
_STRIP_RE = re.compile(r"[\s“”‘’「」\"']")


def covered_keys() -> tuple[list[str], set[str]]:
    """(every form of the known-formula lexicon, every text and variant of the marked-slogan lexicon), as keys."""
    from corpus_tools.slogans import load_slogan_lexicon, slogan_key
    from corpus_tools.slogans.formulae import load_formula_lexicon

    forms = []
    for r in load_formula_lexicon().itertuples():
        forms += [slogan_key(f) for f in [r.text, *str(r.variants).split("|")] if f.strip() and f != "nan"]
    marked = set()
    for r in load_slogan_lexicon().itertuples():
        marked |= {slogan_key(f) for f in [r.text, *str(r.variants).split("|")] if f.strip() and f != "nan"}
    return sorted(set(forms), key=len), marked


def count(docs: list[str]) -> dict[str, tuple[Counter, Counter, Counter]]:
    """shape -> (documents printing the phrase, its mentions (counted shape only: the quoted shape's are counted
    in :func:`main` as a plain string count), its quoted mentions)."""
    out = {"quoted": (Counter(), Counter(), Counter()), "counted": (Counter(), Counter(), Counter())}
    for text in docs:
        seen: dict[str, set[str]] = {"quoted": set(), "counted": set()}
        for m in _QUOTED_RE.finditer(text):
            if not _BAD_RE.search(m.group(1)):
                seen["quoted"].add(m.group(1))
                out["quoted"][2][m.group(1)] += 1
        for m in _COUNTED_RE.finditer(text):
            phrase = m.group(1)
            seen["counted"].add(phrase)
            out["counted"][1][phrase] += 1
            if m.group(0).startswith("“") and text[m.end():m.end() + 1] == "”":
                out["counted"][2][phrase] += 1
        for shape, phrases in seen.items():
            out[shape][0].update(phrases)
    return out


def main(argv: list[str] | None = None) -> int:
    from corpus_tools.slogans import slogan_key

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--sample", type=float, default=1.0, help="share of the 2019-2020 articles read")
    ap.add_argument("--min-docs", type=int, default=8)
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    data = args.shared / "data"
    forms, marked = covered_keys()
    arts = [t for _, t in articles_2019(data / "people_daily_2019_2020" / "articles.jsonl.xz")]
    step = max(1, round(1 / args.sample))
    corpora = {"1998-01 (31 days)": list(days_1998(data / "people_daily_1998" / "199801.txt").values()),
               f"2019-2020 (1 in {step} of {len(arts)} articles)": arts[::step]}
    for name, docs in corpora.items():
        for shape, (ndocs, mentions, quoted) in count(docs).items():
            rows = []
            joined = "\n".join(docs)
            for phrase, n in ndocs.most_common():
                if n < args.min_docs:
                    break
                key = slogan_key(_STRIP_RE.sub("", phrase))
                if key in marked or any(f in key or key in f for f in forms if len(f) >= 2):
                    continue
                rows.append((phrase, n, max(mentions[phrase], joined.count(phrase)), quoted[phrase]))
            print(f"\n## {name}: {shape}, uncovered, in {args.min_docs}+ documents ({len(rows)})\n")
            print("| phrase | documents | mentions | quoted share |")
            print("|---|---:|---:|---:|")
            for phrase, n, m, q in rows[:args.top]:
                print(f"| {phrase} | {n} | {m} | {q / max(1, m):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
