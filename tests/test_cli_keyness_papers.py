"""keyness --by-paper on one folder holding two papers' pages named by their file names (user35b F6)."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from corpus_tools.cli import main

EAST = "东坡镇修通第{k}条产业路\n本报讯　东坡镇修通第{k}条产业路，东坡镇的柑橘运出大山，东坡镇群众增收。\n"
WEST = "西岭镇第{k}片茶园丰收\n本报讯　西岭镇第{k}片茶园迎来丰收，西岭镇茶农忙着采茶，西岭镇茶叶远销外地。\n"


def _folder(tmp_path):
    for k in range(1, 5):
        (tmp_path / f"甲山报_2011-05-0{k}_p2.txt").write_text(EAST.format(k=k), encoding="utf-8")
        (tmp_path / f"乙水报2011050{k}-3.txt").write_text(WEST.format(k=k), encoding="utf-8")
    return tmp_path


def test_keyness_by_paper(tmp_path, capsys):
    pytest.importorskip("jieba")
    code = main(["keyness", str(_folder(tmp_path)), "--by-paper", "--segmenter", "jieba", "--no-tagger", "--no-cache",
                 "--min-count", "1", "--format", "csv"])
    assert code == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(df.columns[:3]) == ["paper", "rank", "term"]
    assert set(df["paper"]) == {"甲山报", "乙水报"}


def test_keyness_help_and_errors(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["keyness", "--help"])
    assert "quoted globs" in capsys.readouterr().out
    assert main(["keyness", str(_folder(tmp_path)), "--no-cache"]) != 0
    err = capsys.readouterr().err
    assert "--by-paper" in err and "quoted globs" in err
    assert main(["keyness", str(tmp_path), "--by-paper", "--target", "2011-2011", "--no-cache"]) != 0
    assert "leave out --target" in capsys.readouterr().err
