"""Networks of co-occurring entities: a deterministic layout, the drawing, and label placement.

:func:`network_layout` places the nodes, :func:`plot_cooccurrence_network` draws them, and
:func:`separate_labels` moves labels apart so that no two overlap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from corpus_tools.errors import InvalidArgumentError
from corpus_tools.plot.fonts import cjk_text, finish_axes, new_axes

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["LABEL_COLOURS", "network_layout", "plot_cooccurrence_network", "separate_labels"]


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
        raise InvalidArgumentError("edges must be a DataFrame with 'source' and 'target' columns, "
                         "such as cooccurrence() returns")
    if not isinstance(iterations, int) or iterations < 1:
        raise InvalidArgumentError(f"iterations = {iterations!r} is invalid; must be an int >= 1")
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
        raise InvalidArgumentError("edges must be a DataFrame with 'source' and 'target' columns, "
                         "such as cooccurrence() returns")
    if not isinstance(top_n, int) or isinstance(top_n, bool) or top_n < 1:
        raise InvalidArgumentError(f"top_n = {top_n!r} is invalid; must be an int >= 1")
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
        raise InvalidArgumentError(f"pos has no position for nodes {missing[:5]}{' …' if len(missing) > 5 else ''}")
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

