"""training/slogans/released_errors.py: per-item slogan errors only of open folders (blind14-16, pages20 and
the kept-apart dev reports are refused; blind12-13 are open since round 18 before anything is read). Folders here are empty stand-ins."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def released():
    sys.path.insert(0, str(REPO / "training" / "slogans"))
    import released_errors

    return released_errors


@pytest.mark.parametrize("name, stems, message", [
    ("blind15", None, "blind15 is blind"),
    ("blind14", ["b14_01"], "blind14 is blind"),
    ("pages20", None, "pages20 is not open"),
    ("dev9", None, "give the open stems"),
    ("dev9", ["d9_01", "d9_11"], "d9_11 not open"),
    ("dev4", ["d4_09"], "d4_09 not open"),
    ("dev10", ["d10_01"], "dev10 has no open part"),
])
def test_closed_folders_and_kept_apart_stems_are_refused(released, tmp_path, name, stems, message):
    with pytest.raises(ValueError, match=message):
        released.open_stems(tmp_path / name, stems)


@pytest.mark.parametrize("name, stems", [("blind9", None), ("blind12", None), ("blind13", ["b13_01"]), ("dev9", ["d9_01", "d9_10"]), ("dev4", ["d4_08"]),
                                         ("pages18", None), ("pages19", None), ("written", None)])
def test_open_folders_pass(released, tmp_path, name, stems):
    assert released.open_stems(tmp_path / name, stems) == stems


def test_a_link_to_a_blind_folder_is_refused(released, tmp_path):
    (tmp_path / "blind14").mkdir()
    (tmp_path / "mine").symlink_to(tmp_path / "blind14")
    with pytest.raises(ValueError, match="blind14 is blind"):
        released.open_stems(tmp_path / "mine", None)


def test_an_unknown_stem_is_named(released, tmp_path):
    folder = tmp_path / "written"
    (folder / "slogans").mkdir(parents=True)
    (folder / "slogans" / "w_01.json").write_text(json.dumps([{"text": "绿水青山就是金山银山", "kind": "quoted"}]),
                                                   encoding="utf-8")
    with pytest.raises(ValueError, match="no gold for w_02"):
        released.folder_errors(folder, ["w_02"])


def test_main_exits_with_a_message_on_a_blind_folder(released, tmp_path, capsys):
    with pytest.raises(SystemExit):
        released.main([str(tmp_path / "blind15")])
    assert "blind15 is blind" in capsys.readouterr().err
