"""training/crawl.py: the training scripts' reader of the 2019-2020 crawl skips every gold report."""

from __future__ import annotations

import json
import lzma
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


def _crawl():
    sys.path.insert(0, str(REPO / "training"))
    import crawl

    return crawl


def test_read_crawl_skips_pool_ids(tmp_path: Path) -> None:
    crawl = _crawl()
    pool = sorted(crawl.gold_pool_ids())
    docs = [{"id": pool[0], "date": "2019-02-05", "text": "金豆村的报道"},
            {"id": "20990101-01-01", "date": "2099-01-01", "text": "别的文章"}]
    path = tmp_path / "articles.jsonl.xz"
    with lzma.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    assert [d["id"] for d in crawl.read_crawl(path)] == ["20990101-01-01"]
    assert [d["id"] for d in crawl.read_crawl(tmp_path)] == ["20990101-01-01"]  # the folder works too


def test_pool_holds_every_gold_manifest_in_the_repository() -> None:
    crawl = _crawl()
    pool = crawl.gold_pool_ids()
    ids = set()
    for manifest in (REPO / "benchmarks" / "gold").glob("*/manifest.tsv"):
        rows = manifest.read_text(encoding="utf-8").splitlines()
        if "id" not in rows[0].split("\t"):
            continue  # invented pages (pages21, pages22, pages26o): no crawl ids, nothing to hold
        col = rows[0].split("\t").index("id")
        ids |= {r.split("\t")[col] for r in rows[1:] if r.strip()}
    assert ids and ids <= pool


@pytest.mark.skipif(not (SHARED / "data" / "people_daily_2019_2020").is_dir(), reason="needs ../shared")
def test_pool_file_is_what_gold_select_writes(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import gold_select

    out = tmp_path / "ids.txt"
    assert gold_select.main(["--shared", str(SHARED), "--pool-ids", str(out)]) == 0
    crawl = _crawl()
    assert out.read_text(encoding="utf-8") == crawl.POOL_IDS.read_text(encoding="utf-8")
