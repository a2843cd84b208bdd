"""Draw a sample of local reports from the crawl and list every quoted span and detector output for labelling.

    python training/slogans/crawl_sample.py OUT [--n 150] [--seed 15] [--exclude DIR] [--wide]

Round twelve (slogan15) builds hand-labelled evidence that is not gold: People's Daily articles of 2019-2020
outside the gold pool (``training/crawl.py`` skips it), local reports preferred (a county, township, village or
county-level city in the title or the first sentence, one governance keyword, 300-3,000 CJK characters and at
least one quotation), shuffled with a fixed seed. It writes, outside the repository (the crawl's text is
research-only):

* ``OUT/texts/<id>.txt``: each article as a text report (title, blank line, paragraphs), readable by
  :func:`corpus_tools.scoring.slogans.read_text_reports`;
* ``OUT/spans.tsv``: one row per quoted span (“…”) and per marked detector output that is not a whole quoted
  span: ``article, n, quoted, detector_kind, text, context``. ``detector_kind`` is the kind the shipped
  detector gives the span on that page (``-`` for none).

``--exclude DIR`` leaves out the articles of an earlier sample (its ``texts/``); ``--wide`` drops the governance
keyword (a second, held-out sample of the same round was drawn so). The labels are added by hand in a copy (``labels.tsv``: the same rows plus ``label``: ``no`` or a kind, and
``gold_text`` when the guide records another form) and read by ``crawl_eval.py``.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from crawl import read_crawl  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
QUOTE = re.compile(r"“([^“”\n]{1,60})”")


def local_report(a: dict, wide: bool = False) -> bool:
    """A local report: a place of county level or lower near the start, a governance keyword, a quotation."""
    from gold_select import CITY_PLACE, COLUMNS7, FIRST_SENTENCE, GOVERNANCE, TITLE_PLACE, cjk_count

    if not 300 <= cjk_count(a["text"]) <= 3000 or "“" not in a["text"] \
            or not (wide or GOVERNANCE.search(a["text"])):
        return False
    if COLUMNS7.search(a["title"]):
        return False
    first = FIRST_SENTENCE.match(a["text"].lstrip("\u3000 \n")).group()
    return any(rx.search(f) for rx in (TITLE_PLACE, CITY_PLACE) for f in (a["title"], first))


def report_text(a: dict) -> str:
    """The article as a text report: title, blank line, one paragraph a line."""
    paras = [p.strip(" \t\u3000") for p in a["text"].split("\n") if p.strip(" \t\u3000")]
    return a["title"].strip() + "\n\n" + "\n".join(paras) + "\n"


def rows_for(issue) -> list[list[str]]:
    """Every quoted span of the page and every marked detector output, with the detector's kind."""
    from corpus_tools.slogans import page_slogans, slogan_key
    from corpus_tools.slogans.page import issue_units

    stem = issue.id
    body = "\n".join(t for _, _, t in issue_units(issue))
    found = page_slogans(issue)
    by_key = {slogan_key(t): k for t, k in zip(found["text"], found["kind"])}
    rows, seen = [], set()
    for i, q in enumerate(QUOTE.finditer(body)):
        key = slogan_key(q.group(1))
        kind = by_key.get(key, "-")
        ctx = body[max(0, q.start() - 30):q.end() + 20].replace("\n", "/")
        rows.append([stem, str(i), "q", kind, q.group(1), ctx])
        seen.add(key)
    for t, k in zip(found["text"], found["kind"]):
        key = slogan_key(t)
        if key in seen:
            continue
        seen.add(key)
        at = body.find(t)
        ctx = body[max(0, at - 30):at + len(t) + 20].replace("\n", "/") if at >= 0 else ""
        rows.append([stem, "d", "u", k, t, ctx])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="an earlier sample's folder")
    ap.add_argument("--wide", action="store_true", help="no governance keyword needed")
    args = ap.parse_args(argv)
    skip = {p.stem for d in args.exclude for p in (d / "texts").glob("*.txt")}
    pool = [a for a in read_crawl(SHARED) if a["id"] not in skip and local_report(a, args.wide)]
    random.Random(args.seed).shuffle(pool)
    take = pool[:args.n]
    (args.out / "texts").mkdir(parents=True, exist_ok=True)
    from corpus_tools.scoring.slogans import read_text_reports

    stems = []
    for a in take:
        (args.out / "texts" / f"{a['id']}.txt").write_text(report_text(a), encoding="utf-8")
        stems.append(a["id"])
    corpus = read_text_reports(args.out / "texts", stems)
    with open(args.out / "spans.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["article", "n", "quoted", "detector_kind", "text", "context"])
        for issue in corpus:
            for r in rows_for(issue):
                w.writerow(r)
    print(f"{len(pool)} local reports outside the gold pool; wrote {len(take)} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
