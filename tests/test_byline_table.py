"""corpus_tools.byline_table: bylines as one row per (role, name) pair."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import read_corpus
from corpus_tools.byline_table import BYLINE_COLUMNS, byline_table
from corpus_tools.layout.unitbylines import is_unit
from corpus_tools.errors import CorpusToolsError


def test_pairs_keep_their_article_and_order():
    pages = ["村里修通产业路\n　　本报讯（记者 王磊 通讯员 赵晓红）罗荡村新修的产业路全线贯通。\n\n"
             "夜校开课\n　　石头镇农民夜校开课，两百余名村民听课。（张春燕 摄）\n"]
    c = read_corpus(pd.DataFrame({"text": pages, "date": ["2024-04-12"]}))
    df = byline_table(c)
    assert list(df.columns) == BYLINE_COLUMNS
    first = df[df["article_id"] == c.articles[0].id]
    assert first[["position", "role", "name"]].values.tolist() == [[0, "记者", "王磊"], [1, "通讯员", "赵晓红"]]
    assert ("摄影", "张春燕") in set(zip(df["role"], df["name"]))
    assert set(df["kind"]) == {"person"}


@pytest.mark.parametrize("name, unit", [("县农业农村局", True), ("区融媒体中心", True), ("江城热力公司", True),
                                        ("王磊", False), ("欧阳春燕", False), ("阿依古丽·吐尔逊", False)])
def test_unit_names_are_told_from_people(name, unit):
    assert is_unit(name) is unit  # the rule byline_table's kind column uses


def test_a_string_is_no_corpus():
    with pytest.raises(CorpusToolsError, match="corpus"):
        byline_table("本报讯（记者 王磊）")
