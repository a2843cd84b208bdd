"""The HTML report: files and sections for the seeds, bad input, missing modules, and a browser check.

The browser checks open the report in headless Chromium (Debian packages ``chromium`` and
``chromium-driver``; no Chinese font needed, the report carries its own): a screenshot of the
first screen (``artifacts/report_screenshot.png``), the rendered DOM, a render with the system's
CJK fonts hidden compared against a blank-box render, and a click from the places table to an
article page and back (selenium).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from corpus_tools import cli
from corpus_tools.corpus import Corpus
from corpus_tools.loaders import load_seeds, seeds_path
from corpus_tools.report import build_report

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "artifacts"
SECTIONS = ("overview", "articles", "keywords", "topics", "trends", "places", "slogans", "methods")
TERMS = ("乡村振兴", "高质量发展")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _statuses(page: str) -> dict[str, str]:
    return dict(re.findall(r'<section id="(\w+)" data-status="(\w+)"', page))


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    """The report of the bundled seeds, made by the command line as a user would."""
    out = tmp_path_factory.mktemp("report")
    cache = tmp_path_factory.mktemp("parse_cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CORPUS_TOOLS_CACHE", str(cache))
        import io

        err = io.StringIO()
        mp.setattr(sys, "stderr", err)
        code = cli.main(["report", str(seeds_path()), "-o", str(out), "--quiet", "--terms", ",".join(TERMS)])
    return out, code, err.getvalue()


def test_cli_report_exit_code_and_summary(seeds_report):
    out, code, err = seeds_report
    lines = [ln for ln in err.splitlines() if ln.startswith("report: ")]
    assert len(lines) == 1, f"expected one summary line on stderr, got:\n{err}"
    corpus = load_seeds()
    assert f"{len(corpus)} issues, {len(corpus.articles)} articles" in lines[0]
    assert str(out / "index.html") in lines[0]
    assert code == 0, f"report exited {code}: {lines[0]}"


def test_report_sections_and_notes(seeds_report):
    out, _, _ = seeds_report
    page = (out / "index.html").read_text(encoding="utf-8")
    status = _statuses(page)
    assert list(status) == list(SECTIONS)
    failed = {k: re.sub(r"<[^>]+>", "", page.split(f'<section id="{k}"', 1)[1].split("</section>", 1)[0])
              for k, v in status.items() if v == "failed"}
    assert not failed, f"report sections failed: {failed}"
    assert set(status.values()) == {"ok"}, status


def test_report_overview_numbers(seeds_report):
    out, _, _ = seeds_report
    corpus = load_seeds()
    page = (out / "index.html").read_text(encoding="utf-8")
    n_chars = sum(1 for a in corpus.articles for ch in a.body if not ch.isspace())
    issues = pd.read_csv(out / "issues.csv")
    articles = pd.read_csv(out / "articles.csv")
    assert len(issues) == len(corpus) == 5
    assert sorted(articles["article_id"]) == sorted(a.id for a in corpus.articles)
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", page))
    assert facts["Issues (pages)"] == "5"
    assert facts["Articles"] == str(len(corpus.articles))
    assert facts["Characters in article bodies"] == f"{n_chars:,}"
    assert facts["Dates"] == "2022-12 – 2024, 1 undated"  # month and year precision as printed


def test_report_files_are_linked_and_valid(seeds_report):
    out, _, _ = seeds_report
    page = (out / "index.html").read_text(encoding="utf-8")
    images = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', page)]
    links = {html.unescape(s) for s in re.findall(r'<a href="([^"#]+)"', page)}
    assert images, "the report has no figures"
    for name in images:
        data = (out / name).read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 5_000, name
    for name in links:
        assert (out / name).is_file(), name
        if name.endswith(".csv"):
            assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), f"{name}: no BOM, Excel shows mojibake"
            pd.read_csv(out / name, encoding="utf-8-sig")
    top = {p.name for p in out.iterdir() if p.is_file()} - {"index.html", "report.css"}
    assert top == set(images) | {n for n in links if "/" not in n}, "every file written is linked from the report"
    assert (out / "fonts" / "CorpusToolsSansSC-Regular.otf").is_file()
    assert "fonts/CorpusToolsSansSC-Regular.otf" in (out / "report.css").read_text(encoding="utf-8")


def test_report_dates_to_their_precision_and_undated_apart(seeds_report):
    out, _, _ = seeds_report
    issues = pd.read_csv(out / "issues.csv", encoding="utf-8-sig", dtype=str)
    by_id = issues.set_index("issue_id")
    assert by_id.loc["002_7041086b966b33f3", "date"] == "2024"          # year precision
    assert by_id.loc["001_1d3a89e59fb6b767", "date"] == "2023-12"       # month precision
    assert by_id.loc["004_1e1be208c4a694e1", "date"] == "undated"
    assert "Spring Festival couplets" in by_id.loc["002_7041086b966b33f3", "date_note"]
    trends = pd.read_csv(out / "keyword_trends.csv", encoding="utf-8-sig", dtype={"date": str})
    assert list(trends.columns[:2]) == ["issue", "date"] and set(TERMS) <= set(trends.columns)
    assert "2024" in set(trends["date"]) and any(d.startswith("undated") for d in trends["date"])
    over = pd.read_csv(out / "topics_over_time.csv", encoding="utf-8-sig")
    assert all("·" in c for c in over.columns[2:]), f"topics named by their words: {list(over.columns)}"
    ents = pd.read_csv(out / "entities.csv", encoding="utf-8-sig", dtype=str)
    assert list(ents.columns[:2]) == ["issue_id", "date"] and "2024" in set(ents["date"])
    floats = over.select_dtypes("float")
    assert (floats.round(4) == floats).all().all(), "numbers are rounded in the CSV"


def test_trend_plot_draws_the_chosen_terms_on_dates_with_undated_apart(tmp_path):
    import matplotlib
    import matplotlib.dates as mdates

    from corpus_tools.report.dates import group_dates, plot_over_time

    corpus = load_seeds()
    ids = [i.id for i in corpus.issues]
    df = pd.DataFrame({"乡村振兴": range(len(ids)), "高质量发展": range(len(ids))}, index=ids, dtype=float)
    fig = plot_over_time(df, group_dates(corpus, ids, "issue"), ylabel="per 10,000 words")
    main, apart = fig.axes
    lines = [ln for ln in main.lines if not ln.get_label().startswith("_")]  # not the unlabelled span bars
    assert [ln.get_label() for ln in lines] == list(TERMS)
    # two identical series: each its own line style and marker, so both legend entries show
    assert len({(ln.get_linestyle(), ln.get_marker()) for ln in lines}) == 2
    for ln in lines:  # four dated issues on real dates, joined; the undated one is not on this axis
        x = mdates.date2num(ln.get_xdata()) if not isinstance(ln.get_xdata()[0], float) else ln.get_xdata()
        assert len(x) == 4 and list(x) == sorted(x)
        assert x[1] - x[0] < 40 < x[2] - x[1]   # 2022-12 -> 2023-01 is closer than 2023-01 -> 2023-12
    assert [t.get_text() for t in apart.get_xticklabels()] == ["undated · 004"]
    assert all(ln.get_linestyle() == "None" for ln in apart.lines), "undated points are never joined"
    matplotlib.pyplot.close("all")


def test_report_article_pages_and_links(seeds_report):
    out, _, _ = seeds_report
    corpus = load_seeds()
    pages = sorted((out / "articles").glob("*.html"))
    assert [p.stem for p in pages] == sorted(a.id for a in corpus.articles)
    index = (out / "index.html").read_text(encoding="utf-8")
    places = index.split('<table class="data places">', 1)[1].split("</table>", 1)[0]
    targets = set(re.findall(r'href="(articles/[^"]+)"', places))
    assert targets and all((out / t).is_file() for t in targets)
    art = next(a for a in corpus.articles if "岳壁乡" in a.text)
    page = (out / "articles" / f"{art.id}.html").read_text(encoding="utf-8")
    assert html.escape(art.title) in page and 'href="../index.html"' in page and 'href="../report.css"' in page
    assert re.search(r'<mark class="ent ent-TOWNSHIP" title="TOWNSHIP 140728202">岳壁乡</mark>', page)
    assert '<mark class="slogan"' in "".join(p.read_text(encoding="utf-8") for p in pages)
    text = re.sub(r"<[^>]+>", "", page.split('<div class="article-text">', 1)[1].split("</div>", 1)[0])
    assert html.unescape(text) == art.text.replace("\n", ""), "the article text is shown whole"


def test_report_methods_section(seeds_report):
    out, _, _ = seeds_report
    page = (out / "index.html").read_text(encoding="utf-8")
    methods = page.split('<section id="methods"', 1)[1].split("</section>", 1)[0]
    import spacy

    from corpus_tools.nlp import PIPELINE_VERSION

    for needle in (PIPELINE_VERSION, spacy.__version__, "0.957", "held-apart", "dev/tuned", "min_df", "ngram_range", "why this many topics",
                   "乡村振兴, 高质量发展", "Spring Festival couplets"):
        assert html.escape(needle) in methods, needle
    cards = re.findall(r'href="(methods/model_card_\w+\.md)"', methods)
    assert cards and all((out / c).is_file() for c in cards)
    assert (out / "methods" / "benchmarks.md").is_file() and 'href="methods/benchmarks.md"' in methods


def test_report_methods_scores_are_one_line_per_layer_unseen_first(seeds_report):
    """user19 #16: ~50 score rows led by tuned ones (seed pages 1.000 / 0.941) and a branch that no longer
    exists; now one row per layer, the unseen-text score first, the rest in model_scores.csv."""
    from corpus_tools.report.methods import load_scores

    out, _, _ = seeds_report
    methods = (out / "index.html").read_text(encoding="utf-8").split('<section id="methods"', 1)[1]
    methods = methods.split("</section>", 1)[0]
    scores = methods.split("<h3>How well each layer works</h3>", 1)[1].split("</table>", 1)[0]
    heads = re.findall(r"<th>([^<]+)</th>", scores)
    assert heads.index("unseen text (held-apart)") < heads.index("tuned text (dev/tuned, an upper bound)")
    rows = re.findall(r"<tr>", scores)[1:]
    assert len(rows) == load_scores()["component"].nunique() <= 8
    slogan_row = scores.split("marked slogans (detector)", 1)[1].split("</tr>", 1)[0]
    assert "median 0." in slogan_row and " sets" in slogan_row
    assert "blind-gold" not in methods and "1.000 / 0.941 (seed" not in methods.split("tuned text", 1)[0]
    full = pd.read_csv(out / "model_scores.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(full) == len(load_scores()) and 'href="model_scores.csv"' in methods


def _section(text: str, heading: str) -> str:
    """The ``##`` section of docs/benchmarks.md titled *heading* (its subsections included)."""
    parts = re.split(r"^## ", text, flags=re.M)
    found = [p for p in parts if p.split("\n", 1)[0] == heading or p.startswith(heading + " (")]
    assert found, f"docs/benchmarks.md has no section {heading!r}"
    return "\n".join(found)


