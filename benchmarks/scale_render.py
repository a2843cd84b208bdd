"""Rendering of the scale benchmark's results: the markdown section, the growth sentence and the
two plots (``docs/scale_time.png``, ``docs/scale_memory.png``). Split from ``benchmarks/scale.py``,
which measures; this module only formats what was measured."""
from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LARGEST = 8  # the largest size: every distinct character
PLOTS = (REPO / "docs" / "scale_time.png", REPO / "docs" / "scale_memory.png")
MODES = {"parse-single": "1 process", "parse-multi": "n_process=2", "parse-cluster1": "LocalCluster 1×1",
         "parse-cluster": "LocalCluster 2×1", "fill": "n_process=2, writes the parse cache"}


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


def _sources_line(base: dict) -> str:
    parts = [f"{name}: {v['chars']:,} characters in {v['articles']:,} articles, {v['issues']:,} issues"
             for name, v in base["sources"].items()]
    sizes = ", ".join(f"{k}x = {c:,}" for k, c in base["size_chars"].items())
    return (f"Corpus: {base['chars']:,} distinct characters (titles included), {base['articles']:,} articles, "
            f"{base['issues']:,} issues — " + "; ".join(parts) + f". Body characters per size: {sizes}. "
            "Every size is distinct text, nothing is replicated; the NER corpora are undated and carry "
            "pseudo-dates (one issue of 50 articles per day from a fixed start by source).")


