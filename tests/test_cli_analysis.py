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


def _write_pages(folder, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_trends_reads_comma_separated_terms_as_report_does(tmp_path, capsys):
    _write_pages(tmp_path, {  # invented 今日洛川 pages
        "2024-04-12_第2版.txt": "今日洛川\n2024年4月12日 星期五 第2版\n\n旧县镇果园春管忙\n"
                                "　　本报讯 旧县镇推进乡村振兴，苹果产业带动共同富裕。\n",
        "2024-05-10_第2版.txt": "今日洛川\n2024年5月10日 星期五 第2版\n\n石头镇夜校开课\n"
                                "　　本报讯 石头镇以苹果产业促进乡村振兴。\n"})
    args = ["trends", str(tmp_path), "--normalize", "count", "--by", "year", "--segmenter", "char", "--no-tagger",
            "--no-cache", "--format", "csv"]
    assert main([*args[:2], "乡村振兴,共同富裕", "苹果", *args[2:]]) == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), index_col=0)
    assert df.columns.tolist() == ["乡村振兴", "共同富裕", "苹果"]
    assert df.loc[2024].tolist() == [2, 1, 2]


def test_kwic_and_slogans_on_the_command_line(tmp_path, capsys):
    _write_pages(tmp_path, {  # invented 弥渡报 pages
        "2024-03-05_第1版.txt": "弥渡报\n2024年3月5日 星期二 第1版\n\n弥城镇推进“四美庭院”创建\n"
                                "　　本报讯 弥城镇落实“两学五抓”，推进乡村\n振兴。\n",
        "2024-04-10_第2版.txt": "弥渡报\n2024年4月10日 星期三 第2版\n\n密祉镇评出示范户\n"
                                "　　本报讯 密祉镇新评出“四美庭院”120户。\n"})
    assert main(["kwic", str(tmp_path), "乡村振兴", "--width", "4", "--format", "csv"]) == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert df["date"].tolist() == ["2024-03-05"]      # found across the column's line break
    assert df["match"].str.replace(r"\s", "", regex=True).tolist() == ["乡村振兴"]
    assert main(["slogans", str(tmp_path), "--format", "csv"]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out)).set_index("text")
    assert table.loc["四美庭院", "n_issues"] == 2 and table.loc["两学五抓", "kind"] == "numbered"
    assert main(["slogans", str(tmp_path), "--mentions", "--format", "csv"]) == 0
    mentions = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert (mentions["text"] == "四美庭院").sum() == 2


def _two_papers(root):
    """Invented pages of 旬邑报 and 青田新闻 in two folders: no manifest, no masthead, a dated folio."""
    pages = {"xunyi": ["太村镇推进乡村振兴，苹果园春管忙。“果业强县”步伐加快。", "郑家镇推进乡村振兴，修好通村路。"],
             "qingtian": ["方山乡杨梅上市，助力共同富裕。", "仁庄镇推进乡村振兴，侨乡集市开市。“侨乡共富”显成效。"]}
    folders = []
    for name, texts in pages.items():
        (root / name).mkdir()
        for k, (day, text) in enumerate(zip(("2023年6月8日 星期四", "2024年5月9日 星期四"), texts)):
            (root / name / f"p{k + 1}.txt").write_text(f"{day} 第02版\n\n一则消息\n　　本报讯 {text}\n",
                                                        encoding="utf-8")
        folders.append(str(root / name))
    return folders


CSV = ["-q", "--format", "csv"]
FAST = ["--segmenter", "char", "--no-tagger", "--no-cache", *CSV]


