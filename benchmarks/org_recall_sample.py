"""Draw unseen People's Daily county reports and list ORG predictions and likely ORG misses for judging.

Used for ``benchmarks/org_recall_sample.md``. It draws local or county-type reports (a body of at
least 600 characters with 县, 村, 乡 or 镇 at least 8 times) from
``$CORPUS_TOOLS_SHARED/data/people_daily_2019_2020/articles.jsonl.xz`` that are in no gold pool
(``training/gold_pool_ids.txt``) and in no dev manifest, runs :func:`corpus_tools.entities.find_entities`
on title + body, and writes, per article, every ORG prediction and every unit-word ending (局, 公司,
合作社, 日报 …) that no ORG prediction covers, with context, so that a person can judge recall and
precision by hand. The output holds corpus text, so it goes to a folder outside the repository.

Usage::

    python benchmarks/org_recall_sample.py OUT_DIR --sample A   # discovery sample (seed 15, 120 articles)
    python benchmarks/org_recall_sample.py OUT_DIR --sample B   # check sample (seed 2015, 100 others)
    python benchmarks/org_recall_sample.py OUT_DIR --sample C   # second check sample (seed 2016, 100 not in A or B)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from label_sample import sample_main, unseen_articles  # noqa: E402

SEEDS = {"A": (15, 120), "B": (2015, 100), "C": (2016, 100)}
# unit-word endings of the names GUIDE.md labels ORG; a hit not covered by an ORG prediction is a
# candidate miss, to be judged by hand (most are generic words and not misses)
UNIT_END = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:委员会|党工委|党委|党组|党支部|总支|支部|县委|市委|省委|政府|办事处|"
    r"局|厅|办|署|法院|检察院|医院|卫生院|学院|研究院|小学|中学|大学|学校|幼儿园|公司|集团|合作社|"
    r"协会|联合会|学会|商会|中心|站|所|大队|中队|日报|晚报|报社|电视台|广播电视台|融媒体中心|新闻|"
    r"发布|银行|分行|支行|信用社|厂|矿|基金会|联社|工作室|研究会)")


def county_reports(shared: Path) -> list[dict]:
    """Articles that qualify, in file order."""
    return unseen_articles(shared, lambda body: len(body) >= 600 and sum(body.count(c) for c in "县村乡镇") >= 8)


def main(argv: list[str] | None = None) -> int:
    return sample_main(argv, description=__doc__.split("\n")[0], seeds=SEEDS, reports=county_reports, label="ORG",
                       ends=UNIT_END, pred_context=(12, 8), cand_context=(10, 6))


if __name__ == "__main__":
    raise SystemExit(main())