def test_model_scores_match_the_benchmarks():
    """The scores the report shows come from one data file; each must still be in docs/benchmarks.md."""
    from corpus_tools.report.methods import load_scores

    scores = load_scores()
    assert set(scores["set"]) == {"held-apart", "dev/tuned"}
    assert set(scores["summary"]) <= {"yes", ""} and (scores["summary"] == "yes").any()
    assert not scores.loc[scores["summary"] == "yes", "set"].eq("dev/tuned").any(), "the summary is unseen text"
    assert scores.groupby("component")["metric"].nunique().eq(1).all(), "one metric per layer"
    assert {"word segmenter (pkuseg CRF)", "marked slogans (detector)"} <= set(scores["component"])
    bench = (REPO / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    for row in scores.itertuples(index=False):
        where = _section(bench, row.benchmark_section) if row.benchmark_section else \
            (REPO / "docs" / row.model_card).read_text(encoding="utf-8")
        for number in row.score.split(" / "):
            assert re.search(rf"\b{re.escape(number)}", where), \
                f"{row.component} ({row.evaluation}): {number} is no longer in {row.benchmark_section or row.model_card}"
        if row.measured:
            assert f"measured {row.measured}" in where, f"{row.component}: date {row.measured} is stale"


def test_report_slogan_section_shows_both_layers(seeds_report):
    from corpus_tools.slogans import SOURCE_DESCRIPTIONS
    from corpus_tools.slogans.printed import banner_lines

    out, _, _ = seeds_report
    page = (out / "index.html").read_text(encoding="utf-8")
    sl_html = page.split('<section id="slogans"', 1)[1].split("</section>", 1)[0]
    assert "the paper's formulae, with how often" not in sl_html  # no claim of completeness
    assert "Marked slogans" in sl_html and "Known formulae" in sl_html and "Neither layer is a complete" in sl_html
    for desc in SOURCE_DESCRIPTIONS.values():
        assert html.escape(desc) in sl_html
    heads = re.findall(r"<th>([^<]+)</th>", sl_html.split("<h3>Known formulae", 1)[1].split("</table>", 1)[0])
    assert {"source", "introduced", "first", "last"} <= set(heads)
    sl = pd.read_csv(out / "slogans.csv", encoding="utf-8-sig")
    assert {"source", "year", "year_source"} <= set(sl.columns) and set(sl["source"]) <= {"marked", "lexicon", "both"}
    # the big unquoted formulae are counted, with their year of introduction
    known = sl.set_index("text")
    assert known.loc["乡村振兴", "source"] in ("lexicon", "both") and int(known.loc["乡村振兴", "year"]) == 2017
    corpus = load_seeds()
    banners = sum(line.count("高质量发展") for issue in corpus for line in banner_lines(issue))
    assert known.loc["高质量发展", "count"] == sum(a.text.count("高质量发展") for a in corpus.articles) + banners
    ctx = pd.read_csv(out / "slogan_contexts.csv", encoding="utf-8-sig")
    assert {"source", "context", "sentence", "date", "quoted"} <= set(ctx.columns)
    assert len(ctx) == int(sl["count"].sum()), "one context row per mention"
    assert (out / "slogan_contexts.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # utf-8-sig for Excel
    trends = pd.read_csv(out / "slogan_trends.csv", encoding="utf-8-sig")
    assert {"period", "source", "count", "per_10k_chars"} <= set(trends.columns)
    assert "<h3>Mentions per issue</h3>" in sl_html and (out / "slogan_timeline.png").is_file()
    row = sl_html.split("<h4>乡村振兴", 1)[1].split("<h4>", 1)[0]
    assert "introduced 2017" in row and "(unquoted)" in row

    # user19 #11: the count the trends section and kwic make is the in_text column, said where both show
    from corpus_tools.concordance import kwic

    assert known.loc["高质量发展", "in_text"] == len(kwic(corpus, "高质量发展")) < known.loc["高质量发展", "count"]
    assert "in_text" in sl_html and "in_text column" in page.split('<section id="trends"', 1)[1].split("</section>")[0]
    assert list(sl.columns[:2]) == ["text", "printed_as"]


def test_bylines_show_roles_as_roles(tmp_path):
    from corpus_tools.report import sections
    from corpus_tools.report.articles import write_article_pages
    from corpus_tools.report.page import Writer

    from corpus_tools import read_corpus

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2024-02-01_p1.txt").write_text(
        "平遥古城迎来客流高峰\n\n本报记者 王磊 李娜 通讯员 赵晓红\n\n春节假期，平遥古城游客络绎不绝。县文旅局推出"
        "多项活动，吸引游客前来体验年俗文化。各景区加强安全管理，确保游客平安出行。\n", encoding="utf-8")
    corpus = read_corpus(pages)
    art = corpus.articles[0]
    assert art.byline == [("记者", "王磊"), ("记者", "李娜"), ("通讯员", "赵晓红")]
    write_article_pages(corpus, tmp_path, labels={})
    page = (tmp_path / "articles" / f"{art.id}.html").read_text(encoding="utf-8")
    assert "<th>Byline</th><td>记者 王磊 李娜 通讯员 赵晓红</td>" in page
    assert "(&#x27;" not in page and "('" not in page, "a (role, name) tuple was printed"
    ctx = sections.Context(corpus=corpus, out_dir=tmp_path, nlp=None, cache_dir=False, progress=False, labels={})
    html_table = sections.articles(ctx, Writer(tmp_path))
    assert "<td>记者 王磊 李娜 通讯员 赵晓红</td>" in html_table
    csv = pd.read_csv(tmp_path / "articles.csv", encoding="utf-8-sig").set_index("article_id")
    assert csv.loc[art.id, "byline"] == "王磊 | 李娜 | 赵晓红"  # names only
    assert csv.loc[art.id, "byline_text"] == "记者 王磊 李娜 通讯员 赵晓红"


def test_highlight_nests_and_escapes():
    from corpus_tools.report.articles import highlight

    out = highlight("<平遥县>乡村振兴", [(1, 4, "ent", "GPE"), (2, 6, "slogan", "x"), (5, 9, "slogan", "q")])
    assert out == ('<p>&lt;<mark class="ent" title="GPE">平遥县</mark>&gt;'
                   '<mark class="slogan" title="q">乡村振兴</mark></p>')


def test_report_config_and_bad_terms(tmp_path):
    from corpus_tools.report import load_report_config

    cfg = tmp_path / "report.toml"
    cfg.write_text('[report]\nterms = ["乡村振兴", "古城"]\nn_topics = 3\n', encoding="utf-8")
    assert load_report_config(cfg) == {"terms": ["乡村振兴", "古城"], "n_topics": 3}
    bad = tmp_path / "bad.toml"
    bad.write_text('term = ["乡村振兴"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown keys.*term"):
        load_report_config(bad)
    with pytest.raises(ValueError, match="no term"):
        build_report(load_seeds(), tmp_path / "r", terms=" , ", progress=False)
    with pytest.raises(ValueError, match="n_topics"):
        build_report(load_seeds(), tmp_path / "r", n_topics=1, progress=False)


def test_report_has_chinese_content(seeds_report):
    out, _, _ = seeds_report
    page = (out / "index.html").read_text(encoding="utf-8")
    corpus = load_seeds()
    assert '<meta charset="utf-8">' in page and 'lang="zh-CN"' in page
    titles = [a.title for a in corpus.articles if a.title]
    assert titles and all(html.escape(t) in page for t in titles)
    status = _statuses(page)
    if status["slogans"] == "ok":
        slogans = pd.read_csv(out / "slogans.csv")
        assert html.escape(slogans["text"].iloc[0]) in page
    if status["keywords"] == "ok":
        kw = pd.read_csv(out / "keywords.csv")
        assert set(kw.columns) >= {"group", "term", "score", "rank"}
        assert kw["group"].nunique() == len(corpus)


def test_a_failing_analysis_costs_only_its_sections(tmp_path, monkeypatch):
    import corpus_tools.report.sections as report

    def broken(*args, **kwargs):
        raise RuntimeError("keyword model exploded")

    monkeypatch.setattr(report, "keywords", broken)
    corpus = load_seeds().filter(issue_id="000_0a29cc865ac12c7f")  # 5 articles: too few for topics
    path = build_report(corpus, tmp_path / "r", progress=False, cache_dir=False)
    page = path.read_text(encoding="utf-8")
    status = _statuses(page)
    assert status == {"overview": "ok", "articles": "ok", "keywords": "failed", "topics": "omitted",
                      "trends": "omitted", "places": "ok", "slogans": "ok", "methods": "ok"}
    assert "RuntimeError: keyword model exploded" in page
    assert "topics need at least" in page and "no terms to follow" in page
    assert {"entities.csv", "slogans.csv"} <= {p.name for p in path.parent.iterdir()}


def test_bad_input(tmp_path):
    with pytest.raises(TypeError, match="Corpus"):
        build_report("seeds/", tmp_path, progress=False)
    with pytest.raises(ValueError, match="no articles"):
        build_report(Corpus([]), tmp_path, progress=False)
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="not a folder"):
        build_report(load_seeds(), afile, progress=False)


def test_cli_bad_input_one_line_and_exit_2(tmp_path, capsys):
    code = cli.main(["report", str(tmp_path / "no_such_folder"), "-o", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("corpus-tools: error:")
    assert not (tmp_path / "out").exists()


# --- browser check -----------------------------------------------------------------------------------

def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM = _chromium()
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not installed (Debian: apt-get install chromium chromium-driver)")


def _run_chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180)


@needs_chromium
def test_report_renders_in_chromium(seeds_report, tmp_path):
    from PIL import Image

    out, _, _ = seeds_report
    url = (out / "index.html").resolve().as_uri()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report_screenshot.png"
    shot.unlink(missing_ok=True)
    proc = _run_chromium([f"--screenshot={shot}", "--window-size=1280,2000", url], tmp_path / "profile1")
    assert shot.is_file(), f"no screenshot written; chromium said:\n{proc.stderr[-2000:]}"

    img = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    assert img.shape == (2000, 1280, 3)
    non_white = (img.min(axis=2) < 235).mean()
    assert non_white > 0.02, f"the screenshot is (nearly) blank: {non_white:.1%} non-white pixels"
    assert len(np.unique(img.reshape(-1, 3), axis=0)) > 50, "the screenshot has almost no distinct colours"
    # the first figure (articles per issue) draws its bars in #4c72b0: it was loaded and painted
    bar = (np.abs(img - np.array([0x4C, 0x72, 0xB0])).max(axis=2) < 12).sum()
    assert bar > 2_000, "the first figure does not show in the screenshot"

    proc = _run_chromium(["--dump-dom", url], tmp_path / "profile2")
    dom = proc.stdout
    assert "<section" in dom, f"chromium produced no DOM:\n{proc.stderr[-2000:]}"
    corpus = load_seeds()
    assert next(a.title for a in corpus.articles if a.title) in html.unescape(dom)
    assert "语料概况" in dom
    page = (out / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<img ", dom)) == len(re.findall(r"<img ", page)) > 0


@pytest.mark.parametrize("dates, expected", [
    (["2023-01-05"] * 5, "issue"),                                            # few issues: per issue
    ([f"2023-0{1 + i % 3}-{10 + i:02d}" for i in range(14)], "month"),        # 14 issues in 3 months
    ([f"{2010 + i // 12}-{1 + i % 12:02d}-01" for i in range(24)], "quarter"),  # 2 years, monthly
    ([f"{2000 + i}-06-01" for i in range(20)], "year"),                       # 20 years
])
def test_grouping_follows_corpus_size(dates, expected):
    from corpus_tools.loaders import read_corpus
    from corpus_tools.report.sections import choose_grouping as _choose_grouping

    frame = pd.DataFrame({"issue_id": [f"p{i:02d}" for i in range(len(dates))], "date": dates,
                          "text": ["平遥县召开会议。"] * len(dates)})
    assert _choose_grouping(read_corpus(frame)) == expected


# --- readable without system CJK fonts: the bundled font through @font-face ---------------------

PROBE = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" '
         'href="report.css"></head><body><p style="font-size:40px;line-height:1.4">{text}</p></body></html>')


CJK_FONT_GLOBS = ("*CJK*", "*cjk*", "*wqy*", "*WenQuanYi*", "*Droid*", "*uming*", "*ukai*", "*SourceHan*",
                  "*HanSans*", "*arphic*", "*SimHei*", "*msyh*", "*PingFang*", "*Hiragino*", "*NotoSansSC*")


def _no_cjk_fontconfig(tmp_path: Path) -> dict[str, str]:
    """Environment whose fontconfig rejects every CJK font file: a machine without Chinese fonts."""
    if not sys.platform.startswith("linux") or not Path("/usr/share/fonts").is_dir():
        pytest.skip("needs fontconfig and /usr/share/fonts (Linux) to hide the system CJK fonts")
    reject = "".join(f"<glob>{g}</glob>" for g in CJK_FONT_GLOBS)
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                    f"<dir>/usr/share/fonts</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir>"
                    f"<selectfont><rejectfont>{reject}</rejectfont></selectfont></fontconfig>\n",
                    encoding="utf-8")
    import os

    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def _shot(url: str, shot: Path, profile: Path, env=None, size="1280,400") -> np.ndarray:
    from PIL import Image

    # the virtual time budget lets the 3 MB web font finish loading before the picture is taken
    # (font-display: swap shows the fallback until then, which on a busy machine is what we'd see)
    proc = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}",
                           "--virtual-time-budget=15000", f"--window-size={size}", url],
                          capture_output=True, text=True, timeout=180, env=env)
    assert shot.is_file(), f"no screenshot written; chromium said:\n{proc.stderr[-2000:]}"
    return np.asarray(Image.open(shot).convert("L")).astype(int)


