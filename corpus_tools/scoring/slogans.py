"""Score slogan extraction per page against the gold JSON files of ``gold/slogans/``.

Gold: one JSON list per page, ``<issue id>.json``, items ``{"text", "kind", "count"}``; the
annotation guide (``GUIDE.md`` in the same folder) lists borderline items per page.

Three matching modes, each giving precision, recall and F1 per page and micro-averaged:

``strict``
    a prediction matches a gold item when the texts are equal after :func:`slogan_key`
    (quotes and whitespace deleted, widths unified) **and** the kinds are equal.
``text``
    texts equal after :func:`slogan_key`; the kind is ignored.
``lenient``
    the kind is ignored, a text also matches when one contains the other (五个进一步 /
    五个进一步要求, 4+1 / 4+1重点产业链), and the guide's borderline gold items are dropped
    together with the predictions that match them (neither reward nor penalty).

Counts are scored separately on the ``strict`` matches: ``count_exact`` is the share of
matched items whose predicted count equals the gold count.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from corpus_tools.slogans import KINDS, page_slogans, slogan_key

__all__ = ["load_slogan_gold", "score_slogans", "score_corpus_slogans", "slogan_differences", "read_text_reports",
           "split_dev_reports", "corpus_predictions", "MODES", "DIFFERENCE_COLUMNS"]

MODES = ("strict", "text", "lenient")
SCORE_COLUMNS = ["page", "mode", "n_gold", "n_pred", "tp", "precision", "recall", "f1",
                 "count_exact"]
#: Columns of :func:`slogan_differences`.
DIFFERENCE_COLUMNS = ["page", "error", "text", "kind", "count", "gold_kind", "gold_count"]


def load_slogan_gold(gold_dir: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read the gold slogans: page id -> items with ``text, kind, count, borderline``.

    Parameters
    ----------
    gold_dir : str or Path
        The folder with ``<issue id>.json`` files (``gold/slogans``) or its parent ``gold``.

    Returns
    -------
    dict
        ``borderline`` is True for the items listed under "Borderline items included" in
        ``GUIDE.md`` for that page.
    """
    folder = Path(gold_dir)
    if (folder / "slogans").is_dir():
        folder = folder / "slogans"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold slogan files (*.json) in {folder}")
    borderline = _borderline(folder / "GUIDE.md")
    gold: dict[str, list[dict[str, Any]]] = {}
    for path in files:
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc})") from None
        page = path.stem
        marks = borderline.get(page[:3], set()) | borderline.get(page, set())
        out = []
        for n, item in enumerate(items):
            if not isinstance(item, dict) or "text" not in item or item.get("kind") not in KINDS:
                raise ValueError(f"{path}: item {n} must have 'text' and a 'kind' in {KINDS}; got {item!r}")
            out.append({"text": item["text"], "kind": item["kind"], "count": int(item.get("count", 1)),
                        "borderline": slogan_key(item["text"]) in marks})
        gold[page] = out
    return gold


def _borderline(guide: Path) -> dict[str, set[str]]:
    """Page prefix -> keys of the borderline items listed in the guide (empty if absent)."""
    if not guide.is_file():
        return {}
    text = guide.read_text(encoding="utf-8")
    m = re.search(r"#+\s*Borderline items \*\*included\*\*(.*?)(?:\n#+\s|\Z)", text, re.S)
    if not m:
        return {}
    out: dict[str, set[str]] = {}
    page = None
    for line in m.group(1).splitlines():
        head = re.match(r"\s*\*\s*\*\*(\w+)\*\*", line)
        if head:
            page = head.group(1)
            continue
        if page:
            for item in re.findall(r"`([^`]+)`", line):
                out.setdefault(page, set()).add(slogan_key(item))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _items(rows: Any) -> list[dict[str, Any]]:
    if isinstance(rows, pd.DataFrame):
        rows = rows.to_dict("records")
    out = []
    for r in rows:
        out.append({"key": slogan_key(str(r["text"])), "text": str(r["text"]), "kind": r.get("kind"),
                    "count": int(r.get("count", 1) or 1), "borderline": bool(r.get("borderline", False))})
    return out


def _match(pred: list[dict], gold: list[dict], mode: str) -> tuple[list[tuple[int, int]], list[dict], list[dict]]:
    """Greedy one-to-one matching; returns pairs (pred index, gold index) and the item lists."""
    if mode == "lenient":
        border = [g for g in gold if g["borderline"]]
        gold = [g for g in gold if not g["borderline"]]
        pred = [p for p in pred if not _is_borderline(p["key"], border, gold)]
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    # exact keys first, then containment (lenient)
    for exact in (True, False):
        if not exact and mode != "lenient":
            break
        for i, p in enumerate(pred):
            if any(i == a for a, _ in pairs):
                continue
            for j, g in enumerate(gold):
                if j in used:
                    continue
                same = p["key"] == g["key"] if exact else _lenient_eq(p["key"], g["key"])
                if same and (mode != "strict" or p["kind"] == g["kind"]):
                    pairs.append((i, j))
                    used.add(j)
                    break
    return pairs, pred, gold


