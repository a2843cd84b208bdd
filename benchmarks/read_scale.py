"""First layout pass and entity reuse on hundreds of pages: CPU per page, md5 of the outputs.

Pages: ``--pages`` composed pages (``benchmarks/compose_pages.py``, dev seeds 0…N-1, every
second one with ``variety=True``; crawl articles of ``../shared/data/people_daily_2019_2020`` laid
out as county pages, written to a temporary folder only) and the People's Daily January 1998
pages of ``benchmarks/report_scale.py`` (its first ``--pd-bytes`` bytes; research-only, read from
``../shared``, never copied into the repository).

Measured, each in a fresh child process (CPU = user + system time of that process):

* ``read``: ``read_corpus(folder)`` (decoding, dates);
* ``layout``: ``corpus.lay_out()``, the first layout pass; with the md5 of ``articles_frame()``,
  ``blocks_frame()`` and the repairs, so that a speed change is shown to change no output;
* ``county`` (``--county``): ``read_corpus(folder, county="infer")``, which lays out every page to
  read its masthead and text before the county is inferred, against ``read_corpus(folder)``, its
  first layout pass and ``assign_counties(corpus, "infer")`` on the laid-out corpus (the first
  call loads the gazetteer; it is timed apart); written to its own section (``read_scale_county``);
* ``entities``: on the first ``--entity-pages`` composed pages, ``extract_entities`` on the read
  corpus, then ``Corpus.save(tables=(…, "entities"))``, ``Corpus.load`` and ``extract_entities``
  on the loaded corpus (reused from the save: :mod:`corpus_tools.entity_store`), and whether
  the two tables are equal.

Usage::

    nice -n 5 python benchmarks/read_scale.py --base ../main --write   # base and this checkout, alternating
    nice -n 5 python benchmarks/read_scale.py --county --write          # the cost of county="infer" only

With ``--base`` the script exits 1 when an md5 of this checkout differs from the base's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
if not (SHARED / "data").is_dir():  # a worktree sits one level deeper than the main checkout
    SHARED = Path("/work/shared")


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def write_folders(work: Path, n_pages: int, pd_bytes: int) -> dict:
    """The composed and PD1998 page folders under *work*; their page counts."""
    os.environ.setdefault("CORPUS_TOOLS_SHARED", str(SHARED))
    import layout as bench  # benchmarks/layout.py: the crawl's path
    from compose_pages import compose_page, load_pool
    from report_scale import write_pages

    composed = work / "composed"
    composed.mkdir(parents=True, exist_ok=True)
    pool = load_pool(bench.CRAWL, part="dev")
    for seed in range(n_pages):
        page = compose_page(seed, pool, variety=seed % 2 == 1)
        (composed / f"p{seed:04d}.txt").write_text(page.raw, encoding="utf-8")
    pd_info = write_pages(SHARED / "data" / "people_daily_1998" / "199801.txt", work / "pd1998", max_bytes=pd_bytes)
    return {"composed": n_pages, "pd1998": pd_info["pages"]}


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def child_layout(folder: Path) -> dict:
    import corpus_tools as ct

    t0 = _cpu()
    corpus = ct.read_corpus(folder)
    t1 = _cpu()
    corpus.lay_out(progress=False)
    t2 = _cpu()
    repairs = [(i.id, r.kind, r.start, r.end, r.removed, r.note) for i in corpus.issues for r in i.repairs]
    n = len(corpus.issues)
    return {"pages": n, "articles": len(corpus.articles), "read_cpu_per_page": (t1 - t0) / n,
            "layout_cpu_per_page": (t2 - t1) / n,
            "md5": {"articles": _md5(corpus.articles_frame(progress=False).to_csv(index=False)),
                    "blocks": _md5(corpus.blocks_frame(progress=False).to_csv(index=False)),
                    "repairs": _md5(repr(repairs))}}


def child_county(folder: Path) -> dict:
    """CPU per page of ``read_corpus(county="infer")`` and of its parts (read, first layout pass,
    county inference on laid-out pages), in one process; the gazetteer's first load apart."""
    import warnings

    import corpus_tools as ct
    from corpus_tools.county_tables import assign_counties

    warnings.simplefilter("ignore")  # pages whose text decides no county: one warning, not timed
    t0 = _cpu()
    corpus = ct.read_corpus(folder)
    t1 = _cpu()
    corpus.lay_out(progress=False)
    t2 = _cpu()
    assign_counties(ct.read_corpus(sorted(folder.glob("*.txt"))[:1]), "infer")  # gazetteer, tables
    t3 = _cpu()
    assign_counties(corpus, "infer")
    t4 = _cpu()
    inferred = ct.read_corpus(folder, county="infer")
    t5 = _cpu()
    n = len(corpus.issues)
    decided = sum(1 for i in inferred.issues if i.meta.get("county_code"))
    return {"pages": n, "read_cpu_per_page": (t1 - t0) / n, "layout_cpu_per_page": (t2 - t1) / n,
            "first_load_cpu": t3 - t2, "infer_cpu_per_page": (t4 - t3) / n,
            "read_infer_cpu_per_page": (t5 - t4) / n, "decided": decided,
            "same": [i.meta.get("county_code") for i in inferred.issues]
            == [i.meta.get("county_code") for i in corpus.issues]}


