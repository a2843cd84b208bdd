"""Tests of the corpus-level slogan tables (corpus_tools.slogans.tables, .plot): extract_slogans,
slogan_mentions, slogan_trends and plot_slogan_timeline on the seed pages."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from corpus_tools import load_seeds, read_corpus
from corpus_tools.slogans import (MENTION_COLUMNS, SLOGAN_COLUMNS, extract_slogans, plot_slogan_timeline, slogan_key,
                                  slogan_mentions, slogan_trends)
from corpus_tools.slogans.printed import banner_lines


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


def test_extract_slogans_table(seeds):
    df = extract_slogans(seeds)
    assert list(df.columns) == SLOGAN_COLUMNS
    assert set(df["kind"].dropna()) <= {"numbered", "parallel", "quoted"}
    assert df.loc[df["kind"].isna(), "source"].eq("lexicon").all()   # only a formula never quoted has no kind
    assert (df["count"] >= df["n_articles"]).all()
    # a banner line belongs to no article: a slogan printed only on a page's banner has no article there
    on_banner = df["printed"].map(lambda places: "banner" in places)
    assert ((df["n_articles"] >= df["n_issues"]) | on_banner).all()
    assert df.loc[on_banner & (df["n_articles"] == 0), "printed"].map(lambda p: p == ["banner"]).all()
    row = df.set_index("text").loc["两学五抓"]
    assert row["kind"] == "numbered" and row["first_date"] == dt.date(2023, 1, 5)
    # a formula quoted on one page is followed to its unquoted mentions on others
    assert df.set_index("text").loc["煤改电", "n_issues"] >= 2
    assert (extract_slogans(seeds, min_count=2)["count"] >= 2).all()
    with pytest.raises(ValueError, match="min_count"):
        extract_slogans(seeds, min_count=0)
    with pytest.raises(TypeError, match="Corpus"):
        extract_slogans("平遥县")


def test_slogan_mentions_offsets(seeds):
    m = slogan_mentions(seeds)
    table = extract_slogans(seeds).set_index("text")
    assert list(m.columns) == MENTION_COLUMNS
    assert len(m) == table["count"].sum()
    banners = {issue.id: banner_lines(issue) for issue in seeds}
    for row in m.itertuples():
        art = seeds.article(row.article_id)
        forms = {slogan_key(row.text)} | {slogan_key(v) for v in table.loc[row.text, "variants"]}
        if row.part == "banner":  # offsets into one of the page's lines outside articles
            assert any(slogan_key(line[row.start:row.end]) in forms for line in banners[row.issue_id])
            continue
        source = {"text": art.text, "kicker": art.kicker or "", "caption": "\n".join(art.captions)}[row.part]
        assert slogan_key(source[row.start:row.end]) in forms


def test_slogan_trends(seeds):
    by_issue = slogan_trends(seeds)
    assert by_issue["count"].sum() == extract_slogans(seeds)["count"].sum()
    with pytest.warns(UserWarning, match="undated") as got:
        by_year = slogan_trends(seeds, by="year")
    assert {w.filename for w in got if "undated" in str(w.message)} == {__file__}  # the caller's line
    assert set(by_year["period"]) == {"2022", "2023", "2024"}
    assert (by_year["per_10k_chars"] >= 0).all()
    with pytest.raises(ValueError, match="by"):
        slogan_trends(seeds, by="fortnight")


def test_plot_slogan_timeline(seeds):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = extract_slogans(seeds)
    with pytest.warns(UserWarning, match="without dates") as got:
        ax = plot_slogan_timeline(df, top=8)
    assert {w.filename for w in got if "without dates" in str(w.message)} == {__file__}  # the caller's line
    assert len(ax.get_yticklabels()) == 8
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="extract_slogans"):
        plot_slogan_timeline(pd.DataFrame({"text": ["x"]}))


def test_plot_slogan_timeline_keeps_the_axis_on_the_corpus():
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    df = pd.DataFrame({"text": ["依法治国", "六保"], "kind": ["quoted", "numbered"], "count": [30, 12],
                       "first_date": [dt.date(2019, 3, 1), dt.date(2020, 5, 2)],
                       "last_date": [dt.date(2020, 5, 1), dt.date(2020, 5, 28)],
                       "year": pd.array([1997, 2020], dtype="Int64")})
    ax = plot_slogan_timeline(df)
    left, right = (mdates.num2date(v).date() for v in ax.get_xlim())
    assert dt.date(2018, 12, 1) < left < dt.date(2019, 3, 1) and right > dt.date(2020, 5, 28)
    # 1997 is shown at the edge, 2020 in place, each with its year (user19 #13: diamonds had no year)
    assert sorted(t.get_text() for t in ax.texts) == ["2020", "◆1997"]
    plt.close(ax.figure)


def test_plot_slogan_timeline_names_every_colour_in_its_legend():
    """user19 #13: a known formula the paper never marks (kind missing) was drawn grey with no legend entry."""
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = pd.DataFrame({"text": ["两个确立", "三联三帮"], "kind": [None, "quoted"], "count": [3, 5],
                       "first_date": [dt.date(2022, 1, 14), dt.date(2020, 12, 4)],
                       "last_date": [dt.date(2023, 12, 22), dt.date(2023, 6, 16)],
                       "year": pd.array([2021, pd.NA], dtype="Int64")})
    ax = plot_slogan_timeline(df)
    legend = {t.get_text(): h.get_color() for t, h in zip(ax.get_legend().get_texts(), ax.get_legend().legend_handles)}
    drawn = {ln.get_color() for ln in ax.lines if ln.get_linestyle() == "-"}
    assert drawn <= set(legend.values()), f"every row colour is in the legend: {drawn} vs {legend}"
    assert "known formula, not marked" in legend and "year introduced" in legend
    assert [t.get_text() for t in ax.texts] == ["2021"]
    plt.close(ax.figure)


