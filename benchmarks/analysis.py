"""Time and peak memory of the corpus analyses, after the parse is cached.

    python benchmarks/analysis.py                 # seeds + People's Daily January 1998
    python benchmarks/analysis.py --skip-1998     # seeds only

Corpora:

* the five seed pages (``load_seeds()``);
* People's Daily, January 1998 (``../shared/data/people_daily_1998/199801.txt``: 31 daily
  issues, 3,148 articles). The PKU tags and segmentation are stripped; each article's
  first paragraph becomes its title. The text is read here only and never copied anywhere.

The parse runs once (cached on disk by ``Corpus.parse``). Then every analysis runs in its
own fresh subprocess, so its peak resident memory (``ru_maxrss``, which includes Python,
spaCy, pandas and the loaded token table) is its own. "load" is the time to read the cached
parse into the token table; "analysis" is the call itself; the goal (< 10 s, < 2 GB) is
for the analysis of the 1998 month after the parse is cached. Results go to the
``analysis`` section of ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))  # people_daily.py: the corpus reader
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
PD1998 = SHARED / "data" / "people_daily_1998" / "199801.txt"

from people_daily import issue_day, read_articles  # noqa: E402

TERMS = ["经济", "改革", "香港", "农业", "科技", "社会主义"]

# name -> (goal applies?, code run on `corpus` with `nlp` and `cache`)
ANALYSES = {
    "keywords tfidf by issue": (True, "keywords(corpus, by='issue', top_n=20, nlp=nlp, cache_dir=cache)"),
    "keywords tfidf by article, (1,2)-grams": (True, "keywords(corpus, by='article', top_n=10, ngram_range=(1, 2), min_df=2, nlp=nlp, cache_dir=cache)"),
    "keywords textrank by issue": (True, "keywords(corpus, by='issue', method='textrank', top_n=20, nlp=nlp, cache_dir=cache)"),
    "TopicModel(8, nmf).fit": (True, "TopicModel(8, nlp=nlp, cache_dir=cache).fit(corpus)"),
    "TopicModel(8, lda).fit": (True, "TopicModel(8, method='lda', nlp=nlp, cache_dir=cache).fit(corpus)"),
    "keyword_trends 6 terms by issue": (True, "keyword_trends(corpus, TERMS, by='issue', nlp=nlp, cache_dir=cache)"),
    "emerging_terms by issue": (True, "emerging_terms(corpus, by='issue', nlp=nlp, cache_dir=cache)"),
    "keyness first issue vs rest": (False, "keyness(corpus.filter(issue_id=corpus.issues[0].id), corpus.filter(issue_id=lambda i: i != corpus.issues[0].id), nlp=nlp, cache_dir=cache)"),
    "collocations": (False, "collocations(corpus, nlp=nlp, cache_dir=cache)"),
    "kwic 经济": (False, "kwic(corpus, TERMS[0])"),
}


def read_pd1998(path: Path = PD1998):
    """The January 1998 People's Daily as a Corpus: one issue per day, one article per PKU article id."""
    import pandas as pd

    from corpus_tools import Corpus

    arts = read_articles(path)  # 19980101-01-001 -> plain paragraphs
    rows = [{"issue_id": f"rmrb{day}", "date": f"{day[:4]}-{day[4:6]}-{day[6:]}", "paper": "人民日报",
             "title": paras[0], "body": "\n".join(paras[1:])}
            for day, paras in sorted(((issue_day(art), paras) for art, paras in arts.items()),
                                     key=lambda kv: kv[0])]
    # the articles are already split: no page layout to run
    return Corpus.from_articles(pd.DataFrame(rows))


def make_nlp(kind: str):
    from corpus_tools import load_pipeline

    if kind == "default":
        return load_pipeline()
    if kind == "pkuseg":
        return load_pipeline(tagger=False)
    if kind == "jieba":
        return load_pipeline(segmenter="jieba", tagger=False)
    raise ValueError(kind)


def pick_nlp_kind() -> str:
    for kind in ("default", "pkuseg", "jieba"):
        try:
            make_nlp(kind)("试一试")
            return kind
        except Exception as exc:  # a shipped model missing: try the next pipeline
            print(f"pipeline {kind!r} unavailable: {exc}", file=sys.stderr)
    raise RuntimeError("no pipeline available")


def load_corpus(name: str):
    if name == "seeds":
        from corpus_tools import load_seeds

        return load_seeds()
    return read_pd1998()


