"""Tests for corpus_tools.plot: every helper returns Axes and renders Chinese without missing glyphs."""

from __future__ import annotations

import io
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from corpus_tools import plot as ctplot  # noqa: E402
from corpus_tools.plot import fonts as ctfonts  # noqa: E402
from corpus_tools.loaders import load_seeds, seeds_path  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def font():
    name = ctplot.cjk_font(warn=False)
    if name is None:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    return name


def _render(ax) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.savefig(io.BytesIO(), format="png", dpi=40)
    return [str(w.message) for w in caught if "Glyph" in str(w.message)]


def _trends():
    return pd.DataFrame({"乡村振兴": [2, 1, 11], "古城": [6, 25, 3]},
                        index=pd.Index(["2022-12", "2023-01", "2023-12"], name="月份"))


def _keywords():
    return pd.DataFrame({"group": ["甲", "甲", "乙"], "term": ["乡村振兴", "古城", "党建"],
                         "score": [0.5, 0.3, 0.2], "rank": [1, 2, 1], "tf": [3, 2, 1], "df": [2, 1, 1]})


def test_plot_trends(font):
    ax = ctplot.plot_trends(_trends(), title="关键词趋势")
    assert isinstance(ax, Axes)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["乡村振兴", "古城"]
    assert _render(ax) == []


def test_plot_trends_keeps_identical_series_visible_and_labels_counts(font):
    df = pd.DataFrame({"乡村振兴": [2, 1, 3], "两个维护": [2, 1, 3], "古城": [0, 4, 1]},
                      index=pd.Index(["2022", "2023", "2024"], name="year"))
    df.attrs["normalize"] = "count"
    ax = ctplot.plot_trends(df)
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    a, b = lines["乡村振兴"], lines["两个维护"]
    assert list(a.get_xdata()) != list(b.get_xdata())           # side by side, not one over the other
    assert (a.get_linestyle(), a.get_marker()) != (b.get_linestyle(), b.get_marker())
    assert list(lines["古城"].get_xdata()) == [0, 1, 2]           # a series of its own stays in place
    assert ax.get_ylabel() == "count"
    rates = df.astype(float)
    rates.attrs["normalize"] = "per_10k"
    assert ctplot.plot_trends(rates).get_ylabel() == "occurrences per 10,000 words"
    assert ctplot.plot_trends(rates, ylabel="每万词").get_ylabel() == "每万词"


def test_plot_keywords_single_and_grid(font):
    ax = ctplot.plot_keywords(_keywords(), group="甲")
    assert isinstance(ax, Axes)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["古城", "乡村振兴"]
    assert _render(ax) == []
    axes = ctplot.plot_keywords(_keywords())
    assert axes.shape == (1, 2) and _render(axes[0, 0]) == []
    _, given = plt.subplots()
    with pytest.raises(ValueError, match="group="):
        ctplot.plot_keywords(_keywords(), ax=given)


def test_plot_topics_over_time(font):
    df = pd.DataFrame({0: [0.7, 0.2], 1: [0.3, 0.8]}, index=pd.Index(["2022", "2023"], name="年"))
    _, given = plt.subplots()
    ax = ctplot.plot_topics_over_time(df, labels={0: "古城·保护", 1: "乡村·振兴"}, ax=given)
    assert ax is given
    assert _render(ax) == []
    assert isinstance(ctplot.plot_topics_over_time(df, kind="line"), Axes)


def test_plot_dispersion(font):
    seeds = load_seeds()
    ax = ctplot.plot_dispersion(seeds, ["乡村振兴", "古城"])
    n_hits = [len(line.get_xdata()) for line in ax.lines if line.get_linestyle() == "None"]
    assert n_hits == [sum(a.text.count(t) for a in seeds.articles) for t in ["乡村振兴", "古城"]]
    assert _render(ax) == []


def test_control_without_our_font_setting_shows_missing_glyphs(font):
    # guards the check above: with matplotlib's default font the same text does warn
    with matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        fig, ax = plt.subplots()
        ax.set_title("乡村振兴")
    assert _render(ax)


def test_warns_once_with_the_fix_when_no_font(monkeypatch):
    monkeypatch.setattr(ctfonts, "_state", {"font": None, "searched": True, "warned": False})
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        assert ctplot.cjk_font() is None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert ctplot.cjk_font() is None
        ax = ctplot.plot_trends(_trends())  # still draws, just without CJK glyphs
    assert isinstance(ax, Axes)
    assert not [w for w in caught if "no CJK font" in str(w.message)]  # warned once only