def test_slogan_trends_plot_as_lines_and_plot_trends_says_how():
    import matplotlib

    matplotlib.use("Agg")
    from corpus_tools import plot_trends
    from corpus_tools.loaders import read_corpus
    from corpus_tools.slogans import plot_slogan_trends, wide_slogan_trends

    # invented 弥渡报 pages
    pages = {"2023-03-05": "弥城镇推行“两学五抓”，落实“三联三帮”。", "2024-04-10": "密祉镇深化“两学五抓”。",
             "2024-05-16": "寅街镇“两学五抓”见实效，“三联三帮”结对120户。"}
    c = read_corpus(pd.DataFrame({"date": list(pages), "text": list(pages.values())}))
    tr = slogan_trends(c, by="year")
    wide = wide_slogan_trends(tr)
    assert wide.index.tolist() == ["2023", "2024"] and wide.loc["2024", "两学五抓"] == 2
    ax = plot_slogan_trends(tr, value="per_10k_chars", top=1)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["两学五抓"]
    assert "10,000" in ax.get_ylabel()
    with pytest.raises(ValueError, match="not numeric.*plot_slogan_trends"):
        plot_trends(tr)
    with pytest.raises(ValueError, match="value = 'n'"):
        wide_slogan_trends(tr, value="n")
    with pytest.raises(ValueError, match="slogan_trends"):
        wide_slogan_trends(tr[["period", "text"]])


def _dated(*pages: tuple[str, str, str]):
    """A corpus of one-article issues (date, title, body), each issue named by its date."""
    from corpus_tools.corpus import Corpus

    return Corpus.from_articles(pd.DataFrame([{"issue_id": d, "date": d, "title": t, "body": b} for d, t, b in pages]))


def test_a_renamed_slogan_is_not_counted_as_its_old_name():
    # user21 F2: 三个一批+ renames 三个一批; the old name's mentions and dates are its own
    corpus = _dated(("2016-04-12", "我县推进“三个一批”", "全县实施“三个一批”工程，推动产业发展。“三个一批”成效明显。"),
                    ("2020-04-12", "我县深化“三个一批+”", "全县实施“三个一批+”行动，推动产业升级，“三个一批+”带动群众增收。"))
    table = extract_slogans(corpus).set_index("text")
    assert table.loc["三个一批", "count"] == 3 and table.loc["三个一批", "last_date"] == dt.date(2016, 4, 12)
    assert table.loc["三个一批+", "count"] == 3 and table.loc["三个一批+", "first_date"] == dt.date(2020, 4, 12)
    assert table.loc["三个一批+", "kind"] == "numbered"        # user21 F9: the structure decides, as for 三个一批


def test_mentions_before_a_formulas_year_are_counted_apart():
    # user21 F8: the era guard leaves a 2010 高质量发展 out of the count and the dates, and says how many it left out
    corpus = _dated(("2010-04-13", "脐橙产业项目开工", "为推动脐橙产业高质量发展，该项目总投资429万元。"),
                    ("2018-04-10", "推动高质量发展", "全县坚持高质量发展，实施乡村振兴战略。"))
    row = extract_slogans(corpus).set_index("text").loc["高质量发展"]
    assert row["count"] == 2 and row["first_date"] == dt.date(2018, 4, 10) and row["n_before_year"] == 1
    # user21 F8: a first (last) date at the corpus's first (last) issue is censored, not an uptake date
    assert not row["first_at_start"] and row["last_at_end"]


