"""Per-mention exports and the group comparisons of corpus-tools (user31 F4): ``entities``, ``places --mentions``,
``keyness``, ``collocations`` and one CSV encoding for the files the commands write."""

from __future__ import annotations

import io

import pandas as pd

from corpus_tools.cli import main

# invented pages of a 今日弥渡-like paper, two years apart
PAGES = {
    "2019-09-12_p2.txt": "弥渡报\n\n烤烟交售忙\n　　本报讯（记者 李春燕）新街镇罗荡村的烤烟收购点，烟农排队交售。"
                         "罗荡村党支部书记杨文华说，今年烤烟收成好。\n",
    "2024-09-10_p2.txt": "弥渡报\n\n罗荡村修通产业路\n　　本报讯 新街镇罗荡村新修的产业路全线贯通，罗荡村的烤烟"
                         "运输更方便了。乡村振兴战略落地见效，乡村振兴战略让村民得实惠，乡村振兴战略深入人心。\n",
}


def _folder(tmp_path):
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _csv(capsys) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"admin_code": str})


def test_entities_one_row_per_mention_joins_articles(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["entities", str(folder), "-q", "--no-cache", "--format", "csv", "--labels", "person,VILLAGE"]) == 0
    ents = _csv(capsys)
    assert {"issue_id", "date", "article_id", "text", "label", "start", "end", "sentence"} <= set(ents.columns)
    assert set(ents["label"]) == {"PERSON", "VILLAGE"}
    assert (ents["text"] == "罗荡村").sum() >= 3 and "杨文华" in set(ents["text"])
    assert main(["articles", str(folder), "-q", "--no-cache", "--format", "csv"]) == 0
    arts = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(ents["article_id"]) <= set(arts["article_id"])       # the join key of every table


def test_entities_bad_label_names_the_option_and_the_allowed_labels(tmp_path, capsys):
    assert main(["entities", str(_folder(tmp_path)), "-q", "--no-cache", "--labels", "TOWN"]) == 2
    err = capsys.readouterr().err
    assert "TOWN" in err and "TOWNSHIP" in err


def test_places_mentions_have_dates_codes_and_articles(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["places", str(folder), "-q", "--no-cache", "--mentions", "--format", "csv"]) == 0
    m = _csv(capsys)
    village = m[m["name"] == "罗荡村"]
    assert len(village) >= 4 and set(village["admin_code"]) == {"532925103207"}
    assert set(village["date"].astype(str).str[:4]) == {"2019", "2024"}
    assert village["article_id"].notna().all()


def test_csv_files_carry_a_byte_order_mark_and_stdout_does_not(tmp_path, capsys):
    (tmp_path / "pages").mkdir()
    folder = _folder(tmp_path / "pages")
    out = tmp_path / "places.csv"
    assert main(["places", str(folder), "-q", "--no-cache", "--format", "csv", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")            # as the report's tables: Excel reads it
    assert pd.read_csv(out, encoding="utf-8-sig").columns[0] == "name"
    assert main(["places", str(folder), "-q", "--no-cache", "--format", "csv"]) == 0
    assert not capsys.readouterr().out.startswith("\ufeff")


def test_keyness_compares_two_eras_of_one_folder(tmp_path, capsys):
    folder = _folder(tmp_path)
    args = ["keyness", str(folder), "-q", "--no-cache", "--no-tagger", "--format", "csv", "--min-count", "1",
            "--top-n", "200"]
    assert main([*args, "--target", "2024", "--reference", "2019"]) == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert {"term", "freq_target", "freq_reference"} <= set(df.columns)
    row = df.set_index("term").loc["战略"]        # 乡村振兴战略 is printed in 2024 only
    assert row["freq_target"] == 3 and row["freq_reference"] == 0


def test_keyness_without_two_groups_says_how_to_give_them(tmp_path, capsys):
    assert main(["keyness", str(_folder(tmp_path)), "-q", "--no-cache", "--target", "2024"]) == 2
    assert "--reference" in capsys.readouterr().err


def test_collocations_of_one_word(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["collocations", str(folder), "-q", "--no-cache", "--word", "乡村振兴", "--min-count", "2",
                 "--format", "csv"]) == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out))
    pairs = set(zip(df["w1"], df["w2"]))
    assert ("乡村振兴", "战略") in pairs
    assert df.loc[[p == ("乡村振兴", "战略") for p in zip(df["w1"], df["w2"])], "count"].item() == 3


def test_bylines_one_row_per_pair_with_roles_and_units(tmp_path, capsys):
    (tmp_path / "2023-05-06_p2.txt").write_text(
        "弥渡报\n\n烤烟交售忙\n　　本报讯（记者 李春燕 通讯员 杨文华）新街镇烟农排队交售烤烟。\n\n"
        "全县粮食生产形势良好\n　　今年全县粮食播种面积稳中有增，夏粮丰收已成定局。（县统计局供稿）\n", encoding="utf-8")
    assert main(["bylines", str(tmp_path), "-q", "--no-cache", "--format", "csv"]) == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out)).fillna("")
    assert list(df.columns) == ["issue_id", "article_id", "date", "issue_label", "section", "title", "position", "role", "name", "kind"]
    assert df[["role", "name", "kind"]].values.tolist() == [
        ["记者", "李春燕", "person"], ["通讯员", "杨文华", "person"], ["", "县统计局", "unit"]]
    assert df["position"].tolist() == [0, 1, 0] and set(df["date"].astype(str)) == {"2023-05-06"}


def test_keyness_compares_two_folders(tmp_path, capsys):
    for name, text in (("a", "烤烟交售忙\n　　本报讯 新街镇烟农排队交售烤烟，烤烟收成好，烤烟价格稳。\n"),
                       ("b", "苹果丰收\n　　本报讯 石头镇苹果丰收，苹果价格稳，苹果销路好。\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "2020-01-01_p1.txt").write_text(text, encoding="utf-8")
    assert main(["keyness", str(tmp_path / "a"), str(tmp_path / "b"), "-q", "--no-cache", "--no-tagger",
                 "--min-count", "1", "--format", "csv"]) == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out)).set_index("term")
    assert df.loc["烤烟", ["freq_target", "freq_reference"]].tolist() == [4, 0]
    assert "苹果" not in df.index or df.loc["苹果", "freq_target"] == 0