def render_county(res: dict, command: str) -> str:
    """The ``read_scale_county`` section: what ``county="infer"`` costs per page."""
    from _report import machine_line

    lines = ["## The cost of read_corpus(county=\"infer\") (benchmarks/read_scale.py --county)", "",
             machine_line(), "", f"Command: `{command}` at {res['this_commit']} (load average {res['load']} at "
             f"start, {res['load_end']} at the end; CPU time of one child process, the least of {res['repeat']} "
             "run(s), on a machine shared with other jobs). `county=\"infer\"` lays out every page when the "
             "corpus is read (to read its masthead and text); without it the same layout pass runs later, "
             "at the first table. The gazetteer's first load is paid once per process.", "",
             "| pages | n | read_corpus(folder) s/page | first layout pass s/page | county inference on laid-out "
             "pages s/page | read_corpus(folder, county=\"infer\") s/page | gazetteer first load s | "
             "pages with a county |", "|---|---|---|---|---|---|---|---|"]
    for name in ("composed", "pd1998"):
        r = res["county"][name]
        lines.append(f"| {name} | {r['pages']} | {r['read_cpu_per_page']:.4f} | {r['layout_cpu_per_page']:.4f} | "
                     f"{r['infer_cpu_per_page']:.4f} | {r['read_infer_cpu_per_page']:.4f} | "
                     f"{r['first_load_cpu']:.2f} | {r['decided']} |")
    c, p = res["county"]["composed"], res["county"]["pd1998"]
    lines += ["", f"So `county=\"infer\"` makes reading {c['read_infer_cpu_per_page'] / c['read_cpu_per_page']:.0f}× "
              f"(composed) and {p['read_infer_cpu_per_page'] / p['read_cpu_per_page']:.0f}× (PD1998) slower, "
              "because the first layout pass moves to read time; the inference itself adds "
              f"{c['infer_cpu_per_page']:.3f} and {p['infer_cpu_per_page']:.3f} s per page to the layout pass "
              "every analysis needs anyway (the counties inferred are the same either way)."]
    return "\n".join(lines)


def child_entities(folder: Path, n_pages: int) -> dict:
    import pandas as pd

    import corpus_tools as ct

    files = sorted(folder.glob("*.txt"))[:n_pages]
    corpus = ct.read_corpus(files)
    corpus.lay_out(progress=False)
    t0 = _cpu()
    fresh = ct.extract_entities(corpus)
    t1 = _cpu()
    with tempfile.TemporaryDirectory() as tmp:
        corpus.save(Path(tmp) / "store", tables=("articles", "issues", "blocks", "entities"), progress=False)
        t2 = _cpu()
        loaded = ct.Corpus.load(Path(tmp) / "store")
        t3 = _cpu()
        again = ct.extract_entities(loaded)
        t4 = _cpu()
    try:
        pd.testing.assert_frame_equal(fresh, again)
        equal = True
    except AssertionError:
        equal = False
    return {"pages": len(corpus.issues), "articles": len(corpus.articles), "rows": len(fresh),
            "extract_cpu": t1 - t0, "save_cpu": t2 - t1, "load_cpu": t3 - t2, "reuse_cpu": t4 - t3,
            "equal": equal}


