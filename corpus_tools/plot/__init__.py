"""matplotlib helpers that render Chinese: trends, keywords, topics over time, dispersion, networks.

Every function takes ``ax=None`` (a new figure when None), returns the Axes it drew on and
never calls ``plt.show()``. Chinese text needs a CJK font: :func:`cjk_font` finds an
installed one (Noto Sans/Serif CJK, Source Han, WenQuanYi, SimHei, PingFang, Microsoft
YaHei …) and, when there is none, registers the font shipped in the package
(:func:`bundled_font_path`, a subset of Noto Sans CJK SC under the SIL Open Font License).

Modules: ``fonts`` (the CJK font and the helpers :func:`cjk_text`, :func:`new_axes`,
:func:`finish_axes` that plot functions elsewhere in the library draw with too), ``charts``
(trends, keywords, topics, dispersion) and ``network`` (co-occurrence networks and label
placement); every name is importable from ``corpus_tools.plot``.
"""

from corpus_tools.plot.charts import plot_dispersion, plot_keywords, plot_topics_over_time, plot_trends
from corpus_tools.plot.fonts import (BUNDLED_FAMILY, CJK_FAMILIES, bundled_font_path, cjk_font, cjk_text,
                                     finish_axes, new_axes)
from corpus_tools.plot.network import LABEL_COLOURS, network_layout, plot_cooccurrence_network, separate_labels

__all__ = ["cjk_font", "bundled_font_path", "cjk_text", "new_axes", "finish_axes",
           "plot_trends", "plot_keywords", "plot_topics_over_time", "plot_dispersion",
           "network_layout", "plot_cooccurrence_network", "separate_labels",
           "BUNDLED_FAMILY", "CJK_FAMILIES", "LABEL_COLOURS"]
