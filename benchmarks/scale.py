"""Scale benchmark: parse throughput, peak memory and analysis time at 1x, 4x and 16x.

The corpus is the People's Daily of January 1998 (``../shared/data/people_daily_1998/199801.txt``,
research-only, never copied into the repository): the PKU word/tag annotation is stripped to get
plain article text, each article becomes one page (title, blank line, paragraphs separated by
blank lines) read with ``read_corpus(DataFrame)``. Larger corpora replicate the month with
distinct issue ids, each copy shifted by whole months (copy k is dated 1998-01 + k months), so
trends have a timeline. Layout is run once on the 1x corpus (and timed); copies share it.

Every measurement runs in a fresh child process; peak memory is the largest resident set of
that process *and its children* (spaCy's ``n_process`` workers, the LocalCluster's scheduler
and workers), sampled every 0.2 s with psutil.

Phases
------
parse-single   ``tokens_frame(corpus, n_process=1, cache_dir=False)``
parse-multi    ``tokens_frame(corpus, n_process=2, cache_dir=False)``  (all cores of this machine)
parse-cluster  ``distributed.parse`` on ``LocalCluster(n_workers=2, threads_per_worker=1)``
               (cluster start-up reported separately, not in the throughput)
analyses       on the parse cache: load the token table from the cache, then ``keywords``,
               ``TopicModel(10).fit`` and ``keyword_trends(by="month")``

Usage::

    nice -n 10 python benchmarks/scale.py --scales 1 4 16 --parse-scales 1 4 --write

Parse rows for scales not in ``--parse-scales`` are extrapolated from the largest measured one
and marked as such.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
DEFAULT_DATA = REPO.parent / "shared" / "data" / "people_daily_1998" / "199801.txt"

_TAG_RE = re.compile(r"/[A-Za-z]+\d*$")
_BRACKET_RE = re.compile(r"\][a-z]+$")


# ---------------------------------------------------------------------------------------
# Data


def read_people_daily(path: Path):
    """One row per article: ``issue_id`` (``19980101-01-001``), ``date``, ``text`` (plain)."""
    import pandas as pd

    arts: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            head, _, rest = line.partition(" ")
            key = head.rsplit("-", 1)[0]  # date-page-article (the last part numbers paragraphs)
            words = []
            for tok in rest.split():
                tok = _BRACKET_RE.sub("", tok.lstrip("["))  # [中央/n 人民/n]nt compound brackets
                words.append(_TAG_RE.sub("", tok))
            arts.setdefault(key, []).append("".join(words))
    rows = [{"issue_id": key, "date": f"{key[:4]}-{key[4:6]}-{key[6:8]}", "text": "\n\n".join(paras) + "\n"}
            for key, paras in arts.items()]
    return pd.DataFrame(rows)


def base_corpus(data: Path, store: Path) -> tuple:
    """The 1x corpus, laid out once and kept in a corpus_tools store (load skips layout)."""
    from corpus_tools import Corpus, read_corpus

    info_path = store / "bench.json"
    if info_path.exists():
        try:
            return Corpus.load(store), json.loads(info_path.read_text())
        except Exception:  # a damaged store: rebuild it below
            pass
    t0 = time.perf_counter()
    df = read_people_daily(data)
    corpus = read_corpus(df)
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    for issue in corpus.issues:
        _ = issue.layout
    t_layout = time.perf_counter() - t0
    raw_chars = int(df["text"].str.len().sum())
    t0 = time.perf_counter()
    corpus.save(store, tables=(), progress=False)
    t_save = time.perf_counter() - t0
    t0 = time.perf_counter()
    Corpus.load(store)
    t_load = time.perf_counter() - t0
    info = {"read_s": t_read, "layout_s": t_layout, "raw_chars": raw_chars, "save_s": t_save,
            "load_s": t_load, "issues": len(corpus), "articles": len(corpus.articles),
            "store_bytes": sum(p.stat().st_size for p in store.glob("*.parquet"))}
    info_path.write_text(json.dumps(info))
    return corpus, info


def replicate(base, k: int):
    """*k* copies of *base* with distinct ids, copy j shifted by j months; layouts shared."""
    from corpus_tools import Corpus

    issues = []
    for j in range(k):
        for issue in base.issues:
            d = issue.date
            if d is not None and j:
                m = d.month - 1 + j
                d = dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28))
            new = dataclasses.replace(issue, id=f"r{j:02d}_{issue.id}", date=d)
            new.__dict__["layout"] = issue.layout
            issues.append(new)
    return Corpus(issues)


def pipeline_options() -> dict:
    """The default pipeline (pkuseg + PKU tagger), without the tagger while it is not shipped."""
    from corpus_tools.nlp import TAGGER_DIR

    return {} if (Path(TAGGER_DIR) / "meta.json").is_file() else {"tagger": False}


# ---------------------------------------------------------------------------------------
# Child phases (each in its own process)


def run_phase(phase: str, scale: int, store: Path, cache: Path, data: Path, opts: dict) -> dict:
    from corpus_tools import load_pipeline
    from corpus_tools.parsing import tokens_frame

    base, _ = base_corpus(data, store)
    corpus = replicate(base, scale)
    nlp = load_pipeline(**opts)
    chars = sum(len(a.text) for a in corpus.articles)
    out = {"phase": phase, "scale": scale, "articles": len(corpus.articles), "chars": chars,
           "pipeline": f"load_pipeline(**{opts})"}
    out["load1"] = os.getloadavg()[0]
    if phase in ("parse-single", "parse-multi"):
        n = 1 if phase == "parse-single" else 2
        # the 1x single-process run fills the (empty) parse cache the analyses read later
        target = cache if (phase == "parse-single" and scale == 1) else False
        out["cache"] = "cold, written" if target else "off"
        t0 = time.perf_counter()
        df = tokens_frame(corpus, nlp=nlp, n_process=n, batch_size=64, cache_dir=target, progress=False)
        out["seconds"] = time.perf_counter() - t0
        out["tokens"] = len(df)
    elif phase == "parse-cluster":
        from distributed import Client, LocalCluster

        from corpus_tools import distributed as ctd

        t0 = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            out["startup_s"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            df = ctd.parse(corpus, client=client, nlp_options=opts, cache_dir=False, partition_size=500,
                           progress=False)
            out["seconds"] = time.perf_counter() - t0
            out["tokens"] = len(df)
    elif phase == "fill":
        t0 = time.perf_counter()
        df = tokens_frame(corpus, nlp=nlp, cache_dir=cache, progress=False)
        out["seconds"] = time.perf_counter() - t0
        out["tokens"] = len(df)
    elif phase == "analyses":
        from corpus_tools.keywords import keywords
        from corpus_tools.topics import TopicModel
        from corpus_tools.trends import keyword_trends

        pos = {} if opts.get("tagger", True) else {"pos": None}
        t0 = time.perf_counter()
        df = tokens_frame(corpus, nlp=nlp, cache_dir=cache, progress=False)
        out["load_tokens_s"] = time.perf_counter() - t0
        out["tokens"] = len(df)
        del df
        t0 = time.perf_counter()
        kw = keywords(corpus, by="month", nlp=nlp, cache_dir=cache, **pos)
        out["keywords_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        TopicModel(10, nlp=nlp, cache_dir=cache, max_iter=200, **pos).fit(corpus)
        out["topics_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        tr = keyword_trends(corpus, ["经济", "改革", "香港"], by="month", nlp=nlp, cache_dir=cache)
        out["trends_s"] = time.perf_counter() - t0
        out["check"] = [len(kw), int(tr.shape[0])]
    else:
        raise ValueError(f"phase value = {phase!r} is invalid")
    return out


# ---------------------------------------------------------------------------------------
# Parent: run children, sample memory, write the table


def _measure(args: list[str], timeout: float, common: list[str], max_gib: float
             ) -> tuple[dict | None, float, str]:
    import psutil

    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        result = Path(fh.name)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args, *common, "--result", str(result)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    peak = 0
    stop = threading.Event()
    over = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                rss = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
                peak = max(peak, rss)
                if rss > max_gib * 2**30:  # protect the shared machine: stop this child's session
                    over.set()
                    os.killpg(proc.pid, 9)
                    return
            except psutil.NoSuchProcess:
                return
            stop.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    err = ""
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)  # the child's own session: only what this script started
        proc.communicate()
        err = f"timeout after {timeout:.0f} s"
    stop.set()
    th.join()
    if over.is_set():
        err = f"stopped: the process tree exceeded --max-gib {max_gib:g} GiB"
    data = json.loads(result.read_text()) if proc.returncode == 0 and not over.is_set() \
        and result.stat().st_size else None
    result.unlink(missing_ok=True)
    return data, peak / 2**30, (err or "")[-2000:]


def _pipeline(results: list[dict]) -> str:
    name = results[0]["pipeline"] if results else "?"
    return "`load_pipeline()` (pkuseg + PKU tagger, the default)" if name == "load_pipeline(**{})" else f"`{name}`"


def _gib(r: dict) -> str:
    return "—" if r.get("peak_gib") is None else f"{r['peak_gib']:.2f}"


def _load(r: dict) -> str:
    return "—" if r.get("extrapolated") or r.get("load1") is None else f"{r['load1']:.1f}"


def _fmt_s(x: float | None) -> str:
    return "—" if x is None else (f"{x:,.1f}" if x < 100 else f"{x:,.0f}")


def render(results: list[dict], base: dict, command: str) -> str:
    from _report import machine_line

    failed = [r for r in results if r.get("error")]
    results = [r for r in results if not r.get("error")]
    parse = [r for r in results if r["phase"].startswith("parse")]
    lines = [
        "## Scale (`benchmarks/scale.py`)", "",
        machine_line(), "",
        f"Command: `{command}`. Corpus: People's Daily, January 1998 (PKU tags stripped), "
        f"{base['issues']:,} articles as one page each, replicated with distinct ids and dates; "
        f"pipeline: {_pipeline(results)}. The machine was shared with training jobs "
        "on both cores while this ran, so absolute speeds are low and the 2-process rows show "
        "contention more than the cores' capacity.", "",
        f"Reading and layout of the 1x corpus: {base['raw_chars']:,} characters, read in "
        f"{base['read_s']:.1f} s, layout in {base['layout_s']:.1f} s "
        f"({base['raw_chars'] / base['layout_s']:,.0f} chars/s, single process). Saved with "
        f"`Corpus.save` (no token tables) in {base['save_s']:.1f} s to {base['store_bytes'] / 2**20:.1f} MiB "
        f"of Parquet; `Corpus.load` takes {base['load_s']:.1f} s and runs no layout.", "",
        "**Parse** (every article parsed; `cache_dir=False` except where the cache is written; "
        "load avg = 1-minute load average of the machine when the run started)", "",
        "| scale | mode | articles | characters | tokens | time (s) | chars/s | peak memory (GiB) | load avg |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in parse:
        mode = {"parse-single": "1 process", "parse-multi": "n_process=2",
                "parse-cluster": "LocalCluster 2×1"}[r["phase"]]
        if r.get("extrapolated"):
            mode += " *(extrapolated)*"
        if r.get("startup_s") is not None:
            mode += f" (+{r['startup_s']:.0f} s start-up)"
        if r.get("cache") == "cold, written" and not r.get("extrapolated"):
            mode += " (writes the parse cache)"
        cps = r["chars"] / r["seconds"] if r.get("seconds") else None
        lines.append(f"| {r['scale']}x | {mode} | {int(r['articles']):,} | {int(r['chars']):,} | "
                     f"{r.get('tokens', 0):,} | {_fmt_s(r.get('seconds'))} | "
                     f"{'—' if cps is None else f'{cps:,.0f}'} | {_gib(r)} | "
                     f"{_load(r)} |")
    ana = [r for r in results if r["phase"] == "analyses"]
    if ana:
        lines += ["", "**Analyses on the cached parse** (token table read from the parse cache, then "
                  "each analysis; `keywords(by=\"month\")`, `TopicModel(10).fit`, "
                  "`keyword_trends(by=\"month\")` of three terms). At 1x the token table itself was "
                  "in the cache (the 1x parse wrote it); larger corpora are new corpora to the cache, so "
                  "their table is built from the cached per-article parses, all of them held in memory "
                  "by `parse_corpus` — that is what the memory column measures.", "",
                  "| scale | articles | tokens | load tokens (s) | keywords (s) | topics (s) | trends (s) "
                  "| peak memory (GiB) |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in ana:
            lines.append(f"| {r['scale']}x{' *(extrapolated)*' if r.get('extrapolated') else ''} | "
                         f"{r['articles']:,} | {r.get('tokens', 0):,} | "
                         f"{_fmt_s(r.get('load_tokens_s'))} | {_fmt_s(r.get('keywords_s'))} | "
                         f"{_fmt_s(r.get('topics_s'))} | {_fmt_s(r.get('trends_s'))} | {r['peak_gib']:.2f} |")
    lines += ["", growth_sentence(results)]
    for r in failed:
        lines.append(f"\nNot measured: {r['phase']} at {r['scale']}x ({r['error'].splitlines()[-1]}).")
    return "\n".join(lines)


def growth_sentence(results: list[dict]) -> str:
    """How cost grows with size, from the measured rows, with the issue's goals checked."""
    parse = {r["phase"]: r for r in results if r["phase"].startswith("parse") and not r.get("extrapolated")
             and r["scale"] == min(x["scale"] for x in results if x["phase"].startswith("parse"))}
    ana = sorted((r for r in results if r["phase"] == "analyses" and not r.get("extrapolated")),
                 key=lambda r: r["scale"])
    out = []
    single, multi = parse.get("parse-single"), parse.get("parse-multi")
    if single:
        out.append(f"Parsing costs a fixed {single['chars'] / single['seconds']:,.0f} characters per second "
                   "and process here, so its time grows linearly with the corpus (the larger parse rows are "
                   "that line, not measurements).")
    if single and multi:
        speedup = single["seconds"] / multi["seconds"]
        out.append(f"Two processes ran ×{speedup:.2f} the speed of one (goal: near ×2): both cores were "
                   "already busy with training jobs, so this run cannot show how parsing scales with cores.")
    if len(ana) >= 2:
        a, b = ana[0], ana[-1]
        k = b["scale"] / a["scale"]
        grow = ", ".join(f"{name} ×{b[key] / a[key]:.1f}" for name, key in
                         (("keywords", "keywords_s"), ("topics", "topics_s"), ("trends", "trends_s"))
                         if a.get(key) and b.get(key))
        out.append(f"From {a['scale']}x to {b['scale']}x (×{k:.0f} tokens) the analyses took {grow} the time, "
                   f"each under 60 s at {b['scale']}x ({max(b['keywords_s'], b['topics_s'], b['trends_s']):.0f} s "
                   "at most) once the token table is in memory" if max(b["keywords_s"], b["topics_s"], b["trends_s"]) < 60
                   else f"From {a['scale']}x to {b['scale']}x the analyses took {grow} the time")
        out[-1] += (f"; building that table the first time from {b['articles']:,} cached per-article parses took "
                    f"{b['load_tokens_s']:.0f} s and {b['peak_gib']:.1f} GiB, mostly because `parse_corpus` holds every "
                    f"parsed Doc in memory at once (goal: under 3 GiB at 16x — not met until the token table "
                    "is built batch by batch; see docs/scale.md).")
    return " ".join(out)


