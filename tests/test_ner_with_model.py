"""``training/ner/with_model.py``: a benchmark run with another NER model folder (no ``../shared``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("_ner_with_model_test", REPO / "training" / "ner" / "with_model.py")
wm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wm)


def test_rejects_a_folder_without_a_model(tmp_path: Path):
    with pytest.raises(SystemExit, match="not a spaCy model folder"):
        wm.main([str(tmp_path), "benchmarks/external_gold.py"])


def test_runs_the_script_with_the_model_dir_replaced(tmp_path: Path, monkeypatch):
    import corpus_tools.entities as entities

    (tmp_path / "config.cfg").write_text("", encoding="utf-8")
    script = tmp_path / "show.py"
    out = tmp_path / "out.txt"
    script.write_text("import sys\nimport corpus_tools.entities as E\n"
                      "open(sys.argv[1], 'w', encoding='utf-8').write(str(E.ner_model_dir()))\n", encoding="utf-8")
    monkeypatch.setenv(entities.NER_MODEL_ENV, "")  # empty = the shipped model; restored (unset) after the test
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    monkeypatch.setattr(sys, "path", list(sys.path))
    wm.main([str(tmp_path), str(script), str(out)])
    assert out.read_text(encoding="utf-8") == str(tmp_path.resolve())

