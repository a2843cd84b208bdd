"""Draw unseen People's Daily reports with facility words and list FAC predictions and likely FAC misses.

Used for ``benchmarks/fac_sample.md``. It draws reports (a body of at least 400 characters with at
least four facility-head hits: 楼 塔 门 街 路 桥 公园 广场 景区 古镇 馆 园 基地 遗址 故居 寺 庙 祠 堂)
from ``$CORPUS_TOOLS_SHARED/data/people_daily_2019_2020/articles.jsonl.xz`` that are in no gold pool
(``training/gold_pool_ids.txt``) and in no dev manifest, runs :func:`corpus_tools.entities.find_entities`
on title + body, and writes every FAC prediction and every facility-head ending not covered by a FAC
prediction (with what covers it instead), for judging by hand. Nothing is scored automatically.

Usage::

    python benchmarks/fac_sample.py OUT_DIR --sample A --tag before   # discovery sample (seed 16, 100 articles)
    python benchmarks/fac_sample.py OUT_DIR --sample B --tag after    # check sample, not looked at while fixing
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from label_sample import sample_main, unseen_articles  # noqa: E402

SEEDS = {"A": (16, 100), "B": (2016, 100)}
FAC_END = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:公园|广场|景区|风景区|水乡|古镇|小镇|遗址|旧址|故居|纪念馆|博物馆|展览馆|美术馆|"
    r"科技馆|体育馆|图书馆|文化馆|基地|大桥|桥|楼|塔|门|大街|街|路|大道|寺|庙|祠|祠堂|堂|园|宫|阁|殿|城墙)")


def facility_reports(shared: Path) -> list[dict]:
    """Articles that qualify, in file order."""
    return unseen_articles(shared, lambda body: 400 <= len(body) <= 3000 and len(FAC_END.findall(body)) >= 4)


def main(argv: list[str] | None = None) -> int:
    return sample_main(argv, description=__doc__.split("\n")[0], seeds=SEEDS, reports=facility_reports, label="FAC",
                       ends=FAC_END, pred_context=(10, 6), cand_context=(8, 5))


if __name__ == "__main__":
    raise SystemExit(main())