def render(results: list[dict], base: dict, command: str) -> str:
    from _report import machine_line

    failed = [r for r in results if r.get("error")]
    results = [r for r in results if not r.get("error")]
    parse = [r for r in results if r["phase"] in MODES]
    lines = [
        "## Scale (`benchmarks/scale.py`)", "",
        machine_line(), "",
        f"Command: `{command}`. Pipeline: {_pipeline(results)}. " + _sources_line(base), "",
        "The machine's 2 cores were shared with other jobs: the load avg column is the 1-minute load "
        "average when each row started (above 1: the cores were busy and wall-clock speeds are low); "
        "the CPU columns (user + system time of the whole process tree) and chars/CPU-s do not depend on it.", "",
    ]
    prof = [r for r in results if r["phase"] == "profile"]
    if prof:
        lines += _profile_lines(prof[0]) + [""]
    lines += [
        "**Parse** (every article parsed, token table built; peak memory (PSS) and CPU time of the whole "
        "process tree)", "",
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
                  "| topics (s) | trends (s) | peak memory (GiB) | load avg |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in ana:
            cells = [f"{_fmt_s(r.get(k + '_s'))} ({_fmt_s(r.get(k + '_cpu_s'))})"
                     for k in ("keywords", "topics", "trends")]
            lines.append(f"| {r['scale']}x | {r['articles']:,} | {r.get('tokens', 0):,} | "
                         f"{r.get('table_mib', 0):,.0f} | {_fmt_s(r.get('load_tokens_s'))} | "
                         + " | ".join(cells) + f" | {r['peak_gib']:.2f} | {r['load1']:.1f} |")
    if any(p.exists() for p in PLOTS):
        lines += ["", "![parse and analysis time against size](scale_time.png)",
                  "![peak memory against size](scale_memory.png)"]
    lines += ["", growth_sentence(results)]
    done = {(r["phase"], r["scale"]) for r in results}
    done |= {("parse-multi", r["scale"]) for r in results if r["phase"] == "fill"}
    missing = [f"{MODES[p]} at {', '.join(f'{k}x' for k in (1, 2, 4, LARGEST) if (p, k) not in done)}"
               for p in ("parse-single", "parse-multi", "parse-cluster1", "parse-cluster")
               if any((p, k) not in done for k in (1, 2, 4, LARGEST))]
    if missing:
        lines.append("\nNot run (the shared machine's time ran out): " + "; ".join(missing) + ".")
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
        out.append(f"At 1x two processes spent ×{ratio:.2f} the CPU time of one (forking, warming each "
                   f"worker's caches, sending parses back); the wall-clock ratio was "
                   f"×{single['seconds'] / multi['seconds']:.2f} (load average {single['load1']:.1f} and "
                   f"{multi['load1']:.1f} at the start).")
    for phase in ("parse-cluster1", "parse-cluster"):
        cl = rows.get((phase, 1))
        if single and cl:
            out.append(f"{MODES[phase]} spent ×{cl['cpu_s'] / single['cpu_s']:.2f} the CPU time of one process "
                       "at 1x (worker start-up and pipeline load, the scheduler, moving the texts and tables; "
                       "not broken down here).")
    # the fill is the n_process=2 parse with a cache: one mode for the growth with size
    modes = {"1 process": ("parse-single",), "n_process=2": ("parse-multi", "fill"),
             "LocalCluster 1×1": ("parse-cluster1",), "LocalCluster 2×1": ("parse-cluster",)}
    for label, phases in modes.items():
        runs = sorted((r for r in results if r["phase"] in phases and r.get("cpu_s")), key=lambda r: r["scale"])
        if len(runs) >= 2 and runs[0]["scale"] != runs[-1]["scale"]:
            a, b = runs[0], runs[-1]
            pa, pb = a["chars"] / a["cpu_s"], b["chars"] / b["cpu_s"]
            out.append(f"{label}: per-core throughput {pa:,.0f} chars/CPU-s at {a['scale']}x, "
                       f"{pb:,.0f} at {b['scale']}x ({pb / pa - 1:+.0%}; goal: falls by no more than 10 %, "
                       f"{'met' if pb >= 0.9 * pa else 'not met'}); peak memory {a['peak_gib']:.2f} → "
                       f"{b['peak_gib']:.2f} GiB.")
    for phase in ("parse-cluster1", "parse-cluster"):
        r = rows.get((phase, LARGEST))
        if r and r.get("peak_by_process_gib"):
            parts = r["peak_by_process_gib"]
            workers = sorted((v for k, v in parts.items() if k.startswith("spawned")), reverse=True)
            out.append(f"{MODES[phase]} at {LARGEST}x, PSS when the process tree peaked: the main process "
                       f"(client, scheduler, nannies; the {r.get('table_mib', 0):,.0f} MiB table it gathers) "
                       f"{parts.get('main', 0):.2f} GiB, the worker{'s' if len(workers) > 1 else ''} "
                       + " and ".join(f"{w:.2f}" for w in workers) + " GiB.")
    big = [r for r in results if r["scale"] == LARGEST and r["phase"] in MODES]
    if big:
        peak = max(r["peak_gib"] for r in big)
        out.append(f"Largest peak memory of a parse at {LARGEST}x: {peak * 2**30 / 1e9:.2f} GB (goal: under 3 GB, "
                   f"{'met' if peak * 2**30 < 3e9 else 'not met'}).")
    ana = sorted((r for r in results if r["phase"] == "analyses"), key=lambda r: r["scale"])
    if len(ana) >= 2:
        a, b = ana[0], ana[-1]
        grow = ", ".join(f"{name} ×{b[key] / a[key]:.1f}" for name, key in
                         (("keywords", "keywords_s"), ("topics", "topics_s"), ("trends", "trends_s"))
                         if a.get(key) and b.get(key))
        worst = max(b["keywords_s"], b["topics_s"], b["trends_s"])
        out.append(f"From {a['scale']}x to {b['scale']}x (×{b['tokens'] / a['tokens']:.1f} tokens) the analyses "
                   f"took {grow} the time; at {b['scale']}x the slowest took {worst:.0f} s, after "
                   f"{b['load_tokens_s']:.0f} s to build the token table from the cached parses, with a peak "
                   f"of {b['peak_gib']:.2f} GiB.")
    return " ".join(out)


def plot(results: list[dict]) -> None:
    """Time and peak memory against size (characters), one line per mode; into docs/."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ok = [r for r in results if not r.get("error") and r["phase"] != "profile"]
    groups = {"1 process": ("parse-single",), "n_process=2 (8x: the cache fill)": ("parse-multi", "fill"),
              "LocalCluster 1×1": ("parse-cluster1",), "LocalCluster 2×1": ("parse-cluster",)}
    series = {name: sorted((r for r in ok if r["phase"] in ph and r.get("seconds")), key=lambda r: r["chars"])
              for name, ph in groups.items()}
    series["analyses (keywords + topics + trends)"] = sorted(
        (r for r in ok if r["phase"] == "analyses"), key=lambda r: r["chars"])
    for path, ylabel, value in (
            (PLOTS[0], "CPU seconds (whole process tree)",
             lambda r: r.get("cpu_s") if r["phase"] != "analyses" else
             sum(r.get(k, 0) for k in ("keywords_cpu_s", "topics_cpu_s", "trends_cpu_s"))),
            (PLOTS[1], "peak memory (GiB, PSS)", lambda r: r["peak_gib"])):
        fig, ax = plt.subplots(figsize=(6.4, 4))
        for name, rows in series.items():
            rows = [r for r in rows if value(r)]
            if rows:
                ax.plot([r["chars"] / 1e6 for r in rows], [value(r) for r in rows], marker="o", label=name)
        ax.set_xlabel("million characters (distinct text)")
        ax.set_ylabel(ylabel)
        if path == PLOTS[1]:
            ax.axhline(3e9 / 2**30, color="grey", linestyle=":", label="3 GB goal")
        ax.legend(fontsize=7)
        ax.grid(alpha=0.3)
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)
