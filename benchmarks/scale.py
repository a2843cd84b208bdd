"""Scale benchmark: parse throughput, peak memory and analysis time at 1x, 4x and 16x.

The corpus is the People's Daily of January 1998 (``../shared/data/people_daily_1998/199801.txt``,
research-only, never copied into the repository): the PKU word/tag annotation is stripped to get
plain article text, each article becomes one page (title, blank line, paragraphs separated by
blank lines) read with ``read_corpus(DataFrame)``. Larger corpora replicate the month with
``Corpus.from_articles``: copy k gets distinct issue ids, dates shifted by k months (so trends
have a timeline) and a last body line ``（k）`` (a number, dropped by the analyses' filter), so
that no copy's text is another's and nothing is a cache hit across copies.

Every measurement runs in a fresh child process. Peak memory is the largest resident set of
that process *and its children* (parse workers, the LocalCluster's scheduler and workers),
sampled every 0.2 s with psutil as PSS (proportional set size: pages that forked workers share
with their parent are counted once); CPU time is user + system time of the process and all its
children (read after they have ended), so it does not depend on how busy the shared machine was.

Phases
------
profile        CPU time of each pipeline step on 300 articles, with thinc's default BLIS and with
               the single-threaded OpenBLAS products ``parse`` uses
parse-single   ``tokens_frame(corpus, n_process=1, cache_dir=False)``
parse-multi    ``tokens_frame(corpus, n_process=2, cache_dir=False)``  (all cores of this machine)
parse-cluster  ``distributed.parse`` on ``LocalCluster(n_workers=2, threads_per_worker=1)``
               (cluster start-up reported separately, not in the throughput)
fill           ``tokens_frame(corpus, n_process=2, cache_dir=CACHE)``: the full parse that
               writes the parse cache (and the token table) the analyses read
analyses       on the parse cache: build the token table from the cached parses (the table
               file is deleted first), then ``keywords(by="month")``, ``TopicModel(10).fit`` and
               ``keyword_trends(by="month")``

Usage::

    nice -n 10 python benchmarks/scale.py --write

runs profile and the three parse modes at 1x, fill at 16x (which caches every copy, so the 1x
and 4x corpora, its first copies, are cached too), the analyses at 16x, 4x and 1x, and last
an uncached all-cores parse at 4x. ``--resume`` keeps what an interrupted run measured;
``--render-only`` writes the table from what was measured.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))  # people_daily.py: the corpus reader
DEFAULT_DATA = REPO.parent / "shared" / "data" / "people_daily_1998" / "199801.txt"

from people_daily import read_articles  # noqa: E402

MODES = {"parse-single": "1 process", "parse-multi": "n_process=2", "parse-cluster": "LocalCluster 2×1",
         "fill": "n_process=2, writes the parse cache",
         "fill-bs64": "n_process=2, writes the parse cache, batch_size=64 (before the default became 16)"}


# ---------------------------------------------------------------------------------------
# Data


def read_people_daily(path: Path):
    """One row per article: ``issue_id`` (``19980101-01-001``), ``date``, ``text`` (plain)."""
    import pandas as pd

    arts = read_articles(path)  # date-page-article -> plain paragraphs
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
    """*k* copies of *base*: copy j has ids ``rJJ_<id>``, dates shifted by j months and, from
    copy 1 on, a last body line ``（j）``, so every copy's texts are new to the parse cache."""
    import datetime as dt

    import pandas as pd

    from corpus_tools import Corpus

    if k == 1:
        return base
    frame = base.articles_frame().drop(columns=["article_id", "n_chars"])
    copies = []
    for j in range(k):
        part = frame.copy()
        part["issue_id"] = f"r{j:02d}_" + part["issue_id"]
        if j:
            part["date"] = [None if d is None else
                            dt.date(d.year + (d.month - 1 + j) // 12, (d.month - 1 + j) % 12 + 1, min(d.day, 28))
                            for d in part["date"]]
            part["body"] = part["body"] + f"\n（{j}）"
        copies.append(part)
    return Corpus.from_articles(pd.concat(copies, ignore_index=True))


def pipeline_options() -> dict:
    """The default pipeline (pkuseg + PKU tagger), without the tagger while it is not shipped."""
    from corpus_tools.pipeline import PIPELINE_DIR

    return {} if (Path(PIPELINE_DIR) / "meta.json").is_file() else {"tagger": False}


# ---------------------------------------------------------------------------------------
# Child phases (each in its own process)


def _cpu_s() -> float:
    """User + system CPU seconds of this process and of its ended children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _own_cpu_s() -> float:
    """User + system CPU seconds of this process alone (run on the cluster's workers too)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def profile_pipeline(corpus, nlp, n: int = 300) -> dict:
    """CPU seconds of the tokenizer and each component on *n* articles, BLIS vs OpenBLAS."""
    from corpus_tools.nlp import fast_matmul

    texts = [a.text for a in corpus.articles[:n]]
    list(nlp.pipe(texts[:10]))  # warm the segmenter's caches
    out = {"articles": len(texts), "chars": sum(map(len, texts))}
    for label, ctx in (("blis", None), ("openblas", fast_matmul)):
        t0 = time.process_time()
        docs = [nlp.tokenizer(t) for t in texts]
        steps = {"tokenizer (pkuseg segmenter + Doc)": time.process_time() - t0}
        manager = ctx(nlp) if ctx else None
        if manager:
            manager.__enter__()
        try:
            for name, proc in nlp.pipeline:
                t0 = time.process_time()
                docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                steps[name] = time.process_time() - t0
        finally:
            if manager:
                manager.__exit__(None, None, None)
        out[label] = steps
    return out


def run_phase(phase: str, scale: int, store: Path, cache: Path, data: Path, opts: dict) -> dict:
    from corpus_tools import load_pipeline
    from corpus_tools.parsing import tokens_frame

    base, _ = base_corpus(data, store)
    corpus = replicate(base, scale)
    nlp = load_pipeline(**opts)
    chars = sum(len(a.text) for a in corpus.articles)
    out = {"phase": phase, "scale": scale, "articles": len(corpus.articles), "chars": chars,
           "pipeline": f"load_pipeline(**{opts})", "load1": os.getloadavg()[0]}
    cpu0 = _cpu_s()
    if phase == "profile":
        out["profile"] = profile_pipeline(corpus, nlp)
    elif phase in ("parse-single", "parse-multi", "fill"):
        n = 1 if phase == "parse-single" else 2
        t0 = time.perf_counter()
        df = tokens_frame(corpus, nlp=nlp, n_process=n, progress=False,
                          cache_dir=cache if phase == "fill" else False)
        out["seconds"] = time.perf_counter() - t0
        out["tokens"] = len(df)
        out["table_mib"] = float(df.memory_usage(deep=True).sum()) / 2**20
    elif phase == "parse-cluster":
        from distributed import Client, LocalCluster

        from corpus_tools import distributed as ctd

        t0 = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            out["startup_s"] = time.perf_counter() - t0
            workers0, cpu0 = sum(client.run(_own_cpu_s).values()), _own_cpu_s()
            t0 = time.perf_counter()
            df = ctd.parse(corpus, client=client, nlp_options=opts, cache_dir=False, partition_size=500,
                           progress=False)
            out["seconds"] = time.perf_counter() - t0
            out["tokens"] = len(df)
            # the parse only: this process (client, scheduler) and the workers, not the start-up
            out["cpu_s"] = _own_cpu_s() - cpu0 + sum(client.run(_own_cpu_s).values()) - workers0
    elif phase == "analyses":
        from corpus_tools.keywords import keywords
        from corpus_tools.topics import TopicModel
        from corpus_tools.trends import keyword_trends

        for table in (cache / "tables").rglob("*.npz"):  # build the table from the cached parses
            table.unlink()
        shards = len(list(cache.rglob("*.spacy")))
        pos = {} if opts.get("tagger", True) else {"pos": None}
        t0 = time.perf_counter()
        df = tokens_frame(corpus, nlp=nlp, cache_dir=cache, progress=False)
        out["load_tokens_s"] = time.perf_counter() - t0
        out["new_shards"] = len(list(cache.rglob("*.spacy"))) - shards  # 0: nothing was parsed
        out["tokens"] = len(df)
        out["table_mib"] = float(df.memory_usage(deep=True).sum()) / 2**20
        del df
        for key, call in (
                ("keywords_s", lambda: keywords(corpus, by="month", nlp=nlp, cache_dir=cache, **pos)),
                ("topics_s", lambda: TopicModel(10, nlp=nlp, cache_dir=cache, max_iter=200, **pos).fit(corpus)),
                ("trends_s", lambda: keyword_trends(corpus, ["经济", "改革", "香港"], by="month", nlp=nlp,
                                                    cache_dir=cache))):
            t0, c0 = time.perf_counter(), _cpu_s()
            call()
            out[key] = time.perf_counter() - t0
            out[key.replace("_s", "_cpu_s")] = _cpu_s() - c0
    else:
        raise ValueError(f"phase value = {phase!r} is invalid")
    out.setdefault("cpu_s", _cpu_s() - cpu0)  # after the workers have ended
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
                    try:  # PSS: pages shared by forked workers counted once, not per process
                        rss += p.memory_full_info().pss
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
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


def _fmt_s(x: float | None) -> str:
    return "—" if x is None else (f"{x:,.1f}" if x < 100 else f"{x:,.0f}")


def _profile_lines(r: dict) -> list[str]:
    p = r["profile"]
    names = list(p["blis"])
    tot = {k: sum(p[k].values()) for k in ("blis", "openblas")}
    lines = [f"**Where parsing time goes** (CPU seconds on the first {p['articles']} articles, "
             f"{p['chars']:,} characters, one process)", "",
             "| step | thinc default (BLIS) | share | single-threaded OpenBLAS (what `parse` uses) |",
             "|---|---:|---:|---:|"]
    for name in names:
        lines.append(f"| {name} | {p['blis'][name]:.2f} | {p['blis'][name] / tot['blis']:.0%} | "
                     f"{p['openblas'][name]:.2f} |")
    lines.append(f"| **total** | {tot['blis']:.2f} ({p['chars'] / tot['blis']:,.0f} chars/CPU-s) | | "
                 f"{tot['openblas']:.2f} ({p['chars'] / tot['openblas']:,.0f} chars/CPU-s) |")
    return lines


def render(results: list[dict], base: dict, command: str) -> str:
    from _report import machine_line

    failed = [r for r in results if r.get("error")]
    results = [r for r in results if not r.get("error")]
    parse = [r for r in results if r["phase"] in MODES]
    lines = [
        "## Scale (`benchmarks/scale.py`)", "",
        machine_line(), "",
        f"Command: `{command}`. Corpus: People's Daily, January 1998 (PKU tags stripped), "
        f"{base['issues']:,} articles as one page each; 4x and 16x are copies with distinct ids, dates "
        f"and texts (no cache hit across copies); pipeline: {_pipeline(results)}. The machine may be "
        "shared with other jobs (load avg column: a 1-minute load average above 1 at the start means "
        "the cores were busy, and wall-clock speeds are then low); the CPU columns (user + system time "
        "of the whole process tree) do not depend on that.", "",
        f"Reading and layout of the 1x corpus: {base['raw_chars']:,} characters, read in "
        f"{base['read_s']:.1f} s, layout in {base['layout_s']:.1f} s "
        f"({base['raw_chars'] / base['layout_s']:,.0f} chars/s, single process). Saved with "
        f"`Corpus.save` (no token tables) in {base['save_s']:.1f} s to {base['store_bytes'] / 2**20:.1f} MiB "
        f"of Parquet; `Corpus.load` takes {base['load_s']:.1f} s and runs no layout.", "",
    ]
    prof = [r for r in results if r["phase"] == "profile"]
    if prof:
        lines += _profile_lines(prof[0]) + [""]
    lines += [
        "**Parse** (every article parsed, token table built; peak memory (PSS) and CPU time of the whole process tree; "
        "load avg = 1-minute load average of the machine when the run started)", "",
        "| scale | mode | articles | characters | tokens | time (s) | chars/s | CPU (s) | chars/CPU-s "
        "| peak memory (GiB) | load avg |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in parse:
        mode = MODES[r["phase"]]
        if r.get("startup_s") is not None:
            mode += f" (+{r['startup_s']:.0f} s start-up)"
        cps = r["chars"] / r["seconds"] if r.get("seconds") else None
        cpu = r["chars"] / r["cpu_s"] if r.get("cpu_s") else None
        lines.append(f"| {r['scale']}x | {mode} | {int(r['articles']):,} | {int(r['chars']):,} | "
                     f"{r.get('tokens', 0):,} | {_fmt_s(r.get('seconds'))} | "
                     f"{'—' if cps is None else f'{cps:,.0f}'} | {_fmt_s(r.get('cpu_s'))} | "
                     f"{'—' if cpu is None else f'{cpu:,.0f}'} | {r['peak_gib']:.2f} | {r['load1']:.1f} |")
    ana = [r for r in results if r["phase"] == "analyses"]
    if ana:
        lines += ["", "**Analyses on the cached parse**: the token table built from the cached parse "
                  "shards (its own cache file deleted first), then `keywords(by=\"month\")`, "
                  "`TopicModel(10).fit` and `keyword_trends(by=\"month\")` of three terms, each wall "
                  "time (CPU time). Peak memory of the process, everything included.", "",
                  "| scale | articles | tokens | table (MiB) | token table from cache (s) | keywords (s) "
                  "| topics (s) | trends (s) | peak memory (GiB) |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in ana:
            cells = [f"{_fmt_s(r.get(k + '_s'))} ({_fmt_s(r.get(k + '_cpu_s'))})"
                     for k in ("keywords", "topics", "trends")]
            lines.append(f"| {r['scale']}x | {r['articles']:,} | {r.get('tokens', 0):,} | "
                         f"{r.get('table_mib', 0):,.0f} | {_fmt_s(r.get('load_tokens_s'))} | "
                         + " | ".join(cells) + f" | {r['peak_gib']:.2f} |")
    lines += ["", growth_sentence(results)]
    for r in failed:
        lines.append(f"\nNot measured: {r['phase']} at {r['scale']}x ({(r['error'] or 'failed').splitlines()[-1]}).")
    return "\n".join(lines)


def growth_sentence(results: list[dict]) -> str:
    """How cost grows with size, from the measured rows, with the issue's goals checked."""
    rows = {(r["phase"], r["scale"]): r for r in results}
    out = []
    single, multi = rows.get(("parse-single", 1)), rows.get(("parse-multi", 1))
    if single and multi:
        ratio = multi["cpu_s"] / single["cpu_s"]
        out.append(f"Two processes spent ×{ratio:.2f} the CPU time of one on the same corpus (forking, "
                   "warming each worker's caches, sending parses back), so on two free cores they would "
                   f"run about ×{2 / ratio:.1f} as fast as one (goal: near ×2); measured, the wall-clock "
                   f"ratio was ×{single['seconds'] / multi['seconds']:.2f} (load average at the start "
                   f"{single['load1']:.1f} and {multi['load1']:.1f}).")
    cluster = rows.get(("parse-cluster", 1))
    if single and cluster:
        out.append(f"The LocalCluster spent ×{cluster['cpu_s'] / single['cpu_s']:.2f} the CPU time of one process, "
                   "much of it fixed: each worker loads the pipeline for its first task and the scheduler "
                   "ships the pages to the workers.")
    fills = sorted((r for r in results if r["phase"] in ("parse-multi", "fill")), key=lambda r: r["scale"])
    if len(fills) >= 2 and fills[0]["scale"] != fills[-1]["scale"]:
        a, b = fills[0], fills[-1]
        out.append(f"From {a['scale']}x to {b['scale']}x (×{b['chars'] / a['chars']:.0f} characters) the "
                   f"parse's CPU time grew ×{b['cpu_s'] / a['cpu_s']:.1f} ({a['chars'] / a['cpu_s']:,.0f} → "
                   f"{b['chars'] / b['cpu_s']:,.0f} chars/CPU-s) and its peak memory from "
                   f"{a['peak_gib']:.2f} to {b['peak_gib']:.2f} GiB"
                   + (f" = {b['peak_gib'] * 2**30 / 1e9:.2f} GB (goal at 16x: under 3 GB, "
                      f"{'met' if b['peak_gib'] * 2**30 < 3e9 else 'not met'})" if b["scale"] == 16 else "")
                   + ": the parse streams a window of 256 articles at a time, so what grows is the token "
                   f"table ({b.get('table_mib', 0):,.0f} MiB at {b['scale']}x) and the corpus itself; the rest "
                   "is the pipeline and its activations, once per worker process.")
    ana = sorted((r for r in results if r["phase"] == "analyses"), key=lambda r: r["scale"])
    if len(ana) >= 2:
        a, b = ana[0], ana[-1]
        grow = ", ".join(f"{name} ×{b[key] / a[key]:.1f}" for name, key in
                         (("keywords", "keywords_s"), ("topics", "topics_s"), ("trends", "trends_s"))
                         if a.get(key) and b.get(key))
        worst = max(b["keywords_s"], b["topics_s"], b["trends_s"])
        out.append(f"From {a['scale']}x to {b['scale']}x (×{b['tokens'] / a['tokens']:.0f} tokens) the analyses "
                   f"took {grow} the time; at {b['scale']}x the slowest took {worst:.0f} s (goal: under 60 s "
                   f"each, {'met' if worst < 60 else 'not met'}), after {b['load_tokens_s']:.0f} s to build "
                   "the token table from the cached parses (once; later calls read the cached table "
                   f"file), with a peak of {b['peak_gib']:.2f} GiB.")
    return " ".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--plan", nargs="+", default=["profile:1", "parse-single:1", "parse-multi:1",
                                                  "parse-cluster:1", "fill:16", "analyses:16", "analyses:4",
                                                  "analyses:1", "parse-multi:4"],
                    help="phases to run as PHASE:SCALE, in order")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "corpus_tools_scale")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per phase")
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
    plan = [(p.split(":")[0], int(p.split(":")[1])) for p in args.plan]
    results: list[dict] = []
    saved = args.workdir / "results.json"
    if args.render_only:
        results, plan = json.loads(saved.read_text()), []
    elif args.resume and saved.exists():  # keep what an interrupted run measured
        results = [r for r in json.loads(saved.read_text()) if not r.get("error")]
        done = {(r["phase"], r["scale"]) for r in results}
        plan = [p for p in plan if p not in done]
        print(f"resuming: {sorted(done)} already measured", flush=True)
    elif any(phase == "fill" for phase, _ in plan):
        import shutil

        shutil.rmtree(cache, ignore_errors=True)  # cold cache: the fill phase parses everything
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
        results = [r for r in results if (r["phase"], r["scale"]) != (phase, scale)] + [row]
        saved.write_text(json.dumps(results, indent=1))
    order = {"profile": 0, "parse-single": 1, "parse-multi": 2, "parse-cluster": 3, "fill-bs64": 4, "fill": 4,
             "analyses": 5}
    rows = sorted(results, key=lambda r: (order[r["phase"]] == 5, r["scale"], order[r["phase"]]))
    command = args.command or "python benchmarks/scale.py " + " ".join(argv if argv is not None else sys.argv[1:])
    md = render(rows, base, command.strip())
    print(md)
    if args.write:
        from _report import write_section

        print("wrote", write_section("scale", md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