@needs_chromium
def test_report_reads_in_chromium_without_system_cjk_fonts(seeds_report, tmp_path):
    out, _, _ = seeds_report
    corpus = load_seeds()
    text = html.escape("，".join(a.title for a in corpus.articles[:3] if a.title))
    with_font = tmp_path / "with_font"
    shutil.copytree(out, with_font, ignore=shutil.ignore_patterns("*.png", "*.csv", "articles"))
    without = tmp_path / "without_font"
    shutil.copytree(with_font, without, ignore=shutil.ignore_patterns("fonts"))
    for d in (with_font, without):
        (d / "probe.html").write_text(PROBE.format(text=text), encoding="utf-8")
    env = _no_cjk_fontconfig(tmp_path)
    system = _shot((with_font / "probe.html").as_uri(), tmp_path / "system.png", tmp_path / "p1")
    bundled = _shot((with_font / "probe.html").as_uri(), tmp_path / "bundled.png", tmp_path / "p2", env)
    boxes = _shot((without / "probe.html").as_uri(), tmp_path / "boxes.png", tmp_path / "p3", env)

    def differ(a, b):
        return float((np.abs(a - b) > 60).mean())

    def ink(a):
        return float((a < 128).mean())

    # without any CJK font the titles are empty boxes: little ink, a very different picture
    assert ink(bundled) > 2.5 * ink(boxes), (ink(bundled), ink(boxes))
    assert differ(bundled, boxes) > 0.01
    if ink(system) > 2.5 * ink(boxes):  # the system has a CJK font: the bundled one looks the same
        assert differ(system, bundled) < 0.25 * differ(bundled, boxes), (differ(system, bundled),
                                                                         differ(bundled, boxes))
    ARTIFACTS.mkdir(exist_ok=True)
    page = _shot((out / "index.html").as_uri(), ARTIFACTS / "report_without_system_cjk_fonts.png",
                 tmp_path / "p4", env, size="1280,1400")
    assert (page < 235).mean() > 0.02


