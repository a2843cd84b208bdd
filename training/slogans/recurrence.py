"""Shared by the recurrence tables: count on how many days People's Daily 2019-2020 prints each key,
and write the keys printed on two or more days as a table of counts (no text of the corpus)."""

from __future__ import annotations

import collections
import sys
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py)


def days_printed(data: Path, keys_of: Callable[[str], Iterable[str]]) -> list[tuple[str, int]]:
    """``(key, days)`` for every key of an article's text that appears on two or more days, most days first."""
    days: dict[str, set[str]] = collections.defaultdict(set)
    for doc in read_crawl(data):  # the gold pool skipped (training/crawl.py)
        for key in keys_of(doc["text"]):
            days[key].add(doc["date"])
    return sorted(((s, len(d)) for s, d in days.items() if len(d) >= 2), key=lambda r: (-r[1], r[0]))


def write_days(out: Path, rows: list[tuple[str, int]], comment: str, column: str) -> None:
    """Write *rows* under ``# comment`` lines and a ``column<TAB>days`` header."""
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(comment)
        fh.write(f"{column}\tdays\n")
        fh.writelines(f"{s}\t{n}\n" for s, n in rows)
    print(f"wrote {len(rows)} series to {out}")
