"""The corpus model on the bundled seeds: issues, articles, tables, selection, reprs."""

from __future__ import annotations

import datetime as dt
import json
import io
import sys

import pandas as pd
import pytest

from corpus_tools import Article, Corpus, Issue, load_seeds
from corpus_tools.corpus import ARTICLE_COLUMNS, BLOCK_COLUMNS
from corpus_tools.text import strip_spaces


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load_seeds()


def test_seeds_are_five_dated_issues(seeds):
    assert len(seeds) == 5
    assert all(isinstance(i, Issue) for i in seeds)
    dated = [i.date for i in seeds if i.date is not None]
    assert dated == sorted(dated)
    assert seeds.issues[-1].date is None          # 004 has no firm date: undated sorts last
    assert seeds["003_f6a22faeb5ea5671"].date == dt.date(2022, 12, 3)
    assert seeds.county_code == "140728"


def test_article_ids_and_parts(seeds):
    issue = seeds["000_0a29cc865ac12c7f"]
    ids = [a.id for a in issue.articles]
    assert ids == [f"000_0a29cc865ac12c7f-{k:02d}" for k in range(1, len(ids) + 1)]
    for a in issue.articles:
        assert isinstance(a, Article)
        assert a.issue_id == issue.id and a.date == issue.date
        assert a.body and "\n\n" not in a.body
        # The article's analysable text starts with its title.
        assert a.text.startswith(a.title or a.body[:5])
        for part, spans in a.spans.items():
            for start, end in spans:
                assert 0 <= start < end <= len(issue.raw), part


def test_body_spans_cover_body_text(seeds):
    for issue in seeds:
        for a in issue.articles:
            covered = "".join(issue.raw[s:e] for s, e in a.spans.get("body", []))
            # The body's characters all come from its spans (repairs only remove characters).
            assert len(strip_spaces(a.body)) <= len(strip_spaces(covered))


def test_no_character_lost_on_seeds(seeds):
    for issue in seeds:
        kept = sum(len(strip_spaces(issue.raw[b.start:b.end])) for b in issue.blocks)
        assert kept == len(strip_spaces(issue.raw)), issue.id
        removed = sum(len(strip_spaces(r.removed)) for r in issue.repairs)
        in_blocks = sum(len(strip_spaces(b.text)) for b in issue.blocks)
        assert in_blocks + removed == len(strip_spaces(issue.raw)), issue.id


