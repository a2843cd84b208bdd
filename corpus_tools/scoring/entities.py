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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pandas as pd

from corpus_tools._validate import check_choice
from corpus_tools.text import strip_spaces

__all__ = ["read_gold_entities", "page_text", "score_entities", "spaceless_counts", "evaluate_entities", "SCORE_COLUMNS",
           "GoldDoc", "gold_documents", "is_held_apart", "HELD_APART_RULE", "tag_documents", "score_groups",
           "error_table", "error_summary", "ERROR_COLUMNS", "entity_error_report"]

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


def spaceless_counts(counts: Mapping[tuple[str, str], int]) -> Counter:
    """``(text, label)`` counts with white space deleted from each text; the counts of texts that become
    equal (a padded name 邱　敏 and 邱敏) are added, not one put in the other's place.

    Parameters
    ----------
    counts : mapping of ``(text, label)`` -> int

    Returns
    -------
    Counter
        The counts by ``(text without white space, label)``.

    Examples
    --------
    >>> spaceless_counts(Counter({("邱　敏", "PERSON"): 1, ("邱敏", "PERSON"): 1}))
    Counter({('邱敏', 'PERSON'): 2})
    """
    out: Counter = Counter()
    for (text, label), n in counts.items():
        out[(strip_spaces(text), label)] += n
    return out


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
        g, p = spaceless_counts(g), spaceless_counts(p)
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


#: The development set's FINAL TEST part, fixed before any report was read: the People's Daily
#: reports ``src_rmrb_NN`` whose number NN is divisible by 4 (16, 20, 24, 28, 32 of 16–35).
#: Nothing is tuned on them; their score is reported separately as "held apart".
HELD_APART_RULE = "src_rmrb_NN with NN divisible by 4"


def is_held_apart(stem: str) -> bool:
    """True for the development reports kept apart as the final test (see :data:`HELD_APART_RULE`).

    Examples
    --------
    >>> [is_held_apart(s) for s in ("src_rmrb_16", "src_rmrb_17", "000_0a29cc865ac12c7f")]
    [True, False, False]
    """
    m = re.fullmatch(r"src_rmrb_(\d+)", stem)
    return bool(m) and int(m.group(1)) % 4 == 0


@dataclass(frozen=True)
class GoldDoc:
    """One gold-annotated source: its id, group (``source``), text, gold pairs and county."""

    stem: str
    source: str
    part: str
    text: str
    gold: Counter
    county_code: str | None = None


