"""The corpus-tools command line as a whole: help for every option, --version, --quiet,
warnings without source lines, keyword method defaults, and save writing what its help says."""

from __future__ import annotations

import argparse
import io
import re
import sys

import pandas as pd
import pytest

from corpus_tools import __version__
from corpus_tools.cli import SAVE_TABLES, build_parser, main
from corpus_tools.loaders import seeds_path

FAST = ["--segmenter", "char", "--no-tagger", "--no-cache"]


def _parsers(parser: argparse.ArgumentParser, name: str = "corpus-tools"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _parsers(sub, f"{name} {sub_name}")


def test_every_option_has_help():
    missing = [f"{name} {'/'.join(a.option_strings) or a.dest}"
               for name, p in _parsers(build_parser()) for a in p._actions
               if not isinstance(a, argparse._SubParsersAction) and not (a.help or "").strip()]
    assert not missing, f"options without help text: {missing}"


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"corpus-tools {__version__}"


@pytest.mark.parametrize("command", [["report", "x", "-o", "y"], ["save", "x", "y"], ["articles", "x"],
                                     ["keywords", "x"], ["trends", "x", "乡村振兴"], ["kwic", "x", "乡村振兴"],
                                     ["slogans", "x"]])  # user20 #12: the last four had no -q
def test_quiet_and_its_alias(command):
    for flag in ("--quiet", "-q", "--no-progress"):
        assert build_parser().parse_args(command + [flag]).quiet is True


def test_save_takes_the_output_folder_with_o_as_report_does(tmp_path, capsys):
    out = tmp_path / "store"
    opts = ["--tables", "articles", "-q", *FAST]
    assert main(["save", str(seeds_path()), *opts, "-o", str(out)]) == 0
    assert any(out.rglob("articles.parquet"))
    assert "saved 5 issues" in capsys.readouterr().err
    # the folder twice: an error, not a guess
    assert main(["save", str(seeds_path()), str(out), *opts, "-o", str(out)]) == 2
    assert "give the output folder once" in capsys.readouterr().err
    assert main(["save", str(seeds_path()), *opts]) == 2


def test_counts_in_messages_agree_in_number(tmp_path, capsys):
    (tmp_path / "2024-01-01_p1.txt").write_text("   \n", encoding="utf-8")
    assert main(["articles", str(tmp_path)]) == 0   # the CLI shows the warning as one line
    err = capsys.readouterr().err
    assert "empty" in err and "0 articles from 1 issue read (1 without articles: 2024-01-01_p1)" in err  # user20: named
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "rep"), "-q"]) == 2
    assert "the corpus (1 issue) has no articles" in capsys.readouterr().err


def test_save_tables_are_the_store_tables():
    from corpus_tools.store import TABLES

    assert tuple(SAVE_TABLES) == tuple(TABLES)
    assert build_parser().parse_args(["save", "x", "y"]).tables == list(TABLES)


def test_textrank_runs_with_the_default_max_n(tmp_path, capsys):
    pytest.importorskip("jieba")
    words = ["--segmenter", "jieba", "--no-tagger", "--no-cache"]
    assert main(["keywords", str(seeds_path()), "--method", "textrank", "--top-n", "3", "--format", "csv",
                 *words]) == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert list(df.columns[:3]) == ["group", "date", "term"]
    assert {"2024", "2023-12", "undated · 004"} <= set(df["date"])   # issues named by date, not hash
    assert main(["keywords", str(seeds_path()), "--method", "textrank", "--max-n", "2", *words]) == 2
    assert "--max-n 2 works with --method tfidf or keyness only" in capsys.readouterr().err


def test_cli_keywords_equal_the_api_with_its_defaults(capsys):
    import corpus_tools as ct

    pytest.importorskip("jieba")
    words = ["--segmenter", "jieba", "--no-tagger", "--no-cache"]
    assert main(["keywords", str(seeds_path()), "--top-n", "5", "--format", "csv", *words]) == 0
    cli = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"group": str})
    api = ct.keywords(ct.load_seeds(), top_n=5, nlp=ct.load_pipeline(segmenter="jieba", tagger=False),
                      pos=None, cache_dir=False)
    assert cli[["group", "term", "rank"]].values.tolist() == api[["group", "term", "rank"]].values.tolist()
    assert "log_ratio" in cli.columns  # keyness by issue, the API's default


def test_warnings_are_one_line_without_source(monkeypatch, capsys):
    code = main(["trends", str(seeds_path()), "乡村振兴", "--by", "year", "--normalize", "count", *FAST])
    assert code == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err and all(line.startswith("corpus-tools: warning: ") for line in err), err
    assert "undated" in err[0] and not any("warnings.warn" in ln or ".py:" in ln for ln in err)