# --- clicking through: places table -> article page -> back -----------------------------------

def _driver(tmp_path: Path):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip('selenium not installed (pip install -e ".[dev]")')
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if CHROMIUM is None or not Path(driver_path).is_file():
        pytest.skip("chromium and chromedriver not installed (Debian: apt-get install chromium chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
                 "--window-size=1280,1000"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)


def test_click_from_places_table_to_article_and_back(seeds_report, tmp_path):
    from selenium.webdriver.common.by import By

    out, _, _ = seeds_report
    titles = {a.id: a.title for a in load_seeds().articles}
    driver = _driver(tmp_path)
    try:
        driver.get((out / "index.html").as_uri())
        link = driver.find_element(By.CSS_SELECTOR, "table.places tbody tr td a")
        target = link.get_attribute("href")
        article_id = Path(target).stem
        link.click()
        assert driver.current_url == target
        assert driver.find_element(By.TAG_NAME, "h1").text == titles[article_id]
        assert driver.find_elements(By.CSS_SELECTOR, ".article-text mark.ent"), "entities are marked"
        driver.find_element(By.ID, "back").click()
        assert driver.current_url.endswith("/index.html")
        assert driver.find_element(By.CSS_SELECTOR, "table.places")
    finally:
        driver.quit()


def test_report_figures_with_only_the_bundled_font(tmp_path, monkeypatch):
    # a machine without CJK fonts: every figure is drawn with the shipped font, and a missing
    # glyph (an error in this test run, see pyproject.toml) would fail its section
    import warnings

    from corpus_tools import plot

    monkeypatch.setattr(plot.fonts, "_state", {"font": None, "searched": False, "warned": False})
    monkeypatch.setattr(plot.fonts, "_find_font", lambda: None)
    corpus = load_seeds().filter(issue_id=lambda i: i in {"001_1d3a89e59fb6b767", "004_1e1be208c4a694e1"})
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph \d+ .*missing from font")
        path = build_report(corpus, tmp_path / "r", terms=TERMS, progress=False, cache_dir=False)
    status = _statuses(path.read_text(encoding="utf-8"))
    assert set(status.values()) == {"ok"}, status
    assert plot.cjk_font() == plot.BUNDLED_FAMILY
    assert len(list((tmp_path / "r").glob("*.png"))) >= 4


