"""A scraper's failures among the files read (corpus_tools.web_checks): HTML pages, one article under two names."""

from __future__ import annotations

import warnings

import pytest

from corpus_tools.loaders import read_corpus
from corpus_tools.web_articles import article_issue
from corpus_tools.web_checks import duplicate_articles, looks_like_html, warn_article_files

ARTICLE = "柳塘村修通产业路\n来源：清河新闻网\n发布时间：2019-05-06 08:30\n\n柳塘村新修产业路3公里。\n【打印】【关闭】\n"


@pytest.mark.parametrize("text, html", [
    ("<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>", True),
    ("<html>\n<body><p>找不到页面</p></body></html>", True),
    ("<div><p>" * 10 + "错误" + "</p></div>" * 10, True),
    ("柳塘村修通产业路\n村民说：<道路>修好了。", False),
    ("", False),
])
def test_looks_like_html(text, html):
    assert looks_like_html(text) is html


def test_duplicates_are_the_same_article_whatever_the_names_and_spaces():
    one = article_issue("n1", ARTICLE, {"path": "n1.txt"})
    two = article_issue("n2", ARTICLE.replace("3公里。", "3公里。\u3000"), {"path": "n2.txt"})
    other = article_issue("n3", ARTICLE.replace("3公里", "5公里"), {"path": "n3.txt"})
    assert duplicate_articles([one, two, other]) == [["n1.txt", "n2.txt"]]


def test_pages_are_not_compared():
    from corpus_tools.issue import Issue

    pages = [Issue("p1", "柳塘村修通产业路\n柳塘村新修产业路3公里。"), Issue("p2", "柳塘村修通产业路\n柳塘村新修产业路3公里。")]
    assert duplicate_articles(pages) == []


def test_read_corpus_names_html_and_duplicate_files(tmp_path):
    (tmp_path / "n1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "n2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "n9.txt").write_text("<!DOCTYPE html><html><head><title>404</title></head></html>", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = read_corpus(tmp_path)
    said = [str(w.message) for w in caught]
    assert any("n9.txt is an HTML page" in m for m in said)
    assert any("2 article files hold the same article" in m and "n1.txt" in m and "n2.txt" in m for m in said)
    assert len(corpus) == 3  # warned, not dropped


def test_no_warning_for_distinct_articles():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warn_article_files([article_issue("n1", ARTICLE, {}), article_issue("n3", ARTICLE.replace("3", "5"), {})])
