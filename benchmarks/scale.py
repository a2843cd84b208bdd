"""Scale benchmark on real, distinct, dated text: parse throughput, peak memory and analysis time.

The corpus is built from text that is all distinct (research-only, read from ``../shared/data``,
never copied into the repository):

* People's Daily, five months of 2019-2020 (``people_daily_2019_2020/articles.jsonl.xz``, 9,677
  dated articles, one issue per day);
* People's Daily, January 1998 (``people_daily_1998/199801.txt``, PKU tags stripped, one issue per day);
* the NER corpora (MSRA train + test, People's Daily NER dev + test, CLUENER 2020 train + dev):
  their sentences have no date, so they are grouped into articles of about 1,200 characters and
  issues of 50 articles, given **pseudo-dates** (consecutive days from 2006-01-01, 1998-07-01 and
  2010-01-01 by source) so that monthly analyses see them as further months.

Exact duplicate sentences across the sources are dropped (the NER corpora repeat some 1998 text).
The issues are shuffled with a fixed seed; the size ``Kx`` is the shortest prefix of that order with
at least K/8 of all the characters, so ``8x`` is everything (about 13 M characters) and every size
is distinct text (the smaller sizes are parts of the larger ones, so the parse cache written at 8x
serves them). Nothing is replicated; a size above 8x would replicate the text and is refused.

Every measurement runs in a fresh child process. Peak memory is the largest proportional set size
(PSS) of that process *and its children* (parse workers, the LocalCluster's scheduler and workers),
sampled every 0.2 s with psutil; CPU time is user + system time of the process and its children
(read after they have ended), so per-core throughput (characters per CPU-second) does not depend
on how busy the shared machine was. Each row records the 1-minute load average when it started.

Phases
------
profile         CPU time of each pipeline step on 300 articles (BLIS vs single-threaded OpenBLAS)
parse-single    ``tokens_frame(corpus, n_process=1, cache_dir=False)``
parse-multi     ``tokens_frame(corpus, n_process=2, cache_dir=False)``
parse-cluster1  ``distributed.parse`` on ``LocalCluster(n_workers=1, threads_per_worker=1)``
parse-cluster   ``distributed.parse`` on ``LocalCluster(n_workers=2, threads_per_worker=1)``
                (cluster start-up reported separately, not in the throughput)
fill            ``tokens_frame(corpus, n_process=2, cache_dir=CACHE)``: the parse that writes
                the parse cache the analyses read
analyses        on the parse cache: the token table from the cached parses (its file deleted
                first), then ``keywords(by="month")``, ``TopicModel(10).fit`` and
                ``keyword_trends(by="month")``

Usage::

    nice -n 10 python benchmarks/scale.py --write

``--resume`` keeps what an interrupted run measured; ``--render-only`` writes the table and the
plots (``docs/scale_time.png``, ``docs/scale_memory.png``) from what was measured.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))  # people_daily.py: the 1998 corpus reader
DEFAULT_SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))

from people_daily import read_articles  # noqa: E402
from scale_render import LARGEST, MODES, plot, render  # noqa: E402


# ---------------------------------------------------------------------------------------
# Data


def _ner_sentences(data: Path) -> dict[str, list[str]]:
    """Sentences of the NER corpora, by source."""
    out: dict[str, list[str]] = {}
    for name, files, sep in (("MSRA", ["ner_msra/msra_train_bio.txt", "ner_msra/msra_test_bio.txt"], "\t"),
                             ("PD-NER", ["ner_peoples_daily/example.dev", "ner_peoples_daily/example.test"], " ")):
        sents: list[str] = []
        for f in files:
            chars: list[str] = []
            for line in (data / f).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    if chars:
                        sents.append("".join(chars))
                    chars = []
                else:
                    chars.append(line.split(sep)[0] if sep in line else line[:1])
            if chars:
                sents.append("".join(chars))
        out[name] = sents
    clue: list[str] = []
    for f in ("train.jsonl", "dev.jsonl"):
        for line in (data / "ner_cluener2020" / f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                clue.append(json.loads(line)["text"])
    out["CLUENER"] = clue
    return out


def distinct_articles(data: Path):
    """All the distinct text as one article table (``Corpus.from_articles`` columns plus ``source``)."""
    import datetime as dt
    import re

    import pandas as pd

    rows: list[dict] = []
    seen: set[str] = set()

    def new_sentences(text: str) -> str:
        """*text* without the sentences already seen (exact duplicates across sources)."""
        keep = []
        for sent in re.split(r"(?<=[。！？])", text):
            key = sent.strip()
            if len(key) >= 8:
                if key in seen:
                    continue
                seen.add(key)
            keep.append(sent)
        return "".join(keep)

    with lzma.open(data / "people_daily_2019_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            body = new_sentences(a["text"])
            if body.strip():
                rows.append({"issue_id": "pd" + a["date"].replace("-", ""), "date": a["date"], "title": a["title"],
                             "body": body, "source": "People's Daily 2019-2020"})
    for key, paras in read_articles(data / "people_daily_1998" / "199801.txt").items():
        body = new_sentences("\n".join(paras))
        if body.strip():
            rows.append({"issue_id": "pd" + key[:8], "date": f"{key[:4]}-{key[4:6]}-{key[6:8]}", "title": None,
                         "body": body, "source": "People's Daily 1998-01"})
    starts = {"MSRA": dt.date(2006, 1, 1), "PD-NER": dt.date(1998, 7, 1), "CLUENER": dt.date(2010, 1, 1)}
    for name, sents in _ner_sentences(data).items():
        arts: list[str] = []
        cur = ""
        for sent in sents:
            sent = new_sentences(sent)
            if not sent.strip():
                continue
            cur += sent
            if len(cur) >= 1200:
                arts.append(cur)
                cur = ""
        if cur:
            arts.append(cur)
        for i, body in enumerate(arts):
            day = starts[name] + dt.timedelta(days=i // 50)
            rows.append({"issue_id": f"{name.lower()}{day:%Y%m%d}", "date": day.isoformat(), "title": None,
                         "body": body, "source": f"{name} (pseudo-dated)"})
    return pd.DataFrame(rows)


def all_articles(data: Path, workdir: Path):
    """:func:`distinct_articles`, kept as Parquet in *workdir* after the first call."""
    import pandas as pd

    path = workdir / "distinct_articles.parquet"
    if path.exists():
        return pd.read_parquet(path)
    df = distinct_articles(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_parquet(path)
    return df


def sized(df, k: int):
    """Articles of size *k*x: the shortest prefix of the shuffled issues with k/8 of the characters."""
    if not 1 <= k <= LARGEST:
        raise ValueError(f"scale value = {k} is invalid; it must be 1..{LARGEST} (larger sizes would "
                         "replicate text, which this benchmark does not do)")
    issues = sorted(df["issue_id"].unique())
    random.Random(0).shuffle(issues)
    chars = df.groupby("issue_id")["body"].apply(lambda s: int(s.str.len().sum()))
    total, want, acc, keep = int(chars.sum()), int(chars.sum()) * k / LARGEST, 0, []
    for iid in issues:
        if acc >= want:
            break
        keep.append(iid)
        acc += int(chars[iid])
    order = {iid: i for i, iid in enumerate(keep)}
    part = df[df["issue_id"].isin(order)]
    part = part.assign(_o=part["issue_id"].map(order)).sort_values("_o", kind="stable").drop(columns="_o")
    del total
    return part


def corpus_at(data: Path, workdir: Path, k: int):
    """The corpus of size *k*x (articles as they come, no layout)."""
    from corpus_tools import Corpus

    df = sized(all_articles(data, workdir), k)
    return Corpus.from_articles(df.drop(columns=["source"]))


def base_info(data: Path, workdir: Path) -> dict:
    """What the distinct corpus holds, by source, and the size of each scale."""
    df = all_articles(data, workdir)
    n = df["body"].str.len() + df["title"].fillna("").str.len()
    by = df.assign(n=n).groupby("source").agg(articles=("body", "size"), chars=("n", "sum"),
                                              issues=("issue_id", "nunique"))
    sizes = {k: int(sized(df, k)["body"].str.len().sum()) for k in (1, 2, 4, LARGEST)}
    return {"sources": {s: {c: int(v) for c, v in r.items()} for s, r in by.iterrows()},
            "chars": int(n.sum()), "articles": len(df), "issues": int(df["issue_id"].nunique()),
            "size_chars": sizes}


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


def run_phase(phase: str, scale: int, workdir: Path, cache: Path, data: Path, opts: dict) -> dict:
    from corpus_tools import load_pipeline
    from corpus_tools.parsing import tokens_frame

    corpus = corpus_at(data, workdir, scale)
    # the cluster's client does not parse: it loads no pipeline (the workers load their own)
    nlp = None if phase.startswith("parse-cluster") else load_pipeline(**opts)
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
    elif phase in ("parse-cluster", "parse-cluster1"):
        from distributed import Client, LocalCluster

        from corpus_tools import distributed as ctd

        t0 = time.perf_counter()
        with LocalCluster(n_workers=2 if phase == "parse-cluster" else 1, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            out["startup_s"] = time.perf_counter() - t0
            workers0, cpu0 = sum(client.run(_own_cpu_s).values()), _own_cpu_s()
            t0 = time.perf_counter()
            # the workers load the pipeline from a folder (the shipped one, or this one saved)
            folder = None
            if opts:
                folder = workdir / "pipeline"
                load_pipeline(**opts).to_disk(folder)
            df = ctd.parse(corpus, client=client, pipeline=folder, cache_dir=False, partition_size=500,
                           progress=False)
            out["seconds"] = time.perf_counter() - t0
            out["tokens"] = len(df)
            out["table_mib"] = float(df.memory_usage(deep=True).sum()) / 2**20
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
                ("trends_s", lambda: keyword_trends(corpus, ["经济", "改革", "疫情"], by="month", nlp=nlp,
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
    at_peak: dict[str, float] = {}  # PSS by process role when the whole tree peaked
    own: dict[str, float] = {}  # each role's own peak
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
                parts: dict[str, float] = {}
                for p in procs:
                    try:  # PSS: pages shared by forked workers counted once, not per process
                        pss = p.memory_full_info().pss
                        role = _role(p, root)
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        continue
                    rss += pss
                    parts[role] = parts.get(role, 0) + pss
                    own[role] = max(own.get(role, 0), pss)
                if rss > peak:
                    peak = rss
                    at_peak.clear()
                    at_peak.update(parts)
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
    if data is not None:
        data["peak_by_process_gib"] = {k: round(v / 2**30, 3) for k, v in at_peak.items()}
        data["own_peak_gib"] = {k: round(v / 2**30, 3) for k, v in own.items()}
    return data, peak / 2**30, (err or "")[-2000:]


def _role(proc, root) -> str:
    """A name for one process of the measured tree: the phase's own process, a Dask worker
    (by its ``--name``-less spawn: numbered by pid order), a forked parse worker, or a helper."""
    if proc.pid == root.pid:
        return "main"
    cmd = " ".join(proc.cmdline())
    if "resource_tracker" in cmd:
        return "multiprocessing resource tracker"
    if "spawn_main" in cmd:
        return f"spawned process {proc.pid}"
    return f"forked process {proc.pid}"


DEFAULT_PLAN = ["parse-single:1", "parse-cluster1:1", "parse-cluster:1", "parse-multi:1", "fill:8",
                "analyses:1", "analyses:2", "analyses:4", "analyses:8", "parse-single:2", "parse-single:4",
                "parse-single:8", "parse-cluster:4", "parse-cluster1:4", "parse-cluster:8", "profile:1"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder")
    ap.add_argument("--plan", nargs="+", default=DEFAULT_PLAN,
                    help=f"phases to run as PHASE:SCALE (scale 1..{LARGEST}), in order")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "corpus_tools_scale")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per phase")
    ap.add_argument("--max-gib", type=float, default=6,
                    help="stop a phase whose process tree uses more memory than this (GiB)")
    ap.add_argument("--resume", action="store_true",
                    help="keep the phases already measured in WORKDIR/results.json and run the rest")
    ap.add_argument("--write", action="store_true", help="write the section of docs/benchmarks.md and the plots")
    ap.add_argument("--nlp-options", default=None,
                    help='JSON load_pipeline arguments (default: the shipped pkuseg + tagger, if present)')
    ap.add_argument("--render-only", action="store_true",
                    help="measure nothing: render (and --write) the table from WORKDIR/results.json")
    ap.add_argument("--command", default=None, help="the command to name in the table (with --render-only)")
    ap.add_argument("--child", nargs=2, metavar=("PHASE", "SCALE"), help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    data, cache = args.shared / "data", args.workdir / "cache"
    opts = json.loads(args.nlp_options) if args.nlp_options else pipeline_options()
    if args.child:
        res = run_phase(args.child[0], int(args.child[1]), args.workdir, cache, data, opts)
        args.result.write_text(json.dumps(res))
        return 0
    if not (data / "people_daily_2019_2020" / "articles.jsonl.xz").is_file():
        sys.stderr.write(f"{data}: People's Daily 2019-2020 not found; pass --shared or set CORPUS_TOOLS_SHARED\n")
        return 2
    plan = [(p.split(":")[0], int(p.split(":")[1])) for p in args.plan]
    for phase, scale in plan:
        if phase not in (*MODES, "profile", "analyses") or not 1 <= scale <= LARGEST:
            ap.error(f"--plan: {phase}:{scale} is invalid; phases {', '.join((*MODES, 'profile', 'analyses'))}, "
                     f"scales 1..{LARGEST}")
    args.workdir.mkdir(parents=True, exist_ok=True)
    base_path = args.workdir / "base_info.json"
    if not base_path.exists():
        base_path.write_text(json.dumps(base_info(data, args.workdir)))
    base = json.loads(base_path.read_text())
    print(f"base: {base}", flush=True)
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
        data_row, peak, err = _measure([phase, str(scale)], args.timeout,
                                       ["--shared", str(args.shared), "--workdir", str(args.workdir),
                                        "--nlp-options", json.dumps(opts)], args.max_gib)
        row = data_row or {"phase": phase, "scale": scale, "error": err or "failed"}
        row["peak_gib"] = peak
        print(f"{phase} {scale}x: {time.perf_counter() - t0:.0f} s wall, peak {peak:.2f} GiB, "
              f"{json.dumps({k: v for k, v in row.items() if k != 'error'})}"
              + (f" ERROR {err[-300:]}" if data_row is None else ""), flush=True)
        results = [r for r in results if (r["phase"], r["scale"]) != (phase, scale)] + [row]
        saved.write_text(json.dumps(results, indent=1))
    order = {"profile": 0, "parse-single": 1, "parse-multi": 2, "parse-cluster1": 3, "parse-cluster": 4,
             "fill": 5, "analyses": 6}
    rows = sorted(results, key=lambda r: (order[r["phase"]] == 6, r["scale"], order[r["phase"]]))
    command = args.command or "python benchmarks/scale.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.write:
        plot(rows)
    md = render(rows, base, command.strip())
    print(md)
    if args.write:
        from _report import write_section

        print("wrote", write_section("scale", md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