def test_the_corpus_table_folds_numbered_forms_as_the_page_does():
    """One fold (page.fold_numbered) for a page and for the corpus: a series that opens with a short form is a
    formula of its own on its page (guide: nested formulae are listed separately), so the corpus table keeps it
    too instead of folding it into the short form another page quotes."""
    texts = ["平遥新闻\n县里部署春耕生产\n本报讯 县里坚持“两手抓、两促进、两不误”，一手抓防疫，一手抓生产。",
             "平遥新闻\n乡镇推进复工复产\n本报讯 岳壁乡落实“两手抓”要求，推动企业复工复产。"]
    corpus = read_corpus(pd.DataFrame({"text": texts, "date": ["2020-03-02", "2020-03-09"],
                                       "county_code": ["140728"] * 2}))
    df = extract_slogans(corpus, layers=("marked",), decision=False).set_index("text")
    assert df.loc["两手抓、两促进、两不误", "count"] == 1 and df.loc["两手抓", "variants"] == []


def test_plot_slogan_timeline_tells_a_county_slogan_from_a_quoted_formula():
    """user24 F8: 西部山区开发 (the paper's own) and 科学发展观 (a known formula it quotes) were both green dots."""
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = pd.DataFrame({"text": ["荒山变果园", "科学发展观"], "kind": ["quoted", "quoted"], "count": [3, 5],
                       "source": ["marked", "both"],
                       "first_date": [dt.date(2005, 3, 1), dt.date(2004, 10, 1)],
                       "last_date": [dt.date(2007, 11, 8), dt.date(2011, 6, 1)]})
    ax = plot_slogan_timeline(df)
    # rows are drawn bottom-up by first date, latest first: 荒山变果园 (2005) then 科学发展观 (2004)
    marks = [c.get_paths()[0].vertices.shape[0] for c in ax.collections]
    assert len(set(marks)) == 2, "a square and a circle"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "the paper's own (marked, no known formula)" in labels and "known formula (lexicon)" in labels
    plt.close(ax.figure)


def test_slogan_table_counts_quoted_mentions():
    # user26 F5, invented 建湖日报 pages: n_quoted of count, the core quoted inside a longer wording included
    from corpus_tools.loaders import read_corpus

    pages = {"2006-04-03": "全县开展以“八荣八耻”为主要内容的社会主义荣辱观教育，践行社会主义荣辱观。",
             "2017-05-09": "各镇落实“两聚一高”要求，两聚一高成效明显。"}
    c = read_corpus(pd.DataFrame({"date": list(pages), "text": list(pages.values())}))
    df = extract_slogans(c).set_index("text")
    assert df.loc["八荣八耻", ["count", "n_quoted"]].tolist() == [2, 1]
    assert df.loc["两聚一高", ["count", "n_quoted"]].tolist() == [2, 1]
    assert list(df.reset_index().columns).index("n_quoted") == SLOGAN_COLUMNS.index("count") + 1


def test_timeline_labels_are_whole_and_an_early_year_sits_inside_the_axis():
    # user26 F11: a long row name was cut ("…"), the arrow of a year before the corpus sat on the axis edge
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    df = pd.DataFrame({"text": ["八七扶贫攻坚计划（国家八七扶贫攻坚计划）", "一镇一业"], "kind": ["numbered", "numbered"],
                       "count": [1, 6], "year": pd.array([1994, None], dtype="Int64"),
                       "first_date": [dt.date(1999, 3, 1), dt.date(1998, 2, 1)],
                       "last_date": [dt.date(1999, 3, 1), dt.date(2001, 5, 1)]})
    ax = plot_slogan_timeline(df)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "八七扶贫攻坚计划\n（国家八七扶贫攻坚计划）" in labels and not any("…" in t for t in labels)
    arrows = [c for c in ax.collections if c.get_offsets().shape[0] == 1 and c.get_paths()
              and np.allclose(c.get_facecolor()[0][:3], matplotlib.colors.to_rgb("grey"))]
    x0 = ax.get_xlim()[0]
    assert arrows and all(c.get_offsets()[0][0] > x0 for c in arrows)
    plt.close(ax.figure)


