"""benchmarks/layout_pages.py: an untitled gold article is found by its body (the default), not its empty title
(``--first-untitled``, the reading before the thirty-sixth round)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

REPO = Path(__file__).resolve().parents[1]


def _module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import layout_pages

    return layout_pages


class _Corpus:
    """Two untitled briefs, split right, as the library would return them."""

    def __init__(self) -> None:
        self.articles = [SimpleNamespace(id="a1", byline=[("", "李红")]), SimpleNamespace(id="a2", byline=[("", "王刚")])]

    def articles_frame(self) -> pd.DataFrame:
        return pd.DataFrame({"article_id": ["a1", "a2"], "title": ["", ""],
                             "body": ["河西乡新修水渠三公里。（李红）", "东关镇举办农民丰收节。（王刚）"]})


def test_second_brief_is_scored_on_its_own_body(tmp_path: Path, monkeypatch) -> None:
    lp = _module()
    page = tmp_path / "2021-03-06_p1.txt"
    page.write_text("■河西乡新修水渠三公里。（李红）\n■东关镇举办农民丰收节。（王刚）\n", encoding="utf-8")
    truth = {"page": page.name, "articles": [
        {"title": "", "byline": [["", "李红"]], "body_first": "河西乡新修水渠", "body_last": "三公里。（李红）"},
        {"title": "", "byline": [["", "王刚"]], "body_first": "东关镇举办", "body_last": "丰收节。（王刚）"},
    ]}
    monkeypatch.setattr(lp.ct, "read_corpus", lambda path: _Corpus())
    by_body = lp.score_page(page, truth)
    try:
        lp._UNTITLED_BY_BODY["on"] = False
        first = lp.score_page(page, truth)
    finally:
        lp._UNTITLED_BY_BODY["on"] = True
    assert first["bodies"] == 1  # --first-untitled: the second brief compared with the first untitled article
    assert by_body["bodies"] == 2 and by_body["titles"] == 2 and by_body["bylines"] == 2
