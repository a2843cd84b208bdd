"""Time the ``corpus-tools`` commands a user runs one after another on one folder, cold and warm cache.

A folder of ``--pages`` page files (default 100) is generated from the five seed pages: page *i* is
seed ``i % 5`` with every digit shifted by ``i // 5`` (so every file's content is distinct, while the
layout, the places and the slogans stay those of real pages), named by a date (``2023-01-05_p07.txt``,
no manifest: the county and paper are read off the pages, as a new user's folder is read). Then the
commands run in a row, each in a fresh process, first with an empty analysis cache (cold), then again
(warm), then once with ``--no-cache``; the outputs of the three runs must be byte-identical (the script
says so and exits 1 when they are not).

Usage::

    OMP_NUM_THREADS=1 python benchmarks/cli_cache_speed.py [--pages 100] [--commands places,slogans]

CPU time (user + system of the child) is reported beside the wall clock: the machine is shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

#: command name -> extra arguments after the folder (the output goes to stdout, or -o for report)
COMMANDS: dict[str, list[str]] = {
    "articles": ["--format", "csv"],
    "places": ["--format", "csv"],
    "slogans": ["--format", "csv"],
    "slogans-lexicon": ["--format", "csv"],   # slogans with a user lexicon (--formulae FILE)
    "keywords": ["--format", "csv"],
    "trends": ["--terms", "乡村振兴,高质量发展", "--format", "csv"],
    "report": [],
}
USER_LEXICON = "text\tkind\tvariants\tyear\tlevel\tregion\tsource\tnote\tgroup\n" \
               "全域提升\tquoted\t\t2022\tcounty\t\tuser\t\t\n" \
               "古城保护\tquoted\t\t\tcounty\t\tuser\t\t\n"


def write_pages(folder: Path, n: int) -> int:
    """*n* distinct page files made from the seeds; returns the characters written."""
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    folder.mkdir(parents=True, exist_ok=True)
    start, total = dt.date(2021, 1, 4), 0
    for i in range(n):
        shift = i // len(texts)
        text = re.sub(r"[0-9]", lambda m: str((int(m.group()) + shift) % 10), texts[i % len(texts)])
        day = start + dt.timedelta(days=7 * (i // len(texts)))
        (folder / f"{day.isoformat()}_p{i % len(texts) + 1:02d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def _argv(name: str, folder: Path, out: Path, lexicon: Path) -> list[str]:
    cmd = "slogans" if name == "slogans-lexicon" else name
    argv = [sys.executable, "-m", "corpus_tools.cli", cmd]
    if cmd == "trends":
        argv += [str(folder)]
    else:
        argv += [str(folder)]
    argv += COMMANDS[name] + ["--quiet"]
    if name == "slogans-lexicon":
        argv += ["--formulae", str(lexicon)]
    if cmd == "report":
        argv += ["-o", str(out / "report")]
    return argv


def run(name: str, folder: Path, out: Path, lexicon: Path, env: dict, extra: list[str]) -> tuple[float, float, bytes]:
    """Wall and CPU seconds of one command, and what it printed (the report: its CSV tables)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(_argv(name, folder, out, lexicon) + extra, env=env, capture_output=True, cwd=REPO)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    result = proc.stdout
    if name == "report":   # the tables the report writes (the HTML holds timings and paths)
        result = b"".join(p.name.encode() + p.read_bytes() for p in sorted((out / "report").rglob("*.csv")))
        shutil.rmtree(out / "report")
    return wall, cpu, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--commands", default="articles,places,slogans,slogans-lexicon,keywords,trends,report")
    ap.add_argument("--modes", default="cold,warm,off", help="cold (empty cache), warm, off (--no-cache)")
    ap.add_argument("--keep", default=None, help="folder to write pages, cache and outputs into (kept)")
    args = ap.parse_args(argv)
    names = args.commands.split(",")
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cli_cache_speed."))
    folder, cache, out = base / "pages", base / "cache", base / "out"
    shutil.rmtree(cache, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    lexicon = base / "user_formulae.tsv"
    lexicon.write_text(USER_LEXICON, encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    n_chars = write_pages(folder, args.pages)
    env = dict(os.environ, CORPUS_TOOLS_CACHE=str(cache), OMP_NUM_THREADS="1", PYTHONPATH=str(REPO))
    print(f"{args.pages} pages, {n_chars:,} characters, in {folder}; cache {cache}; "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    results: dict[tuple[str, str], bytes] = {}
    print(f"| command | {' | '.join(f'{m} wall s | {m} CPU s' for m in args.modes.split(','))} |")
    rows: dict[str, list[str]] = {n: [] for n in names}
    for mode in args.modes.split(","):
        extra = ["--no-cache"] if mode == "off" else []
        for name in names:
            wall, cpu, result = run(name, folder, out, lexicon, env, extra)
            results[(mode, name)] = result
            rows[name] += [f"{wall:.1f}", f"{cpu:.1f}"]
            print(f"  {mode} {name}: wall {wall:.1f} s, CPU {cpu:.1f} s (load {os.getloadavg()[0]:.1f})", flush=True)
    for name in names:
        print(f"| {name} | {' | '.join(rows[name])} |")
    modes = args.modes.split(",")
    same = all(results[(m, n)] == results[(modes[0], n)] for m in modes for n in names)
    print("outputs identical across modes:", same)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