def test_save_writes_entity_and_slogan_tables(tmp_path, capsys):
    out = tmp_path / "store"
    assert main(["save", str(seeds_path()), str(out), "-q", *FAST[:-1], "--no-cache"]) == 0
    written = {p.stem for p in out.rglob("*.parquet")}
    assert {"entities", "slogans", "tokens", "articles"} <= written, written
    assert len(pd.read_parquet(next(out.rglob("entities.parquet")))) > 50
    assert "entities" in capsys.readouterr().err


def test_errors_skip_reads_the_other_pages_and_sums_up_the_skipped(tmp_path, capsys):
    page = "平遥新闻\n古城迎来冬季游客\n本报讯 近日，平遥古城迎来一批冬季游客。\n"
    for i in range(3):
        (tmp_path / f"2023-11-0{i + 1}_p1.txt").write_text(page, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    assert main(["articles", str(tmp_path)]) == 2
    assert "bad.txt" in capsys.readouterr().err
    assert main(["articles", str(tmp_path), "--errors", "skip", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "skipped 1 file(s) that could not be read (3 page(s) read): bad.txt" in captured.err
    assert "corpus-tools: warning: skipped:" in captured.err
    assert pd.read_csv(io.StringIO(captured.out))["issue_id"].nunique() == 3


def test_report_takes_the_period_and_rejects_a_bad_one(tmp_path, capsys):
    assert build_parser().parse_args(["report", "x", "-o", "y", "--by", "year"]).by == "year"
    from corpus_tools.loaders import load_seeds
    from corpus_tools.report import build_report

    with pytest.raises(ValueError, match="by = 'fortnight' is invalid"):
        build_report(load_seeds(), tmp_path / "rep", by="fortnight", progress=False)
    cfg = tmp_path / "r.toml"
    cfg.write_text('[report]\nby = "fortnight"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="by = 'fortnight' is invalid"):
        build_report(load_seeds(), tmp_path / "rep", config=cfg, progress=False)


def test_an_issue_has_the_issue_id_its_tables_use():
    from corpus_tools.loaders import load_seeds

    issue = load_seeds().issues[0]
    assert issue.issue_id == issue.id == issue.articles[0].issue_id


def _papers(root):
    """Two invented county papers in two folders, each with its own manifest (paper, date)."""
    texts = {"wuxiang": ("武乡新闻", "蟠龙镇小米产业带富乡亲\n　　本报讯 蟠龙镇发展小米加工，助力乡村振兴。\n"),
             "midu": ("弥渡报", "密祉镇花灯进校园\n　　本报讯 密祉镇把花灯带进校园，推动乡村振兴。\n")}
    folders = []
    for name, (paper, text) in texts.items():
        folder = root / name
        folder.mkdir()
        for day in ("2022-05-16", "2023-06-19"):
            (folder / f"{day}.txt").write_text(text, encoding="utf-8")
        (folder / "p1.txt").write_text(text, encoding="utf-8")  # the same stem in both folders
        (folder / "manifest.csv").write_text(f"file,paper,date\n2022-05-16.txt,{paper},2022-05-16\n"
                                             f"2023-06-19.txt,{paper},2023-06-19\np1.txt,{paper},2024-01-02\n",
                                             encoding="utf-8")
        folders.append(str(folder))
    return folders


def test_commands_read_several_folders_as_one_corpus(tmp_path, capsys):
    """user20 #4: the CLI read one path; two papers needed a folder of symlinks and a hand-made manifest."""
    folders = _papers(tmp_path)
    assert main(["articles", *folders, "--format", "csv", "-q"]) == 0
    arts = pd.read_csv(io.StringIO(capsys.readouterr().out))
    ids = sorted(arts["issue_id"].unique())  # every stem is in both folders: each takes its folder's name
    assert ids == ["midu_2022-05-16", "midu_2023-06-19", "midu_p1", "wuxiang_2022-05-16", "wuxiang_2023-06-19",
                   "wuxiang_p1"]
    assert main(["kwic", *folders, "花灯", "--format", "csv", "-q"]) == 0
    kw = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert len(kw) == 6 and kw["issue_id"].str.startswith("midu_").all()
    assert main(["trends", *folders, "乡村振兴,花灯", "--by", "year", "--normalize", "count", "--format", "csv",
                 *FAST]) == 0
    tr = pd.read_csv(io.StringIO(capsys.readouterr().out)).set_index("year")
    assert tr.loc[2022].tolist() == [2, 2] and tr.loc[2024].tolist() == [2, 2]  # both papers pooled (title + body)


def test_several_paths_are_checked(tmp_path, capsys):
    folders = _papers(tmp_path)
    assert main(["articles", folders[0], str(tmp_path / "midu" / "p1.txt")]) == 2
    assert "mix folders and files" in capsys.readouterr().err
    assert main(["articles", *folders, "--manifest", str(tmp_path / "midu" / "manifest.csv")]) == 2
    assert "put a manifest.csv in each folder" in capsys.readouterr().err
    assert main(["trends", *folders, *FAST]) == 2
    assert "needs at least one term after the path(s)" in capsys.readouterr().err


def test_a_misspelt_option_gets_a_suggestion(capsys):
    """user21 F8: argparse gave no hint for --normalise (British spelling) or --patern."""
    with pytest.raises(SystemExit):
        main(["trends", str(seeds_path()), "乡村振兴", "--normalise", "count", "--patern", "*.txt"])
    err = capsys.readouterr().err
    assert "did you mean --normalize (for --normalise), --pattern (for --patern)?" in err


def test_trends_say_what_a_cell_counts(capsys):
    """user21 F6: trends printed per-10,000-word rates with no unit, beside slogan tables per 10,000 characters."""
    args = ["trends", str(seeds_path()), "乡村振兴", *FAST, "-q"]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("trends, per 10,000 words") and "per 10,000 characters" in out[0]
    assert main([*args, "--format", "csv"]) == 0
    got = capsys.readouterr()
    assert got.out.splitlines()[0] == "issue,date,乡村振兴"          # the CSV stays a plain table
    assert "trends: per 10,000 words" in got.err
    assert main([*args, "--normalize", "count"]) == 0
    assert capsys.readouterr().out.startswith("trends, occurrences:")


def test_a_file_that_cannot_be_read_names_the_way_out(tmp_path, capsys):
    """user22 #10: a binary file stopped `articles` (exit 2) without naming --errors skip."""
    (tmp_path / "2024-01-01_p1.txt").write_text("弥渡报\n\n烤烟移栽过半\n　　本报讯 弥渡县烟农移栽烤烟。\n", encoding="utf-8")
    (tmp_path / "2024-01-02_p1.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["articles", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "2024-01-02_p1.txt: not a text file" in err and err.rstrip().endswith(
        "add --errors skip to skip such files and read the rest")
    assert "errors='skip'" not in err  # the Python spelling is for Python
    from corpus_tools import read_corpus
    from corpus_tools.errors import CorpusReadError

    with pytest.raises(CorpusReadError, match=r"not a text file.*read_corpus\(\.\.\., errors='skip'\) skips such a file"):
        read_corpus(tmp_path)
    assert main(["articles", str(tmp_path), "--errors", "skip"]) == 0


def test_no_parser_takes_an_abbreviated_option():
    # user24 F5: `slogans PAGES --by year` once ran as --by-paper
    assert all(not p.allow_abbrev for _, p in _parsers(build_parser()))
    args, extras = build_parser().parse_known_args(["keywords", "pages", "--by-pap"])
    assert extras == ["--by-pap"] and not args.by_paper


def _pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    texts = {"2003-05-01.txt": "全县推进新农村建设\n本报讯 东镇镇坚持“工业强县”，推进乡村产业。",
             "2005-05-01.txt": "工业强县结硕果\n本报讯 全县加快“工业强县”步伐。"}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    pd.DataFrame({"file": list(texts), "date": ["2003-05-01", "2005-05-01"]}).to_csv(folder / "manifest.csv",
                                                                                    index=False)
    return folder


def test_slogans_by_year_shows_a_year_without_pages_apart_from_zero(tmp_path, capsys):
    # 威县 paper, invented; 2004 has no pages
    assert main(["slogans", str(_pages(tmp_path)), "--by", "year", "--format", "csv", "-q"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert list(table.columns[:7]) == ["text", "source", "introduced", "total", "2003", "2004", "2005"]
    row = table.set_index("text").loc["工业强县"]
    assert (row["2003"], row["2004"], row["2005"]) == ("1", "—", "2")


def test_years_option_selects_and_an_empty_range_names_the_years_present(tmp_path, capsys):
    folder = str(_pages(tmp_path))
    assert main(["slogans", folder, "--years", "2005", "--format", "csv", "-q"]) == 0
    assert "2003-05-01" not in capsys.readouterr().out
    assert main(["slogans", folder, "--years", "2010-2012", "-q"]) == 2
    err = capsys.readouterr().err
    assert "2010–2012" in err and "2003, 2005" in err and "none in 2004" in err
    assert "warning" not in err   # one reason, the option's (not Corpus.between's warning as well)


def test_slogan_table_cuts_long_cells_for_a_terminal(tmp_path, capsys):
    # user24 F8: year_source and variants printed whole made the table ~400 characters wide
    folder = str(_pages(tmp_path))
    assert main(["slogans", folder, "-q"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split()
    assert header == ["text", "group", "kind", "level", "source", "year", "count", "n_quoted", "n_issues", "first_date",
                      "last_date", "variants"]
    assert main(["slogans", folder, "--format", "csv", "-q"]) == 0
    assert "year_source" in capsys.readouterr().out.splitlines()[0]
