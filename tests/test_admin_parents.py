"""The township and county above each admin code (corpus_tools.admin_parents)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.admin_parents import with_parents


def test_with_parents_adds_township_and_county_after_the_code_column():
    t = pd.DataFrame({"name": ["鸣凤镇", "白坭垭村"], "code": ["510921110", "510921111200"], "n": [3, 1]})
    out = with_parents(t, "code")
    assert out.columns.tolist() == ["name", "code", "township", "county", "n"]
    assert out[["township", "county"]].values.tolist() == [["", "蓬溪县"], ["任隆镇", "蓬溪县"]]
    with pytest.raises(ValueError, match="column = 'admin_code' is not a column of frame"):
        with_parents(t)
