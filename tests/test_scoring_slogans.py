"""The slogan scorer's item list (corpus_tools.scoring.slogans.slogan_differences) and `eval slogans --details`."""

from __future__ import annotations

import json

import pytest

from corpus_tools.cli import main
from corpus_tools.scoring.slogans import DIFFERENCE_COLUMNS, slogan_differences


def test_differences_list_false_positives_negatives_and_kind_or_count():
    # user26 F10: which items a user's own gold disagrees with, not only the counts
    gold = {"p1": [{"text": "一镇一业", "kind": "numbered", "count": 2}, {"text": "三城同创", "kind": "numbered",
                                                                       "count": 1}],
            "p2": [{"text": "百企联百村", "kind": "quoted", "count": 1}]}
    pred = {"p1": [{"text": "一镇一业", "kind": "numbered", "count": 3}, {"text": "鹤乡", "kind": "quoted", "count": 1}],
            "p2": [{"text": "百企联百村", "kind": "numbered", "count": 1}]}
    d = slogan_differences(pred, gold)
    assert list(d.columns) == DIFFERENCE_COLUMNS
    assert d[["page", "error", "text"]].values.tolist() == [
        ["p1", "FP", "鹤乡"], ["p1", "FN", "三城同创"], ["p1", "count", "一镇一业"], ["p2", "kind", "百企联百村"]]
    strict = slogan_differences(pred, gold, mode="strict")
    assert sorted(strict.loc[strict["page"] == "p2", "error"]) == ["FN", "FP"]
    with pytest.raises(ValueError, match="mode = 'loose' is invalid"):
        slogan_differences(pred, gold, mode="loose")


def test_eval_slogans_details_on_the_command_line(tmp_path, capsys):
    pages, gold = tmp_path / "pages", tmp_path / "gold"
    pages.mkdir()
    gold.mkdir()
    (pages / "dafeng_2021-09-28.txt").write_text("四个大丰见实效\n　　本报讯 全区建设“四个大丰”，打造“鹤乡”品牌。\n",
                                                 encoding="utf-8")
    (gold / "dafeng_2021-09-28.json").write_text(json.dumps([{"text": "四个大丰", "kind": "numbered", "count": 2},
                                                             {"text": "三城同创", "kind": "numbered", "count": 1}],
                                                            ensure_ascii=False), encoding="utf-8")
    assert main(["eval", "slogans", str(gold), "--pages", str(pages), "--details"]) == 0
    out = capsys.readouterr().out
    assert "differences (text matching)" in out and "FN" in out and "三城同创" in out
    assert main(["eval", "slogans", str(gold), "--pages", str(pages), "--details", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"scores", "differences"} <= set(data) and any(d["error"] == "FN" for d in data["differences"])
