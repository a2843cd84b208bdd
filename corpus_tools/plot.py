"""matplotlib helpers that render Chinese: trends, keywords, topics over time, dispersion, networks.

Every function takes ``ax=None`` (a new figure when None), returns the Axes it drew on and
never calls ``plt.show()``. Chinese text needs a CJK font: :func:`cjk_font` finds an
installed one (Noto Sans/Serif CJK, Source Han, WenQuanYi, SimHei, PingFang, Microsoft
YaHei …) and, when there is none, registers the font shipped in the package
(:func:`bundled_font_path`, a subset of Noto Sans CJK SC under the SIL Open Font License).

Plot functions elsewhere in the library draw with the same three helpers:
:func:`cjk_text` (a context in which new text uses the CJK font), :func:`new_axes` and
:func:`finish_axes`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpus_tools.text import normalize_text

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from corpus_tools.corpus import Corpus

__all__ = ["cjk_font", "bundled_font_path", "cjk_text", "new_axes", "finish_axes",
           "plot_trends", "plot_keywords", "plot_topics_over_time", "plot_dispersion",
           "network_layout", "plot_cooccurrence_network", "separate_labels"]

#: Font families tried in order.
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR",
    "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Source Han Sans",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC",
    "Heiti SC", "STHeiti", "Hiragino Sans GB", "Noto Sans SC", "AR PL UMing CN", "Droid Sans Fallback",
)
_FILE_HINT = re.compile(r"(noto.*cjk|sourcehan|wqy|wenquanyi|simhei|msyh|pingfang|droidsansfallback|"
                        r"uming|ukai|notosanssc|hiragino)", re.I)
_FIX = ("no CJK font found and the font shipped with corpus_tools is missing, so Chinese text will "
        "show as boxes. Reinstall corpus_tools, or install a CJK font, e.g. "
        "`sudo apt-get install fonts-noto-cjk` (Debian/Ubuntu), `brew install --cask font-noto-sans-cjk` "
        "(macOS), or add one with matplotlib.font_manager.fontManager.addfont(path)")
#: Family name of the font shipped in ``corpus_tools/data/fonts`` (built by training/fonts/subset_font.py).
BUNDLED_FAMILY = "Corpus Tools Sans SC"
_BUNDLED_FILE = "CorpusToolsSansSC-Regular.otf"
_state: dict[str, Any] = {"font": None, "searched": False, "warned": False}


def bundled_font_path() -> Path:
    """Path of the CJK font shipped with the package (an OpenType subset of Noto Sans CJK SC).

    It holds all of GB2312, the common GBK characters of modern Chinese news, CJK punctuation
    and every character of the bundled gazetteer; its licence (SIL OFL 1.1) lies beside it.

    Examples
    --------
    >>> bundled_font_path().name
    'CorpusToolsSansSC-Regular.otf'
    """
    return Path(__file__).resolve().parent / "data" / "fonts" / _BUNDLED_FILE


def cjk_font(*, warn: bool = True, system: bool = True) -> str | None:
    """The family name of a CJK font matplotlib can use: an installed one, else the bundled one.

    Installed fonts come first (they cover more characters); fonts installed after matplotlib
    built its font cache are found too. Without any, the font shipped with the package
    (:func:`bundled_font_path`) is registered with matplotlib's font manager, on first call
    only. None (with one warning naming the fix) only when that file is missing too.

    Parameters
    ----------
    warn : bool, default True
        Warn (once) when no CJK font at all is available.
    system : bool, default True
        Look for installed fonts first; ``False`` uses the bundled font straight away (what a
        machine without CJK fonts sees).

    Examples
    --------
    >>> name = cjk_font(warn=False)
    >>> isinstance(name, str)
    True
    """
    if not _state["searched"] or (not system and _state["font"] != BUNDLED_FAMILY):
        _state["font"] = (_find_font() if system else None) or _bundled_font()
        _state["searched"] = True
    if _state["font"] is None and warn and not _state["warned"]:
        _state["warned"] = True
        warnings.warn(_FIX, UserWarning, stacklevel=2)
    return _state["font"]


def _bundled_font() -> str | None:
    from matplotlib import font_manager

    path = bundled_font_path()
    if not path.is_file():
        return None
    if not any(Path(f.fname) == path for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(path))
    return BUNDLED_FAMILY


def _find_font() -> str | None:
    from matplotlib import font_manager

    def lookup() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((fam for fam in CJK_FAMILIES if fam in names), None)

    found = lookup()
    if found:
        return found
    for path in font_manager.findSystemFonts():
        if _FILE_HINT.search(path.replace(" ", "").replace("-", "")):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    return lookup()


@contextmanager
def cjk_text() -> Iterator[list[str] | None]:
    """Text created inside uses the CJK font first, then the default sans-serif fonts.

    Yields the font families in use (None when there is no CJK font); pass them to
    :func:`finish_axes`, which also sets the fonts of text matplotlib makes at draw time.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> with cjk_text() as families:
    ...     ax = new_axes(None, (3, 2))
    ...     _ = ax.set_title("乡村振兴")
    >>> finish_axes(ax, families) is ax
    True
    """
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font is None:
        yield None
        return
    # only installed families: matplotlib logs a line for every missing one it tries
    families = [font, "DejaVu Sans"]
    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": families,
                         "axes.unicode_minus": False}):
        yield families


def new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """*ax* itself, or the Axes of a new pyplot figure of *figsize* inches when *ax* is None."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


