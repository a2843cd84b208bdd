"""``corpus_tools.ner_model``: where the NER model is found (no ``../shared``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools import ner_model


def test_the_shipped_model_folder_by_default(monkeypatch):
    monkeypatch.setenv(ner_model.NER_MODEL_ENV, "")
    assert ner_model.ner_model_dir().parts[-2:] == ("models", "ner")


def test_the_model_folder_variable_must_name_a_model(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(ner_model.NER_MODEL_ENV, str(tmp_path))
    with pytest.raises(ValueError, match="CORPUS_TOOLS_NER_MODEL=.*no config.cfg"):
        ner_model.ner_model_dir()
    (tmp_path / "config.cfg").write_text("", encoding="utf-8")
    assert ner_model.ner_model_dir() == tmp_path