def test_trends_by_paper_names_each_folders_paper(tmp_path, capsys):
    """user20: trends pooled both papers; --paper applied to all folders."""
    xunyi, qingtian = _two_papers(tmp_path)
    assert main(["trends", xunyi, qingtian, "乡村振兴,共同富裕", "--by", "year", "--normalize", "count",
                 "--by-paper", "--paper", f"旬邑报={xunyi}", "--paper", f"{qingtian}=青田新闻", *FAST]) == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out)).set_index(["paper", "year"])
    assert df.to_dict("index") == {("旬邑报", 2023): {"乡村振兴": 1, "共同富裕": 0},
                                   ("旬邑报", 2024): {"乡村振兴": 1, "共同富裕": 0},
                                   ("青田新闻", 2023): {"乡村振兴": 0, "共同富裕": 1},
                                   ("青田新闻", 2024): {"乡村振兴": 1, "共同富裕": 0}}


def test_keywords_and_slogans_by_paper(tmp_path, capsys):
    folders = _two_papers(tmp_path)
    papers = ["--paper", "旬邑报", "--paper", "青田新闻"]          # one per folder, in order
    words = ["--no-tagger", "--no-cache", *CSV]                      # pkuseg: the char segmenter has no 2-char words
    assert main(["keywords", *folders, "--by", "year", "--by-paper", "--top-n", "3", *papers, *words]) == 0
    kw = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert kw.columns[:2].tolist() == ["paper", "group"] and set(kw["paper"]) == {"旬邑报", "青田新闻"}
    assert main(["keywords", *folders, "--by", "all", "--by-paper", *papers, *words]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert head == "paper,rank,term,freq_paper,freq_others,g2,p,log_ratio"  # each paper against the other
    assert main(["slogans", *folders, "--by-paper", *papers, *CSV]) == 0
    sl = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    counts = sl.set_index(["paper", "text"])["count"]   # pooled, 乡村振兴 would be 3 and 共同富裕 both papers'
    assert counts[("旬邑报", "乡村振兴")] == 2 and counts[("青田新闻", "乡村振兴")] == 1
    assert ("青田新闻", "共同富裕") in counts.index and ("旬邑报", "共同富裕") not in counts.index


def test_by_paper_without_papers_says_how_to_name_them(tmp_path, capsys):
    assert main(["slogans", *_two_papers(tmp_path), "--by-paper", *CSV]) == 2
    assert "--paper NAME=FOLDER" in capsys.readouterr().err


def test_slogans_take_your_own_formula_file(tmp_path, capsys):
    """user21 F2: `corpus-tools slogans` had no option for a formula file."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _write_pages(pages, {"2016-04-12.txt": "长安镇推进三个一批\n　　本报讯 长安镇落实三个一批要求，扶持茶农。\n",
                         "2019-10-12.txt": "老县镇推进三个一批+\n　　本报讯 老县镇落实三个一批+要求，扶持茶农。\n"})
    lex = tmp_path / "mine.tsv"
    lex.write_text("text\tkind\tyear\tlevel\tgroup\n三个一批\tnumbered\t2016\tcounty\t\n"
                   "三个一批+\tnumbered\t2019\tcounty\t三个一批\n", encoding="utf-8")
    assert main(["slogans", str(pages), "--formulae", str(lex), *CSV]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out)).set_index("text")
    assert table.loc["三个一批", ["count", "last_date"]].tolist() == [2, "2016-04-12"]   # title and body
    assert table.loc["三个一批+", ["group", "first_date"]].tolist() == ["三个一批", "2019-10-12"]
    assert main(["slogans", str(pages), "--formulae", str(tmp_path / "nosuch.tsv"), *CSV]) == 2
    assert "nosuch.tsv does not exist" in capsys.readouterr().err


def test_keywords_phrases_option_keeps_or_cuts_formulae(tmp_path, capsys):
    page = tmp_path / "2010-05-04_p1.txt"
    page.write_text("安远县深入学习实践科学发展观\n\n　　全县干部群众以科学发展观统领全局，用科学发展观指导工作，"
                    "践行科学发展观，推动经济发展。\n", encoding="utf-8")
    args = ["keywords", str(tmp_path), "--by", "all", "--method", "tfidf", "--top-n", "10", "--format", "csv",
            "--no-cache", "-q"]
    assert main(args) == 0
    whole = set(pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))["term"])
    assert main([*args, "--phrases", "none"]) == 0
    cut = set(pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))["term"])
    assert "科学发展观" in whole and "科学发展观" not in cut
    with pytest.raises(SystemExit) as bad:  # not a choice: argparse names the allowed ones
        main([*args, "--phrases", "all"])
    assert bad.value.code == 2 and "choose from 'formulae', 'marked', 'none'" in capsys.readouterr().err


def test_trends_takes_match_as_the_library_does(capsys):
    """user22: the CLI trends had no --match, so the workaround of keyword_trends(match="text") was Python only."""
    args = ["trends", str(seeds_path()), "平遥", "--by", "all", "--normalize", "count", "--no-cache", "--format", "csv"]
    assert main(args + ["--match", "text"]) == 0
    text = int(capsys.readouterr().out.splitlines()[1].split(",")[1])
    assert text == sum(a.text.count("平遥") for a in load_seeds().articles)
    assert main(args + ["--match", "token"]) == 0
    token = int(capsys.readouterr().out.splitlines()[1].split(",")[1])
    assert token < text  # 平遥县, 平遥古城 … are other words
    with pytest.raises(SystemExit):
        main(args + ["--match", "word"])
    assert "invalid choice: 'word' (choose from 'auto', 'text', 'token')" in capsys.readouterr().err


def test_places_counts_townships_and_villages_per_year_with_their_township(tmp_path, capsys):
    """user22 #6: mentions per township and village per year were in Python only (no subcommand)."""
    pages = {"2023-09-12_p2.txt": "弥渡报\n\n烤烟交售忙\n　　本报讯 新街镇罗荡村的烤烟收购点，烟农排队交售。\n",
             "2024-09-10_p2.txt": "弥渡报\n\n罗荡村修通产业路\n　　本报讯 新街镇罗荡村新修的产业路全线贯通，罗荡村的烤烟运输更方便了。\n"}
    _write_pages(tmp_path, pages)
    assert main(["places", str(tmp_path), "-q", "--format", "csv"]) == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), dtype={"admin_code": str}).set_index("name")
    # 2024: the title's 罗荡村 too (罗荡村修通产业路 is a clause, no road's name: facloc30)
    assert df.loc["罗荡村", ["admin_code", "township", "county", "2023", "2024"]].tolist() == [
        "532925103207", "新街镇", "弥渡县", 1, 3]
    assert main(["places", str(tmp_path), "-q", "--by", "all", "--format", "csv"]) == 0
    total = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), dtype={"admin_code": str}).set_index("name")
    assert total.loc["罗荡村", ["township", "mentions"]].tolist() == ["新街镇", 4]


