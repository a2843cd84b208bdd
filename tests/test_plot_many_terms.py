"""plot_trends with more than ten terms: distinct styles, the legend beside the axes (user35 F13)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402

from corpus_tools import plot as ctplot  # noqa: E402


def test_sixteen_terms_get_sixteen_colours_and_the_legend_outside():
    df = pd.DataFrame({f"词{k}": [k, k + 1, k + 2] for k in range(16)}, index=pd.Index(["2019", "2020", "2021"], name="year"))
    ax = ctplot.plot_trends(df)
    lines = [ln for ln in ax.get_lines() if not ln.get_label().startswith("_")]
    assert len({to_rgba(ln.get_color()) for ln in lines}) == 16
    assert {ln.get_linestyle() for ln in lines[10:]} != {lines[0].get_linestyle()}
    fig = ax.figure
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    assert ax.get_legend().get_window_extent(renderer).x0 >= ax.get_window_extent(renderer).x1 - 1
    plt.close("all")


def test_few_terms_keep_the_legend_inside():
    df = pd.DataFrame({"甲": [1, 2], "乙": [2, 1]}, index=["2019", "2020"])
    ax = ctplot.plot_trends(df)
    fig = ax.figure
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    assert ax.get_legend().get_window_extent(renderer).x1 <= ax.get_window_extent(renderer).x1 + 1
    plt.close("all")


def test_thin_periods_marked_hollow_do_not_shift_the_colours_of_later_terms():
    # user37b F5: the hollow markers of thin periods took the next colour of the cycle, so eight terms
    # of a keyword_trends table (with its period sizes) were drawn in five colours
    df = pd.DataFrame({f"词{k}": [k, k + 1, k + 3] for k in range(8)}, index=pd.Index(["2019", "2020", "2021"], name="year"))
    df.attrs["period_sizes"] = {"issues": {"2019": 1, "2020": 9, "2021": 9}, "articles": {"2019": 3, "2020": 40, "2021": 40}}
    ax = ctplot.plot_trends(df)
    lines = [ln for ln in ax.get_lines() if not ln.get_label().startswith("_")]
    assert len(lines) == 8
    assert len({to_rgba(ln.get_color()) for ln in lines}) == 8
    hollow = [ln for ln in ax.get_lines() if ln.get_label().startswith("_") and ln.get_linestyle() == "None"]
    assert hollow, "the thin period should be marked"
    assert {to_rgba(h.get_markeredgecolor()) for h in hollow} <= {to_rgba(ln.get_color()) for ln in lines}
    plt.close("all")
