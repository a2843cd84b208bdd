"""Count and list the quoted pairs the adopted-clause rule takes on People's Daily 2019-2020, for judging by hand.

    python training/slogans/pair_frames.py [--shared ../shared] [--out /tmp/pair_frames.tsv] [--sample 40]

The rule (:func:`corpus_tools.slogans.quoteframes.clause_pair`, evidence ``adopted clause pair``) takes a quoted
pair of two clauses when a verb of adoption stands in the clause before the quote. This script runs the marked
layer of :func:`corpus_tools.find_slogans` over every paragraph of the crawl (gold pool skipped,
``training/crawl.py``) that prints a quoted pair, keeps the finds with that evidence, prints their number and
writes every hit (article id, text, thirty characters of context either side) to ``--out`` (outside the
repository: the crawl's text does not enter it), with a seeded random sample of ``--sample`` marked for judging.
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

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
# a quotation of two parts of three to eight characters joined by one separator: the only quotes the rule reads
_PAIR_RE = re.compile(r"“[\u4e00-\u9fff]{3,8}[、，,][\u4e00-\u9fff]{3,8}”")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=Path("/tmp/pair_frames.tsv"))
    ap.add_argument("--sample", type=int, default=40)
    args = ap.parse_args(argv)
    import corpus_tools as ct

    hits, n_pairs = [], 0
    for doc in read_crawl(args.shared / "data" / "people_daily_2019_2020"):
        for para in doc["text"].split("\n"):
            k = len(_PAIR_RE.findall(para))
            if not k:
                continue
            n_pairs += k
            for m in ct.find_slogans(para, kinds=("quoted",)):
                if m.evidence == "adopted clause pair":
                    hits.append((doc["id"], m.text, para[max(0, m.start - 31):m.start - 1],
                                 para[m.end + 1:m.end + 31]))
    rng = random.Random(24)
    sample = set(rng.sample(range(len(hits)), min(args.sample, len(hits))))
    with args.out.open("w", encoding="utf-8") as fh:
        for i, (doc_id, text, left, right) in enumerate(hits):
            fh.write(f"{'S' if i in sample else '-'}\t{doc_id}\t{text}\t{left}\t{right}\n")
    print(f"quoted pairs of the rule's shape: {n_pairs}; taken by 'adopted clause pair': {len(hits)}; "
          f"sample of {len(sample)} marked S in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