def extrapolate(results: list[dict], scales: list[int]) -> list[dict]:
    """Parse rows for unmeasured scales: time from the largest measured scale's chars/s, memory
    from a straight line through the two largest measured scales."""
    out = []
    for phase in ("parse-single", "parse-multi", "parse-cluster"):
        rows = sorted((r for r in results if r["phase"] == phase and r.get("seconds")), key=lambda r: r["scale"])
        if not rows:
            continue
        last = rows[-1]
        for s in scales:
            if any(r["scale"] == s for r in rows) or s < last["scale"]:
                continue
            f = s / last["scale"]
            mem = None  # one point does not separate the fixed cost (pipeline, corpus) from growth
            if len(rows) >= 2:
                a = rows[-2]
                slope = (last["peak_gib"] - a["peak_gib"]) / (last["scale"] - a["scale"])
                mem = last["peak_gib"] + slope * (s - last["scale"])
            out.append({**last, "scale": s, "articles": last["articles"] * f, "chars": last["chars"] * f,
                        "tokens": int(last.get("tokens", 0) * f), "seconds": last["seconds"] * f,
                        "peak_gib": mem, "extrapolated": True, "startup_s": last.get("startup_s")})
    rows = sorted((r for r in results if r["phase"] == "analyses" and not r.get("error")), key=lambda r: r["scale"])
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        for s in scales:
            if s <= b["scale"]:
                continue
            f = s / b["scale"]

            def line(key: str) -> float | None:
                if a.get(key) is None or b.get(key) is None:
                    return None
                slope = (b[key] - a[key]) / (b["scale"] - a["scale"])
                return b[key] + slope * (s - b["scale"])

            out.append({**b, "scale": s, "articles": int(b["articles"] * f), "tokens": int(b["tokens"] * f),
                        # reading cached parses is proportional to their number
                        "load_tokens_s": b["load_tokens_s"] * f,
                        "keywords_s": line("keywords_s"), "topics_s": line("topics_s"),
                        "trends_s": line("trends_s"),
                        # the variable part (parses and tables in memory) grows with the corpus
                        "peak_gib": a["peak_gib"] + (b["peak_gib"] - a["peak_gib"]) * f,
                        "extrapolated": True})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--parse-scales", type=int, nargs="+", default=[1, 4])
    ap.add_argument("--modes", nargs="+", default=["single", "multi", "cluster"],
                    choices=["single", "multi", "cluster"])
    ap.add_argument("--skip-analyses", type=int, nargs="*", default=[], help="scales without analyses")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "corpus_tools_scale")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per phase")
    ap.add_argument("--max-gib", type=float, default=12,
                    help="stop a phase whose process tree uses more memory than this (GiB)")
    ap.add_argument("--resume", action="store_true",
                    help="keep the phases already measured in WORKDIR/results.json and run the rest")
    ap.add_argument("--write", action="store_true", help="write the section of docs/benchmarks.md")
    ap.add_argument("--nlp-options", default=None,
                    help='JSON load_pipeline arguments (default: the shipped pkuseg + tagger, if present)')
    ap.add_argument("--render-only", action="store_true",
                    help="measure nothing: render (and --write) the table from WORKDIR/results.json")
    ap.add_argument("--command", default=None, help="the command to name in the table (with --render-only)")
    ap.add_argument("--child", nargs=2, metavar=("PHASE", "SCALE"), help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    store, cache = args.workdir / "base_store", args.workdir / "cache"
    opts = json.loads(args.nlp_options) if args.nlp_options else pipeline_options()
    if args.child:
        res = run_phase(args.child[0], int(args.child[1]), store, cache, args.data, opts)
        args.result.write_text(json.dumps(res))
        return 0
    if not args.data.is_file():
        sys.stderr.write(f"{args.data}: not found; pass --data or set up ../shared\n")
        return 2
    args.workdir.mkdir(parents=True, exist_ok=True)
    _, base = base_corpus(args.data, store)
    print(f"base: {base}", flush=True)
    plan = [(f"parse-{m}", s) for s in args.parse_scales for m in args.modes]
    if not ("single" in args.modes and 1 in args.parse_scales):
        plan += [("fill", 1)]
    plan += [("analyses", s) for s in args.scales if s not in args.skip_analyses]
    results: list[dict] = []
    saved = args.workdir / "results.json"
    if args.resume and saved.exists():  # keep what an interrupted run measured
        results = [r for r in json.loads(saved.read_text()) if not r.get("error")]
        done = {(r["phase"], r["scale"]) for r in results}
        plan = [p for p in plan if p not in done]
        print(f"resuming: {sorted(done)} already measured", flush=True)
    elif not args.render_only:
        import shutil

        shutil.rmtree(cache, ignore_errors=True)  # cold cache: parse-single 1x (or fill) writes it
    if args.render_only:
        results = json.loads(saved.read_text())
        plan = []
    for phase, scale in plan:
        t0 = time.perf_counter()
        data, peak, err = _measure([phase, str(scale)], args.timeout,
                                   ["--data", str(args.data), "--workdir", str(args.workdir),
                                    "--nlp-options", json.dumps(opts)], args.max_gib)
        row = data or {"phase": phase, "scale": scale, "error": err or "failed"}
        row["peak_gib"] = peak
        print(f"{phase} {scale}x: {time.perf_counter() - t0:.0f} s wall, peak {peak:.2f} GiB, "
              f"{json.dumps({k: v for k, v in row.items() if k != 'error'})}"
              + (f" ERROR {err[-300:]}" if data is None else ""), flush=True)
        if phase != "fill":
            results.append(row)
        (args.workdir / "results.json").write_text(json.dumps(results, indent=1))
    ok = [r for r in results if not r.get("error")]
    order = {"parse-single": 0, "parse-multi": 1, "parse-cluster": 2, "analyses": 3}
    rows = sorted(ok + extrapolate(ok, args.scales), key=lambda r: (order[r["phase"]] == 3, r["scale"],
                                                                       order[r["phase"]]))
    rows += [r for r in results if r.get("error")]
    command = args.command or "python benchmarks/scale.py " + " ".join(argv if argv is not None else sys.argv[1:])
    md = render(rows, base, command.strip())
    print(md)
    if args.write:
        from _report import write_section

        print("wrote", write_section("scale", md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
