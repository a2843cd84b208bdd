"""Write one benchmark's section into docs/benchmarks.md without touching the others.

Each benchmark owns the text between ``<!-- BEGIN name -->`` and ``<!-- END name -->``;
running it again replaces only that section, so benchmarks can run in any order.
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import os
import platform
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADER = "# Benchmarks\n\nEvery table below was written by the script it names; re-run it to refresh.\n"


def machine_line() -> str:
    """Describe this machine and today's date for a benchmark table."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    return (f"Machine: {cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, "
            f"{platform.system()} — measured {_dt.date.today().isoformat()}")


def write_section(name: str, markdown: str, *, path: Path = DOCS) -> Path:
    """Replace (or append) the section *name* of ``docs/benchmarks.md`` with *markdown*.

    Benchmarks run side by side may finish together: the read-modify-write holds an exclusive
    lock on a file beside *path*, so no section written by another process is lost.
    """
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    block = f"{begin}\n{markdown.strip()}\n{end}"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        text = path.read_text(encoding="utf-8") if path.exists() else HEADER
        text = pattern.sub(lambda _m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
        path.write_text(text, encoding="utf-8")
    return path