def _peak_rss_mib() -> float:
    """Peak resident memory of this process. VmHWM starts afresh at exec; ru_maxrss would
    carry over the benchmark parent's peak on Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(corpus_name: str, analysis: str, nlp_kind: str, cache: str) -> dict:
    import corpus_tools as ct

    warnings.simplefilter("ignore")
    # one-time imports (scikit-learn, scipy.stats: 1-6 s on a busy machine) are not the analysis
    import scipy.sparse  # noqa: F401
    import scipy.stats  # noqa: F401
    import sklearn.decomposition  # noqa: F401
    import sklearn.feature_extraction.text  # noqa: F401

    corpus = load_corpus(corpus_name)
    nlp = make_nlp(nlp_kind)
    t0 = time.perf_counter()
    ct.tokens_frame(corpus, nlp=nlp, progress=False, cache_dir=cache)
    load = time.perf_counter() - t0
    env = {"corpus": corpus, "nlp": nlp, "cache": cache, "TERMS": TERMS, **{n: getattr(ct, n) for n in ct.__all__}}
    t0 = time.perf_counter()
    result = eval(ANALYSES[analysis][1], env)  # noqa: S307 - our own fixed expressions
    elapsed = time.perf_counter() - t0
    rss = _peak_rss_mib()
    size = len(result) if hasattr(result, "__len__") else len(getattr(result, "doc_topics_", []))
    return {"load_s": load, "analysis_s": elapsed, "peak_mib": rss, "rows": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip-1998", action="store_true", help="benchmark the seeds only")
    ap.add_argument("--pipeline", choices=["auto", "default", "pkuseg", "jieba"], default="auto")
    ap.add_argument("--cache-dir", default=None,
                    help="parse cache to use (default: a fresh temporary folder, so the first parse is real)")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave docs/ alone")
    ap.add_argument("--worker", nargs=2, metavar=("CORPUS", "ANALYSIS"), help=argparse.SUPPRESS)
    ap.add_argument("--nlp-kind", default="jieba", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], args.worker[1], args.nlp_kind, args.cache_dir)))
        return
    import shutil
    import tempfile

    cache = args.cache_dir or tempfile.mkdtemp(prefix="corpus_tools_bench_")
    try:
        run(args, cache)
    finally:
        if not args.cache_dir:
            shutil.rmtree(cache, ignore_errors=True)


def run(args: argparse.Namespace, cache: str) -> None:

    import corpus_tools as ct

    kind = pick_nlp_kind() if args.pipeline == "auto" else args.pipeline
    nlp = make_nlp(kind)
    corpora = ["seeds"] + ([] if args.skip_1998 or not PD1998.is_file() else ["pd1998"])
    parse_rows = []
    for name in corpora:
        corpus = load_corpus(name)
        n_chars = sum(len(a.text) for a in corpus.articles)
        t0 = time.perf_counter()
        ct.parse_corpus(corpus, nlp=nlp, progress=False, cache_dir=cache)  # fills the parse cache
        first = time.perf_counter() - t0
        ct.tokens_frame(corpus, nlp=nlp, progress=False, cache_dir=cache)  # and the token table
        t0 = time.perf_counter()
        ct.parse_corpus(corpus, nlp=nlp, progress=False, cache_dir=cache)  # all from the cache now
        again = time.perf_counter() - t0
        parse_rows.append((name, len(corpus), len(corpus.articles), n_chars, first, again))
        print(f"{name}: parse {first:.1f} s, from the cache {again:.1f} s", file=sys.stderr)
    rows = []
    for name in corpora:
        for analysis, (goal, _) in ANALYSES.items():
            out = subprocess.run([sys.executable, __file__, "--worker", name, analysis, "--nlp-kind", kind,
                                  "--cache-dir", cache], capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                rows.append((name, analysis, goal, None))
                continue
            res = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((name, analysis, goal, res))
            print(f"{name:7s} {analysis:40s} load {res['load_s']:.2f} s  analysis {res['analysis_s']:.2f} s  "
                  f"peak {res['peak_mib']:.0f} MiB", file=sys.stderr)

    from _report import machine_line, write_section

    load = os.getloadavg()

    label = {"seeds": "seeds", "pd1998": "People's Daily 1998-01"}
    lines = [
        "## Analyses (`benchmarks/analysis.py`)",
        "",
        machine_line(),
        "",
        f"Load average while measuring (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in load)} — the machine "
        "is shared, so times on a busy machine are longer than on an idle one.",
        "",
        f"Pipeline: `{kind}` (`corpus_tools.load_pipeline` {'default' if kind == 'default' else kind}).",
        "",
        "| corpus | issues | articles | characters | parse, empty cache (s, 1 process) | parse again: Docs from the cache (s) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {label[n]} | {i} | {a} | {c:,} | {t:.1f} | {t2:.1f} |" for n, i, a, c, t, t2 in parse_rows]
    lines += [
        "",
        "Each analysis below ran in a fresh process after the parse was cached (scikit-learn and scipy "
        "imported beforehand). *load*: cached parse to token table; *analysis*: the call; *peak*: the "
        "process's peak resident memory. "
        "Goal for the 1998 month: analysis < 10 s and < 2 GB (✓/✗; — where the goal does not apply).",
        "",
        "| corpus | analysis | load (s) | analysis (s) | peak (MiB) | goal |",
        "|---|---|---:|---:|---:|:-:|",
    ]
    for name, analysis, goal, res in rows:
        if res is None:
            lines.append(f"| {label[name]} | {analysis} | failed | | | ✗ |")
            continue
        ok = res["analysis_s"] < 10 and res["peak_mib"] < 2048
        mark = ("✓" if ok else "✗") if (goal and name == "pd1998") else "—"
        lines.append(f"| {label[name]} | {analysis} | {res['load_s']:.2f} | {res['analysis_s']:.2f} | "
                     f"{res['peak_mib']:.0f} | {mark} |")
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        write_section("analysis", table)


if __name__ == "__main__":
    main()
