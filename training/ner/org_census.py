"""ORG error census over the open reports: which miss / false-alarm patterns recur in how many REPORTS.

    PYTHONPATH=. CORPUS_TOOLS_SHARED=../shared python training/ner/org_census.py --shared ../shared \
        [--sets seeds,edev,...] [--out errors.tsv]

Tags every open report of :func:`train_org_arbiter.open_documents` with the whole pipeline
(:func:`corpus_tools.entities.find_entities`), keeps the ORG false negatives and false positives of
:func:`corpus_tools.scoring.entities.error_table` and names each with a coarse pattern
(:func:`pattern`). Prints, per (kind, pattern), the mentions and the number of reports it occurs in;
``--out`` writes the rows (report, set, kind, text, count, pattern, other) as TSV.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Head words, in the order they are tried, and the pattern each names.
HEAD_PATTERNS = (
    (r"(部队|军|师|旅|团|营|连|支队|大队|中队|舰队|战区|武警.*)$", "military/police unit"),
    (r"(合作社|联合社|专业社)$", "cooperative"),
    (r"(学校|小学|中学|大学|学院|幼儿园|学堂|中心校|一中|二中|三中)$", "school"),
    (r"(医院|卫生院|卫生室|诊所|卫生服务中心|疾控中心)$", "hospital/clinic"),
    (r"(大院|书屋|文化站|文化馆|图书馆|纪念馆|博物馆|剧院|影院|活动中心|礼堂|讲堂|广场)$", "venue (文化大院 type)"),
    (r"(县委|市委|省委|党委|党组|党支部|支部|党工委|纪委|政府|人大|政协|常委会|委员会|办公室|办|局|厅|部|委|署|院|所|站|队|处|科|庭)$",
     "party/government organ"),
    (r"(公司|集团|银行|厂|场|店|超市|酒店|宾馆|商城|商行|工作室|农场|牧场|林场|基地|园)$", "firm with head"),
    (r"(协会|学会|商会|联合会|研究会|促进会|社|会|联盟|俱乐部|中心)$", "association/centre"),
)


def pattern(text: str, kind: str, other: str, ctx_pattern: str) -> str:
    """A coarse census pattern for one ORG error (*ctx_pattern*: ``error_table``'s span/label pattern)."""
    if ctx_pattern == "label":
        return f"labelled {other}"
    if ctx_pattern.startswith("span"):
        return ctx_pattern
    for rx, name in HEAD_PATTERNS:
        if re.search(rx, text):
            return name
    if len(text) <= 4:
        return "no head, short (brand/short form)"
    return "no head, long"


def main(argv: "list[str] | None" = None) -> int:
    import pandas as pd

    from train_org_arbiter import ALL_SETS, open_documents

    from corpus_tools.scoring.entities import error_table, tag_documents

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--sets", default=",".join(ALL_SETS))
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    docs = open_documents(args.shared, sets=tuple(args.sets.split(",")))
    keyed = [replace(d, stem=f"{d.source}/{d.stem}") for d in docs]
    pred = tag_documents(keyed)
    err = error_table(keyed, pred)
    err = err[err["label"] == "ORG"].copy()
    err["set"] = err["doc"].str.split("/").str[0]
    err["census"] = [pattern(t, k, o, p) for t, k, o, p in zip(err["text"], err["kind"], err["other"], err["pattern"])]
    if args.out:
        err.to_csv(args.out, sep="\t", index=False)
    tab = (err.groupby(["kind", "census"]).agg(mentions=("count", "sum"), reports=("doc", "nunique"),
                                                 examples=("text", lambda s: "、".join(list(dict.fromkeys(s))[:8])))
           .reset_index().sort_values(["kind", "reports"], ascending=[True, False]))
    with pd.option_context("display.width", 250, "display.max_colwidth", 120, "display.max_rows", 200):
        print(f"{len(docs)} reports; ORG FN {int(err[err.kind == 'FN']['count'].sum())}, "
              f"FP {int(err[err.kind == 'FP']['count'].sum())}")
        print(tab.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