def test_trend_plot_x_label_says_what_its_bars_are():
    """user19 #13: the label spoke of 'the month or year a date is known to' under quarter bins of
    day-exact dates."""
    import matplotlib

    from corpus_tools import read_corpus
    from corpus_tools.report.dates import group_dates, plot_over_time

    page = "攸县召开乡村振兴推进会\n本报讯 近日，攸县召开乡村振兴推进会，部署全年工作。\n"
    corpus = read_corpus(pd.DataFrame({"text": [page] * 3, "date": ["2022-01-14", "2022-05-20", "2023-02-10"]}))
    quarters = ["2022Q1", "2022Q2", "2023Q1"]
    df = pd.DataFrame({"乡村振兴": [1.0, 2.0, 3.0]}, index=quarters)
    by_quarter = plot_over_time(df, group_dates(corpus, quarters, "quarter"), ylabel="n", by="quarter")
    label = by_quarter.axes[0].get_xlabel()
    assert "quarter" in label and "known to" not in label
    ids = [i.id for i in corpus.issues]
    exact = plot_over_time(df.set_axis(ids), group_dates(corpus, ids, "issue"), ylabel="n", by="issue")
    assert exact.axes[0].get_xlabel() == "date of the issue", "day-exact dates: no bars, no word of bars"
    seeds = load_seeds()  # year- and month-precise dates: their bars are explained
    sids = [i.id for i in seeds.issues]
    vague = plot_over_time(pd.DataFrame({"x": range(len(sids))}, index=sids, dtype=float),
                           group_dates(seeds, sids, "issue"), ylabel="n")
    assert "the month or year a date is known to" in vague.axes[0].get_xlabel()
    matplotlib.pyplot.close("all")