def finish_axes(ax: Axes, families: list[str] | None, *, created: bool = False) -> Axes:
    """Give tick labels, title, axis labels and legend the CJK *families*; lay out a new figure.

    *families* is what :func:`cjk_text` yielded; *created* says the figure is ours (made by
    :func:`new_axes`), so :meth:`~matplotlib.figure.Figure.tight_layout` may change it.
    """
    if families:
        # tick labels are made lazily at draw time, outside our rc_context
        ax.tick_params(axis="both", which="both", labelfontfamily=families)
        for text in (ax.title, ax.xaxis.label, ax.yaxis.label):
            text.set_fontfamily(families)
        legend = ax.get_legend()
        if legend is not None:
            for text in legend.get_texts():
                text.set_fontfamily(families)
            legend.get_title().set_fontfamily(families)
    if created:  # our own figure: make room for labels; a caller's figure is theirs to lay out
        ax.figure.tight_layout()
    return ax


def plot_trends(df: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None,
                marker: str = "o") -> Axes:
    """Line chart of :func:`corpus_tools.keyword_trends` output, one line per term.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> df = pd.DataFrame({"乡村振兴": [1, 3, 2]}, index=pd.Index(["2022", "2023", "2024"], name="year"))
    >>> ax = plot_trends(df)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['乡村振兴']
    """
    if not isinstance(df, pd.DataFrame) or df.shape[1] == 0:
        raise ValueError("df must be a keyword_trends DataFrame with at least one term column")
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (max(6.0, 0.6 * len(df)), 4.0))
        x = np.arange(len(df))
        for term in df.columns:
            ax.plot(x, df[term].to_numpy(dtype=float), marker=marker, label=str(term))
        ax.set_xticks(x, [str(v) for v in df.index], rotation=30 if len(df) > 6 else 0, ha="right"
                      if len(df) > 6 else "center")
        ax.set_xlabel(df.index.name or "")
        ax.set_ylabel("frequency")
        ax.legend(title=df.columns.name)
        if title:
            ax.set_title(title)
    return finish_axes(ax, fam, created=created)