def _run_child(args: list[str], code: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                         cwd=code, env={**os.environ, "PYTHONPATH": str(code)})
    if out.returncode:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def render(res: dict, command: str) -> str:
    """The section of docs/benchmarks.md: with ``--base``, the base checkout's CPU per page beside
    this one's and whether every md5 is the same."""
    from _report import machine_line

    base = res.get("base")
    lines = ["## First layout pass and entity reuse at scale (benchmarks/read_scale.py)", "",
             machine_line(), "", f"Command: `{command}` (load average {res['load']} at start, "
             f"{res['load_end']} at the end; CPU time of one child process per run, the least of "
             f"{res['repeat']} runs, base and this checkout alternating, on a machine shared with other jobs)", ""]
    if base is not None:
        lines += [f"Base: `{res['base_code']}` at {res['base_commit']}; this checkout at {res['this_commit']}.", "",
                  "| pages | n | articles | read CPU s/page base → this | first layout pass CPU s/page "
                  "base → this | md5 of articles, blocks, repairs |", "|---|---|---|---|---|---|"]
    else:
        lines += ["| pages | n | articles | read CPU s/page | first layout pass CPU s/page | md5 articles / blocks / repairs |",
                  "|---|---|---|---|---|---|"]
    for name in ("composed", "pd1998"):
        r = res[name]
        md5 = " / ".join(r["md5"][k][:8] for k in ("articles", "blocks", "repairs"))
        if base is not None:
            b = base[name]
            same = "identical" if b["md5"] == r["md5"] else "**differ**"
            lines.append(f"| {name} | {r['pages']} | {r['articles']} | {b['read_cpu_per_page']:.4f} → "
                         f"{r['read_cpu_per_page']:.4f} | {b['layout_cpu_per_page']:.4f} → "
                         f"{r['layout_cpu_per_page']:.4f} | {same} ({md5}) |")
        else:
            lines.append(f"| {name} | {r['pages']} | {r['articles']} | {r['read_cpu_per_page']:.4f} | "
                         f"{r['layout_cpu_per_page']:.4f} | {md5} |")
    e = res["entities"]
    lines += ["", f"Entities on {e['pages']} composed pages ({e['articles']} articles, {e['rows']} rows): "
              f"`extract_entities` {e['extract_cpu']:.1f} s CPU; after `save` and `Corpus.load`, "
              f"`extract_entities` on the loaded corpus {e['reuse_cpu']:.2f} s "
              f"(equal to the fresh table: {e['equal']})"
              + (f"; base: {base['entities']['reuse_cpu']:.1f} s (recomputed)." if base else ".")]
    return "\n".join(lines)


