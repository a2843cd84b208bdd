"""benchmarks/layout_pages.py: scoring a page against gold that leaves out fields an article does not print."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import layout_pages

    return layout_pages


PAGE = ("县里召开春耕生产动员会\n\n"
        "\u3000\u3000本报讯（记者 周明远）3月5日，县里召开春耕生产动员会，部署全年粮食生产工作。\n"
        "\u3000\u3000会议要求各乡镇抓好农资供应。\n\n"
        "\u3000\u3000河西乡新修水渠三公里，灌溉农田两千亩。\n")


def test_gold_without_a_title_key_is_read_as_untitled(tmp_path: Path) -> None:
    page = tmp_path / "2021-03-06_p1.txt"
    page.write_text(PAGE, encoding="utf-8")
    truth = {"page": page.name, "articles": [
        {"title": "县里召开春耕生产动员会", "byline": [["记者", "周明远"]],
         "body_first": "3月5日，县里召开", "body_last": "抓好农资供应。"},
        {"body_first": "河西乡新修水渠", "body_last": "灌溉农田两千亩。"},  # no title, no byline key
    ]}
    result = _module().score_page(page, truth)
    assert result["n"] == 2
    assert result["titles"] >= 1
    assert 0 <= result["bodies"] <= 2
    assert not any("raised" in e for e in result["errors"])