def test_articles_match_gold(seeds, gold_dir):
    for path in sorted((gold_dir / "articles").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        got = seeds[path.stem].articles
        assert len(got) == len(gold["articles"]), path.stem
        for a, g in zip(got, gold["articles"]):
            assert strip_spaces(a.title) == strip_spaces(g["title"])
            body = strip_spaces(a.body)
            assert body.startswith(strip_spaces(g["first"])), (path.stem, g["title"])
            assert body.endswith(strip_spaces(g["last"])), (path.stem, g["title"])


def test_frames(seeds):
    arts = seeds.articles_frame()
    assert list(arts.columns) == ARTICLE_COLUMNS
    assert arts["article_id"].is_unique
    assert set(arts["issue_id"]) == {i.id for i in seeds}
    assert (arts["n_chars"] > 0).all()
    blocks = seeds.blocks_frame()
    assert list(blocks.columns) == BLOCK_COLUMNS
    assert set(blocks["kind"]) <= {"banner", "kicker", "headline", "subtitle", "body", "caption", "byline", "credit"}
    assert set(blocks["article_id"].dropna()) <= set(arts["article_id"])
    issues = seeds.issues_frame()
    assert issues["n_articles"].sum() == len(arts)


def test_filter_and_between(seeds):
    one = seeds.filter(issue_id="000_0a29cc865ac12c7f")
    assert [i.id for i in one] == ["000_0a29cc865ac12c7f"]
    y2023 = seeds.filter(date=lambda d: d is not None and d.year == 2023)
    assert {i.date.year for i in y2023} == {2023}
    assert len(seeds.between("2023-01-01", None)) == 3
    assert len(seeds.between(None, dt.date(2022, 12, 31))) == 1
    with_title = seeds.filter(title=lambda t: bool(t) and "乡村振兴" in t)
    assert with_title.articles and all("乡村振兴" in a.title for a in with_title.articles)
    assert len(with_title.articles) < len(seeds.articles)
    by_code = seeds.filter(county_code="140728")
    assert len(by_code) == 5


def test_filter_rejects_unknown_keys(seeds):
    with pytest.raises(ValueError, match=r"\['colour'\] are unknown; allowed keys"):
        seeds.filter(colour="red")
    with pytest.raises(ValueError, match="is after end"):
        seeds.between("2024-01-01", "2023-01-01")


def test_reprs(seeds):
    assert repr(seeds).startswith("Corpus(5 issues, 2022-12-03")
    assert "<table" in seeds._repr_html_()
    issue = seeds.issues[0]
    assert issue.id in repr(issue) and "<table" in issue._repr_html_()
    art = issue.articles[0]
    assert art.id in repr(art) and "<h3" in art._repr_html_()


def test_corpus_rejects_duplicate_ids():
    a = Issue(id="x", raw="")
    with pytest.raises(ValueError, match="unique"):
        Corpus([a, Issue(id="x", raw="")])


def _article_rows() -> pd.DataFrame:
    return pd.DataFrame({
        "issue_id": ["rmrb0101", "rmrb0101", "rmrb0102"],
        "date": ["1998-01-01", "1998-01-01", "1998-01-02"],
        "paper": ["人民日报"] * 3,
        "title": ["迈向充满希望的新世纪", None, "春运开始"],
        "body": ["同志们、朋友们：\n新年好！", "本报北京讯 首都各界欢庆新年。", "客流高峰到来。"],
        "byline": [["江泽民"], [], []],
    })


def test_from_articles_builds_issues_articles_and_blocks():
    corpus = Corpus.from_articles(_article_rows())
    assert [i.id for i in corpus] == ["rmrb0101", "rmrb0102"]
    assert corpus["rmrb0101"].date == dt.date(1998, 1, 1)
    assert corpus["rmrb0101"].meta == {"paper": "人民日报"}
    assert [a.id for a in corpus.articles] == ["rmrb0101-01", "rmrb0101-02", "rmrb0102-01"]
    first = corpus.articles[0]
    assert first.text == "迈向充满希望的新世纪\n同志们、朋友们：\n新年好！" and first.byline == [("", "江泽民")]
    assert corpus.articles[1].title is None
    issue = corpus["rmrb0101"]
    for block in issue.blocks:  # blocks point into the page text
        assert issue.raw[block.start:block.end] == block.text
    for art, parts in zip(issue.articles, issue.layout.articles):
        (start, end), = parts.spans["body"]
        assert issue.raw[start:end] == art.body
    again = Corpus.from_articles(corpus.articles_frame())  # articles_frame round trip
    assert [(a.id, a.text, a.byline, a.date) for a in again.articles] == \
        [(a.id, a.text, a.byline, a.date) for a in corpus.articles]


def test_from_articles_saves_and_loads(tmp_path):
    corpus = Corpus.from_articles(_article_rows())
    loaded = Corpus.load(corpus.save(tmp_path / "store", tables=(), progress=False))
    assert [(a.id, a.text, a.byline) for a in loaded.articles] == [(a.id, a.text, a.byline) for a in corpus.articles]
    assert loaded["rmrb0102"].meta["paper"] == "人民日报"


def test_from_articles_rejects_bad_frames():
    rows = _article_rows()
    with pytest.raises(TypeError, match="DataFrame"):
        Corpus.from_articles(rows.to_dict("records"))
    with pytest.raises(ValueError, match=r"columns \['body'\]"):
        Corpus.from_articles(rows.drop(columns=["body"]))
    with pytest.raises(ValueError, match="one value per issue"):
        Corpus.from_articles(rows.assign(date=["1998-01-01", "1998-01-03", "1998-01-02"]))
    with pytest.raises(ValueError, match="article_id 'x' is not 'rmrb0101-01'"):
        Corpus.from_articles(rows.assign(article_id=["x", "rmrb0101-02", "rmrb0102-01"]))
    with pytest.raises(ValueError, match="'title' must be a str"):
        Corpus.from_articles(rows.assign(title=[1, None, "春运"]))


def test_iter_docs_streams_articles_in_order(seeds):
    import spacy

    corpus = seeds.filter(issue_id="004_1e1be208c4a694e1")
    pairs = list(corpus.iter_docs(nlp=spacy.blank("zh"), progress=False, cache_dir=False))
    assert [a.id for a, _ in pairs] == [a.id for a in corpus.articles]
    assert all(doc.text == art.text for art, doc in pairs)


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal, where progress bars are drawn."""

    def isatty(self) -> bool:
        return True


def test_lay_out_shows_a_bar_only_for_many_pages(capsys, monkeypatch):
    import pandas as pd

    from corpus_tools import corpus as corpus_module
    from corpus_tools import read_corpus

    page = "平遥新闻\n古城迎来冬季游客\n本报讯 近日，平遥古城迎来一批冬季游客。\n"
    many = corpus_module.LAYOUT_BAR_MIN_PAGES + 5
    big = read_corpus(pd.DataFrame({"text": [page] * many}))
    assert all("layout" not in vars(i) for i in big.issues)
    big.issues_frame(infer_county=False, progress=False)
    assert capsys.readouterr().err == ""
    assert all("layout" in vars(i) for i in big.issues)
    again = read_corpus(pd.DataFrame({"text": [page] * many}))
    again.issues_frame(infer_county=False)
    assert capsys.readouterr().err == "", "stderr is no terminal (a log file, a pipe): no bar"
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    read_corpus(pd.DataFrame({"text": [page] * many})).issues_frame(infer_county=False)
    assert "laying out pages" in terminal.getvalue()
    small = read_corpus(pd.DataFrame({"text": [page] * 3}))
    assert len(small.articles) == 3 and capsys.readouterr().err == ""


def test_repeated_issue_ids_name_their_files_and_the_way_out(tmp_path):
    """user20 #3: 'issue ids must be unique; repeated: [page1, page3]' named no file and no fix."""
    from corpus_tools import read_corpus

    for d in ("2020-05-15", "2022-03-07"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "page1.txt").write_text("今日仙居\n\n皤滩乡开展检查\n　　近日，皤滩乡开展安全生产检查。\n",
                                                encoding="utf-8")
    a, b = (read_corpus(tmp_path / d) for d in ("2020-05-15", "2022-03-07"))
    with pytest.raises(ValueError, match=r"repeated: \['page1'\] \(files: .*2020-05-15/page1\.txt.*read_corpus\(\[folder_a"):
        Corpus(a.issues + b.issues)
    assert [i.id for i in read_corpus([tmp_path / "2020-05-15", tmp_path / "2022-03-07"]).issues] == [
        "2020-05-15_page1", "2022-03-07_page1"]


def test_an_empty_year_range_warns_naming_the_range_and_the_years_present():
    # user24 F7: no pages of 2010 in a corpus of 2009 and 2011
    import pandas as pd
    import pytest

    from corpus_tools import read_corpus

    c = read_corpus(pd.DataFrame({"text": ["标题\n本报讯 一。", "标题\n本报讯 二。"], "date": ["2009-05-01", "2011-05-01"]}))
    with pytest.warns(UserWarning, match=r"no issue dated 2010-01-01 to 2010-12-31; the corpus has pages of "
                                         r"2009, 2011 \(none in 2010\)"):
        assert len(c.between("2010-01-01", "2010-12-31")) == 0
    with pytest.warns(UserWarning, match=r"date: the corpus has pages of 2009, 2011"):
        assert len(c.filter(date=lambda d: d is not None and d.year == 2010)) == 0
