"""CLUENER 2020 mapping and the row format of ``training/ner/modern_data.py`` (no ``../shared``)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


# modern_data.py changes nothing at import (gold_select is imported only inside gold_ids)
_spec = importlib.util.spec_from_file_location("_ner_modern_data_test", REPO / "training" / "ner" / "modern_data.py")
md = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(md)


def _row(text: str, *ents: tuple[str, str]) -> str:
    out = []
    for typ, name in ents:
        b = text.index(name)
        out.append({"entity_type": typ, "entity": name, "entity_index": {"begin": b, "end": b + len(name)}})
    return json.dumps({"text": text, "entity_list": out}, ensure_ascii=False)


def test_short_place():
    assert md.short_place("福州") and md.short_place("洱源县") and md.short_place("茈碧湖镇")
    assert not md.short_place("西昌市太和镇")  # two administrative units in one span
    assert not md.short_place("济南火车站车站街")
    assert not md.short_place("台")


def test_read_cluener_maps_and_drops(tmp_path: Path):
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join([
        _row("浙商银行信贷部主任叶老桂在福州说", ("company", "浙商银行"), ("position", "主任"), ("name", "叶老桂"),
             ("address", "福州")),
        _row("记者在西昌市太和镇采访", ("position", "记者"), ("address", "西昌市太和镇")),
        _row("阿根廷队战胜了巴西", ("organization", "阿根廷"), ("organization", "巴西")),
        _row("阿根廷的首都", ("address", "阿根廷")),
        _row("县委宣传部发布《乡村振兴》", ("government", "县委宣传部"), ("book", "《乡村振兴》")),
    ]) + "\n", encoding="utf-8")
    rows, stats = md.read_cluener(path)
    texts = [t for t, _ in rows]
    assert rows[0] == ("浙商银行信贷部主任叶老桂在福州说", [(0, 4, "ORG"), (9, 12, "PER"), (13, 15, "LOC")])
    assert "记者在西昌市太和镇采访" not in texts  # a long address: the sentence is dropped, never labelled O
    assert "阿根廷队战胜了巴西" not in texts  # a team named after a place CLUENER marks as address
    assert ("县委宣传部发布《乡村振兴》", [(0, 5, "ORG")]) in rows  # book titles are O
    assert stats == {"sentences": 5, "dropped_long_place": 1, "dropped_team": 1, "kept": 3}


def test_write_read_round_trip(tmp_path: Path):
    path = tmp_path / "silver.jsonl"
    md.write([("记者刘硕阳报道", [(2, 5, "PER")], "20191019-01-01"), ("武汉", [(0, 2, "LOC")])], path)
    assert md.read(path) == [("记者刘硕阳报道", [(2, 5, "PER")]), ("武汉", [(0, 2, "LOC")])]
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["id"] == "20191019-01-01"