@pytest.fixture
def bundled_only(monkeypatch):
    """What a machine without CJK fonts sees: installed fonts are not looked at."""
    monkeypatch.setattr(ctfonts, "_state", {"font": None, "searched": False, "warned": False})
    monkeypatch.setattr(ctfonts, "_find_font", lambda: None)
    return ctplot.cjk_font()


def test_bundled_font_is_shipped_with_its_licence():
    from fontTools.ttLib import TTFont

    path = ctplot.bundled_font_path()
    assert path.is_file() and 1e6 < path.stat().st_size < 6e6
    assert "SIL OPEN FONT LICENSE Version 1.1" in (path.parent / "LICENSE_OFL.txt").read_text(encoding="utf-8")
    font = TTFont(path)
    assert font["name"].getDebugName(1) == ctplot.BUNDLED_FAMILY
    cmap = font.getBestCmap()
    gb2312 = {bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xF8) for lo in range(0xA1, 0xFF)
              if (hi, lo) not in {(0xD7, x) for x in range(0xFA, 0xFF)}}
    assert len(gb2312) == 6763 and all(ord(c) in cmap for c in gb2312)  # every GB2312 hanzi
    seeds = {c for p in sorted(seeds_path().glob("*.txt")) for c in p.read_text(encoding="utf-8") if not c.isspace() and c.isprintable()}
    assert sorted(c for c in seeds if ord(c) not in cmap) == []       # every character of the seeds
    assert all(ord(c) in cmap for c in "，。、；：？！“”‘’（）《》【】—…·")


def test_bundled_font_renders_every_plot_without_missing_glyphs(bundled_only):
    assert bundled_only == ctplot.BUNDLED_FAMILY
    from matplotlib import font_manager

    assert any(f.name == ctplot.BUNDLED_FAMILY for f in font_manager.fontManager.ttflist)
    axes = [ctplot.plot_trends(_trends(), title="关键词趋势"), ctplot.plot_keywords(_keywords(), group="甲"),
            ctplot.plot_topics_over_time(pd.DataFrame({0: [0.7, 0.2], 1: [0.3, 0.8]}, index=["二〇二二", "2023"]),
                                         labels={0: "古城·保护", 1: "乡村·振兴"}),
            ctplot.plot_dispersion(load_seeds(), ["乡村振兴", "古城"]),
            ctplot.plot_cooccurrence_network(_edges())]
    for ax in axes:
        assert _render(ax) == []
        texts = [ax.title, *ax.get_xticklabels(), *ax.get_yticklabels(), *ax.texts]
        assert any(ctplot.BUNDLED_FAMILY in t.get_fontfamily() for t in texts if t.get_text())


def test_bundled_font_is_not_registered_at_import():
    import subprocess
    import sys

    code = ("import corpus_tools.plot, matplotlib.font_manager as fm; "
            "print(any('CorpusTools' in f.fname for f in fm.fontManager.ttflist))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_never_calls_show(font, monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show() was called"))
    ctplot.plot_trends(_trends())
    ctplot.plot_keywords(_keywords())


def _edges():
    return pd.DataFrame({"source": ["岳壁乡", "岳壁乡", "梁村", "襄垣乡"],
                         "target": ["梁村", "郝洞村", "郝洞村", "桃城村"],
                         "weight": [3, 1, 1, 2],
                         "source_label": ["TOWNSHIP", "TOWNSHIP", "VILLAGE", "TOWNSHIP"],
                         "target_label": ["VILLAGE", "VILLAGE", "VILLAGE", "VILLAGE"]})


def test_network_layout_is_deterministic_and_separates_components():
    pos = ctplot.network_layout(_edges())
    assert set(pos) == {"岳壁乡", "梁村", "郝洞村", "襄垣乡", "桃城村"}
    assert pos == ctplot.network_layout(_edges().iloc[::-1].reset_index(drop=True))  # row order free
    assert all(-1.0 <= c <= 1.0 for xy in pos.values() for c in xy)
    dist = {(a, b): ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
            for a in pos for b in pos if a != b}
    assert min(dist.values()) > 0.05                       # no two nodes on top of each other
    assert dist[("襄垣乡", "桃城村")] < dist[("襄垣乡", "岳壁乡")]  # neighbours sit closer than strangers
    assert ctplot.network_layout(_edges().head(0)) == {}


