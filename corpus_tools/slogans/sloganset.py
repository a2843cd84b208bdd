"""The slogan set of a corpus: the marked slogans of its pages grouped across pages, and the known formulae.

:func:`prepare` validates the table arguments and builds the :class:`SloganSet` the slogan tables
(:mod:`~corpus_tools.slogans.tables`) count; :func:`corpus_groups` runs the page detector on every page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import pandas as pd

from corpus_tools.errors import check_corpus  # noqa: F401  (re-exported: the slogan tables validate with it)
from corpus_tools.slogans.core import SloganMention, compact_with_map, renamed, slogan_key
from corpus_tools.slogans.decision import resolve_decision
from corpus_tools.slogans.detect import Ctx, check_kinds, find_marked, recurring_numbered
from corpus_tools.slogans.eraguard import warn_years_after_corpus
from corpus_tools.slogans.formulae import FormulaMatcher, group_of
from corpus_tools.slogans.headmarks import inside_known, mark_formula_heads
from corpus_tools.slogans.lexicon import Lexicon, known_formula_keys, known_formula_years
from corpus_tools.slogans.page import (OwnCounty, county_stems, display_text, fold_numbered, group_page, issue_units,
                                      kind_of, page_year, PRIORITY)

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus
    from corpus_tools.slogans.decision import DecisionModel

__all__ = ["LAYERS", "SloganSet", "check_corpus", "check_layers", "corpus_groups", "prepare"]

#: The two layers: what the page marks as a formula, and known formulae of the lexicon.
LAYERS = ("marked", "lexicon")


def corpus_groups(corpus: "Corpus", kinds: tuple[str, ...], lex: Lexicon,
                  model: "DecisionModel | None" = None) -> dict[str, dict[str, Any]]:
    """Slogans qualifying on any page of *corpus*, grouped by key across pages (*model*: the decision
    model in effect, already resolved by :func:`~corpus_tools.slogans.decision.resolve_decision`; None
    for the rules alone).

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    kinds : tuple of str
        The kinds to find (:func:`~corpus_tools.slogans.detect.check_kinds`).
    lex : Lexicon
        The marked-slogan lexicon.
    model : DecisionModel or None
        The decision model in effect.

    Returns
    -------
    dict of str to dict
        Key -> group (``texts``, ``kinds``, ``level``, ``quoted``, ``evidence``, as
        :func:`~corpus_tools.slogans.page.group_page`, and ``dates``: the dates of the pages it qualifies on),
        numbered long forms folded into their short forms across pages
        (:func:`~corpus_tools.slogans.page.fold_numbered`).

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["标题\\n本报讯 推行“三地建设”。", "标题\\n本报讯 建设“三地”。"]}))
    >>> g = corpus_groups(c, ("numbered",), Lexicon.build(None))
    >>> sorted(g), sorted(g["三地"]["texts"])
    (['三地'], ['三地', '三地建设'])
    """
    merged: dict[str, dict[str, Any]] = {}
    # counting phrases the corpus quotes on several days are its own formulae (recurring_numbered)
    recurring = recurring_numbered((issue.date or issue.id, txt) for issue in corpus for _, _, txt in issue_units(issue))
    for issue in corpus:
        ctx = Ctx(lex, county_stems(issue.meta), decision=model or False, own=OwnCounty(issue), recurring=recurring,
                  year=page_year(issue))
        mentions: list[SloganMention] = []
        for _, _, txt in issue_units(issue):
            mentions.extend(find_marked(txt, kinds, ctx))
        for key, g in group_page(mentions, lex).items():
            m = merged.setdefault(key, {"texts": Counter(), "kinds": Counter(), "level": "",
                                        "quoted": False, "evidence": set(), "dates": set()})
            m["texts"].update(g["texts"])
            m["kinds"].update(g["kinds"])
            m["level"] = m["level"] or g["level"]
            m["quoted"] |= g["quoted"]
            m["evidence"] |= g["evidence"]
            if issue.date is not None:
                m["dates"].add(issue.date)
    fold_numbered(merged)      # a numbered long form seen on one page joins its short form seen on another
    return merged


def check_layers(layers: Sequence[str]) -> tuple[str, ...]:
    """Validate the *layers* argument: a non-empty selection of :data:`LAYERS`.

    Parameters
    ----------
    layers : str or sequence of str
        ``"marked"``, ``"lexicon"`` or both.

    Returns
    -------
    tuple of str

    Raises
    ------
    ValueError
        An unknown layer or an empty selection, named in the message.

    Examples
    --------
    >>> check_layers("marked")
    ('marked',)
    """
    if isinstance(layers, str):
        layers = (layers,)
    layers = tuple(layers)
    bad = [x for x in layers if x not in LAYERS]
    if bad or not layers:
        raise ValueError(f"layers = {bad[0] if bad else layers!r} is invalid; layers must be a non-empty "
                         f"selection of {LAYERS}")
    return layers


@dataclass
class SloganSet:
    """The slogans of a corpus (both layers) with their matchers.

    ``rows`` maps a row key to ``text, kind, level, variants, source, year, year_source``; the
    ``kind`` of a known formula the paper never marks (``source="lexicon"``) is its structure
    (``numbered``, ``parallel``), or missing where only quotation marks would make it ``quoted``.
    Marked-only rows are found by an overlapping matcher over their printed forms (so a
    nested formula counts in its own row too); known formulae, and marked slogans that are
    also known formulae (``source="both"``), by the leftmost-longest formula matcher.

    ``early`` holds the keys of the known formulae the paper itself marks as slogans (``source="both"``) on a
    page dated before their era (:meth:`~corpus_tools.slogans.formulae.FormulaMatcher.anachronistic`): there the
    words are the paper's own slogan, and like every marked slogan it is counted everywhere, so the era guard
    drops none of its mentions (user28 F1: a county's own quoted “五个一批” of 2007, a national formula of 2015).
    """

    rows: dict[str, dict[str, Any]]
    patterns: dict[str, list[tuple[str, str]]]
    formulae: FormulaMatcher
    early: frozenset[str] = frozenset()

    @classmethod
    def build(cls, groups: dict[str, dict[str, Any]], lex: Lexicon, matcher: FormulaMatcher,
              layers: tuple[str, ...], kinds: tuple[str, ...]) -> "SloganSet":
        """The slogan set of both layers from the corpus's marked groups and the formula matcher.

        Parameters
        ----------
        groups : dict of str to dict
            Marked slogan groups by key (:func:`corpus_groups`).
        lex : Lexicon
            The marked-slogan lexicon (levels, variants).
        matcher : FormulaMatcher
            The known-formula matcher; marked slogans that are known formulae add their printed forms to it.
        layers : tuple of str
            The layers asked for.
        kinds : tuple of str
            The kinds asked for.

        Returns
        -------
        SloganSet
        """
        rows: dict[str, dict[str, Any]] = {}
        patterns: dict[str, list[tuple[str, str]]] = defaultdict(list)
        early: set[str] = set()
        if "lexicon" in layers:
            for key, e in matcher.entries.items():
                if e["kind"] in kinds:
                    rows[key] = {"text": e["text"], "group": group_of(e), "kind": e["kind"], "level": e["level"],
                                 "variants": [],
                                 "source": "lexicon", "year": e["year"], "year_source": e["source"]}
        else:
            matcher = FormulaMatcher()
        for key, g in groups.items():
            entry = lex.entries.get(key)
            text = display_text(key, g, lex)
            level = entry["level"] if entry and entry["level"] else g["level"]
            fkey = next((matcher.entry_of(k) for k in [key, *map(slogan_key, g["texts"])]
                         if matcher.entry_of(k) in rows), None)
            if fkey is not None:          # a marked slogan that is also a known formula
                r = rows[fkey]
                # two marked groups of one formula (三讲 and its series 讲学习、讲政治、讲正气): the higher kind
                # (numbered, then parallel, then quoted), as within one group (user32 F8)
                kind = kind_of(g)
                if r["source"] == "both" and isinstance(r["kind"], str):
                    kind = min(r["kind"], kind, key=lambda k: PRIORITY.get(k, len(PRIORITY)))
                r["source"], r["kind"] = "both", kind
                r["level"] = r["level"] or level
                r["variants"] = sorted(set(r["variants"]) | {t for t in g["texts"] if t != r["text"]})
                for t in g["texts"]:
                    matcher.add_form(slogan_key(t), fkey)
                if any(matcher.anachronistic(fkey, d) for d in g.get("dates", ())):
                    early.add(fkey)       # the paper's own slogan of that name, marked before the formula's era
                continue
            rows[key] = {"text": text, "group": text, "kind": kind_of(g), "level": level,
                         "variants": sorted({t for t in g["texts"] if t != text}),
                         "source": "marked", "year": pd.NA, "year_source": ""}
            pats = {slogan_key(text)}
            if entry is not None:
                pats |= {slogan_key(v) for v in str(entry["variants"]).split("|") if v.strip()}
            for p in pats:
                if len(p) >= 2 and not any(p != q and p.startswith(q) for q in pats):
                    patterns[p[:2]].append((p, key))
        mark_formula_heads(rows, matcher.forms)   # “五星”支部: the marked head's formula is marked (user32 F3)
        # the paper marks a formula's wordings too (新时代“枫桥经验”: the variant row 新时代枫桥经验 is marked)
        marked_groups = {r["group"] for r in rows.values() if r["source"] == "both"}
        for r in rows.values():
            if r["source"] == "lexicon" and r["group"] in marked_groups:
                r["source"] = "both"
            elif r["source"] == "lexicon" and r["kind"] == "quoted":
                # never marked: a formula the lexicon would call quoted was not seen in quotes
                r["kind"] = pd.NA
        return cls(rows, dict(patterns), matcher, frozenset(early))

    def finditer(self, text: str, date: dt.date | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, row key) of every occurrence in *text*; offsets into *text*.

        Whitespace and quotation marks inside an occurrence are skipped (“三晋 强基”); known
        formulae introduced after *date* are skipped (``FormulaMatcher.era_dropped``), except those the
        paper marks before their era (:attr:`early`): its own marked use always counts.

        Parameters
        ----------
        text : str
            A text of the corpus.
        date : datetime.date or None
            The page's date (None: no era guard).

        Returns
        -------
        iterator of (int, int, str)
        """
        compact, index = compact_with_map(text)
        hits: list[tuple[int, int, str, str]] = []
        for i in range(len(compact) - 1):
            for pat, key in self.patterns.get(compact[i:i + 2], ()):
                if compact.startswith(pat, i):
                    hits.append((index[i], index[i + len(pat) - 1] + 1, key, pat))
        # two printed forms of one slogan at one place are one mention (新时代枫桥经验 / 枫桥经验); a slogan inside
        # its renamed successor (三个一批 in 三个一批+, 2.0, 升级版: how county papers rename a slogan) is the
        # successor's mention only, so the old name's last date is its own (user21 F2)
        known = [(start, end, key) for start, end, key, _ in self.formulae.finditer(text, date, keep=self.early)
                 if key in self.rows]
        for a, b, key, pat in hits:
            if not any((k == key or renamed(pat, p2)) and (c, d) != (a, b) and c <= a and b <= d
                       for c, d, k, p2 in hits) and not inside_known(a, b, key, known):
                yield a, b, key
        yield from known


def prepare(corpus: "Corpus", kinds: Sequence[str], lexicon: Any, formulae: Any = None,
            layers: Sequence[str] = LAYERS, decision: Any = None, *,
            nested: bool = False) -> tuple[SloganSet, tuple[str, ...]]:
    """Validate the arguments and build the :class:`SloganSet` of *corpus* (*nested*: count the
    composite formulae too, see :meth:`~corpus_tools.slogans.formulae.FormulaMatcher.build`).

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    kinds, lexicon, formulae, layers, decision, nested
        As in :func:`~corpus_tools.slogans.tables.extract_slogans`.

    Returns
    -------
    (SloganSet, tuple of str)
        The slogan set and the validated kinds.
    """
    check_corpus(corpus)
    model = resolve_decision(decision)    # validated and loaded once, before the first page
    kinds = check_kinds(kinds)
    layers = check_layers(layers)
    if formulae is False:                # no known-formula lexicon: the marked layer alone
        layers = ("marked",)
    lex = Lexicon.build(lexicon)
    matcher = FormulaMatcher.build(formulae, nested=nested) if "lexicon" in layers else FormulaMatcher()
    warn_years_after_corpus(matcher, max((i.date for i in corpus if i.date is not None), default=None))
    if formulae is not None and lexicon is not False and matcher.entries:
        # the user's own formulae, like the shipped ones: a quoted span equal to one is a marked slogan
        own = known_formula_keys(pd.DataFrame(list(matcher.entries.values())))
        lex.known.update({k: v for k, v in own.items() if k not in lex.known})
        own_years = known_formula_years(pd.DataFrame(list(matcher.entries.values())))
        lex.years.update({k: y for k, y in own_years.items() if k not in lex.years})
    groups = corpus_groups(corpus, kinds, lex, model) if "marked" in layers else {}
    return SloganSet.build(groups, lex, matcher, layers, kinds), kinds