def plot_keywords(df: pd.DataFrame, *, group: str | None = None, top_n: int = 10,
                  ax: Axes | None = None, color: str = "C0") -> Axes | np.ndarray:
    """Horizontal bar chart of :func:`corpus_tools.keywords` scores.

    With *group* (or a single group in *df*) draws one chart and returns its Axes; with
    several groups and ``ax=None`` draws small multiples and returns the array of Axes.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> kw = pd.DataFrame({"group": ["a", "a"], "term": ["乡村振兴", "古城"], "score": [0.5, 0.3],
    ...                    "rank": [1, 2], "tf": [3, 2], "df": [2, 1]})
    >>> [t.get_text() for t in plot_keywords(kw).get_yticklabels()]
    ['古城', '乡村振兴']
    """
    need = {"group", "term", "score"}
    if not isinstance(df, pd.DataFrame) or not need <= set(df.columns):
        raise ValueError(f"df must be a keywords() DataFrame with columns {sorted(need)}")
    groups = list(dict.fromkeys(df["group"]))
    if group is not None:
        if group not in groups:
            raise ValueError(f"group {group!r} is not in df; groups are {groups[:10]}{' …' if len(groups) > 10 else ''}")
        groups = [group]
    if len(groups) > 1 and ax is not None:
        raise ValueError(f"df has {len(groups)} groups; pick one with group= to draw on a given ax")
    if len(groups) > 1:
        import matplotlib.pyplot as plt

        ncols = min(3, len(groups))
        nrows = -(-len(groups) // ncols)
        with cjk_text():
            fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 0.35 * top_n * nrows + 1), squeeze=False)
        for a, g in zip(axes.ravel(), groups):
            plot_keywords(df, group=g, top_n=top_n, ax=a, color=color)
        for a in axes.ravel()[len(groups):]:
            a.set_visible(False)
        fig.tight_layout()
        return axes
    sub = df[df["group"] == groups[0]].nlargest(top_n, "score").iloc[::-1]
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (5.0, 0.35 * len(sub) + 1))
        ax.barh(np.arange(len(sub)), sub["score"].to_numpy(dtype=float), color=color)
        ax.set_yticks(np.arange(len(sub)), [str(t) for t in sub["term"]])
        ax.set_title(str(groups[0]))
        ax.set_xlabel("score")
    return finish_axes(ax, fam, created=created)


def plot_topics_over_time(df: pd.DataFrame, *, labels: Mapping[int, str] | None = None,
                          kind: str = "area", ax: Axes | None = None) -> Axes:
    """Stacked area (or lines) of :meth:`corpus_tools.TopicModel.topics_over_time`.

    Parameters
    ----------
    df : pandas.DataFrame
        Periods as rows, topics as columns.
    labels : mapping, optional
        Topic -> legend label, e.g. ``model.labels()``.
    kind : {"area", "line"}
    ax : matplotlib Axes, optional

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> df = pd.DataFrame({0: [0.7, 0.2], 1: [0.3, 0.8]}, index=["2022", "2023"])
    >>> ax = plot_topics_over_time(df, labels={0: "古城·保护", 1: "乡村·振兴"})
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['古城·保护', '乡村·振兴']
    """
    if kind not in ("area", "line"):
        raise ValueError(f"`kind` value = {kind!r} is invalid; value must be one of ['area', 'line']")
    if not isinstance(df, pd.DataFrame) or df.shape[1] == 0:
        raise ValueError("df must be a topics_over_time() DataFrame")
    labels = dict(labels or {})
    names = [labels.get(c, str(c)) for c in df.columns]
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (max(6.0, 0.6 * len(df)) + 3.0, 4.0))  # + room for the legend outside
        x = np.arange(len(df))
        values = df.fillna(0).to_numpy(dtype=float).T
        if kind == "area":
            ax.stackplot(x, values, labels=names, alpha=0.85)
            ax.set_ylim(0, max(1.0, float(values.sum(axis=0).max()) if values.size else 1.0))
        else:
            for row, name in zip(values, names):
                ax.plot(x, row, marker="o", label=name)
        ax.set_xticks(x, [str(v) for v in df.index], rotation=30 if len(df) > 6 else 0)
        ax.set_xlabel(df.index.name or "")
        ax.set_ylabel("topic share")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    return finish_axes(ax, fam, created=created)