def test_plot_cooccurrence_network(font):
    ax = ctplot.plot_cooccurrence_network(_edges(), top_n=2)
    assert isinstance(ax, Axes)
    assert sorted(t.get_text() for t in ax.texts) == ["岳壁乡", "桃城村", "梁村", "襄垣乡"]  # top 2 edges
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["TOWNSHIP", "VILLAGE"]
    widths = sorted(line.get_linewidth() for line in ax.lines)
    assert len(widths) == 2 and widths[-1] > widths[0]    # the heaviest edge is the widest
    assert _render(ax) == []


def test_plot_cooccurrence_network_given_ax_and_pos(font):
    _, given = plt.subplots()
    pos = {v: (i, -i) for i, v in enumerate(["岳壁乡", "梁村", "郝洞村", "襄垣乡", "桃城村"])}
    ax = ctplot.plot_cooccurrence_network(_edges()[["source", "target"]], ax=given, pos=pos)
    assert ax is given and ax.get_legend() is None
    assert {t.xy for t in ax.texts} == set(pos.values())  # labels at their nodes (or moved, with a leader line)
    with pytest.raises(ValueError, match="no position"):
        ctplot.plot_cooccurrence_network(_edges(), pos={"岳壁乡": (0, 0)})
    with pytest.raises(ValueError, match="top_n"):
        ctplot.plot_cooccurrence_network(_edges(), top_n=0)
    with pytest.raises(ValueError, match="source"):
        ctplot.plot_cooccurrence_network(pd.DataFrame({"a": [1]}))


def test_network_layout_stands_paths_upright():
    # labels run horizontally, so a chain of names is laid out vertically to keep them apart
    path = pd.DataFrame({"source": ["东八支桥新建工程", "水毁抢修恢复工程"],
                         "target": ["水毁抢修恢复工程", "昌源庄至武家山养护工程"], "weight": [1, 1]})
    pos = ctplot.network_layout(path)
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    assert max(xs) - min(xs) < 0.1 * (max(ys) - min(ys))


def _overlapping(ax) -> list[tuple[str, str]]:
    from matplotlib.text import Text

    ax.figure.canvas.draw()
    # the label's own box (an Annotation's extent also covers its leader line)
    boxes = [(t.get_text(), Text.get_window_extent(t)) for t in ax.texts if t.get_text()]
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1:] if ba.overlaps(bb)]


def test_network_labels_do_not_overlap_on_the_seed_network(font):
    # the network of notebook 02: places and projects named in the same sentence
    import corpus_tools as ct

    places = ["TOWNSHIP", "VILLAGE", "COMMUNITY"]
    ents = ct.extract_entities(load_seeds(), progress=False)
    edges = ct.cooccurrence(ents.assign(text=ents["norm"]), unit="sentence", labels=places + ["PROJECT"])
    ax = ctplot.plot_cooccurrence_network(edges, top_n=60)
    assert len(ax.texts) > 20
    assert _overlapping(ax) == []
    assert _render(ax) == []
    # the control: the same labels at their nodes, without separate_labels, do collide
    fig, bare = plt.subplots(figsize=(10, 8))
    pos = ctplot.network_layout(edges.sort_values("weight", ascending=False, kind="stable").head(60))
    for v, (x, y) in pos.items():
        bare.text(x, y, v, fontsize="small", ha="center", va="center", fontfamily=[font, "DejaVu Sans"])
    bare.set_aspect("equal", adjustable="datalim")
    bare.margins(0.08)
    bare.set_xlim(-1.1, 1.1)
    bare.set_ylim(-1.1, 1.1)
    assert _overlapping(bare), "control: without label placement some labels overlap"