def gold_documents(gold_dir: str | Path, *, pages_dir: str | Path | None = None,
                   source: str | None = None) -> list[GoldDoc]:
    """The gold files of *gold_dir* with their page texts (gold's normalisation, :func:`page_text`).

    A page is ``<stem>.txt`` next to the gold file, else in *pages_dir* (default: the seed
    pages shipped with the package, whose ``manifest.csv`` gives the county). ``part`` is
    ``"held_apart"`` for :func:`is_held_apart` stems, else ``"tune"``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise ValueError(f"gold_dir = {str(gold_dir)!r} is not a folder of gold entity JSON files")
    pages = Path(pages_dir) if pages_dir is not None else _default_pages_dir()
    counties = {**_manifest_counties(pages), **_manifest_counties(gold_dir)}
    docs = []
    for path in sorted(gold_dir.glob("*.json")):
        src = gold_dir / (path.stem + ".txt")
        if not src.exists():
            src = pages / (path.stem + ".txt")
        if not src.exists():
            continue
        text = page_text(src.read_text(encoding="utf-8-sig"))
        docs.append(GoldDoc(path.stem, source or gold_dir.name, "held_apart" if is_held_apart(path.stem) else "tune",
                            text, read_gold_entities(path), counties.get(path.stem)))
    if not docs:
        raise ValueError(f"no page matches a gold file in {gold_dir} (expected <stem>.txt for <stem>.json "
                         f"next to it or in {pages})")
    return docs


def _default_extract(model: bool = True) -> Callable[[str, str | None], Iterable[tuple[str, str]]]:
    from corpus_tools.entities import find_entities

    def extract(text, county_code):
        return [(e.text, e.label) for e in find_entities(text, county_code=county_code, model=model)]

    return extract


def tag_documents(docs: Iterable[GoldDoc], extract: Callable | None = None) -> dict[str, Counter]:
    """Predicted ``(text, label)`` multisets, one per document (default tagger: rules + model)."""
    extract = extract or _default_extract()
    return {d.stem: Counter(extract(d.text, d.county_code)) for d in docs}


def score_groups(docs: list[GoldDoc], pred: Pairs, *, by: str = "source",
                 labels: Iterable[str] | None = None) -> pd.DataFrame:
    """:func:`score_entities` per group of documents (``by`` = a :class:`GoldDoc` field).

    Returns a long table: the group column first, then :data:`SCORE_COLUMNS`.
    """
    frames = []
    for key in sorted({getattr(d, by) for d in docs}):
        sub = [d for d in docs if getattr(d, by) == key]
        t = score_entities({d.stem: pred.get(d.stem, Counter()) for d in sub}, {d.stem: d.gold for d in sub},
                           labels=labels)
        frames.append(t.assign(**{by: key})[[by] + SCORE_COLUMNS])
    return pd.concat(frames, ignore_index=True)


#: Columns of :func:`error_table`.
ERROR_COLUMNS = ["doc", "kind", "label", "text", "count", "pattern", "other"]


def _pattern(text: str, label: str, other_side: Counter, kind: str) -> tuple[str, str]:
    """Name the error: the same text with another label, a shorter or longer span, or nothing near."""
    same_text = [lab for (t, lab), c in other_side.items() if t == text and lab != label and c > 0]
    if same_text:
        return ("label", same_text[0])
    inside = sorted((t for (t, lab), c in other_side.items() if c > 0 and t != text and t in text), key=len, reverse=True)
    outside = sorted((t for (t, lab), c in other_side.items() if c > 0 and t != text and text in t), key=len)
    short, long_ = ("span too short", "span too long") if kind == "FN" else ("span too long", "span too short")
    if inside:
        return (short, inside[0])
    if outside:
        return (long_, outside[0])
    return ("missed" if kind == "FN" else "spurious", "")


def error_table(docs: list[GoldDoc], pred: Pairs) -> pd.DataFrame:
    """False negatives and positives of each document, each with a pattern.

    ``pattern`` is ``label`` (the same text with another label on the other side, named in
    ``other``), ``span too short`` / ``span too long`` (the prediction is inside / around the gold
    span named in ``other``), or ``missed`` / ``spurious``.

    Examples
    --------
    >>> d = GoldDoc("p", "x", "tune", "", Counter({("王小明", "PERSON"): 1, ("梁村", "VILLAGE"): 1}))
    >>> t = error_table([d], {"p": Counter({("王小", "PERSON"): 1, ("梁村", "GPE"): 1})})
    >>> t[["kind", "text", "pattern", "other"]].values.tolist()
    [['FN', '王小明', 'span too short', '王小'], ['FN', '梁村', 'label', 'GPE'], ['FP', '梁村', 'label', 'VILLAGE'], ['FP', '王小', 'span too short', '王小明']]
    """
    rows = []
    for d in docs:
        g, p = spaceless_counts(d.gold), spaceless_counts(pred.get(d.stem, Counter()))
        for kind, a, b in (("FN", g, p), ("FP", p, g)):
            for (t, lab), c in sorted(a.items()):
                miss = c - min(c, b[(t, lab)])
                if miss > 0:
                    rows.append((d.stem, kind, lab, t, miss, *_pattern(t, lab, b, kind)))
    df = pd.DataFrame(rows, columns=ERROR_COLUMNS)
    return df.sort_values(["kind", "label", "text", "doc"], kind="stable").reset_index(drop=True)


def error_summary(errors: pd.DataFrame) -> pd.DataFrame:
    """Errors grouped by (kind, label, pattern): ``count`` and up to six ``examples``."""
    if errors.empty:
        return pd.DataFrame(columns=["kind", "label", "pattern", "count", "examples"])
    out = (errors.groupby(["kind", "label", "pattern"], sort=False)
           .agg(count=("count", "sum"),
                examples=("text", lambda s: "、".join(list(dict.fromkeys(s))[:6]))))
    return out.reset_index().sort_values(["kind", "count"], ascending=[True, False], kind="stable").reset_index(drop=True)


def evaluate_entities(gold_dir: str | Path, *, pages_dir: str | Path | None = None,
                      extract: Callable[[str, str | None], Iterable[tuple[str, str]]] | None = None,
                      labels: Iterable[str] | None = None) -> pd.DataFrame:
    """Tag every page that has a gold file and score it.

    Parameters
    ----------
    gold_dir : path
        Folder of ``<stem>.json`` gold files; a page ``<stem>.txt`` next to a gold file is used
        before one in *pages_dir* (so ``gold/entities-dev`` scores on its own).
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
        As :func:`score_entities`, with ``pages`` (the stems scored) in ``.attrs``.
    """
    docs = gold_documents(gold_dir, pages_dir=pages_dir)
    pred = tag_documents(docs, extract)
    table = score_entities(pred, {d.stem: d.gold for d in docs}, labels=labels)
    table.attrs["pages"] = [d.stem for d in docs]
    return table


def entity_error_report(gold_dirs: str | Path | Iterable[str | Path], *, pages_dir: str | Path | None = None,
                        model: bool = True, labels: Iterable[str] | None = None, part: str = "all",
                        errors: int = 25) -> tuple[str, pd.DataFrame]:
    """Score one or more gold folders and describe the errors (``corpus-tools eval entities``).

    Returns the printable report (per-label scores, scores by source folder and by part,
    the *errors* largest groups of false negatives/positives by :func:`error_summary` pattern
    with examples) and the per-label score table.
    """
    check_choice("part", part, ("all", "tune", "held_apart"))
    dirs = [gold_dirs] if isinstance(gold_dirs, (str, Path)) else list(gold_dirs)
    docs = [d for g in dirs for d in gold_documents(g, pages_dir=pages_dir)]
    if part != "all":
        docs = [d for d in docs if d.part == part]
        if not docs:
            raise ValueError(f"no gold document in {', '.join(map(str, dirs))} belongs to part {part!r}")
    pred = tag_documents(docs, _default_extract(model))
    gold = {d.stem: d.gold for d in docs}
    scores = score_entities(pred, gold, labels=labels)
    fmt = {"float_format": lambda x: f"{x:.3f}", "index": False}
    out = [f"{len(docs)} documents ({part}); model={'on' if model else 'off'}", "", scores.to_string(**fmt)]
    for by in ("source", "part"):
        if len({getattr(d, by) for d in docs}) > 1:
            t = score_groups(docs, pred, by=by, labels=labels)
            out += ["", f"micro by {by}:", t[t["label"] == "micro"].drop(columns="label").to_string(**fmt)]
    if errors > 0:
        errs = error_table(docs, pred)
        if labels is not None:
            errs = errs[errs["label"].isin(set(labels))]
        summ = error_summary(errs).head(errors)
        out += ["", f"largest error groups (FN = missed gold, FP = wrong prediction; {len(errs)} distinct errors):",
                summ.to_string(index=False) if not summ.empty else "none"]
    return "\n".join(out), scores