def test_report_names_a_row_by_what_the_paper_printed_and_where_terms_came_from(tmp_path, monkeypatch):
    """user19 #13: 学习宣传贯彻党的二十大精神 named a row the paper printed as 学习贯彻党的二十大精神, and
    terms read from --config were called 'the terms you chose (--terms)'."""
    import json

    from corpus_tools import read_corpus
    from corpus_tools.report import build, sections, slogans

    pages = tmp_path / "pages"
    pages.mkdir()
    for day, town in (("2022-11-04", "网岭镇"), ("2023-02-10", "黄丰桥镇")):  # invented 今日攸县 pages
        (pages / f"{day}_第1版.txt").write_text(
            f"今日攸县\n\n{town}掀起学习热潮\n\n　　本报讯 连日来，{town}把学习贯彻党的二十大精神作为首要"
            f"政治任务，组织党员干部深入村组宣讲，推动乡村振兴各项工作落地见效。\n", encoding="utf-8")
    corpus = read_corpus(pages, county="攸县")
    config = tmp_path / "report.json"
    config.write_text(json.dumps({"terms": ["乡村振兴"]}), encoding="utf-8")
    monkeypatch.setattr(build, "SECTIONS", [("trends", "Trends", sections.trends),
                                            ("slogans", "Slogans", slogans.slogans)])
    out = tmp_path / "out"
    build.write_report(corpus, out, config=config, progress=False, cache_dir=False)
    page = (out / "index.html").read_text(encoding="utf-8")
    trends = page.split('<section id="trends"', 1)[1].split("</section>", 1)[0]
    assert "report config (report.json)" in trends and "--terms" not in trends
    sl = pd.read_csv(out / "slogans.csv", encoding="utf-8-sig").set_index("text")
    assert sl.loc["学习宣传贯彻党的二十大精神", "printed_as"] == "学习贯彻党的二十大精神 ×2"
    assert "printed 学习贯彻党的二十大精神" in page