def _is_borderline(key: str, border: list[dict], gold: list[dict]) -> bool:
    """A prediction of a borderline item: equal to one, or containing/contained by one and
    by no other gold item."""
    if any(key == b["key"] for b in border):
        return True
    return (any(_lenient_eq(key, b["key"]) for b in border)
            and not any(_lenient_eq(key, g["key"]) for g in gold))


def _lenient_eq(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))


def score_slogans(pred_by_page: Mapping[str, Any], gold_by_page: Mapping[str, Sequence[Mapping[str, Any]]],
                  *, modes: Iterable[str] = MODES) -> pd.DataFrame:
    """Precision, recall and F1 of predicted slogans, per page and micro-averaged.

    Parameters
    ----------
    pred_by_page : mapping
        Page id -> predicted slogans: a DataFrame or list of dicts with ``text``, ``kind``
        and ``count`` (the output of :func:`~corpus_tools.slogans.page_slogans`).
    gold_by_page : mapping
        Page id -> gold items (:func:`load_slogan_gold`). Only these pages are scored; a page
        missing from *pred_by_page* counts as predicting nothing.
    modes : iterable of str
        Any of ``"strict"``, ``"text"``, ``"lenient"`` (see the module docstring).

    Returns
    -------
    DataFrame
        Columns ``page, mode, n_gold, n_pred, tp, precision, recall, f1, count_exact``; the
        rows with ``page == "ALL"`` are micro averages over the pages.

    Examples
    --------
    >>> gold = {"p": [{"text": "两学五抓", "kind": "numbered", "count": 1},
    ...               {"text": "走在前、作表率", "kind": "quoted", "count": 2}]}
    >>> pred = {"p": [{"text": "“两学五抓”", "kind": "numbered", "count": 1},
    ...               {"text": "走在前、作表率", "kind": "parallel", "count": 2}]}
    >>> s = score_slogans(pred, gold).set_index(["page", "mode"])
    >>> float(s.loc[("p", "strict"), "recall"]), float(s.loc[("p", "text"), "recall"])
    (0.5, 1.0)
    """
    modes = tuple(modes)
    bad = [m for m in modes if m not in MODES]
    if bad:
        raise ValueError(f"modes = {bad[0]!r} is invalid; must be drawn from {MODES}")
    rows = []
    for mode in modes:
        tot = {"n_gold": 0, "n_pred": 0, "tp": 0, "count_ok": 0}
        for page, gold_items in gold_by_page.items():
            pred = _items(pred_by_page.get(page, []))
            gold = _items(gold_items)
            pairs, pred_used, gold_used = _match(pred, gold, mode)
            count_ok = sum(pred_used[i]["count"] == gold_used[j]["count"] for i, j in pairs)
            p, r, f = _prf(len(pairs), len(pred_used), len(gold_used))
            rows.append({"page": page, "mode": mode, "n_gold": len(gold_used), "n_pred": len(pred_used),
                         "tp": len(pairs), "precision": p, "recall": r, "f1": f,
                         "count_exact": count_ok / len(pairs) if pairs else float("nan")})
            tot["n_gold"] += len(gold_used)
            tot["n_pred"] += len(pred_used)
            tot["tp"] += len(pairs)
            tot["count_ok"] += count_ok
        p, r, f = _prf(tot["tp"], tot["n_pred"], tot["n_gold"])
        rows.append({"page": "ALL", "mode": mode, "n_gold": tot["n_gold"], "n_pred": tot["n_pred"],
                     "tp": tot["tp"], "precision": p, "recall": r, "f1": f,
                     "count_exact": tot["count_ok"] / tot["tp"] if tot["tp"] else float("nan")})
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def slogan_differences(pred_by_page: Mapping[str, Any], gold_by_page: Mapping[str, Sequence[Mapping[str, Any]]],
                       *, mode: str = "text") -> pd.DataFrame:
    """The items behind :func:`score_slogans`' numbers: each false positive, false negative and, where they match,
    a different kind (``strict``) or count (user26 F10: which items a user's own gold disagrees with).

    Parameters
    ----------
    pred_by_page, gold_by_page : mapping
        As in :func:`score_slogans`.
    mode : str
        The matching of :func:`score_slogans` (``"strict"``, ``"text"`` or ``"lenient"``).

    Returns
    -------
    DataFrame
        Columns :data:`DIFFERENCE_COLUMNS`; ``error`` is ``FP`` (predicted, not in the gold), ``FN`` (in the gold,
        not predicted), ``kind`` or ``count`` (matched, but the kind or the count differs: ``gold_kind``,
        ``gold_count``).

    Examples
    --------
    >>> gold = {"p": [{"text": "两学五抓", "kind": "numbered", "count": 2}, {"text": "三联三帮", "kind": "numbered", "count": 1}]}
    >>> pred = {"p": [{"text": "两学五抓", "kind": "numbered", "count": 1}, {"text": "老黄牛", "kind": "quoted", "count": 1}]}
    >>> slogan_differences(pred, gold)[["error", "text"]].values.tolist()
    [['FP', '老黄牛'], ['FN', '三联三帮'], ['count', '两学五抓']]
    """
    if mode not in MODES:
        raise ValueError(f"mode = {mode!r} is invalid; must be one of {MODES}")
    rows = []
    for page, gold_items in gold_by_page.items():
        pairs, pred, gold = _match(_items(pred_by_page.get(page, [])), _items(gold_items), mode)
        matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        rows += [{"page": page, "error": "FP", "text": p["text"], "kind": p["kind"], "count": p["count"]}
                 for i, p in enumerate(pred) if i not in matched_p]
        rows += [{"page": page, "error": "FN", "text": g["text"], "gold_kind": g["kind"], "gold_count": g["count"]}
                 for j, g in enumerate(gold) if j not in matched_g]
        for i, j in pairs:
            p, g = pred[i], gold[j]
            for what in ("kind", "count"):
                if p[what] != g[what]:
                    rows.append({"page": page, "error": what, "text": p["text"], "kind": p["kind"],
                                 "count": p["count"], "gold_kind": g["kind"], "gold_count": g["count"]})
    return pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS).astype({"count": "Int64", "gold_count": "Int64"})


