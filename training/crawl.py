"""Reader of the People's Daily 2019-2020 crawl for the training scripts, without the gold pool.

Every hand-made gold set of county reports (``../shared/gold/entities-dev``, ``benchmarks/gold/dev4``,
``dev5``, ``dev6``, ``dev7`` and the blind sets kept outside the repository) is drawn from this crawl
(``../shared/data/people_daily_2019_2020/articles.jsonl.xz``) by ``benchmarks/gold_select.py``. A script
that mines words, names or counts from the crawl must not see those reports, or a blind report's names
could enter a shipped list. :func:`read_crawl` therefore skips every article of the *gold pool*: all
articles any gold set can be drawn from (the candidates of both widened selection filters, dev6's and dev7's
without its governance condition, 457 articles, plus the 20 entities-dev reports), listed in
``training/gold_pool_ids.txt``, which ``python benchmarks/gold_select.py --pool-ids training/gold_pool_ids.txt``
writes. Skipping the whole pool, not only today's sets, keeps a set drawn later clean too; it removes 477 of
the crawl's 9,677 articles (136 before dev7's wider filter).

The scripts add the ``training/`` folder to ``sys.path`` and ``import crawl``.
"""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

__all__ = ["CRAWL", "POOL_IDS", "gold_pool_ids", "read_crawl"]

CRAWL = Path("data") / "people_daily_2019_2020" / "articles.jsonl.xz"  # relative to the shared folder
POOL_IDS = Path(__file__).resolve().with_name("gold_pool_ids.txt")


@lru_cache(maxsize=1)
def gold_pool_ids() -> frozenset[str]:
    """Ids of the crawl's articles that gold sets are drawn from (``#`` lines are comments)."""
    lines = POOL_IDS.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def read_crawl(path: str | Path) -> Iterator[dict]:
    """Yield the crawl's articles (dicts with ``id``, ``date``, ``title``, ``text`` ...), gold pool skipped.

    ``path`` is the ``articles.jsonl.xz`` file or the shared folder that holds it.
    """
    path = Path(path)
    if path.is_dir():
        path = path / CRAWL if (path / CRAWL).exists() else path / "articles.jsonl.xz"
    skip = gold_pool_ids()
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["id"] not in skip:
                yield doc