def test_report_people_are_the_people_in_the_news_with_the_newsroom_apart(tmp_path, monkeypatch):
    """user20 #10: people.csv was led by reporters, correspondents and page editors."""
    from corpus_tools import read_corpus
    from corpus_tools.report import build
    from corpus_tools.report import entities as ent_section

    page = ("今日仙居　　2022年3月7日　星期一\n第1版　要闻\n责任编辑：陈海燕　校对：李芳\n\n"  # an invented 今日仙居 page
            "横溪镇永安溪绿道三期开工\n本报讯（记者 陈立军 通讯员 朱海波）3月6日，横溪镇永安溪绿道三期工程开工，"
            "县委副书记应晓明到现场调研，要求确保项目早日建成投用。村党支部书记王素芬说，绿道修好后游客会更多。\n")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2022-03-07_p1.txt").write_text(page, encoding="utf-8")
    corpus = read_corpus(pages)
    monkeypatch.setattr(build, "SECTIONS", [("places", "Places", ent_section.entity_tables)])
    out = tmp_path / "out"
    build.write_report(corpus, out, progress=False, cache_dir=False)
    people = pd.read_csv(out / "people.csv", encoding="utf-8-sig")
    newsroom = pd.read_csv(out / "newsroom.csv", encoding="utf-8-sig")
    assert "王素芬" in set(people["name"])  # (县委副书记应晓明 is not found by the recogniser at all)
    assert not {"陈立军", "朱海波", "陈海燕", "李芳"} & set(people["name"])
    assert {"陈立军", "朱海波"} <= set(newsroom["name"])


def _report_of_pages(tmp_path, monkeypatch, pages: dict, section: tuple):
    """The report of one section on *pages* (file name -> text) written to a folder; its output folder."""
    from corpus_tools import read_corpus
    from corpus_tools.report import build

    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(build, "SECTIONS", [section])
    out = tmp_path / "out"
    build.write_report(read_corpus(folder), out, progress=False, cache_dir=False)
    return out


def test_report_sets_two_papers_slogans_side_by_side(tmp_path, monkeypatch):
    """user20 #4: two papers in one corpus, and the report pooled them (no per-paper view)."""
    from corpus_tools.report import slogans

    pages = {"2021-06-14_p1.txt": "今日仙居　　2021年6月14日　星期一\n\n田市镇推进“共同富裕”\n"
                                  "　　田市镇以“两个确立”统领全局，扎实推动共同富裕，全面推进乡村振兴。\n",
             "2023-06-08_p1.txt": "第01版　蓬溪报　要闻　2023年6月8日　星期四\n\n天福镇推进乡村振兴\n"
                                  "　　天福镇深刻领悟“两个确立”的决定性意义，全面推进乡村振兴。\n"}
    out = _report_of_pages(tmp_path, monkeypatch, pages, ("slogans", "Slogans", slogans.slogans))
    by_paper = pd.read_csv(out / "slogans_by_paper.csv", encoding="utf-8-sig").set_index(["text", "paper"])
    assert by_paper.loc[("乡村振兴", "今日仙居"), "first"] == "2021-06-14"
    assert by_paper.loc[("乡村振兴", "蓬溪报"), "first"] == "2023-06-08"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h3>Per paper</h3>" in page and "蓬溪报: count" in page and "今日仙居: first" in page


def test_a_time_axis_of_three_and_a_half_years_draws_without_matplotlib_warnings(tmp_path):
    """user22 #10: every report printed 'AutoDateLocator was unable to pick an appropriate interval'
    twice for pages of 2021-03 to 2024-10."""
    import warnings

    from corpus_tools import read_corpus
    from corpus_tools.report.dates import group_dates, plot_over_time

    page = "弥渡县召开烤烟生产会\n本报讯 近日，弥渡县召开烤烟生产推进会。\n"
    dates = ["2021-03-14", "2022-05-26", "2023-08-03", "2024-10-07"]
    corpus = read_corpus(pd.DataFrame({"text": [page] * 4, "date": dates}))
    ids = [i.id for i in corpus.issues]
    df = pd.DataFrame({"烤烟": [1.0, 2.0, 3.0, 4.0]}, index=ids)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot_over_time(df, group_dates(corpus, ids, "issue"), ylabel="n")
        fig.savefig(tmp_path / "t.png")
    assert fig.axes[0].get_xticklabels()