def test_projects_lists_each_project_with_its_amount_place_and_paper(tmp_path, capsys):
    """user23 F9: no `projects` subcommand; the table was in the report only."""
    pages = {"2023-09-12_p2.txt": "蓬溪报\n\n重点项目集中开工\n　　本报讯 本次集中开工项目3个，总投资9.6亿元，其中常乐镇锦江食品"
                                  "加工项目总投资1.2亿元。位于鸣凤镇的丰源物流园项目计划投资6000万元。\n"}
    _write_pages(tmp_path, pages)
    assert main(["projects", str(tmp_path), "-q", "--by-paper", "--unlinked", "--format", "csv"]) == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert df[["paper", "date", "project", "place", "amount_text"]].fillna("").values.tolist() == [
        ["蓬溪报", "2023-09-12", "", "", "总投资9.6亿元"],
        ["蓬溪报", "2023-09-12", "锦江食品加工项目", "常乐镇", "总投资1.2亿元"],
        ["蓬溪报", "2023-09-12", "丰源物流园项目", "鸣凤镇", "计划投资6000万元"]]


def test_slogans_by_period_cut_long_cells_as_the_slogan_table(tmp_path, capsys):
    """The aligned ``slogans --by`` table cut its cells as the plain slogan table does (one helper); csv whole."""
    _write_pages(tmp_path, {  # invented 临泽报 pages
        "2018-06-12_第1版.txt": "临泽报\n2018年6月12日 星期二 第1版\n\n沙河镇化解矛盾纠纷\n"
                                "　　本报讯 沙河镇坚持“小事不出村、大事不出镇、矛盾不上交”，调解纠纷56件。\n",
        "2020-07-14_第2版.txt": "临泽报\n2020年7月14日 星期二 第2版\n\n平川镇完善调解机制\n"
                                "　　本报讯 平川镇按照小事不出村、大事不出镇、矛盾不上交的要求，设立调解室。\n"})
    whole = "小事不出村、大事不出镇、矛盾不上交"
    assert main(["slogans", str(tmp_path), "--by", "year", "-q", "--format", "csv"]) == 0
    assert whole in pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))["text"].tolist()
    for extra in ([], ["--by", "year"]):
        assert main(["slogans", str(tmp_path), *extra, "-q"]) == 0
        out = capsys.readouterr().out
        assert whole[:15] + "…" in out and whole not in out