def plot_dispersion(corpus: Corpus, terms: str | Iterable[str], *, ax: Axes | None = None) -> Axes:
    """Where each term occurs along the corpus: one row per term, one tick per occurrence.

    The x axis is the character position in the concatenated article texts (issues in
    corpus order); dotted lines mark issue boundaries, labelled with the issue's date as
    precisely as it is known (``2024``, ``2023-12``; ``undated · 004`` with the file stem).

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from corpus_tools import load_seeds
    >>> ax = plot_dispersion(load_seeds(), ["乡村振兴", "古城"])
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['乡村振兴', '古城']
    """
    if isinstance(terms, str):
        terms = [terms]
    terms = [normalize_text(t) for t in terms]
    if not terms or any(not t for t in terms):
        raise ValueError("terms must hold at least one non-empty string")
    from corpus_tools.report.dates import issue_labels  # dates to their precision (2024, 2023-12)

    labels = issue_labels(corpus)
    offset = 0
    hits: dict[str, list[int]] = {t: [] for t in terms}
    bounds: list[tuple[int, str]] = []
    for issue in corpus.issues:
        bounds.append((offset, labels[issue.id]))
        for art in issue.articles:
            text = normalize_text(art.text)
            for t in terms:
                start = text.find(t)
                while start >= 0:
                    hits[t].append(offset + start)
                    start = text.find(t, start + len(t))
            offset += len(text) + 1
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (9.0, 0.5 * len(terms) + 2.0))
        for row, t in enumerate(terms):
            ax.plot(hits[t], [row] * len(hits[t]), "|", markersize=14, color=f"C{row % 10}")
        ax.set_yticks(np.arange(len(terms)), terms)
        ax.set_ylim(-0.7, len(terms) - 0.3)
        ax.set_xlim(0, max(offset, 1))
        for x, label in bounds:
            ax.axvline(x, color="0.6", linestyle=":", linewidth=0.8)
            ax.text(x, 1.01, f" {label}", transform=ax.get_xaxis_transform(), fontsize="x-small",
                    va="bottom", color="0.4", clip_on=False)
        ax.set_xlabel("position in corpus (characters)")
    return finish_axes(ax, fam, created=created)


#: Node colours of :func:`plot_cooccurrence_network`, the same label always the same colour.
LABEL_COLOURS = {"TOWNSHIP": "C2", "VILLAGE": "C3", "COMMUNITY": "C0", "PROJECT": "C1", "ORG": "C4",
                 "PERSON": "C5", "GPE": "C6", "FAC": "C8", "LOC": "C9"}


def _spring(adj: np.ndarray, iterations: int) -> np.ndarray:
    """Fruchterman–Reingold positions of one connected component, started on a circle."""
    n = len(adj)
    if n == 1:
        return np.zeros((1, 2))
    # start at the top: a pair stands vertically, so its horizontal labels do not collide
    angle = np.pi / 2 + 2 * np.pi * np.arange(n) / n
    pos = np.column_stack([np.cos(angle), np.sin(angle)])
    adj = adj / adj.max()
    k = np.sqrt(1.0 / n)
    step = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        force = k * k / dist ** 2 - adj * dist / k
        disp = np.einsum("ijk,ij->ik", delta, force)
        length = np.maximum(np.linalg.norm(disp, axis=-1), 0.01)
        pos += disp * (step / length)[:, None]
        step = max(step * 0.98, 0.002)
    # turn the long axis upright: labels run horizontally, so a component spread vertically
    # keeps them apart (a path of three names side by side would overlap)
    pos -= pos.mean(axis=0)
    _, vecs = np.linalg.eigh(pos.T @ pos)
    major = vecs[:, -1] * (1.0 if vecs[np.argmax(np.abs(vecs[:, -1])), -1] > 0 else -1.0)
    rot = np.array([[major[1], -major[0]], [major[0], major[1]]])  # maps major onto (0, 1)
    pos = pos @ rot.T
    pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
    # fill the square box: force layouts of tree-like graphs come out long and thin, which
    # crowds their centre; an axis much shorter than the other (a pair) is not stretched
    extent = np.abs(pos).max(axis=0)
    return pos / np.maximum(extent, max(float(extent.max()), 1e-9) * 0.25)