def test_report_places_carry_their_township_and_a_table_per_year(tmp_path, monkeypatch):
    """user22 #6: mentions per township and village per year were in Python only, and a village row
    had no township (a 弥渡报 of two years, as its paper would print it)."""
    from corpus_tools import read_corpus
    from corpus_tools.report import build
    from corpus_tools.report import entities as ent_section

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2023-09-12_p2.txt").write_text(
        "弥渡报\n\n烤烟交售忙\n　　本报讯 新街镇罗荡村的烤烟收购点，烟农排队交售。董和村烟农李学文说，今年烟叶品质好。\n",
        encoding="utf-8")
    (pages / "2024-09-10_p2.txt").write_text(
        "弥渡报\n\n罗荡村修通产业路\n　　本报讯 新街镇罗荡村新修的产业路全线贯通，罗荡村的烤烟运输更方便了。\n",
        encoding="utf-8")
    monkeypatch.setattr(build, "SECTIONS", [("places", "Places", ent_section.entity_tables)])
    out = tmp_path / "out"
    build.write_report(read_corpus(pages), out, progress=False, cache_dir=False)
    places = pd.read_csv(out / "places.csv", encoding="utf-8-sig", dtype={"admin_code": str}).set_index("name")
    assert places.loc["罗荡村", ["admin_code", "township", "county"]].tolist() == ["532925103207", "新街镇", "弥渡县"]
    assert places.loc["新街镇", ["township", "county"]].fillna("").tolist() == ["", "弥渡县"]
    years = pd.read_csv(out / "places_by_year.csv", encoding="utf-8-sig", dtype={"admin_code": str}).set_index("name")
    # 2024: the title's 罗荡村 too (罗荡村修通产业路 is a clause, no road's name: facloc30)
    assert years.loc["罗荡村", ["township", "2023", "2024"]].tolist() == ["新街镇", 1, 3]
    assert years.index[0] == "罗荡村"  # the most named first
    assert "the article that names the row most" in (out / "index.html").read_text(encoding="utf-8")


def test_report_reads_the_place_mentions_once(tmp_path, monkeypatch):
    """Review of user25 (finding 6): the places table and the table per year each ran place_mentions."""
    from corpus_tools import read_corpus
    from corpus_tools.report import build
    from corpus_tools.report import entities as ent_section

    pages = tmp_path / "pages"
    pages.mkdir()
    for day, text in (("2019-04-02", "田市镇李宅村整治村容\n　　本报讯 田市镇李宅村完成村庄整治，李宅村党支部带头拆违。\n"),
                      ("2020-04-07", "李宅村建成文化礼堂\n　　本报讯 田市镇李宅村文化礼堂昨日启用。\n")):
        (pages / f"{day}_p1.txt").write_text(f"今日仙居\n\n{text}", encoding="utf-8")
    calls = []
    real = ent_section.place_mentions
    monkeypatch.setattr(ent_section, "place_mentions", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setattr(build, "SECTIONS", [("places", "Places", ent_section.entity_tables)])
    out = tmp_path / "out"
    build.write_report(read_corpus(pages), out, progress=False, cache_dir=False)
    years = pd.read_csv(out / "places_by_year.csv", encoding="utf-8-sig", dtype={"admin_code": str}).set_index("name")
    assert len(calls) == 1 and (out / "places.csv").exists()
    assert years.loc["李宅村", ["2019", "2020"]].tolist() == [3, 2]


def test_report_projects_keep_namesakes_of_two_townships_and_two_papers_apart(tmp_path, monkeypatch):
    """user23 F7: 污水处理厂提标改造项目 of 24 townships was one row with the largest amount under the header
    'investment (亿元)', and neither projects.csv nor project_investments.csv said which paper."""
    from corpus_tools.report import entities as ent_section

    pages = {"2021-06-14_p1.txt": "今日仙居　　2021年6月14日　星期一\n\n田市镇污水处理厂提标改造\n"
                                  "　　本报讯 田市镇投资8000万元的污水处理厂提标改造项目完成主体工程。\n",
             "2023-06-08_p1.txt": "第01版　蓬溪报　要闻　2023年6月8日　星期四\n\n鸣凤镇污水处理厂提标改造\n"
                                  "　　本报讯 鸣凤镇投资1.2亿元的污水处理厂提标改造项目开工建设。\n"}
    out = _report_of_pages(tmp_path, monkeypatch, pages, ("places", "Places", ent_section.entity_tables))
    projects = pd.read_csv(out / "projects.csv", encoding="utf-8-sig")
    got = projects[["paper", "name", "place", "largest amount (亿元)"]].values.tolist()
    assert sorted(got) == [["今日仙居", "污水处理厂提标改造项目", "田市镇", 0.8],
                           ["蓬溪报", "污水处理厂提标改造项目", "鸣凤镇", 1.2]]
    invest = pd.read_csv(out / "project_investments.csv", encoding="utf-8-sig")
    assert sorted(invest["paper"]) == ["今日仙居", "蓬溪报"]


def test_keyword_trends_csv_gives_the_slogan_unit_too(seeds_report):
    """user25: trends per 10,000 words beside slogan rates per 10,000 characters; the CSV gives both units."""
    out, _, _ = seeds_report
    trends = pd.read_csv(out / "keyword_trends.csv", encoding="utf-8-sig", dtype={"date": str})
    for term in TERMS:
        assert f"{term} /10k chars" in trends.columns
        words, chars = trends[term].fillna(0), trends[f"{term} /10k chars"].fillna(0)
        assert ((words > 0) == (chars > 0)).all() and (chars <= words).all()  # a word holds one or more characters
    assert "per 10,000 characters" in (out / "index.html").read_text(encoding="utf-8")
