"""The marked-slogan detector: quoted spans classified by the guide's tests, plus parallel series.

:func:`find_slogans` is the text-level entry point; the rules are described in ``docs/slogans.md``.
Quotations are read by :mod:`~corpus_tools.slogans.quotes` and judged one by one by
:mod:`~corpus_tools.slogans.quotetest`; counting formulae and numeric codes are recognised by
:mod:`~corpus_tools.slogans.numbered`, series by :mod:`~corpus_tools.slogans.series`, a single quoted phrase by
:mod:`~corpus_tools.slogans.singles`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Hashable, Iterable, Sequence

import pandas as pd

from corpus_tools.slogans import alikerun, decision, knownseries, quoteframes, reachseries, reasoning
from corpus_tools.slogans.quotedtitles import titled_quotes
from corpus_tools.slogans.core import KINDS, SloganMention, series_parts, slogan_key
from corpus_tools.slogans.dotmarks import dot_motto
from corpus_tools.slogans.formulae import YEAR_TOLERANCE, FormulaMatcher, iter_formula_mentions
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.numbered import numbered_item
from corpus_tools.slogans.quotes import Quote, find_quotes, merge_single_chars, quote_groups, split_items
from corpus_tools.slogans.quotetest import Ctx, classify_quote
from corpus_tools.slogans.recurrence import QUOTED_MIN_DAYS
from corpus_tools.slogans.series import count_anchors, described_series, unquoted_series
from corpus_tools.slogans.wraps import remap, unwrap
from corpus_tools.text import normalize_text

__all__ = ["find_slogans", "find_marked", "check_kinds", "Ctx", "split_items", "recurring_numbered"]


def find_slogans(text: str, *, kinds: Sequence[str] = KINDS,
                 lexicon: "pd.DataFrame | None | bool" = None,
                 formulae: "pd.DataFrame | None | bool" = None,
                 places: Sequence[str] = (),
                 decision: "decision.DecisionModel | bool | None" = None) -> list[SloganMention]:
    """Find the slogans of *text*: marked ones by their structure, known formulae by the lexicon.

    *Marked* mentions (``source="marked"``) are the ones the text itself marks as a formula:
    quoted numbered formulae and catch-phrases, quoted series and unquoted series in a
    requirement frame. Later unquoted repetitions of a marked formula are counted by
    :func:`page_slogans` and :func:`extract_slogans`. *Known formulae* (``source="lexicon"``)
    are every mention of an entry of the formula lexicon, quoted or not
    (:func:`~corpus_tools.slogans.formulae.find_formulae`). A marked mention that is also a
    known formula is returned once, with ``source="both"``.

    Parameters
    ----------
    text : str
        Plain text; ``"\\n"`` separates paragraphs (a quotation or series never crosses it).
        Column wraps of text read straight from a page (lines of one width) are joined first
        (:func:`~corpus_tools.slogans.wraps.unwrap`); ``Article.body`` has none.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon`; None uses the shipped lexicon, False none.
    formulae : DataFrame, None or False
        The known-formula lexicon (:func:`~corpus_tools.slogans.formulae.load_formula_lexicon`);
        None uses the shipped one, False returns marked slogans only.
    places : sequence of str
        Place-name stems (e.g. ``["平遥"]``); a quoted phrase that starts with one is taken as
        the name of an event, brand or product (平遥中国年, 平遥酥梨), not a formula.
    decision : DecisionModel, bool or None
        The learned decision over marked candidates (:mod:`~corpus_tools.slogans.decision`): None, the
        default, uses the shipped model (which leaves the rules' decisions standing today); False the rules
        alone; True the shipped model, which must be installed; or a
        :class:`~corpus_tools.slogans.decision.DecisionModel`.

    Returns
    -------
    list of SloganMention
        In text order; ``start``/``end`` index into *text*.

    Examples
    --------
    >>> [(m.text, m.kind) for m in find_slogans("聚焦省委“五个进一步”要求，实施“党建提质增效”行动。")]
    [('五个进一步', 'numbered'), ('党建提质增效', 'quoted')]
    >>> [m.text for m in find_slogans("他说：“今年我们村发展了3个合作社。”")]
    []
    >>> [m.kind for m in find_slogans("按照疫情要防住、经济要稳住、发展要安全的要求开展活动")]
    ['parallel']
    >>> [(m.formula, m.source) for m in find_slogans("坚决做到两个维护")]
    [('两个维护', 'lexicon')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    kinds = check_kinds(kinds)
    ctx = Ctx(Lexicon.build(lexicon) if not isinstance(lexicon, Lexicon) else lexicon,
              tuple(p for p in places if p), decision=decision)
    marked = find_marked(text, kinds, ctx)
    if formulae is False:
        return marked
    matcher = formulae if isinstance(formulae, FormulaMatcher) else FormulaMatcher.build(formulae)
    out = list(marked)
    joined, index = unwrap(text)
    for f in iter_formula_mentions(joined, matcher):
        f = f if index is None else remap(f, index)
        if f.kind not in kinds:
            continue
        entry = slogan_key(f.formula)
        same = [i for i, m in enumerate(out) if m.source == "marked" and m.start < f.end and f.start < m.end
                and matcher.entry_of(m.key) == entry]
        if same:
            m = out[same[0]]
            out[same[0]] = replace(m, source="both", formula=f.formula, level=m.level or f.level)
        else:
            out.append(f)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    """Validate a *kinds* option: one kind or a selection of :data:`~corpus_tools.slogans.core.KINDS`.

    Parameters
    ----------
    kinds : str or sequence of str
        ``"numbered"``, ``"parallel"``, ``"quoted"`` or a selection of them.

    Returns
    -------
    tuple of str
        The kinds, as a tuple.

    Raises
    ------
    ValueError
        A kind outside :data:`~corpus_tools.slogans.core.KINDS`, named in the message.

    Examples
    --------
    >>> check_kinds("numbered"), check_kinds(["quoted", "parallel"])
    (('numbered',), ('quoted', 'parallel'))
    """
    if isinstance(kinds, str):
        kinds = (kinds,)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"kinds = {bad[0]!r} is invalid; kinds must be drawn from {KINDS}")
    return tuple(kinds)


def find_marked(text: str, kinds: tuple[str, ...], ctx: Ctx) -> list[SloganMention]:
    """The marked slogans of *text*, its column wraps joined first (:func:`~corpus_tools.slogans.wraps.unwrap`).

    The quotations are judged by the guide's tests (:func:`~corpus_tools.slogans.quotetest.classify_quote`), the
    unquoted series by :func:`~corpus_tools.slogans.series.unquoted_series`; the decision model of *ctx*, when one
    acts, keeps or drops the rules' finds and may add its own candidates.

    Parameters
    ----------
    text : str
        Plain text; ``"\\n"`` separates paragraphs.
    kinds : tuple of str
        The kinds to return (:func:`check_kinds`).
    ctx : Ctx
        The lexicon, places and decision option (:class:`~corpus_tools.slogans.quotetest.Ctx`).

    Returns
    -------
    list of SloganMention
        In text order; ``start``/``end`` index into *text*.

    Examples
    --------
    >>> from corpus_tools.slogans.lexicon import Lexicon
    >>> ctx = Ctx(Lexicon.build(None), ())
    >>> [(m.text, m.kind) for m in find_marked("推行“一事一议”，坚持抓龙头、抓基地、抓品牌。", KINDS, ctx)]
    [('一事一议', 'numbered'), ('抓龙头、抓基地、抓品牌', 'parallel')]
    """
    joined, index = unwrap(text)
    found = _find_marked(joined, kinds, ctx)
    return found if index is None else [remap(m, index) for m in found]


def _chain_or_reach(parts: list[str], text: str) -> bool:
    """Whether a series' *parts* are a chain of consequences or the places a campaign reaches (its items split once)."""
    return reasoning.consequence_chain(parts) or reachseries.reach_series(parts, text)


def _find_marked(text: str, kinds: tuple[str, ...], ctx: Ctx) -> list[SloganMention]:
    quotes = find_quotes(text)
    quote_spans = [(q.open, q.close + 1) for q in quotes]
    quotes, singles = merge_single_chars(text, quotes)
    groups = quote_groups(quotes, text)
    found: list[SloganMention] = list(singles)
    rejected: list[Quote] = []
    for i, q in enumerate(quotes):
        m = classify_quote(text, q, ctx, groups.get(i, [q]))
        if m is not None:
            found.append(m)
            found.extend(_nested(m, ctx))
        else:
            rejected.append(q)
    found.extend(_formula_items(text, rejected, found))
    found.extend(quoteframes.transformation_pairs(text, quotes, rejected))
    # a rejected quote beside a taken one built like it (“五加二”“白加黑”): alikerun
    found.extend(alikerun.alike_in_run(text, groups, quotes, found, rejected))
    # a rejected quotation naming a place level around a known formula (“四省边际共同富裕先行县”): quotedtitles;
    # a quote alikerun took already is not taken twice
    taken = {(m.start, m.end) for m in found}
    found.extend(m for m in titled_quotes(text, [(q.start, q.end) for q in rejected], ctx.lexicon.known)
                 if (m.start, m.end) not in taken)  # mend37d
    # a series inside a quotation that is a slogan itself is not found twice; one inside reported
    # speech is (“我是一个小兵，岗位在村、工作在村、吃住在村”)
    quoted_spans = [(m.start - 1, m.end + 1) for m in found if m.quoted]
    anchors = count_anchors([m.text for m in found if m.kind == "numbered"])
    # not a described list (series) nor a chain of consequences (农业就稳不住，农村也难发展: reasoning)
    # (nor the places a campaign reaches, 进机关、进社区、进企业, unless the page quotes their count: reachseries)
    found.extend(m for m in unquoted_series(text, quoted_spans, anchors) if not described_series(text, m)
                 and not _chain_or_reach(series_parts(m.text), text))
    # a known parallel formula printed unquoted, its items sharing a slot (学纪、知纪、明纪、守纪): knownseries
    found.extend(knownseries.unquoted_known_series(
        text, ctx.lexicon.known, ctx.lexicon.years, ctx.year,
        [(m.start, m.end) for m in found] + quote_spans, YEAR_TOLERANCE))
    found = [m for m in found if m.kind in kinds and not ctx.lexicon.excluded(m.text)]
    if ctx.candidates is not None or ctx.model is not None:
        extra = [m for m in _motto_candidates(text, rejected, found, quote_spans) if m.kind in kinds]
        found = decision.decide_candidates(text, found, extra, model=ctx.model or False,
                                           page_text=text if ctx.in_corpus else "", record=ctx.candidates)
    out = []
    for m in found:
        entry = ctx.lexicon.get(m.text)
        if entry is not None and entry["level"] and not m.level:
            m = SloganMention(m.text, m.kind, m.start, m.end, m.quoted, entry["level"], m.evidence)
        out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def recurring_numbered(days: Iterable[tuple[Hashable, str]], min_days: int = QUOTED_MIN_DAYS) -> frozenset[str]:
    """Keys of the counted phrases (:func:`~corpus_tools.slogans.numbered.numbered_item`, the guide's test
    for ``numbered``) that a corpus prints in quotation marks on at least *min_days* different days.

    A county paper quotes its own counting formula issue after issue (“五美乡村”, “三联三帮”), while a
    venue or a group with a number in its name (两乡馆) is usually quoted in one report: the detector
    (:class:`Ctx` ``recurring``) takes such a phrase as a formula even where its form looks like a
    venue's name. A dotted county motto (诗画仙居·神仙氧吧, :func:`~corpus_tools.slogans.dotmarks.dot_motto`)
    quoted on several days is the paper's own motto in the same way, where no frame marks it on the page.

    Parameters
    ----------
    days : iterable of (hashable, str)
        ``(day, text)`` pairs: the date of a page (or its id when undated) and one text of it.
    min_days : int
        How many different days must quote the phrase.

    Returns
    -------
    frozenset of str
        The keys (:func:`~corpus_tools.slogans.core.slogan_key`) of the phrases quoted on enough days.

    Examples
    --------
    >>> sorted(recurring_numbered([(1, "建设“五美乡村”。"), (2, "“五美乡村”提质扩面"), (2, "参观“两乡馆”")]))
    ['五美乡村']
    """
    seen: dict[str, set[Hashable]] = defaultdict(set)
    for day, text in days:
        for q in find_quotes(text):
            norm = normalize_text(text[q.start:q.end].strip())
            if norm and (numbered_item(norm) or dot_motto(norm)):
                seen[slogan_key(norm)].add(day)
    return frozenset(k for k, d in seen.items() if len(d) >= min_days)


def _motto_candidates(text: str, rejected: Sequence[Quote], found: Sequence[SloganMention],
                      quote_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """The decision model's own candidates: rejected quotes of two to four clauses or of one phrase, and
    unframed unquoted mottos (:mod:`~corpus_tools.slogans.decision`), none overlapping a find of the rules."""
    taken = [(m.start - int(m.quoted), m.end + int(m.quoted)) for m in found]
    out = []
    for q in rejected:
        inner = text[q.start:q.end]
        if any(a < q.close and q.open < b for a, b in taken):
            continue                 # (a quote nested in speech is a candidate like any other: speech.py)
        body = inner.strip()
        if decision.quoted_motto(inner):
            body = body[:-1] if body[-1:] in "。！!" else body
            evidence = "rejected quote"
        elif decision.quoted_phrase(body):
            evidence = "rejected phrase"
        else:
            continue
        a = q.start + inner.find(body)
        n = len(split_items(body))
        out.append(SloganMention(body, "parallel" if n >= 3 else "quoted", a, a + len(body), True, "", evidence))
    out.extend(decision.unframed_mottos(text, taken + quote_spans))
    return out


def _formula_items(text: str, quotes: Sequence[Quote], found: Sequence[SloganMention]) -> list[SloganMention]:
    """Quoted phrases the rules rejected that repeat an item of a quoted series found on the same page:
    the page quotes a part of its formula on its own (“小病不出村，大病不出县，疑难杂症有专家” … 让“小病不出村”
    有了可能), and the guide lists it separately."""
    items = {normalize_text(m.text[a:b]) for m in found if m.quoted and m.kind == "parallel"
             for a, b in split_items(m.text)}
    out = []
    for q in quotes:
        inner = text[q.start:q.end].strip()
        if len(inner) >= 3 and normalize_text(inner) in items:
            a = text.index(inner, q.start)
            out.append(SloganMention(inner, "quoted", a, a + len(inner), True, "", "item of a formula on the page"))
    return out


#: measure words that count a person or a thing (一名明白人, 一个调解室)
_MEASURES = "名个位座间处张支"


def _nested(m: SloganMention, ctx: Ctx) -> list[SloganMention]:
    """Numbered formulae nested in a longer quoted slogan (四下基层 in 共驻共建聚合力 四下基层送健康)."""
    if m.kind != "quoted":
        return []
    out = []
    spans = split_items(m.text)
    for a, b in spans:
        item = m.text[a:b]
        cand = None
        if len(spans) >= 2 and len(item) == 7 and numbered_item(item[:4]) and item[3] not in _MEASURES:
            cand = (a, a + 4)        # 4+3 rhythm: 四下基层|送健康; not a measure word and its noun (一户一名|明白人,
            #                          一村一个|调解室, pages29o: one person or room per unit, no formula cut out)
        for key, entry in ctx.lexicon.entries.items():
            if entry["kind"] == "numbered" and key in slogan_key(item) and key != slogan_key(item):
                k = item.find(entry["text"])
                if k >= 0:
                    cand = (a + k, a + k + len(entry["text"]))
        if cand:
            text = m.text[cand[0]:cand[1]]
            out.append(SloganMention(text, "numbered", m.start + cand[0], m.start + cand[1], True,
                                     "", "nested in " + m.text))
    return out