def network_layout(edges: pd.DataFrame, *, iterations: int = 200) -> dict[str, tuple[float, float]]:
    """Deterministic force-directed positions for the nodes of an edge table.

    Each connected component gets a Fruchterman–Reingold layout (as in networkx's
    ``spring_layout``) started from a circle in a fixed node order instead of random
    positions, so the same table always gives the same picture, and stretched to fill a
    square. Components are then packed
    in rows, largest first, each in a box that grows with its number of nodes, so that small
    groups (the entities of one article) do not drift to the edges of the canvas.

    Parameters
    ----------
    edges : DataFrame
        Columns ``source``, ``target`` and optionally ``weight`` (as
        :func:`corpus_tools.cooccurrence` returns).
    iterations : int, default 200

    Returns
    -------
    dict
        Node -> ``(x, y)``, both within [-1, 1].

    Examples
    --------
    >>> edges = pd.DataFrame({"source": ["岳壁乡", "岳壁乡"], "target": ["梁村", "郝洞村"], "weight": [2, 1]})
    >>> pos = network_layout(edges)
    >>> sorted(pos) == ["岳壁乡", "梁村", "郝洞村"] and pos == network_layout(edges)
    True
    """
    if not isinstance(edges, pd.DataFrame) or not {"source", "target"} <= set(edges.columns):
        raise ValueError("edges must be a DataFrame with 'source' and 'target' columns, "
                         "such as cooccurrence() returns")
    if not isinstance(iterations, int) or iterations < 1:
        raise ValueError(f"iterations = {iterations!r} is invalid; must be an int >= 1")
    weight = edges["weight"].astype(float) if "weight" in edges.columns else pd.Series(1.0, index=edges.index)
    pairs = list(zip(edges["source"].astype(str), edges["target"].astype(str), weight))
    degree: dict[str, float] = {}
    parent: dict[str, str] = {}

    def root(v: str) -> str:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for a, b, w in pairs:
        for v in (a, b):
            degree[v] = degree.get(v, 0.0) + w
            parent.setdefault(v, v)
        parent[root(a)] = root(b)
    nodes = sorted(degree, key=lambda v: (-degree[v], v))
    groups: dict[str, list[str]] = {}
    for v in nodes:
        groups.setdefault(root(v), []).append(v)
    components = sorted(groups.values(), key=lambda c: (-len(c), c[0]))
    # shelf packing: a component of n nodes gets a box of side ~ sqrt(n), widened to hold its
    # longest label (about 0.3 units per character at the default figure size)
    sides = [2.0 * np.sqrt(len(c)) for c in components]
    widths = [max(side, 0.32 * max(len(v) for v in c)) for side, c in zip(sides, components)]
    width = max(max(widths, default=1.0), 1.2 * np.sqrt(sum(w * s for w, s in zip(widths, sides))))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp, side, box in zip(components, sides, widths):
        if x > 0 and x + box > width:
            x, y, row_height = 0.0, y - row_height, 0.0
        index = {v: i for i, v in enumerate(comp)}
        adj = np.zeros((len(comp), len(comp)))
        for a, b, w in pairs:
            if a in index and b in index:
                adj[index[a], index[b]] += w
                adj[index[b], index[a]] += w
        local = _spring(adj, iterations) * (0.4 * side)
        for v, i in index.items():
            out[v] = (x + box / 2 + float(local[i, 0]), y - side / 2 + float(local[i, 1]))
        x += box
        row_height = max(row_height, side)
    if not out:
        return {}
    xy = np.array(list(out.values()))
    centre = (xy.max(axis=0) + xy.min(axis=0)) / 2
    scale = max(float(np.abs(xy - centre).max()), 1e-9)
    return {v: (float((p[0] - centre[0]) / scale), float((p[1] - centre[1]) / scale)) for v, p in out.items()}


