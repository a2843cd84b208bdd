"""Every Python block of docs/analysis.md runs, in order, with the default pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

DOC = Path(__file__).resolve().parents[1] / "docs" / "analysis.md"


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_doc_has_examples():
    assert len(_blocks()) >= 8


def test_doc_examples_run(tmp_path, monkeypatch):
    pytest.importorskip("jieba")
    pytest.importorskip("networkx")
    from corpus_tools import load_pipeline

    try:
        load_pipeline()
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"the default pipeline is not available: {exc}")
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(tmp_path))
    namespace: dict = {}
    for n, block in enumerate(_blocks()):
        try:
            exec(compile(block, f"{DOC.name} block {n}", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # pragma: no cover - reported with the block
            pytest.fail(f"docs/analysis.md block {n} failed: {exc!r}\n{block}")
    import matplotlib.pyplot as plt

    plt.close("all")
    assert namespace["kw"]["term"].notna().all()
