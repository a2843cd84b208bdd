"""benchmarks/gold_texts.py: rebuilding the texts of a committed gold folder from ../shared."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEV4 = REPO / "benchmarks" / "gold" / "dev4"


def _module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import gold_texts

    return gold_texts


def test_layout_is_title_blank_line_paragraphs_crlf() -> None:
    article = {"title": "河北阳原县大田洼村\n文化人带来好出路", "text": "\u3000\u3000村里变了。\n\u3000\u3000村民笑了。"}
    assert _module().layout(article) == ("河北阳原县大田洼村\r\n文化人带来好出路\r\n\r\n"
                                         "\u3000\u3000村里变了。\r\n\u3000\u3000村民笑了。\r\n")


def test_manifest_needs_stem_and_id(tmp_path: Path) -> None:
    (tmp_path / "manifest.tsv").write_text("name\tdate\nx\t2020-01-01\n", encoding="utf-8")
    with pytest.raises(ValueError, match="stem and id"):
        _module().read_manifest(tmp_path)


def test_dev4_gold_is_complete() -> None:
    rows = _module().read_manifest(DEV4)
    assert len(rows) == 12
    for row in rows:
        entities = json.loads((DEV4 / "entities" / f"{row['stem']}.json").read_text(encoding="utf-8"))
        assert entities and all(set(e) == {"text", "label", "count"} and e["count"] > 0 for e in entities)
        slogans = json.loads((DEV4 / "slogans" / f"{row['stem']}.json").read_text(encoding="utf-8"))
        assert all(set(s) == {"text", "kind", "count"} for s in slogans)


def test_rebuilt_texts_contain_every_gold_string(shared_dir: Path, tmp_path: Path) -> None:
    if not (shared_dir / _module().CORPUS).is_file():
        pytest.skip("the People's Daily corpus is not in ../shared")
    paths = _module().rebuild(DEV4, tmp_path / "dev4", shared_dir)
    assert [p.stem for p in paths] == [r["stem"] for r in _module().read_manifest(DEV4)]
    assert not (DEV4 / "texts").exists()  # --out leaves the repository clean
    for path in paths:
        page = path.read_text(encoding="utf-8").replace("\r", "").replace("\n", "")
        for e in json.loads((tmp_path / "dev4" / "entities" / f"{path.stem}.json").read_text(encoding="utf-8")):
            assert e["text"] in page, (path.stem, e["text"])
        flat = re.sub(r"[\s“”‘’「」]", "", page)
        for s in json.loads((tmp_path / "dev4" / "slogans" / f"{path.stem}.json").read_text(encoding="utf-8")):
            assert re.sub(r"[\s“”‘’「」]", "", s["text"]) in flat, (path.stem, s["text"])