def plot_cooccurrence_network(edges: pd.DataFrame, *, top_n: int = 40, ax: Axes | None = None,
                              pos: Mapping[str, tuple[float, float]] | None = None) -> Axes:
    """Draw an entity co-occurrence network: nodes coloured by label, edges as wide as their weight.

    Parameters
    ----------
    edges : DataFrame
        From :func:`corpus_tools.cooccurrence` (``source, target, weight, source_label,
        target_label``; the label columns are optional).
    top_n : int, default 40
        Draw the *top_n* heaviest edges (and their nodes).
    ax : matplotlib Axes, optional
        Where to draw; a new figure otherwise.
    pos : mapping, optional
        Node -> ``(x, y)``; default :func:`network_layout` (deterministic). A networkx layout
        such as ``networkx.spring_layout(G, seed=1)`` works too.

    Returns
    -------
    matplotlib.axes.Axes
        Node size grows with the node's total edge weight; colours follow
        :data:`LABEL_COLOURS` (other labels take the remaining colours); the legend names
        the labels.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> edges = pd.DataFrame({"source": ["岳壁乡", "岳壁乡"], "target": ["梁村", "郝洞村"], "weight": [2, 1],
    ...                       "source_label": ["TOWNSHIP", "TOWNSHIP"], "target_label": ["VILLAGE", "VILLAGE"]})
    >>> ax = plot_cooccurrence_network(edges)
    >>> sorted(t.get_text() for t in ax.texts)
    ['岳壁乡', '梁村', '郝洞村']
    """
    if not isinstance(edges, pd.DataFrame) or not {"source", "target"} <= set(edges.columns):
        raise ValueError("edges must be a DataFrame with 'source' and 'target' columns, "
                         "such as cooccurrence() returns")
    if not isinstance(top_n, int) or isinstance(top_n, bool) or top_n < 1:
        raise ValueError(f"top_n = {top_n!r} is invalid; must be an int >= 1")
    if "weight" not in edges.columns:
        edges = edges.assign(weight=1)
    data = edges.sort_values("weight", ascending=False, kind="stable").head(top_n)
    positions = dict(pos) if pos is not None else network_layout(data)
    label_of: dict[str, str] = {}
    degree: dict[str, float] = {}
    for side in ("source", "target"):
        labels = data[f"{side}_label"] if f"{side}_label" in data.columns else [None] * len(data)
        for v, lab, w in zip(data[side].astype(str), labels, data["weight"].astype(float)):
            label_of.setdefault(v, str(lab) if isinstance(lab, str) else "")
            degree[v] = degree.get(v, 0.0) + w
    missing = sorted(set(degree) - set(positions))
    if missing:
        raise ValueError(f"pos has no position for nodes {missing[:5]}{' …' if len(missing) > 5 else ''}")
    created = ax is None
    with cjk_text() as fam:
        ax = new_axes(ax, (10.0, 8.0))
        wmax = float(data["weight"].max()) if len(data) else 1.0
        for a, b, w in zip(data["source"].astype(str), data["target"].astype(str), data["weight"].astype(float)):
            (x0, y0), (x1, y1) = positions[a], positions[b]
            ax.plot([x0, x1], [y0, y1], color="0.6", lw=0.5 + 3.5 * w / wmax, alpha=0.6, zorder=1)
        kinds = sorted(set(label_of.values()))
        spare = iter(f"C{i}" for i in range(10) if f"C{i}" not in LABEL_COLOURS.values())
        colour = {lab: LABEL_COLOURS.get(lab) or next(spare, "0.5") for lab in kinds}
        dmax = max(degree.values(), default=1.0)
        for lab in kinds:
            members = [v for v in degree if label_of[v] == lab]
            xy = np.array([positions[v] for v in members])
            ax.scatter(xy[:, 0], xy[:, 1], s=[60 + 440 * degree[v] / dmax for v in members],
                       color=colour[lab], alpha=0.85, edgecolors="white", zorder=2, label=lab or "—")
        for v in degree:
            x, y = positions[v]
            ax.annotate(v, (x, y), xytext=(x, y), fontsize="small", ha="center", va="center", zorder=3,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.6,
                              "edgecolor": "none"})
        ax.set_axis_off()
        ax.set_aspect("equal", adjustable="datalim")  # keep the layout's shapes
        ax.margins(0.08)
        if any(kinds):
            import matplotlib.lines as mlines

            handles = [mlines.Line2D([], [], color=colour[lab], marker="o", linestyle="", markersize=8,
                                     label=lab or "—") for lab in kinds]
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small")
    for text in ax.texts:
        if fam:
            text.set_fontfamily(fam)
    ax = finish_axes(ax, fam, created=created)
    separate_labels(ax)
    return ax


