"""Time the slogan calls a formula scholar makes on one corpus in one session (user32 F13).

Reads a folder of pages (default: tests/data/user32/pages), then times ``extract_slogans``,
``slogan_mentions`` and ``page_slogans`` over every issue, twice each (the second call shows what
a session gets back from work already done). ``--profile`` prints the top of a cProfile of the
``page_slogans`` loop. ``--report`` times the user's second step instead: a Python session that reads the
folder with an analysis cache (``CORPUS_TOOLS_CACHE``, a fresh temporary folder) and tags entities and slogans,
then ``corpus-tools report`` on the same folder and cache in a new process (user32 F13: 100+ s).  Run from the
repository root with PYTHONPATH at the tree::

    OMP_NUM_THREADS=1 python benchmarks/mend33c_slogan_time.py [folder] [--profile] [--report [--formulae FILE]]
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path


def time_report(folder: Path, formulae: "str | None") -> None:
    """A cached session, then the CLI report on the same cache, each timed."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CORPUS_TOOLS_CACHE"] = str(Path(tmp) / "cache")
        import corpus_tools as ct

        warnings.simplefilter("ignore")
        t = time.perf_counter()
        corpus = ct.read_corpus(folder)
        corpus.issues_frame()
        ct.extract_entities(corpus)
        lex = ct.load_formula_lexicon(extra=formulae) if formulae else None
        ct.extract_slogans(corpus, formulae=lex)
        ct.slogan_mentions(corpus, formulae=lex)
        print(f"session (read, issues, entities, slogans, mentions): {time.perf_counter() - t:.2f} s", flush=True)
        cmd = [sys.executable, "-m", "corpus_tools.cli", "report", str(folder), "-o", str(Path(tmp) / "report"),
               "--by", "year", "-q"] + (["--formulae", formulae] if formulae else [])
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        print(f"corpus-tools report after the session: {time.perf_counter() - t:.2f} s (rc {r.returncode})")
        if r.returncode:
            print(r.stderr[-2000:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default="tests/data/user32/pages", type=Path)
    ap.add_argument("--profile", action="store_true", help="profile the first page_slogans loop")
    ap.add_argument("--report", action="store_true", help="time a cached session, then the CLI report")
    ap.add_argument("--formulae", default=None, help="a user formula file for --report")
    args = ap.parse_args(argv)
    if args.report:
        time_report(args.folder, args.formulae)
        return 0
    import corpus_tools as ct
    from corpus_tools.slogans import page_slogans

    warnings.simplefilter("ignore")
    t = time.perf_counter()
    corpus = ct.read_corpus(args.folder)
    print(f"read_corpus: {time.perf_counter() - t:.2f} s, {len(corpus.issues)} issues")

    def loop():
        return [page_slogans(i) for i in corpus.issues]

    for name, fn in [("page_slogans x issues (cold)", loop),
                     ("extract_slogans", lambda: ct.extract_slogans(corpus)),
                     ("slogan_mentions", lambda: ct.slogan_mentions(corpus)),
                     ("page_slogans x issues (after the table)", loop)]:
        prof = cProfile.Profile() if args.profile and "cold" in name else None
        t = time.perf_counter()
        if prof:
            prof.enable()
        fn()
        if prof:
            prof.disable()
        print(f"{name}: {time.perf_counter() - t:.2f} s", flush=True)
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
