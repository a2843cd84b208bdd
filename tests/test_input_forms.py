"""A saved corpus or a table given as pages (corpus_tools.input_forms), in Python and on the command line."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.cli import main
from corpus_tools.input_forms import check_page_path, is_saved_corpus, saved_corpus
from corpus_tools.loaders import read_corpus

PAGE = "清河报　2019年5月6日　星期一　第01版\n柳塘村修通产业路\n本报讯　柳塘村新修产业路3公里，方便村民运送农产品。\n"


@pytest.fixture()
def store(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "2019-05-06_p1.txt").write_text(PAGE, encoding="utf-8")
    read_corpus(tmp_path / "pages").save(tmp_path / "store", tables=("articles", "issues", "blocks"), progress=False)
    return tmp_path / "store"


def test_saved_corpus_is_told_apart(store):
    assert is_saved_corpus(store) and not is_saved_corpus(store.parent / "pages")
    with pytest.raises(ValueError, match="load_corpus"):
        read_corpus(store)
    assert [a.title for a in saved_corpus(store).articles] == ["柳塘村修通产业路"]


@pytest.mark.parametrize("name", ["articles.csv", "pages.xlsx", "t.parquet"])
def test_a_table_is_no_page(tmp_path, name):
    (tmp_path / name).write_text("issue_id,body\na,柳塘村修路。\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a page file.*from_articles.*manifest="):
        read_corpus(tmp_path / name)
    with pytest.raises(ValueError, match="not a page file"):
        read_corpus([tmp_path / name])


def test_other_paths_pass():
    check_page_path("pages/")
    check_page_path("pages/*.txt")
    check_page_path(pd.DataFrame({"text": ["柳塘村"]}))


def test_cli_reads_a_saved_corpus_and_refuses_a_csv(store, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(tmp_path / "cache"))
    assert main(["articles", str(store)]) == 0
    assert "柳塘村修通产业路" in capsys.readouterr().out
    (tmp_path / "a.csv").write_text("issue_id,body\na,柳塘村修路。\n", encoding="utf-8")
    assert main(["articles", str(tmp_path / "a.csv")]) == 2
    assert "is a table (.csv), not a page file" in capsys.readouterr().err


def test_cli_files_option(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CORPUS_TOOLS_CACHE", str(tmp_path / "cache"))
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "n1.txt").write_text("柳塘村修通产业路\n柳塘村新修产业路3公里。\n\n村民出行更方便了。\n",
                                               encoding="utf-8")
    assert main(["articles", str(tmp_path / "pages"), "--files", "articles", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "柳塘村修通产业路" in out
