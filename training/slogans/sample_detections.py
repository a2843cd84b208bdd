"""Draw marked-slogan detections from unseen People's Daily 2019-2020 county and village reports to label by hand.

    python training/slogans/sample_detections.py --seed 11 --articles 120 --out detections.tsv [--contexts ctx.txt]

Articles: those of ``../shared/data/people_daily_2019_2020`` that read like a county or village report
(the title or kicker names a county, township or village, the body names 县 at least three
times and prints at least one quotation), never an article of
``rule_sample_labels.tsv``, drawn at random with *seed*. Every marked detection of
:func:`corpus_tools.slogans.find_slogans` (``formulae=False``) on those articles is written with its
article id, text, kind and evidence; the label column is left empty for a person to fill in under
``../shared/gold/slogans/GUIDE.md`` (1 = a slogan on that page, 0 = not). ``--contexts`` writes each
detection with its sentence to a file outside the repository, for the labeller only: the corpus is
research-only and its text never enters the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
#: A county or village report names a county, township or village in its title or kicker.
COUNTY_TITLE_RE = r"[县村乡镇]"


def county_reports(data: Path, exclude: set[str], *, any_article: bool = False) -> list[dict]:
    """The articles of the corpus that read like county or village reports (with *any_article*: every
    article that prints a quotation; the county reports not yet labelled ran out after sample D)."""
    docs = list(read_crawl(data))  # the gold pool skipped (training/crawl.py): no gold report is sampled
    return [d for d in docs if d["id"] not in exclude and "“" in d["text"]
            and (any_article or (re.search(COUNTY_TITLE_RE, d["title"]) and d["text"].count("县") >= 3))]


def labelled_ids(*names: str) -> set[str]:
    """Article ids of the hand-labelled TSVs of this folder (first column)."""
    out = set()
    for name in names:
        path = HERE / name
        if path.is_file():
            out |= {ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()
                    if ln and not ln.startswith("#")}
    return out


def main() -> None:
    from corpus_tools.slogans import find_slogans

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "people_daily_2019_2020")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--contexts", type=Path, default=None)
    ap.add_argument("--exclude", nargs="*", default=["rule_sample_labels.tsv", "detections_a.tsv",
                                                     "detections_b.tsv"])
    ap.add_argument("--any-article", action="store_true",
                    help="sample every article with a quotation, not only county reports")
    ap.add_argument("--exclude-ids", type=Path, action="append", default=[],
                    help="a TSV with an id column (e.g. a gold set's manifest.tsv) whose articles are left out")
    args = ap.parse_args()
    exclude = labelled_ids(*args.exclude)
    for path in args.exclude_ids:
        rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln]
        col = rows[0].index("id")
        exclude |= {r[col] for r in rows[1:]}
    docs = county_reports(args.data, exclude, any_article=args.any_article)
    random.seed(args.seed)
    sample = random.sample(docs, min(args.articles, len(docs)))
    rows, ctx = [], []
    for d in sample:
        text = d["text"]
        for m in find_slogans(text, formulae=False):
            rows.append(f"{d['id']}\t{m.text}\t{m.kind}\t{m.evidence}\t\n")
            a = max(text.rfind("。", 0, m.start), text.rfind("\n", 0, m.start)) + 1
            b = min(k for k in (text.find("。", m.end), text.find("\n", m.end), len(text)) if k >= 0)
            sentence = re.sub(r"\s+", "", text[a:b + 1])
            ctx.append(f"{len(rows)}\t{d['id']}\t{m.text}\t{m.kind}\t{m.evidence}\n    {sentence}\n")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# Marked detections on {len(sample)} People's Daily 2019-2020 county reports (seed {args.seed}; "
                 "training/slogans/sample_detections.py), labelled by hand under the guide (1 slogan, 0 not).\n")
        fh.write("id\ttext\tkind\tevidence\tlabel\n")
        fh.writelines(rows)
    if args.contexts:
        args.contexts.write_text("".join(ctx), encoding="utf-8")


if __name__ == "__main__":
    main()
