"""MD5 of the library's outputs, to prove a refactoring changed no result.

    python benchmarks/baseline_outputs.py                  # print the md5s as JSON
    python benchmarks/baseline_outputs.py --out F.json     # also write them to F.json
    python benchmarks/baseline_outputs.py --check F.json   # exit 1 when any md5 differs from F.json

Corpora: the five seed pages (``load_seeds()``) and the first 300 articles (in file order)
of People's Daily January 1998 (``../shared/data/people_daily_1998/199801.txt``, read here
only, never copied; the full month's entity pass does not fit a short CPU budget on the
shared 2-core machine, so a slice). For each: the token table
(:func:`corpus_tools.tokens_frame`), the entities (:func:`corpus_tools.extract_entities`),
the slogans (:func:`corpus_tools.extract_slogans`), keywords by article and by issue
(:func:`corpus_tools.keywords`), and every CSV file the HTML report writes
(:func:`corpus_tools.build_report`). Every table is hashed as its CSV text; the parse cache
is off (``cache_dir=False``) so nothing is read from an earlier run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))  # people_daily.py: the corpus reader
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
if not (SHARED / "data").is_dir():  # a worktree sits one level deeper than the main checkout
    SHARED = Path("/work/shared")
PD1998 = SHARED / "data" / "people_daily_1998" / "199801.txt"
N_PD_ARTICLES = 300


def _md5_frame(df) -> str:
    return hashlib.md5(df.to_csv(index=False).encode("utf-8")).hexdigest()


def pd1998_slice(n: int = N_PD_ARTICLES):
    """The first *n* articles of January 1998 as a Corpus (one issue per day)."""
    import pandas as pd

    from people_daily import issue_day, read_articles

    from corpus_tools import Corpus

    arts = list(read_articles(PD1998).items())[:n]
    rows = [{"issue_id": f"rmrb{issue_day(art)}", "date": f"{issue_day(art)[:4]}-{issue_day(art)[4:6]}-{issue_day(art)[6:]}",
             "paper": "人民日报", "title": paras[0], "body": "\n".join(paras[1:])} for art, paras in arts]
    return Corpus.from_articles(pd.DataFrame(rows))


def outputs(name: str, corpus) -> dict[str, str]:
    from corpus_tools import build_report, extract_entities, extract_slogans, keywords, tokens_frame

    out: dict[str, str] = {}
    t0 = time.time()
    out[f"{name}/tokens"] = _md5_frame(tokens_frame(corpus, progress=False, cache_dir=False))
    out[f"{name}/entities"] = _md5_frame(extract_entities(corpus))
    out[f"{name}/slogans"] = _md5_frame(extract_slogans(corpus))
    out[f"{name}/keywords_article"] = _md5_frame(keywords(corpus, by="article", cache_dir=False))
    out[f"{name}/keywords_issue"] = _md5_frame(keywords(corpus, by="issue", cache_dir=False))
    with tempfile.TemporaryDirectory() as tmp:
        build_report(corpus, tmp, progress=False, cache_dir=False)
        for csv in sorted(Path(tmp).glob("*.csv")):
            out[f"{name}/report/{csv.name}"] = hashlib.md5(csv.read_bytes()).hexdigest()
    print(f"{name}: {time.time() - t0:.0f} s", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--check", type=Path)
    ap.add_argument("--skip-1998", action="store_true")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    from corpus_tools import load_seeds

    got = outputs("seeds", load_seeds())
    if not args.skip_1998 and PD1998.is_file():
        got.update(outputs(f"pd1998_first{N_PD_ARTICLES}", pd1998_slice()))
    print(json.dumps(got, indent=1, sort_keys=True))
    if args.out:
        args.out.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.check:
        want = json.loads(args.check.read_text(encoding="utf-8"))
        bad = sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))
        for k in bad:
            print(f"DIFFERS {k}: {want.get(k)} -> {got.get(k)}", file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