def _commit(code: Path | str) -> str:
    out = subprocess.run(["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip() or "?"


def _least(runs: list[dict]) -> dict:
    """The run with the least layout CPU (md5s must agree between runs)."""
    assert all(r.get("md5") == runs[0].get("md5") for r in runs), "md5 differs between runs of one checkout"
    return min(runs, key=lambda r: r.get("layout_cpu_per_page", r.get("extract_cpu", 0)))


def _county_only(args: argparse.Namespace, argv: list[str] | None) -> int:
    res: dict = {"load": round(os.getloadavg()[0], 2), "repeat": args.repeat, "this_commit": _commit(REPO),
                 "county": {}}
    for name in ("composed", "pd1998"):
        runs = [_run_child(["county", str(args.workdir / name)], REPO) for _ in range(args.repeat)]
        print(name, json.dumps(runs), flush=True)
        res["county"][name] = min(runs, key=lambda r: r["read_infer_cpu_per_page"])
    res["load_end"] = round(os.getloadavg()[0], 2)
    res["command"] = ("python benchmarks/read_scale.py " + " ".join(argv if argv is not None else sys.argv[1:])).strip()
    if args.out:
        args.out.write_text(json.dumps(res, indent=1))
    if args.write:
        from _report import write_section

        write_section("read_scale_county", render_county(res, res["command"]))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=300, help="composed pages")
    ap.add_argument("--pd-bytes", type=int, default=1_000_000, help="bytes of PD1998 page files")
    ap.add_argument("--entity-pages", type=int, default=20, help="composed pages for the entity reuse")
    ap.add_argument("--repeat", type=int, default=2, help="runs per checkout and corpus (the least CPU is kept)")
    ap.add_argument("--base", type=Path, help="a base checkout (e.g. the main checkout) measured alternately")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "corpus_tools_read_scale")
    ap.add_argument("--write", action="store_true", help="write the section of docs/benchmarks.md")
    ap.add_argument("--out", type=Path, help="write the measurements (with md5s) as JSON")
    ap.add_argument("--render", type=Path, help="write the section from an --out JSON of an earlier run")
    ap.add_argument("--county", action="store_true",
                    help='measure only what read_corpus(county="infer") costs (section read_scale_county)')
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.render:
        from _report import write_section

        res = json.loads(args.render.read_text())
        if "county" in res:
            write_section("read_scale_county", render_county(res, res["command"]))
            return 0
        res.setdefault("this_commit", _commit(REPO))  # runs from before these were recorded
        res.setdefault("base_commit", _commit(res["base_code"]) if res.get("base_code") else None)
        write_section("read_scale", render(res, res["command"]))
        return 0
    if args.child:
        kind, folder, *rest = args.child
        res = (child_layout(Path(folder)) if kind == "layout" else child_county(Path(folder)) if kind == "county"
               else child_entities(Path(folder), int(rest[0])))
        print(json.dumps(res))
        return 0
    counts = write_folders(args.workdir, args.pages, args.pd_bytes)
    if args.county:
        return _county_only(args, argv)
    codes = ([("base", args.base)] if args.base else []) + [("this", REPO)]
    res: dict = {"load": round(os.getloadavg()[0], 2), "counts": counts, "repeat": args.repeat,
                 "base_code": str(args.base) if args.base else None, "this_commit": _commit(REPO),
                 "base_commit": _commit(args.base) if args.base else None}
    runs: dict = {(who, name): [] for who, _ in codes for name in ("composed", "pd1998", "entities")}
    for _ in range(args.repeat):
        for name in ("composed", "pd1998"):
            for who, code in codes:
                runs[who, name].append(_run_child(["layout", str(args.workdir / name)], code))
                print(who, name, json.dumps(runs[who, name][-1]), flush=True)
    for who, code in codes:  # once: the entity pass is long, and the reuse is the point
        runs[who, "entities"].append(_run_child(["entities", str(args.workdir / "composed"),
                                                 str(args.entity_pages)], code))
        print(who, "entities", json.dumps(runs[who, "entities"][-1]), flush=True)
    for who, _ in codes:
        target = res if who == "this" else res.setdefault("base", {})
        for name in ("composed", "pd1998", "entities"):
            target[name] = _least(runs[who, name])
    res["load_end"] = round(os.getloadavg()[0], 2)
    command = "python benchmarks/read_scale.py " + " ".join(argv if argv is not None else sys.argv[1:])
    res["command"] = command.strip()
    if args.out:
        args.out.write_text(json.dumps(res, indent=1))
    if args.write:
        from _report import write_section

        write_section("read_scale", render(res, command.strip()))
    if args.base and any(res["base"][n]["md5"] != res[n]["md5"] for n in ("composed", "pd1998")):
        print("md5 differs from the base")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
