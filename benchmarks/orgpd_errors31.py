"""Error table of the OPEN People's Daily reports (ORG, PERSON, VILLAGE by default), for the thirty-first round's census.

Reads the open reports only: the entities-dev tune reports and the open parts of dev4-dev9 (the reports
``train_org_arbiter.OPEN_DEV`` lists; never the kept-apart ones), texts rebuilt with ``benchmarks/gold_texts.py``.

Usage::

    PYTHONPATH=. python benchmarks/orgpd_errors31.py --dev-root /tmp/devs [--labels ORG,PERSON,VILLAGE]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training" / "ner"))


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--dev-root", type=Path, default=Path("/work"))
    ap.add_argument("--labels", default="ORG,PERSON,VILLAGE")
    args = ap.parse_args(argv)
    from train_org_arbiter import open_documents

    from corpus_tools.scoring.entities import error_table, tag_documents

    docs = [d for d in open_documents(args.shared, args.dev_root, ("edev", *(f"dev{n}" for n in range(4, 10))))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = tag_documents(docs)
    errs = error_table(docs, pred)
    labels = set(args.labels.split(","))
    errs = errs[errs["label"].isin(labels)]
    for _, r in errs.iterrows():
        print(f"{r['doc']}\t{r['kind']}\t{r['label']}\t{r['text']}\t{r['count']}\t{r['pattern']}\t{r['other']}")
    print(errs.groupby(["label", "kind"])["count"].sum().to_string(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
