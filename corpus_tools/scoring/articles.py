"""Score a page's articles against gold article structure.

Gold files (one JSON per page, see ``../shared/gold/articles/NOTES.md``) list, per article,
``title``, ``kicker``, ``subtitle``, ``first`` and ``last`` (the first and last 12 body
characters), ``byline`` (names; predicted ``(role, name)`` pairs are compared by name) and ``captions``; plus page-level ``banners`` and ``credits``.

All comparisons delete whitespace on both sides. A gold article is *matched* by the
predicted article whose body starts with its ``first`` and ends with its ``last``; when
several qualify, the one with the same title wins. Fields are then compared on matched
pairs only, so a missed article costs every field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from corpus_tools.text import strip_spaces

__all__ = ["score_articles", "score_corpus_articles", "read_gold_articles", "FIELDS"]

#: Per-article fields reported by :func:`score_articles`.
FIELDS = ("title", "kicker", "subtitle", "first", "last", "byline", "captions")

# A kicker that names a place or organisation ends like one; longer lead-in lines (引题)
# were stored as kickers by judgment, and a predicted None is accepted for them.
_PLACE_KICKER_RE = re.compile(r"(?:省|市|县|区|乡|镇|街道|社区|村|中心|局|委|办|院|所|站|队|公司|协会)$")


def read_gold_articles(path: str | Path) -> dict:
    """Read one gold JSON file (``banners``, ``credits``, ``articles``)."""
    with open(path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or "articles" not in gold:
        raise ValueError(f"gold file {path} must be a JSON object with an 'articles' list")
    return gold


def _get(article: Any, name: str) -> Any:
    if isinstance(article, dict):
        return article.get(name)
    return getattr(article, name, None)


def _norm(value: str | None) -> str | None:
    return None if value is None else (strip_spaces(value) or None)


def _norm_list(values: Iterable[str] | None) -> list[str]:
    return sorted(v for v in (strip_spaces(x) for x in (values or [])) if v)


def _names(byline: Iterable | None) -> list[str]:
    """Byline names: plain names, or the names of ``(role, name)`` pairs (gold lists names)."""
    return _norm_list(x if isinstance(x, str) else x[1] for x in (byline or []))


def _kicker_ok(pred: str | None, gold: str | None, *, lenient: bool) -> bool:
    p, g = _norm(pred), _norm(gold)
    if p == g:
        return True
    return lenient and p is None and g is not None and not _PLACE_KICKER_RE.search(g)


def _compare(pred: Any, gold: dict, *, lenient_kicker: bool) -> dict[str, bool]:
    body = strip_spaces(_get(pred, "body") or "")
    first, last = strip_spaces(gold.get("first") or ""), strip_spaces(gold.get("last") or "")
    return {
        "title": _norm(_get(pred, "title")) == _norm(gold.get("title")),
        "kicker": _kicker_ok(_get(pred, "kicker"), gold.get("kicker"), lenient=lenient_kicker),
        "subtitle": _norm(_get(pred, "subtitle")) == _norm(gold.get("subtitle")),
        "first": body.startswith(first),
        "last": body.endswith(last),
        "byline": _names(_get(pred, "byline")) == _names(gold.get("byline")),
        "captions": _norm_list(_get(pred, "captions")) == _norm_list(gold.get("captions")),
    }


def score_articles(articles: Sequence[Any], gold: dict, *, blocks: Sequence[Any] | None = None,
                   lenient_kicker: bool = True) -> dict:
    """Compare a page's articles with its gold structure.

    Parameters
    ----------
    articles : sequence
        Predicted articles: :class:`~corpus_tools.layout.ArticleParts`,
        :class:`~corpus_tools.corpus.Article` or dicts with the same field names.
    gold : dict
        A gold page as read by :func:`read_gold_articles`.
    blocks : sequence, optional
        The page's blocks (with ``kind`` and ``text``); when given, banners and credits are
        compared too.
    lenient_kicker : bool, default True
        Accept a missing kicker where gold stores a lead-in sentence (引题) as kicker.

    Returns
    -------
    dict
        ``n_gold``, ``n_pred``, ``matched`` (gold articles found with the right body start
        and end), ``<field>_correct`` for each of :data:`FIELDS`, ``all_correct`` (articles
        right in every field), ``accuracy`` (``all_correct / n_gold``), ``articles``
        (per gold article: its title, the matched predicted index and per-field results)
        and, with ``blocks``, ``banners_correct`` / ``credits_correct``.

    Examples
    --------
    >>> gold = {"articles": [{"title": "建设公园 美化城市", "kicker": "平遥县", "subtitle": None,
    ...          "first": "本报讯 2023年，平遥县", "last": "新建公园3处。", "byline": [], "captions": []}]}
    >>> pred = [{"title": "建设公园 美化城市", "kicker": "平遥县", "subtitle": None,
    ...          "body": "本报讯 2023 年，平遥县新建公园3处。", "byline": [], "captions": []}]
    >>> score_articles(pred, gold)["all_correct"]
    1
    """
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise ValueError("gold must be a dict with an 'articles' list (see read_gold_articles)")
    if isinstance(articles, (str, bytes)):
        raise TypeError("articles must be a sequence of articles, got a string")
    articles = list(articles)
    used: set[int] = set()
    rows = []
    for g in gold["articles"]:
        cands = []
        for k, a in enumerate(articles):
            if k in used:
                continue
            res = _compare(a, g, lenient_kicker=lenient_kicker)
            if res["first"] and res["last"]:
                cands.append((not res["title"], k, res))
        if cands:
            _, k, res = min(cands, key=lambda c: (c[0], c[1]))
            used.add(k)
        else:
            k, res = None, {f: False for f in FIELDS}
        rows.append({"gold_title": g.get("title"), "pred": k, **res})
    out: dict[str, Any] = {
        "n_gold": len(rows),
        "n_pred": len(articles),
        "matched": sum(r["pred"] is not None for r in rows),
    }
    for f in FIELDS:
        out[f"{f}_correct"] = sum(r[f] for r in rows)
    out["all_correct"] = sum(all(r[f] for f in FIELDS) for r in rows)
    out["accuracy"] = out["all_correct"] / len(rows) if rows else 1.0
    out["articles"] = rows
    if blocks is not None:
        for kind, key in (("banner", "banners"), ("credit", "credits")):
            got = _norm_list(_get(b, "text") for b in blocks if _get(b, "kind") == kind)
            out[f"{key}_correct"] = got == _norm_list(gold.get(key))
    return out


def score_corpus_articles(corpus: Any, gold_dir: str | Path, *, lenient_kicker: bool = True) -> dict:
    """Score every page of *corpus* that has a gold file in *gold_dir*.

    Gold files are matched to pages by the page's file stem (``000_0a29cc865ac12c7f.json``
    for ``000_0a29cc865ac12c7f.txt``); pages without a gold file are not scored.

    Parameters
    ----------
    corpus : Corpus
        A corpus read with :func:`corpus_tools.read_corpus` (or :func:`~corpus_tools.load_seeds`).
    gold_dir : str or Path
        Folder of gold JSON files in the format of ``../shared/gold/articles``.
    lenient_kicker : bool, default True
        Passed to :func:`score_articles`.

    Returns
    -------
    dict
        ``pages`` (per page: its :func:`score_articles` result without the per-article
        rows) and ``total`` (the counts summed over the scored pages, with ``accuracy``).

    Raises
    ------
    FileNotFoundError
        When *gold_dir* is not a folder.
    ValueError
        When no page of *corpus* has a gold file in *gold_dir*.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold_dir {str(gold_dir)!r} is not a folder")
    pages: dict[str, dict] = {}
    for issue in corpus.issues:
        stem = Path(issue.meta.get("path") or issue.id).stem
        path = gold_dir / f"{stem}.json"
        if not path.is_file():
            continue
        layout = issue.layout
        score = score_articles(layout.articles, read_gold_articles(path), blocks=layout.blocks,
                               lenient_kicker=lenient_kicker)
        score.pop("articles")
        pages[stem] = score
    if not pages:
        stems = sorted(p.stem for p in gold_dir.glob("*.json"))
        raise ValueError(f"no page of the corpus has a gold file in {str(gold_dir)!r} "
                         f"(gold files: {', '.join(stems) or 'none'})")
    keys = ["n_gold", "n_pred", "matched", *(f"{f}_correct" for f in FIELDS), "all_correct"]
    total: dict[str, Any] = {k: sum(p[k] for p in pages.values()) for k in keys}
    total["accuracy"] = total["all_correct"] / total["n_gold"] if total["n_gold"] else 1.0
    for key in ("banners_correct", "credits_correct"):
        total[key] = sum(bool(p[key]) for p in pages.values())
    return {"pages": pages, "total": total}
