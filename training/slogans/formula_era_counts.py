"""Count the known formulae of ``data/formulae.tsv`` on the two dated corpora, to check their era.

    python training/slogans/formula_era_counts.py [--from 2008 --to 2019] [--shared ../shared]

For each entry introduced in the chosen years (default 2008-2019) it prints, on People's Daily January 1998
(``people_daily_1998/199801.txt``, tags removed) and on People's Daily 2019-2020 (``articles.jsonl.xz``):

* ``raw``: a plain string count of every form (text and variants, in the counting form: whitespace and
  quotation marks deleted), overlaps counted once per position;
* ``found``: the mentions :func:`~corpus_tools.slogans.find_formulae` finds with no date given (longest form
  wins, ``not_in`` applied), and ``dated``: with each article's date (the ``year`` filter applied);
* the first month of the 2019-2020 crawl that prints it.

An entry found in 1998 undated is either the same words used otherwise (the year filter drops them when the
date is known) or a wrong year; an entry of 2008-2019 the crawl never prints is a suspect form. The script
only reads the corpora and prints; nothing it prints is shipped (research-only data).
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def days_1998(path: Path) -> dict[str, str]:
    """Day (ISO) -> plain text of the PKU-tagged January 1998 People's Daily."""
    days: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = line.split()
        if not toks:
            continue
        day = f"{toks[0][:4]}-{toks[0][4:6]}-{toks[0][6:8]}"
        words = [re.sub(r"/[A-Za-z]+$", "", t.split("]")[0]).lstrip("[") for t in toks[1:]]
        days.setdefault(day, []).append("".join(words))
    return {d: "\n".join(ps) for d, ps in days.items()}


def articles_2019(path: Path) -> list[tuple[str, str]]:
    """(date, title and text) of every article of the 2019-2020 crawl."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [(r["date"], (r.get("title") or "") + "\n" + r["text"]) for r in rows]


def main(argv: list[str] | None = None) -> int:
    from corpus_tools.slogans import slogan_key
    from corpus_tools.slogans.formulae import FormulaMatcher, find_formulae, load_formula_lexicon

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=2008)
    ap.add_argument("--to", dest="last", type=int, default=2019)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    data = args.shared / "data"
    lex = load_formula_lexicon()
    rows = lex[lex["year"].notna() & lex["year"].between(args.first, args.last)]
    matcher = FormulaMatcher.build(lex)
    corpora = {"1998": sorted(days_1998(data / "people_daily_1998" / "199801.txt").items()),
               "2019-20": articles_2019(data / "people_daily_2019_2020" / "articles.jsonl.xz")}
    strip = re.compile(r"[\s“”‘’「」\"']")
    raw: dict[str, Counter] = {c: Counter() for c in corpora}
    found: dict[str, Counter] = {c: Counter() for c in corpora}
    dated: dict[str, Counter] = {c: Counter() for c in corpora}
    first: dict[str, str] = {}
    forms = {r.text: sorted({slogan_key(f) for f in [r.text, *str(r.variants).split("|")] if f.strip()}, key=len)
             for r in rows.itertuples()}
    for name, docs in corpora.items():
        for date, text in docs:
            flat = strip.sub("", text)
            for entry, fs in forms.items():
                hits = {m.start() for f in fs for m in re.finditer(re.escape(f), flat)}
                raw[name][entry] += len(hits)
                if hits and name == "2019-20":
                    first[entry] = min(first.get(entry, "9999"), date[:7])
            found[name].update(m.formula for m in find_formulae(text, formulae=matcher))
            dated[name].update(m.formula for m in find_formulae(text, formulae=matcher, date=date))
    print("| year | formula | 1998 raw | 1998 found | 1998 dated | 2019-20 raw | 2019-20 found | first month |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for r in rows.sort_values(["year", "text"]).itertuples():
        print(f"| {r.year} | {r.text} | {raw['1998'][r.text]} | {found['1998'][r.text]} | {dated['1998'][r.text]} | "
              f"{raw['2019-20'][r.text]} | {found['2019-20'][r.text]} | {first.get(r.text, '')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
