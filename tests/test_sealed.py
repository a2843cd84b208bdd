"""benchmarks/sealed.py: blind folders sealed into the repository survive a round trip and need the passphrase."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")


def _module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import sealed

    return sealed


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "blindX"
    (folder / "entities").mkdir(parents=True)
    (folder / "texts").mkdir()
    (folder / "entities" / "bx_01.json").write_text(
        json.dumps([{"text": "梁村", "label": "VILLAGE", "count": 2}], ensure_ascii=False), encoding="utf-8")
    (folder / "texts" / "bx_01.txt").write_text("平遥县梁村召开会议。", encoding="utf-8")
    (folder / "manifest.tsv").write_text("stem\tid\nbx_01\t20190101-01-01\n", encoding="utf-8")
    return folder


def test_round_trip_leaves_texts_out_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = _module()
    monkeypatch.setenv(sealed.KEY_ENV, "test passphrase")
    out = sealed.seal(_folder(tmp_path), without_texts=True, out_dir=tmp_path / "sealed")
    assert out.name == "blindX.tar.gz.enc"
    assert "梁村".encode() not in out.read_bytes()  # encrypted, not merely compressed
    back = sealed.unseal("blindX", out=tmp_path / "back", sealed_dir=tmp_path / "sealed")
    gold = json.loads((back / "entities" / "bx_01.json").read_text(encoding="utf-8"))
    assert gold == [{"text": "梁村", "label": "VILLAGE", "count": 2}]
    assert (back / "manifest.tsv").is_file() and not (back / "texts").exists()


def test_wrong_passphrase_and_missing_key_are_clear_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = _module()
    monkeypatch.setenv(sealed.KEY_ENV, "right")
    sealed.seal(_folder(tmp_path), out_dir=tmp_path / "sealed")
    monkeypatch.setenv(sealed.KEY_ENV, "wrong")
    with pytest.raises(SystemExit, match="could not decrypt"):
        sealed.unseal("blindX", out=tmp_path / "back", sealed_dir=tmp_path / "sealed")
    monkeypatch.delenv(sealed.KEY_ENV)
    with pytest.raises(SystemExit, match="CORPUS_TOOLS_SEAL_KEY is not set"):
        sealed.unseal("blindX", out=tmp_path / "back", sealed_dir=tmp_path / "sealed")
    with pytest.raises(SystemExit, match="sealed sets: blindX"):
        sealed.unseal("nothing", out=tmp_path / "back", sealed_dir=tmp_path / "sealed")
