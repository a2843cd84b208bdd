"""`corpus-tools report` on 5 MB of the 1998 People's Daily written as page files (issue 19).

The People's Daily of January 1998 (``../shared/data/people_daily_1998/199801.txt``,
research-only: read from ../shared, written only to a temporary folder, never into the
repository) is stripped of its PKU word/tag annotation; the articles of one newspaper page
(``19980101-01``) become one page file ``19980101-01.txt`` (each article: its first paragraph as
headline, a blank line, its paragraphs separated by blank lines; articles separated by two
blank lines), with a ``manifest.csv`` giving each page's date. Pages are taken in file order
until the folder holds 5 MB (UTF-8 bytes).

Before issue 19 this run never finished: layout joins the rows of a statistics table into
one long digit run, on which the investment-amount pattern backtracked exponentially (killed
after 15 minutes). The script runs the real command line in a child process
(``corpus-tools report PAGES -o OUT`` with an empty parse cache of its own), samples the
process tree's memory every 0.5 s (PSS with psutil: pages shared by forked workers counted
once), and records wall time, CPU time, peak memory, the report's section statuses and the
load average of the shared machine before and after.

Usage::

    nohup nice -n 5 python benchmarks/report_scale.py --write > report_scale.log 2>&1 &
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
sys.path.insert(0, str(REPO / "training"))
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
DEFAULT_DATA = SHARED / "data" / "people_daily_1998" / "199801.txt"

from _report import machine_line, write_section  # noqa: E402
from people_daily import read_articles  # noqa: E402


def write_pages(data: Path, folder: Path, *, max_bytes: int) -> dict:
    """Page files of the first *max_bytes* of the corpus, with a manifest; returns counts."""
    arts = read_articles(data)  # "19980101-01-001" -> paragraphs
    pages: dict[str, list[list[str]]] = {}
    for key, paras in arts.items():
        paras = [p for p in paras if p.strip()]
        if paras:
            pages.setdefault(key.rsplit("-", 1)[0], []).append(paras)
    folder.mkdir(parents=True, exist_ok=True)
    total = n_articles = 0
    rows = ["file,date"]
    for page, articles in pages.items():
        text = "\n\n\n".join(a[0] + "\n\n" + "\n\n".join(a[1:]) for a in articles) + "\n"
        data_bytes = text.encode("utf-8")
        if total + len(data_bytes) > max_bytes and total:
            break
        (folder / f"{page}.txt").write_bytes(data_bytes)
        rows.append(f"{page}.txt,{page[:4]}-{page[4:6]}-{page[6:8]}")
        total += len(data_bytes)
        n_articles += len(articles)
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"bytes": total, "pages": len(rows) - 1, "articles_in": n_articles,
            "chars": sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))}


def run_report(pages: Path, out: Path, cache: Path, timeout: float) -> dict:
    """Run ``corpus-tools report`` in a child process; wall time, CPU time, peak PSS, stderr tail."""
    import psutil

    env = dict(os.environ, CORPUS_TOOLS_CACHE=str(cache), PYTHONPATH=str(REPO))
    cmd = [sys.executable, "-c", "import sys; from corpus_tools.cli import main; sys.exit(main())",
           "report", str(pages), "-o", str(out), "--no-progress"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                total = 0
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_full_info().pss
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
                peak = max(peak, total)
            except psutil.NoSuchProcess:
                return
            stop.wait(0.5)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        status = f"exit {proc.returncode}"
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)  # the child's own session: only what this script started
        stdout, stderr = proc.communicate()
        status = f"killed after {timeout:.0f} s"
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"status": status, "wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime, "peak_gib": peak / 2**30,
            "stderr": stderr[-3000:], "files": sorted(p.name for p in out.glob("*")) if out.is_dir() else []}


def render(info: dict, res: dict, load_before: tuple, load_after: tuple, command: str) -> str:
    summary = [ln for ln in res["stderr"].splitlines() if ln.strip()][-3:]
    return "\n".join([
        "## Report on 5 MB of pages (`benchmarks/report_scale.py`)",
        "",
        machine_line(),
        "",
        f"Input: the first {info['pages']} pages of the People's Daily, January 1998, written as page files "
        f"({info['bytes'] / 1e6:.2f} MB UTF-8, {info['chars']:,} characters, {info['articles_in']:,} articles "
        "in the source), with a manifest of dates; an empty parse cache.",
        "",
        "| command | result | wall time | CPU time | peak memory (PSS) | load average before / after (1, 5, 15 min) |",
        "|---|---|---:|---:|---:|---|",
        f"| `corpus-tools report PAGES -o OUT` | {res['status']} | {res['wall_s'] / 60:.1f} min "
        f"| {res['cpu_s'] / 60:.1f} min | {res['peak_gib']:.2f} GiB "
        f"| {' '.join(f'{x:.1f}' for x in load_before)} / {' '.join(f'{x:.1f}' for x in load_after)} |",
        "",
        "Before issue 19 the same command was killed after 15 minutes (exponential backtracking of the "
        "investment-amount pattern on a table's digit run). The machine is shared (2 cores, several "
        "other jobs: see the load average), so wall time is an upper bound; CPU time is the child's.",
        "",
        "Last lines of the command's stderr:",
        "",
        "```",
        *summary,
        "```",
        "",
        f"Reproduce: `{command}`",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the page folder in MB")
    ap.add_argument("--timeout", type=float, default=3600.0, help="seconds before the report is killed")
    ap.add_argument("--write", action="store_true", help="write the section of docs/benchmarks.md")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: not found; this benchmark needs ../shared", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="report-scale-") as tmp:
        tmp = Path(tmp)
        info = write_pages(args.data, tmp / "pages", max_bytes=int(args.mb * 1e6))
        print(json.dumps(info), flush=True)
        load_before = os.getloadavg()
        res = run_report(tmp / "pages", tmp / "out", tmp / "cache", args.timeout)
        load_after = os.getloadavg()
    print(json.dumps({k: v for k, v in res.items() if k != "stderr"}, indent=1))
    print(res["stderr"][-1500:])
    if args.write:
        command = "nice -n 5 python benchmarks/report_scale.py --write"
        write_section("report_scale", render(info, res, load_before, load_after, command))
    return 0 if res["status"] == "exit 0" else 1


if __name__ == "__main__":
    sys.exit(main())
