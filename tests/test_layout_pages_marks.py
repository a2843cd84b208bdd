"""benchmarks/layout_pages.py --mark-free: a caption body's leading photo mark read on neither side."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import layout_pages

    return layout_pages


def test_mark_free_reads_a_caption_body_without_its_mark() -> None:
    lp = _module()
    try:
        assert lp._lead_free("▲4月10日，游客在湖边赏花。").startswith("▲")
        lp._MARK_FREE["on"] = True
        assert lp._lead_free("▲4月10日，游客在湖边赏花。") == "4月10日，游客在湖边赏花。"
        assert lp._lead_free("本报讯（记者 王明）县里召开会议。") == "县里召开会议。"
    finally:
        lp._MARK_FREE["on"] = False
