"""Score entities against gold files in the format of ``../shared/gold/entities/``.

A gold file ``<stem>.json`` is a list of ``{"text", "label", "count"}``, one per distinct
(text, label) of one source page. Scoring compares, per document, the *multiset* of
(text, label) pairs: a predicted pair is a true positive as many times as it occurs in both.
Texts are compared with all whitespace removed (the gold keeps a space inside
``纪念日昇昌票号创立 200周年主题展``; a page reflowed differently must not lose the match).

Run from the shell::

    corpus-tools eval entities ../shared/gold/entities            # the seed pages
    corpus-tools eval entities GOLD_DIR --pages PAGES_DIR         # pages + manifest.csv elsewhere
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pandas as pd

from corpus_tools.text import strip_spaces

__all__ = ["read_gold_entities", "page_text", "score_entities", "evaluate_entities", "SCORE_COLUMNS"]

#: Columns of the tables returned by :func:`score_entities`.
SCORE_COLUMNS = ["label", "tp", "fp", "fn", "precision", "recall", "f1", "support"]

Pairs = Mapping[str, "Counter[tuple[str, str]]"]


def read_gold_entities(path: str | Path) -> Counter:
    """Read one gold JSON file into a Counter of ``(text, label)`` (spaces removed)."""
    path = Path(path)
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read gold entity file {path}: {exc}") from exc
    out: Counter = Counter()
    for k, item in enumerate(items):
        try:
            out[(strip_spaces(item["text"]), item["label"])] += int(item.get("count", 1))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: item {k} must have 'text', 'label' and 'count'; got {item!r}") from exc
    return out


def page_text(raw: str) -> str:
    """The gold's view of a page: line breaks deleted, as the annotators did.

    A blank line is kept as one ``"\\n"`` only where it ends a sentence or a short line
    (a headline); a blank line in mid-sentence is a column break and is joined, because
    the gold joins it too (``产粮\\n\\n大县奖补农田基础工程``).

    Examples
    --------
    >>> page_text("平遥县岳\\n壁乡。\\n\\n梁村")
    '平遥县岳壁乡。\\n梁村'
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    paras = [p.replace("\n", "") for p in re.split(r"\n[ \t\u3000\u00a0]*\n", raw)]
    out = ""
    for p in paras:
        if not p.strip():
            continue
        prev = out.rstrip()
        if out and (len(prev.rsplit("\n", 1)[-1]) <= 25 or prev[-1:] in "。！？；”…：）)"):
            out += "\n"
        out += p
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_entities(pred: Pairs, gold: Pairs, *, labels: Iterable[str] | None = None) -> pd.DataFrame:
    """Per-label precision, recall and F1 over documents.

    Parameters
    ----------
    pred, gold : mapping of document id -> Counter of ``(text, label)``
        Documents missing from *pred* count as predicting nothing.
    labels : iterable of str, optional
        Restrict to these labels (both sides).

    Returns
    -------
    DataFrame
        One row per label plus a final ``micro`` row; columns :data:`SCORE_COLUMNS`
        (``support`` = gold count).

    Examples
    --------
    >>> from collections import Counter
    >>> gold = {"p1": Counter({("梁村", "VILLAGE"): 2, ("平遥县", "GPE"): 1})}
    >>> pred = {"p1": Counter({("梁村", "VILLAGE"): 1, ("平遥", "GPE"): 1})}
    >>> score_entities(pred, gold).set_index("label").loc["micro", ["tp", "fp", "fn"]].tolist()
    [1, 1, 2]
    """
    keep = set(labels) if labels is not None else None
    counts: dict[str, list[int]] = {}
    for doc, g in gold.items():
        p = pred.get(doc, Counter())
        g = Counter({(strip_spaces(t), lab): c for (t, lab), c in g.items()})
        p = Counter({(strip_spaces(t), lab): c for (t, lab), c in p.items()})
        for key in set(g) | set(p):
            lab = key[1]
            if keep is not None and lab not in keep:
                continue
            tp = min(g[key], p[key])
            row = counts.setdefault(lab, [0, 0, 0])
            row[0] += tp
            row[1] += p[key] - tp
            row[2] += g[key] - tp
    rows = []
    for lab in sorted(counts):
        tp, fp, fn = counts[lab]
        rows.append((lab, tp, fp, fn, *_prf(tp, fp, fn), tp + fn))
    tp, fp, fn = (sum(r[i] for r in counts.values()) for i in range(3))
    rows.append(("micro", tp, fp, fn, *_prf(tp, fp, fn), tp + fn))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def _default_pages_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("corpus_tools").joinpath("data", "seeds")))


def _manifest_counties(pages_dir: Path) -> dict[str, str | None]:
    path = pages_dir / "manifest.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {Path(r["file"]).stem: (r.get("county_code") or None) for r in csv.DictReader(fh)}


def evaluate_entities(gold_dir: str | Path, *, pages_dir: str | Path | None = None,
                      extract: Callable[[str, str | None], Iterable[tuple[str, str]]] | None = None,
                      labels: Iterable[str] | None = None) -> pd.DataFrame:
    """Tag every page that has a gold file and score it.

    Parameters
    ----------
    gold_dir : path
        Folder of ``<stem>.json`` gold files.
    pages_dir : path, optional
        Folder with ``<stem>.txt`` pages and a ``manifest.csv`` giving ``county_code``
        (default: the seed pages shipped with the package).
    extract : callable, optional
        ``extract(page_text, county_code) -> iterable of (text, label)``; default: the
        corpus_tools entity tagger (:func:`corpus_tools.entities.find_entities`).
    labels : iterable of str, optional
        Restrict scoring to these labels.

    Returns
    -------
    DataFrame
        As :func:`score_entities`, with ``pages`` (number of pages scored) in ``.attrs``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise ValueError(f"gold_dir = {str(gold_dir)!r} is not a folder of gold entity JSON files")
    pages = Path(pages_dir) if pages_dir is not None else _default_pages_dir()
    counties = _manifest_counties(pages)
    if extract is None:
        from corpus_tools.entities import find_entities

        def extract(text, county_code):
            return [(e.text, e.label) for e in find_entities(text, county_code=county_code)]

    gold, pred = {}, {}
    for path in sorted(gold_dir.glob("*.json")):
        src = pages / (path.stem + ".txt")
        if not src.exists():
            continue
        gold[path.stem] = read_gold_entities(path)
        text = page_text(src.read_text(encoding="utf-8"))
        pred[path.stem] = Counter(extract(text, counties.get(path.stem)))
    if not gold:
        raise ValueError(f"no page in {pages} matches a gold file in {gold_dir} (expected <stem>.txt for <stem>.json)")
    table = score_entities(pred, gold, labels=labels)
    table.attrs["pages"] = sorted(gold)
    return table
