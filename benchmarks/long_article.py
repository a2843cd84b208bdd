"""Peak memory of ``tokens_frame`` on one very long article (issue 19, case 2).

One article of N characters is made from the People's Daily of January 1998 (the plain text
of its articles run together, from ``../shared/data/people_daily_1998/199801.txt``; nothing is
copied into the repository) and its token table is built with the default pipeline
(``load_pipeline()``: segmenter and tagger), one process, no cache. Each length runs in a
fresh child process; the figure is that process's peak resident set (``ru_maxrss``).

Articles longer than ``corpus_tools.parsing.stream.MAX_PARSE_CHARS`` are parsed in sentence-aligned
pieces, so memory should stay flat in the article's length; ``--whole`` sets the limit above
the article's length for comparison (the behaviour before issue 19: one Doc through the
tagger; spaCy refuses over 1,000,000 characters, E088).

Usage::

    nice -n 5 python benchmarks/long_article.py --write
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
DEFAULT_DATA = SHARED / "data" / "people_daily_1998" / "199801.txt"

from _report import machine_line, write_section  # noqa: E402

NOTE = ("The pipeline's working memory is bounded by one piece; what still grows with the article is "
        "the article's own Doc and token table (about 1 GiB per million characters here: the pieces' "
        "Docs, the joined Doc and the table), against about 9 GiB per million parsed as one Doc "
        "(and spaCy's E088 refusal above 1,000,000 characters).")


def child(n_chars: int, whole: bool, data: Path) -> dict:
    import warnings

    import pandas as pd
    from people_daily import read_articles

    import corpus_tools.parsing as parsing
    from corpus_tools import Corpus, load_pipeline

    text, paras = "", []
    for ps in read_articles(data).values():
        paras.extend(p for p in ps if p.strip())
        if sum(map(len, paras)) > n_chars:
            break
    text = "\n".join(paras)[:n_chars]
    if whole:
        parsing.stream.MAX_PARSE_CHARS = n_chars + 1  # read at call time from the module that owns it
    corpus = Corpus.from_articles(pd.DataFrame({"issue_id": ["long"], "article_id": ["long-01"],
                                                "title": ["长文"], "body": [text]}))
    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, n_chars + 10)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    t0 = time.process_time()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        table = parsing.tokens_frame(corpus, nlp=nlp, progress=False, cache_dir=False)
    return {"chars": len(corpus.articles[0].text), "tokens": len(table), "cpu_s": time.process_time() - t0,
            "peak_gib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, "before_gib": base,
            "warned": any("long-01" in str(w.message) for w in seen)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--lengths", type=int, nargs="+", default=[50_000, 200_000, 800_000, 1_200_000])
    ap.add_argument("--whole-lengths", type=int, nargs="*", default=[50_000, 200_000],
                    help="lengths also parsed as one Doc (the old behaviour), for comparison")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--child", nargs=2, metavar=("N", "WHOLE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(int(args.child[0]), args.child[1] == "1", args.data)))
        return 0
    if not args.data.is_file():
        print(f"{args.data}: not found; this benchmark needs ../shared", file=sys.stderr)
        return 2
    rows = []
    runs = [(n, False) for n in args.lengths] + [(n, True) for n in args.whole_lengths]
    for n, whole in runs:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        load = os.getloadavg()[0]
        out = subprocess.run([sys.executable, __file__, "--data", str(args.data), "--child", str(n),
                              "1" if whole else "0"], env=env, capture_output=True, text=True)
        if out.returncode:
            rows.append({"n": n, "whole": whole, "error": out.stderr.strip().splitlines()[-1][:200], "load": load})
        else:
            rows.append({"n": n, "whole": whole, "load": load, **json.loads(out.stdout.strip().splitlines()[-1])})
        print(rows[-1], flush=True)
    lines = ["## One very long article (`benchmarks/long_article.py`)", "", machine_line(), "",
             "`tokens_frame` of a corpus holding one article of N characters (People's Daily 1998 text run "
             "together), default pipeline, one process, no cache; peak resident memory of a fresh process "
             "('before parsing': after `load_pipeline()`).", "",
             "| article length | parsed as | tokens | CPU time | peak memory | before parsing | warning names it | load average |",
             "|---:|---|---:|---:|---:|---:|---|---:|"]
    for r in rows:
        how = "one Doc (old)" if r["whole"] else f"pieces of <= {20_000:,} chars"
        if "error" in r:
            lines.append(f"| {r['n']:,} | {how} | failed: {r['error']} | | | | | {r['load']:.1f} |")
        else:
            lines.append(f"| {r['chars']:,} | {how} | {r['tokens']:,} | {r['cpu_s']:.0f} s | {r['peak_gib']:.2f} GiB "
                         f"| {r['before_gib']:.2f} GiB | {'yes' if r['warned'] else 'no'} | {r['load']:.1f} |")
    lines += ["", NOTE, "", "Reproduce: `nice -n 5 python benchmarks/long_article.py --write`"]
    if args.write:
        write_section("long_article", "\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
