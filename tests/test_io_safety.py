"""CSV output cannot carry spreadsheet formulas (issue 19, case 9)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from corpus_tools.io_safety import csv_safe, neutralise_cell


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://evil\",\"点击\")", "+1", "-2+3", "@SUM(A1)",
                                  "\tcmd", "\r=1"])
def test_formula_cells_get_a_leading_quote(cell):
    assert neutralise_cell(cell) == "'" + cell


def test_other_cells_numbers_and_missing_values_are_unchanged():
    df = pd.DataFrame({"title": ["古城", None, "=1"], "n": [-1, 2, 3], "x": [-1.5, 0.0, 2.0],
                       "cat": pd.Categorical(["-a", "b", "-a"])}, index=["=i", "j", "k"])
    out = csv_safe(df)
    assert out["title"].tolist()[0] == "古城" and out["title"].isna().tolist()[1]
    assert out["title"].tolist()[2] == "'=1"
    assert out["n"].tolist() == [-1, 2, 3] and out["x"].tolist() == [-1.5, 0.0, 2.0]
    assert out["cat"].astype(str).tolist() == ["'-a", "b", "'-a"]
    assert out.index.tolist() == ["'=i", "j", "k"]
    assert df["title"].tolist()[2] == "=1"  # the caller's table is not changed
    with pytest.raises(TypeError, match="df must be a pandas DataFrame"):
        csv_safe([1, 2])


def test_cli_articles_csv_neutralises_a_formula_title(tmp_path):
    from corpus_tools.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2023-01-05_p1.txt").write_text(
        '=HYPERLINK("http://evil.example","点击")\n\n本报讯 县委召开全体会议，部署全年工作。\n', encoding="utf-8")
    out = tmp_path / "articles.csv"
    assert main(["articles", str(pages), "--format", "csv", "-o", str(out)]) == 0
    with open(out, encoding="utf-8") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert any(c.startswith("'=HYPERLINK") for c in cells)
