"""The slogan timeline's legend stands outside the rows (user31 F8)."""

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402

from corpus_tools.slogans.plot import plot_slogan_timeline  # noqa: E402


def test_legend_right_of_the_axes():
    df = pd.DataFrame({"text": ["五城同创", "三高四新", "一件事一次办", "党建+网格"],
                       "kind": ["numbered", "numbered", "quoted", "quoted"],
                       "first_date": pd.to_datetime(["2010-01-01", "2020-10-01", "2019-05-01", "2016-01-01"]),
                       "last_date": pd.to_datetime(["2024-01-01"] * 4), "count": [5, 9, 4, 3]})
    ax = plot_slogan_timeline(df)
    ax.figure.canvas.draw()
    assert ax.get_legend().get_window_extent().x0 >= ax.get_window_extent().x1