def test_a_formula_the_paper_quotes_before_its_year_is_its_own_slogan_in_every_table():
    # user28 F1, invented 祁门报 pages: the county's own “五个一批” of 2008 (projects) shares its name with the national
    # formula of 2015; the era guard dropped every mention, so page_slogans listed it and the corpus tables did not
    from corpus_tools.slogans import page_slogans
    from corpus_tools.report.slogans import guarded_out

    pages = {"2008-03-05": "项目攻坚\n本报讯 祁门县全力推进“五个一批”项目建设，签约一批、开工一批、竣工一批、"
                           "投产一批、储备一批，“五个一批”成效初显。",
             "2009-06-10": "项目建设\n本报讯 今年全县五个一批项目进展顺利，茶叶加工园开工建设。",
             "2010-04-13": "茶产业\n本报讯 为推动茶产业高质量发展，该项目总投资300万元。",
             "2018-04-10": "茶产业\n本报讯 全县坚持“高质量发展”，茶园面积稳步扩大。"}
    corpus = read_corpus(pd.DataFrame({"date": list(pages), "text": list(pages.values())}))
    table = extract_slogans(corpus).set_index("text")
    row = table.loc["五个一批"]
    assert (row["kind"], row["source"], row["count"], row["n_quoted"], row["n_before_year"]) == \
        ("numbered", "both", 3, 2, 0)
    assert (row["first_date"], row["last_date"]) == (dt.date(2008, 3, 5), dt.date(2009, 6, 10))
    # the page table and the corpus tables agree on the marked page
    first = next(iter(corpus))
    assert page_slogans(first).set_index("text").loc["五个一批", "count"] == 2
    trends = slogan_trends(corpus, by="year").query("text == '五个一批' and count > 0")
    assert trends[["period", "count"]].values.tolist() == [["2008", 2], ["2009", 1]]
    # a formula the paper marks only in its own era keeps the guard: the 2010 高质量发展 is not counted
    assert table.loc["高质量发展", ["count", "n_before_year"]].tolist() == [1, 1]
    # and the report's note lists only what the tables leave out
    assert guarded_out(corpus)["text"].tolist() == ["高质量发展"]


def test_a_slogan_dropped_for_years_has_one_span_and_one_bar_per_run():
    # user28 F6, invented 霞浦报 pages: “三抓三促” of 2001-2003 and, new content, of 2022-2023; a page a year between
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from corpus_tools.slogans.spans import SPAN_GAP_YEARS, printed_spans

    text = {2001: "全县开展“三抓三促”活动，抓项目促发展。", 2002: "各乡镇深化三抓三促活动。",
            2003: "“三抓三促”活动成效明显。", 2022: "全县深入开展“三抓三促”行动，抓党建促发展。",
            2023: "三抓三促行动推动项目落地。"}
    years = range(2001, 2024)
    corpus = read_corpus(pd.DataFrame({"date": [f"{y}-05-1{y % 10}" for y in years],
                                       "text": [f"要闻\n本报讯 {text.get(y, '全县春耕生产有序推进，农田水利建设加快。')}"
                                                for y in years]}))
    row = extract_slogans(corpus).set_index("text").loc["三抓三促"]
    assert [(a.year, b.year) for a, b in row["spans"]] == [(2001, 2003), (2022, 2023)]
    # one silent year with pages does not break a run; years without pages never do
    d = dt.date
    assert len(printed_spans([d(2009, 1, 1), d(2011, 1, 1)], {2009, 2010, 2011})) == 1
    assert len(printed_spans([d(2009, 1, 1), d(2012, 1, 1)], {2009, 2010, 2011, 2012})) == SPAN_GAP_YEARS
    assert len(printed_spans([d(2001, 1, 1), d(2022, 1, 1)], {2001, 2022})) == 1
    ax = plot_slogan_timeline(pd.DataFrame([row.to_dict() | {"text": "三抓三促"}]))
    bars = [line for line in ax.get_lines() if len(line.get_xdata()) == 2 and line.get_linestyle() == "-"]
    assert len(bars) == 2 and "gap" in ax.get_xlabel()
    plt.close(ax.figure)
    # a table without spans (your own) keeps one bar per row
    ax = plot_slogan_timeline(pd.DataFrame([{k: row[k] for k in ("kind", "count", "first_date", "last_date")}
                                            | {"text": "三抓三促"}]))
    assert len([line for line in ax.get_lines() if line.get_linestyle() == "-"]) == 1
    plt.close(ax.figure)
