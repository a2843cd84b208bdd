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


def test_carriage_returns_inside_cells_cannot_break_a_row(tmp_path):
    from corpus_tools.io_safety import one_line_end, write_csv

    assert one_line_end("（陈林\r\n）") == "（陈林\n）" and one_line_end("甲\r乙\r") == "甲\n乙\n"
    df = pd.DataFrame({"byline": ["（陈林\r）", "（赵芳\r\n）", "无"], "title": ["\r=x", "春\r耕", None],
                       "n": [1, 2, 3]}, index=pd.Index(["a\rb", "c", "d"]))
    assert "\r" not in "".join(csv_safe(df)["byline"]) and csv_safe(df)["title"].tolist()[0] == "'\n=x"
    out = tmp_path / "t.csv"
    write_csv(df, out, index=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 4 and all(len(r) == 4 for r in rows)
    assert rows[1][1] == "（陈林\n）" and rows[2][1] == "（赵芳\n）"


def test_cli_articles_csv_of_a_crlf_page_keeps_one_row_per_article(tmp_path):
    from corpus_tools.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    text = ("简讯\r\n\r\n■　县农业局日前在河口镇开展春耕技术培训，30名农户参加。（陈\r\n林）\r\n"
            "■　县交通局日前完成乡村公路养护检查。（赵芳）\r\n")
    (pages / "2009-03-06_p2.txt").write_bytes(text.encode("utf-8"))
    out = tmp_path / "articles.csv"
    assert main(["articles", str(pages), "--format", "csv", "-o", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    width = len(rows[0])
    assert all(len(r) == width for r in rows)
    ids = [r[rows[0].index("issue_id")] for r in rows[1:]]
    assert ids and all(i.startswith("2009-03-06") for i in ids)
    assert "\r" not in out.read_text(encoding="utf-8-sig")
