"""user30b F13: ``trends --terms a,b`` as ``report --terms``; a slogan's variants hold no line break."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.cli import main
from corpus_tools.cli_paths import split_paths_terms


def test_trends_terms_option(tmp_path, capsys):
    (tmp_path / "2019-04-10_p1.txt").write_text("东城日报\n2019年4月10日　星期三\n\n街道推行街巷长制\n"
                                               "　　近日，新城街道推行街巷长制，打造红色物业。\n", encoding="utf-8")
    assert main(["trends", str(tmp_path), "--terms", "街巷长制,红色物业", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "街巷长制" in out.splitlines()[0] and "红色物业" in out.splitlines()[0]
    assert split_paths_terms([str(tmp_path)], need_terms=False) == ([str(tmp_path)], [])


def test_variants_hold_no_line_break():
    c = ct.read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2008-03-01"],
                                     "text": ["简讯\n　　本报讯 全镇加快构建社会主义和\n谐社会，推进新农村建设。\n"]}))
    df = ct.extract_slogans(c)
    assert not any("\n" in v for vs in df["variants"] for v in vs)