def _label_boxes(texts: list) -> np.ndarray:
    from matplotlib.text import Text

    boxes = [Text.get_window_extent(t) for t in texts]  # display pixels, without any leader line
    return np.array([[b.x0, b.y0, b.x1, b.y1] for b in boxes]).reshape(-1, 4)


def separate_labels(ax: Axes, *, pad: float = 2.0, max_iter: int = 300) -> int:
    """Move the annotation labels of *ax* apart until no two boxes overlap; returns how many moved.

    Overlapping pairs are pushed apart along the axis where they overlap least (in display
    pixels, so the result holds at the figure's size), step by step; a label moved away from
    its point gets a thin leader line to it. Positions are data coordinates as before, so
    call this after the figure has its final size and limits.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = [ax.annotate(s, (0.5, 0.5), xytext=(0.5, 0.5), ha="center", va="center") for s in ("AB", "CD")]
    >>> separate_labels(ax)
    2
    >>> a, b = (t.get_window_extent() for t in ax.texts)  # (no leader lines here)
    >>> bool(a.overlaps(b))
    False
    """
    from matplotlib.text import Annotation

    texts = [t for t in ax.texts if isinstance(t, Annotation) and t.get_text()]
    if len(texts) < 2:
        return 0
    ax.apply_aspect()
    to_data = ax.transData.inverted()
    start = _label_boxes(texts)
    shift = np.zeros((len(texts), 2))
    for _ in range(max_iter):
        boxes = start + np.hstack([shift, shift])
        lo, hi = boxes[:, :2] - pad, boxes[:, 2:] + pad
        over = np.minimum(hi[:, None, :], hi[None, :, :]) - np.maximum(lo[:, None, :], lo[None, :, :])
        hit = (over > 0).all(axis=-1)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        centre = (lo + hi) / 2
        for i, j in zip(*np.nonzero(np.triu(hit))):
            axis = int(np.argmin(over[i, j]))  # the cheaper way out
            sign = 1.0 if centre[i, axis] > centre[j, axis] or (centre[i, axis] == centre[j, axis] and i < j) else -1.0
            step = over[i, j, axis] / 2 + 0.5
            shift[i, axis] += sign * step
            shift[j, axis] -= sign * step
    moved = 0
    for t, (dx, dy) in zip(texts, shift):
        if dx == 0 and dy == 0:
            continue
        moved += 1
        x, y = ax.transData.transform(t.xyann)
        new = tuple(float(c) for c in to_data.transform((x + dx, y + dy)))
        if np.hypot(dx, dy) <= 6 or t.arrowprops is not None:
            t.xyann = new
            continue
        # far from its point: the same label again, with a thin leader line to the point
        bbox = t.get_bbox_patch()
        again = ax.annotate(t.get_text(), t.xy, xytext=new, fontproperties=t.get_fontproperties(),
                            ha=t.get_ha(), va=t.get_va(), zorder=t.get_zorder(), color=t.get_color(),
                            arrowprops={"arrowstyle": "-", "color": "0.45", "linewidth": 0.6,
                                        "shrinkA": 0, "shrinkB": 2})
        if bbox is not None:
            again.set_bbox({"boxstyle": bbox.get_boxstyle(), "facecolor": bbox.get_facecolor(),
                            "edgecolor": "none"})
        t.remove()
    return moved


# Names used before these helpers were public (kept for code that still imports them).
_cjk_text = cjk_text
_axes = new_axes
_finish = finish_axes
