"""A formula printed inside a longer formula: how the tables date and count it.

A composite formula of the lexicon (a row with ``contains``: 巩固拓展脱贫攻坚成果同乡村振兴有效衔接 holds
脱贫攻坚 and 乡村振兴; 决战决胜脱贫攻坚 holds 脱贫攻坚) is the 2020s name of a task, not a new use of its parts.
The tables count both ways and say which is which (user31b F6):

- ``count`` keeps every printed mention of the part, inside a composite or not (the raw string count: the
  issue-16 test against a string count holds), and ``n_in_formula`` says how many of them stand inside a longer
  formula; :func:`~corpus_tools.slogans.tables.slogan_mentions` names that formula in ``in_formula``;
- ``first_date``, ``last_date`` and ``spans`` (the first/last-year questions, the timeline's bars) are read from
  the mentions printed on their own, so 脱贫攻坚 ends in 2020 when 2021–2023 print it only inside the 衔接
  formula; a formula printed only inside composites is dated by those mentions (``n_in_formula == count`` says
  so); a part the paper quotes inside the longer formula (深刻领悟“两个确立”的决定性意义) is its own use, not
  inside;
- :func:`~corpus_tools.slogans.tables.slogan_trends` counts per period as before and adds ``n_in_formula`` per
  period, so a reader can take the contained mentions out of a trend.

The composite's own row is counted with ``nested=True`` (as before); the flag is set whether or not it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_tools.slogans.core import compact_with_map

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.slogans.formulae import FormulaMatcher

__all__ = ["composite_spans", "inside_formula"]


def composite_spans(matcher: "FormulaMatcher", text: str) -> list[tuple[int, int, str]]:
    """``(start, end, composite text)`` of every composite formula of *matcher* printed in *text* (offsets into
    *text*), found whether or not the matcher counts composites (*nested*): a part's mention inside one of these
    spans is printed inside the longer formula.

    Examples
    --------
    >>> from corpus_tools.slogans.formulae import FormulaMatcher
    >>> composite_spans(FormulaMatcher.build(None), "推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接")
    [(2, 21, '巩固拓展脱贫攻坚成果同乡村振兴有效衔接')]
    """
    if not matcher.inside_forms:
        return []
    compact, index = compact_with_map(text)
    out = []
    for form, name in matcher.inside_forms.items():
        i = compact.find(form)
        while i >= 0:
            out.append((index[i], index[i + len(form) - 1] + 1, name))
            i = compact.find(form, i + 1)
    return out


def inside_formula(composites: "list[tuple[int, int, str]]", start: int, end: int, own: str) -> str:
    """The composite formula a mention ``[start, end)`` is printed inside (from
    :meth:`~corpus_tools.slogans.formulae.FormulaMatcher.composite_spans`), or ``""``.
    A composite's own mention (*own* its text, or the same span) is inside nothing.

    Examples
    --------
    >>> spans = [(2, 21, "巩固拓展脱贫攻坚成果同乡村振兴有效衔接")]
    >>> inside_formula(spans, 6, 10, "脱贫攻坚"), inside_formula(spans, 2, 21, "巩固拓展脱贫攻坚成果同乡村振兴有效衔接")
    ('巩固拓展脱贫攻坚成果同乡村振兴有效衔接', '')
    >>> inside_formula(spans, 30, 34, "脱贫攻坚")
    ''
    """
    for a, b, name in composites:
        if a <= start and end <= b and (a, b) != (start, end) and name != own:
            return name
    return ""