def test_slogans_table_view_shows_quoted_counts(tmp_path, capsys):
    """user26 F5: the CLI's default table view has n_quoted beside count."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _write_pages(pages, {"2017-05-09.txt": "两聚一高见实效\n　　本报讯 各镇落实“两聚一高”要求，两聚一高成效明显。\n"})
    assert main(["slogans", str(pages), "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split()
    row = next(ln.split() for ln in lines if ln.split() and ln.split()[0] == "两聚一高")
    assert row[header.index("count")] == "3" and row[header.index("n_quoted")] == "1"


def test_slogans_messages_name_cli_options_and_a_closed_pipe_ends_cleanly(tmp_path, capsys, monkeypatch):
    """user26 F9: `--min-count -1` is named as the command line spells it; F8: `… | head` is no error."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _write_pages(pages, {"2017-05-09.txt": "两聚一高见实效\n　　本报讯 各镇落实“两聚一高”要求。\n"})
    assert main(["slogans", str(pages), "-q", "--min-count", "-1"]) == 2
    assert "--min-count = -1 is invalid" in capsys.readouterr().err

    class ClosedPipe:
        def write(self, s):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", ClosedPipe())
    assert main(["slogans", str(pages), "-q"]) == 0
    assert "Broken pipe" not in capsys.readouterr().err


def test_slogans_table_view_shows_group_and_one_missing_spelling(tmp_path, capsys):
    """user26 F8: the renamed pair shows its group; missing kind, year, level and dates print alike; --by year
    keeps the year of introduction."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _write_pages(pages, {"2016-04-12.txt": "三个一批见实效\n　　本报讯 长安镇落实“三个一批”要求，推进乡村振兴。\n",
                         "2019-10-12.txt": "三个一批+见实效\n　　本报讯 老县镇落实“三个一批+”要求。\n"})
    lex = tmp_path / "mine.tsv"
    lex.write_text("text\tkind\tlevel\tgroup\n三个一批\tnumbered\tcounty\t\n三个一批+\tnumbered\tcounty\t三个一批\n",
                   encoding="utf-8")
    assert main(["slogans", str(pages), "--formulae", str(lex), "-q"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    rows = {ln.split()[0]: ln.split() for ln in out.splitlines()[1:]}
    assert rows["三个一批+"][header.index("group")] == "三个一批"
    assert not re.search(r"NaN|<NA>|None", out)
    assert rows["乡村振兴"][header.index("kind")] == "-" and rows["三个一批"][header.index("year")] == "-"
    assert main(["slogans", str(pages), "--by", "year", *CSV]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out)).set_index("text")
    assert table.loc["乡村振兴", "introduced"] == 2017
