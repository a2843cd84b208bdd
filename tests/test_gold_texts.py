"""benchmarks/gold_texts.py: rebuilding the texts of a committed gold folder from ../shared."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "gold"
DEV4 = GOLD / "dev4"
SETS = {"dev4": 12, "dev5": 14, "dev6": 14, "dev7": 14, "dev8": 14, "dev9": 14}  # committed gold folders and their number of reports


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


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_set_is_complete(name: str) -> None:
    folder = GOLD / name
    rows = _module().read_manifest(folder)
    assert len(rows) == SETS[name]
    assert sorted(p.stem for p in (folder / "entities").glob("*.json")) == sorted(r["stem"] for r in rows)
    for row in rows:
        entities = json.loads((folder / "entities" / f"{row['stem']}.json").read_text(encoding="utf-8"))
        assert entities and all(set(e) == {"text", "label", "count"} and e["count"] > 0 for e in entities)
        assert len({(e["text"], e["label"]) for e in entities}) == len(entities)
        slogans = json.loads((folder / "slogans" / f"{row['stem']}.json").read_text(encoding="utf-8"))
        assert all(set(s) == {"text", "kind", "count"} and s["count"] > 0 for s in slogans)
        assert {s["kind"] for s in slogans} <= {"quoted", "parallel", "numbered"}


def test_gold_sets_share_no_report() -> None:
    ids = [r["id"] for name in SETS for r in _module().read_manifest(GOLD / name)]
    assert len(ids) == len(set(ids))


def _longest_first_counts(page: str, strings: set[str]) -> dict[str, int]:
    """Occurrences of each string after the guide's longest-first, non-overlapping rule.

    Two strings of one length that overlap (乐山市 and 市中区 in 乐山市中区) are resolved by the annotator, so
    each string gets the larger of its counts with ties taken in alphabetical and in reverse order.
    """
    best: dict[str, int] = {}
    for reverse in (False, True):
        taken = [False] * len(page)
        for t in sorted(sorted(strings, reverse=reverse), key=len, reverse=True):
            n = 0
            for m in re.finditer(re.escape(t), page):
                if not any(taken[m.start():m.end()]):
                    taken[m.start():m.end()] = [True] * len(t)
                    n += 1
            best[t] = max(best.get(t, 0), n)
    return best


@pytest.mark.parametrize("name", sorted(SETS))
def test_rebuilt_texts_contain_every_gold_string(name: str, shared_dir: Path, tmp_path: Path) -> None:
    if not (shared_dir / _module().CORPUS).is_file():
        pytest.skip("the People's Daily corpus is not in ../shared")
    folder = GOLD / name
    paths = _module().rebuild(folder, tmp_path / name, shared_dir)
    assert [p.stem for p in paths] == [r["stem"] for r in _module().read_manifest(folder)]
    assert not (folder / "texts").exists()  # --out leaves the repository clean
    for path in paths:
        page = path.read_text(encoding="utf-8").replace("\r", "").replace("\n", "")
        entities = json.loads((tmp_path / name / "entities" / f"{path.stem}.json").read_text(encoding="utf-8"))
        for e in entities:
            assert e["text"] in page, (path.stem, e["text"])
        found = _longest_first_counts(page, {e["text"] for e in entities})
        for text in found:  # the counts never exceed the longest-first matches of the listed strings
            assert sum(e["count"] for e in entities if e["text"] == text) <= found[text], (path.stem, text)
        flat = re.sub(r"[\s“”‘’「」]", "", page)
        for s in json.loads((tmp_path / name / "slogans" / f"{path.stem}.json").read_text(encoding="utf-8")):
            assert re.sub(r"[\s“”‘’「」]", "", s["text"]) in flat, (path.stem, s["text"])
            assert flat.count(re.sub(r"[\s“”‘’「」]", "", s["text"])) == s["count"], (path.stem, s["text"])
