"""A marked slogan that is only the quoted head of a known formula: one mention, one row (user32 F3).

A page prints a provincial formula with its head in quotation marks: 深入开展“五星”支部创建. The marked layer sees
“五星” (a numbered slogan), the known-formula layer 五星支部创建 (a form of 五星支部) at the same place; counted in
both rows, the same printed words are summed twice. Here the known formula's mention wins (it is the longer reading
of the same words, the leftmost-longest rule of :mod:`~corpus_tools.slogans.formulae`), and the formula's row is
``both`` (the paper marks it), as 新时代“枫桥经验” is. A marked mention printed outside any known formula keeps
counting in its own row.
"""

from __future__ import annotations

from typing import Any, Sequence

__all__ = ["inside_known", "mark_formula_heads"]


def inside_known(start: int, end: int, key: str, known: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the marked mention ``[start, end)`` of row *key* lies inside a known-formula mention of another row
    (and is not that mention itself).

    Parameters
    ----------
    start, end : int
        The marked mention's offsets.
    key : str
        Its row key.
    known : sequence of (int, int, str)
        The known-formula mentions of the same text: (start, end, row key).

    Returns
    -------
    bool

    Examples
    --------
    >>> inside_known(5, 7, "五星", [(5, 12, "五星支部")]), inside_known(5, 7, "五星", [(8, 12, "五星支部")])
    (True, False)
    """
    return any(k != key and c <= start and end <= d and (c, d) != (start, end) for c, d, k in known)


def mark_formula_heads(rows: dict[str, dict[str, Any]], forms: dict[str, str]) -> list[str]:
    """Set ``source="both"`` (and the marked kind) on each known-formula row of which a marked row is the head: a
    form of the formula starts with the marked row's key and goes on (五星 → 五星支部创建). Changes *rows* in place.

    Parameters
    ----------
    rows : dict of str to dict
        The slogan set's rows by key (``source``, ``kind``, ``variants`` …).
    forms : dict of str to str
        The known-formula matcher's forms: form key -> row key.

    Returns
    -------
    list of str
        The keys of the rows set to ``both``.

    Examples
    --------
    >>> rows = {"五星": {"source": "marked", "kind": "numbered", "text": "五星", "variants": []},
    ...         "五星支部": {"source": "lexicon", "kind": "numbered", "text": "五星支部", "variants": []}}
    >>> mark_formula_heads(rows, {"五星支部": "五星支部", "五星支部创建": "五星支部"}), rows["五星支部"]["source"]
    (['五星支部'], 'both')
    """
    out = []
    marked = [k for k, r in rows.items() if r["source"] == "marked" and len(k) >= 2]
    for form, fkey in forms.items():
        r = rows.get(fkey)
        if r is None or r["source"] != "lexicon":
            continue
        head = next((k for k in marked if len(form) > len(k) and form.startswith(k)), None)
        if head is not None:
            r["source"], r["kind"] = "both", rows[head]["kind"]
            out.append(fkey)
    return out