def corpus_predictions(corpus: Any, gold_dir: str | Path, *, lexicon: "pd.DataFrame | None | bool" = None,
                       ) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """(predictions, gold) of the gold pages of *corpus*: :func:`~corpus_tools.slogans.page_slogans` per page and
    :func:`load_slogan_gold`.

    Parameters
    ----------
    corpus, gold_dir, lexicon
        As in :func:`score_corpus_slogans`.

    Returns
    -------
    (dict, dict)
        Page id -> predicted table; page id -> gold items.

    Raises
    ------
    ValueError
        If a gold page is not in *corpus*.
    """
    gold = load_slogan_gold(gold_dir)
    ids = {issue.id for issue in corpus}
    missing = sorted(set(gold) - ids)
    if missing:
        raise ValueError(f"gold pages {missing} are not in the corpus; pass the corpus they come from")
    return {issue.id: page_slogans(issue, lexicon=lexicon) for issue in corpus if issue.id in gold}, gold


def score_corpus_slogans(corpus: Any, gold_dir: str | Path, *,
                         lexicon: "pd.DataFrame | None | bool" = None,
                         modes: Iterable[str] = MODES) -> pd.DataFrame:
    """Run :func:`~corpus_tools.slogans.page_slogans` on the gold pages of *corpus* and score.

    Parameters
    ----------
    corpus : Corpus
        Must contain the pages named by the gold files.
    gold_dir : str or Path
        ``gold/slogans`` (or ``gold``).
    lexicon : DataFrame, None or False
        Passed to :func:`page_slogans`; False scores the structural rules alone.
    modes : iterable of str
        As in :func:`score_slogans`.

    Returns
    -------
    DataFrame
        As :func:`score_slogans`.
    """
    pred, gold = corpus_predictions(corpus, gold_dir, lexicon=lexicon)
    return score_slogans(pred, gold, modes=modes)


def read_text_reports(texts_dir: str | Path, stems: Iterable[str]) -> Any:
    """Plain-text reports (``<stem>.txt``, e.g. ``gold/entities-dev``) as a :class:`Corpus`.

    Each file is one issue with one article: the title block (the lines before the first
    blank line) becomes the title, one line per title line, and the paragraphs the body
    (CRLF and the full-width indentation removed). Nothing else is changed.

    Parameters
    ----------
    texts_dir : str or Path
        Folder holding the ``.txt`` files.
    stems : iterable of str
        File stems to read (the gold page ids).

    Returns
    -------
    Corpus
    """
    from corpus_tools.corpus import Corpus

    folder = Path(texts_dir)
    rows = []
    for stem in stems:
        path = folder / f"{stem}.txt"
        if not path.is_file():
            raise FileNotFoundError(f"report {path} does not exist (needed for gold page {stem!r})")
        raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        head, _, rest = raw.partition("\n\n")
        title_lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
        paras = [ln.strip(" \t\u3000") for ln in rest.split("\n") if ln.strip(" \t\u3000")]
        rows.append({"issue_id": stem, "title": title_lines[0] if title_lines else None,
                     "subtitle": "\n".join(title_lines[1:]) or None, "body": "\n".join(paras)})
    return Corpus.from_articles(pd.DataFrame(rows))


def split_dev_reports(gold_dir: str | Path, *, n_test: int = 5) -> tuple[list[str], list[str]]:
    """Split the development reports by a fixed rule: the last *n_test* by file name are held apart.

    Returns
    -------
    (tune, test) : two lists of page ids
    """
    stems = sorted(p.stem for p in Path(gold_dir).glob("*.json"))
    if len(stems) <= n_test:
        raise ValueError(f"{gold_dir} has {len(stems)} gold files; need more than n_test = {n_test}")
    return stems[:-n_test], stems[-n_test:]
