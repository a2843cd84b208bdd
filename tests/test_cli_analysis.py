"""The keywords and trends subcommands of corpus-tools."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from corpus_tools.cli import main
from corpus_tools.loaders import load_seeds, seeds_path


def test_keywords_csv(tmp_path, monkeypatch):
    pytest.importorskip("jieba")
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "kw.csv"
    code = main(["keywords", str(seeds_path()), "--segmenter", "jieba", "--no-tagger",
                 "--top-n", "5", "--format", "csv", "-o", str(out)])
    assert code == 0
    df = pd.read_csv(out)
    assert list(df.columns) == ["group", "date", "term", "score", "rank", "tf", "df", "log_ratio"]  # by issue: keyness
    assert df.groupby("group").size().eq(5).all() and df["group"].nunique() == 5


def test_trends_counts_match_raw_text(tmp_path, capsys):
    code = main(["trends", str(seeds_path()), "乡村振兴", "--normalize", "count", "--segmenter", "char",
                 "--no-tagger", "--no-cache", "--format", "csv"])
    assert code == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), index_col=0)
    for issue in load_seeds().issues:
        assert df.loc[issue.id, "乡村振兴"] == re.sub(r"\s+", "", issue.raw).count("乡村振兴")


def test_bad_option_exits_2(capsys):
    assert main(["keywords", str(seeds_path()), "--top-n", "0", "--segmenter", "char", "--no-tagger",
                 "--no-cache"]) == 2
    assert "top_n" in capsys.readouterr().err


def test_by_all_is_offered_as_in_the_library(capsys):
    from corpus_tools.cli import main

    code = main(["trends", str(seeds_path()), "古城", "--by", "all", "--normalize", "count", "--segmenter", "char",
                 "--no-tagger", "--no-cache", "--format", "csv"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[0].startswith("all,") and out[1].startswith("all,")