def _imported_modules(path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_plot_layer_does_not_import_the_report_and_dates_sit_below_both():
    from pathlib import Path

    import corpus_tools

    pkg = Path(corpus_tools.__file__).parent
    for path in sorted((pkg / "plot").glob("*.py")):
        up = sorted(m for m in _imported_modules(path) if m.startswith("corpus_tools.report"))
        assert not up, f"{path.name} imports the report layer: {up}"
    below = sorted(m for m in _imported_modules(pkg / "dates.py")
                   if m.startswith(("corpus_tools.plot", "corpus_tools.report")))
    assert not below, f"corpus_tools/dates.py must import neither plot nor report: {below}"
    assert "corpus_tools.dates" in _imported_modules(pkg / "plot" / "charts.py")


def _many_issues(n: int = 400, *, dated: bool = True) -> pd.DataFrame:
    import datetime as dt

    days = [dt.date(2019, 2, 1) + dt.timedelta(days=i) for i in range(n // 4) for _ in range(4)]
    ids = [f"qxxb_{d:%Y%m%d}_{k % 4 + 1:02d}" for k, d in enumerate(days)]
    df = pd.DataFrame({"疫情防控": [k % 7 for k in range(n)], "脱贫攻坚": [k % 3 for k in range(n)]},
                      index=pd.Index(ids, name="issue"))
    if dated:
        df.attrs["dates"] = days
    return df


@pytest.mark.parametrize("dated", [True, False])
def test_many_issues_keep_a_figure_width_and_at_most_twenty_labels(font, dated):
    df = _many_issues(dated=dated)
    for ax in (ctplot.plot_trends(df), ctplot.plot_topics_over_time(df)):
        assert ax.figure.get_size_inches()[0] <= ctplot.charts.MAX_WIDTH + 3.0
        labels = [t.get_text() for t in ax.get_xticklabels()]
        assert 3 <= len(labels) <= ctplot.charts.MAX_TICK_LABELS
        if dated:   # a date axis: labels are dates (months here), not issue ids
            assert all(not t.startswith("qxxb") for t in labels) and labels[0][:4] == "2019"
        else:
            assert set(labels) <= set(df.index)


def test_few_rows_keep_every_label(font):
    ax = ctplot.plot_trends(_trends())
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2022-12", "2023-01", "2023-12"]


def test_plot_dispersion_labels_at_most_twenty_issues(font):
    from corpus_tools import read_corpus

    page = "平遥新闻\n古城迎来冬季游客\n本报讯 近日，平遥古城迎来一批冬季游客，乡村振兴。\n"
    corpus = read_corpus(pd.DataFrame({"text": [page] * 60,
                                       "date": [f"2023-{1 + k // 28:02d}-{1 + k % 28:02d}" for k in range(60)]}))
    ax = ctplot.plot_dispersion(corpus, ["乡村振兴"])
    assert 1 <= len(ax.texts) <= ctplot.charts.MAX_TICK_LABELS


def test_plot_trends_draws_a_year_without_pages_as_a_gap(font):
    # user24 F6: 2001 -> 2003 was one step and a year without pages looked like 0 mentions
    df = pd.DataFrame({"三个代表": [2, 3, 1]}, index=pd.Index(["2000", "2001", "2003"], name="year"))
    ax = ctplot.plot_trends(df)
    ys = ax.get_lines()[0].get_ydata()
    assert len(ys) == 4 and ys[2] != ys[2]          # NaN: no point, the line breaks
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2000", "2001", "2002", "2003"]
    assert "no pages in 2002" in ax.get_xlabel()


def test_twelve_topics_get_twelve_colours_and_the_legend_beside_the_axes() -> None:
    from matplotlib.colors import to_rgba

    df = pd.DataFrame({k: [0.1 + 0.01 * k, 0.2] for k in range(12)}, index=["2023", "2024"])
    ax = ctplot.plot_topics_over_time(df, kind="line")
    colours = {to_rgba(line.get_color()) for line in ax.get_lines()}
    assert len(colours) == 12
    ax2 = ctplot.plot_topics_over_time(df)
    assert len({tuple(p.get_facecolor()[0]) for p in ax2.collections}) == 12
    plt.close("all")


def test_report_time_axis_draws_many_series_in_distinct_colours() -> None:
    from matplotlib.colors import to_rgba

    from corpus_tools.report.dates import plot_over_time

    idx = pd.Index(["2004", "2014", "2024"], name="year")
    df = pd.DataFrame({k: [0.1, 0.2 + 0.01 * k, 0.3] for k in range(12)}, index=idx)
    dates = pd.DataFrame({"date": pd.to_datetime(["2004-07-01", "2014-07-01", "2024-07-01"]),
                          "lo": pd.NaT, "hi": pd.NaT, "label": ["2004", "2014", "2024"]}, index=idx)
    fig = plot_over_time(df, dates, ylabel="share", by="year")
    ax = fig.axes[0]
    lines = [ln for ln in ax.get_lines() if ln.get_label() and not ln.get_label().startswith("_")]
    assert len({to_rgba(ln.get_color()) for ln in lines}) == 12
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    legend = ax.get_legend()
    assert len(legend.get_texts()) == 12
    # beside the axes, not over the lines (user29b F8)
    assert legend.get_window_extent(renderer).x0 >= ax.get_window_extent(renderer).x1 - 1
