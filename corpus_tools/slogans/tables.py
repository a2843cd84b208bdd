"""Corpus level: every mention of the slogan set of a corpus (:mod:`~corpus_tools.slogans.sloganset`), the slogan
table and trends."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import warnings
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import pandas as pd

from corpus_tools.corpus_cache import shared
from corpus_tools.errors import user_stacklevel
from corpus_tools._validate import check_grouping
from corpus_tools.period_labels import PERIODS, period_bounds, period_key
from corpus_tools.slogans.core import KINDS, delete_quotes, quoted_span, slogan_key
from corpus_tools.slogans.printed import PLACES, article_parts, banner_lines, place_in_article
from corpus_tools.slogans.inside import composite_spans, inside_formula
from corpus_tools.slogans.innames import name_around
from corpus_tools.slogans.lexiconsource import lexicon_sources
from corpus_tools.slogans.eraguard import warn_printed_before_year
from corpus_tools.slogans.spans import printed_spans
from corpus_tools.slogans.sloganset import LAYERS, SloganSet, check_corpus, check_layers, prepare
from corpus_tools.text import SENTENCE_END_RE

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus
    from corpus_tools.slogans.decision import DecisionModel

__all__ = ["LAYERS", "SOURCE_DESCRIPTIONS", "SLOGAN_COLUMNS", "MENTION_COLUMNS", "TREND_COLUMNS", "extract_slogans",
           "slogan_mentions", "slogan_trends", "prepare", "mention_rows", "detection", "check_corpus", "check_layers",
           "SloganSet"]

#: What each value of the ``source`` column counts, in one sentence each (for reports and plots).
SOURCE_DESCRIPTIONS = {
    "marked": "a formula the paper itself marks (in quotation marks, numbered, or a parallel series in a "
              "requirement frame) that is not in the known-formula lexicon; every mention counts once it "
              "is marked somewhere",
    "lexicon": "a known official formula (提法) of the lexicon, counted wherever it appears, quoted or not, "
               "that the paper never marks",
    "both": "a known official formula that the paper also marks; every mention counts, quoted or not",
}

#: Columns of :func:`extract_slogans`.
SLOGAN_COLUMNS = ["text", "group", "kind", "level", "source", "year", "year_source", "count", "n_quoted", "n_articles",
                  "n_issues", "first_date", "last_date", "first_article_id", "variants", "printed", "n_before_year",
                  "first_at_start", "last_at_end", "spans", "n_in_formula", "n_in_name", "lexicon_source"]
#: Columns of :func:`slogan_mentions`.
MENTION_COLUMNS = ["issue_id", "article_id", "text", "group", "printed_form", "kind", "source", "start", "end", "context",
                   "sentence", "part", "printed", "quoted", "in_formula", "in_name"]
#: Columns of :func:`slogan_trends`.
TREND_COLUMNS = ["period", "date", "text", "group", "kind", "source", "year", "first_date", "last_date", "count",
                 "n_articles", "per_10k_chars", "n_in_formula"]


def detection(corpus: "Corpus", kinds: Sequence[str], lexicon: Any, formulae: Any = None,
              layers: Sequence[str] = LAYERS, decision: Any = None, *, nested: bool = False,
              width: int = 12) -> tuple[SloganSet, list[dict[str, Any]]]:
    """The :class:`SloganSet` of *corpus* and its :func:`mention_rows`, computed once per corpus and
    arguments while the corpus is unchanged (:func:`~corpus_tools.corpus_cache.shared`):
    the slogan tables share it. Callers must not modify the result.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    kinds, lexicon, formulae, layers, decision, nested
        As in :func:`extract_slogans`.
    width : int
        Context characters of the mention rows.

    Returns
    -------
    (SloganSet, list of dict)
        The slogan set and :func:`mention_rows`.
    """
    check_corpus(corpus)

    def compute() -> tuple[SloganSet, list[dict[str, Any]]]:
        sset, _ = prepare(corpus, kinds, lexicon, formulae, layers, decision, nested=nested)
        return sset, mention_rows(corpus, sset, width=width)

    return shared(corpus, ("slogan detection", *_detection_args(kinds, lexicon, formulae, layers, decision, nested),
                           width), compute)


def _detection_args(kinds: Sequence[str], lexicon: Any, formulae: Any, layers: Sequence[str], decision: Any,
                    nested: bool) -> tuple:
    """The arguments a corpus's slogan set depends on, as :func:`~corpus_tools.corpus_cache.shared` keys them."""
    return (tuple(kinds) if not isinstance(kinds, str) else kinds, lexicon, formulae,
            tuple(layers) if not isinstance(layers, str) else layers, decision, nested)


def _sentence(txt: str, starts: list[int], pos: int) -> str:
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    end = starts[i + 1] if i + 1 < len(starts) else len(txt)
    return txt[starts[i]:end].strip()


def _one_line(printed: str) -> str:
    """A printed span on one line: a line break and the spaces around it are dropped (a mention
    broken across lines), other runs of whitespace become one space (打响寒冬攻坚战 迎接平遥中国年)."""
    return re.sub(r"[ \t\u3000]+", " ", re.sub(r"\s*\n\s*", "", printed))


def _units(issue: Any) -> Iterator[tuple[str, str, str, Any]]:
    """(article id, part, text, article or None) of every string of *issue* the tables read: the
    page's lines outside articles first (part ``banner``, one unit per line, listed under the page's
    first article), then each article's parts."""
    arts = issue.articles
    if not arts:
        return
    for line in banner_lines(issue):
        yield arts[0].id, "banner", line, None
    for art in arts:
        for part, txt in article_parts(art):
            yield art.id, part, txt, art


def mention_rows(corpus: "Corpus", sset: SloganSet, *, width: int = 12) -> list[dict[str, Any]]:
    """One dict per mention (the columns of :data:`MENTION_COLUMNS` plus private ``_`` keys).

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    sset : SloganSet
        Its slogans (:func:`prepare`).
    width : int
        Characters of context on each side.

    Returns
    -------
    list of dict
        The rows of :func:`slogan_mentions`, page by page.
    """
    rows = []
    for issue in corpus:
        for aid, part, txt, art in _units(issue):
            starts = None
            for start, end, key in sorted(sset.finditer(txt, issue.date)):
                if starts is None:
                    starts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(txt)]
                    composites = composite_spans(sset.formulae, txt)
                row = sset.rows[key]
                quoted = (sset.formulae.quoted(txt, start, end, key) if key in sset.formulae.entries
                          else quoted_span(txt, start, end))
                ctx = txt[max(0, start - width):end + width].replace("\n", " ")
                printed = delete_quotes(txt[start:end]).strip()
                rows.append({"issue_id": issue.id, "article_id": aid, "text": row["text"],
                             "group": row["group"], "printed_form": _one_line(printed),
                             "kind": row["kind"], "source": row["source"], "start": start, "end": end,
                             "context": ctx, "sentence": _sentence(txt, starts, start), "part": part,
                             "printed": part if art is None else place_in_article(art, part, start),
                             "quoted": bool(quoted),
                             # (a part the paper quotes inside the longer formula is its own use: 领悟“两个确立”的…)
                             "in_formula": "" if quoted else inside_formula(composites, start, end, row["text"]),
                             "in_name": name_around(txt, start, end),   # 疫情防控 of 疫情防控指挥部 (user36 F4)
                             "_date": issue.date,
                             "_key": key, "_printed": printed})
    return rows


def slogan_mentions(corpus: "Corpus", *, kinds: Sequence[str] = KINDS,
                    lexicon: "pd.DataFrame | None | bool" = None,
                    formulae: "pd.DataFrame | None | bool" = None,
                    layers: Sequence[str] = LAYERS, width: int = 12,
                    decision: "DecisionModel | bool | None" = None, nested: bool = False) -> pd.DataFrame:
    """Every occurrence of every slogan of *corpus*, both layers, with its context sentence.

    Marked slogans: the slogan set is the union over pages of what :func:`page_slogans`
    qualifies; each is then looked up everywhere, quoted or not, so a formula quoted once is
    followed through the whole corpus. Known formulae: every mention of a lexicon entry,
    quoted or not (leftmost-longest, see :mod:`corpus_tools.slogans.formulae`).

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.loaders.load_seeds` or :func:`~corpus_tools.loaders.read_corpus`.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    lexicon : DataFrame, None or False
        The marked-slogan lexicon (:func:`load_slogan_lexicon`); None: the shipped one, False: none.
    formulae : DataFrame, None or False
        The known-formula lexicon (:func:`~corpus_tools.slogans.formulae.load_formula_lexicon`);
        None: the shipped one, False: none (same as ``layers=("marked",)``).
    layers : sequence of str
        ``"marked"``, ``"lexicon"`` or both (the default).
    width : int
        Characters of context on each side.
    decision : DecisionModel, bool or None
        The learned decision over marked candidates, as in :func:`~corpus_tools.slogans.detect.find_slogans`
        (None: the shipped model; False: the rules alone).
    nested : bool
        Also count the composite formulae of the lexicon (rows with ``contains``, such as
        巩固拓展脱贫攻坚成果同乡村振兴有效衔接) while their parts keep every mention; default False:
        composites are left out and every count is what the leftmost-longest rule gives.

    Returns
    -------
    DataFrame
        Columns :data:`MENTION_COLUMNS`: ``issue_id, article_id, text, group, printed_form, kind, source,
        start, end, context, sentence, part, printed, quoted, in_formula, in_name``. ``text`` is the slogan's canonical form (the
        printed span may be a variant, or differ by whitespace or quotation marks); ``group`` the
        formula it is a wording of (a variant row of the known-formula lexicon: 乡村全面振兴 →
        乡村振兴; else ``text``); ``printed_form`` the printed span without quotation marks, on one
        line (乡村振兴战略 where ``text`` is 乡村振兴); ``source``
        is the slogan's layer (``marked``, ``lexicon`` or ``both``); ``sentence`` the sentence
        holding the mention. ``part`` says which string ``start``/``end`` index into:
        ``"text"`` is :attr:`Article.text` (title, subtitle and body joined by ``"\\n"``),
        ``"kicker"`` is :attr:`Article.kicker`, ``"caption"`` is
        ``"\\n".join(Article.captions)`` and ``"banner"`` is a line the layout puts outside
        every article (a section banner, page line or column name, undoubled; its text is the
        row's ``sentence``): such rows come first on their page and carry the id of the page's
        first article. ``printed`` says where the occurrence was printed, one of
        :data:`~corpus_tools.slogans.printed.PLACES` (``banner``, ``kicker``, ``title``,
        ``subtitle``, ``body``, ``caption``). ``quoted`` tells whether this occurrence is in
        quotation marks; ``in_formula`` names the longer composite formula it is printed inside (unquoted),
        else ``""`` (:mod:`~corpus_tools.slogans.inside`); ``in_name`` the head of the name of a body, meeting or
        notice it is printed inside (``"指挥部"`` for 县疫情防控指挥部, ``"《》"`` inside book-title marks), else ``""``:
        such mentions are counted, ``m[m["in_name"] == ""]`` leaves them out (:mod:`~corpus_tools.slogans.innames`).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> m = slogan_mentions(load_seeds())
    >>> art = load_seeds().article(m.article_id.iloc[0])
    >>> row = m.iloc[0]
    >>> row.part != "text" or row.sentence in art.text
    True
    >>> sorted(m.source.unique())
    ['both', 'lexicon', 'marked']
    """
    if not isinstance(width, int) or width < 0:
        raise ValueError(f"width = {width!r} is invalid; must be an int >= 0")
    _, rows = detection(corpus, kinds, lexicon, formulae, layers, decision, nested=nested, width=width)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def extract_slogans(corpus: "Corpus", *, kinds: Sequence[str] = KINDS, min_count: int = 1,
                    lexicon: "pd.DataFrame | None | bool" = None,
                    formulae: "pd.DataFrame | None | bool" = None,
                    layers: Sequence[str] = LAYERS,
                    decision: "DecisionModel | bool | None" = None, nested: bool = False) -> pd.DataFrame:
    """List the slogans of *corpus*, both layers, with kind, level, layer, counts and dates.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.loaders.load_seeds` or :func:`~corpus_tools.loaders.read_corpus`.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    min_count : int
        Keep slogans mentioned at least this many times in the corpus.
    lexicon : DataFrame, None or False
        The marked-slogan lexicon (:func:`load_slogan_lexicon`; None: the shipped one;
        False: none). It supplies levels and variants of marked slogans and excludes false
        friends; it never adds a slogan the corpus does not mark.
    formulae : DataFrame, None or False
        The known-formula lexicon (None: the shipped one; False: none, marked slogans only).
    layers : sequence of str
        ``"marked"``, ``"lexicon"`` or both (the default).
    decision : DecisionModel, bool or None
        The learned decision over marked candidates, as in :func:`~corpus_tools.slogans.detect.find_slogans`
        (None: the shipped model; False: the rules alone).
    nested : bool
        Also count the composite formulae of the lexicon (rows with ``contains``, such as
        巩固拓展脱贫攻坚成果同乡村振兴有效衔接) while their parts keep every mention; default False:
        composites are left out and every count is what the leftmost-longest rule gives.

    Returns
    -------
    DataFrame
        One row per slogan, most frequent first, with the columns :data:`SLOGAN_COLUMNS`:
        ``text`` (canonical form), ``group`` (the formula a variant row is a wording of, else
        ``text``: :func:`slogan_mentions`), ``kind`` (``numbered``, ``parallel``, ``quoted`` as the
        paper marks it; for ``source="lexicon"`` the formula's structure, missing (NaN) for a formula
        that would only be ``quoted``), ``level`` (national / provincial / municipal /
        county or ``""``), ``source`` (``marked``: the paper marks it, ``lexicon``: a known
        formula the paper never marks, ``both``), ``year`` (year the formula entered official
        use, known formulae only, ``<NA>`` when unknown), ``year_source`` (where that year
        comes from), ``count`` (printed occurrences, quoted or not, in the page's lines outside
        articles — section banners, page lines, column names — and in article kickers, titles,
        subtitles, bodies and captions, each read once; so it can exceed what
        :func:`~corpus_tools.trends.keyword_trends` and :func:`~corpus_tools.concordance.kwic` count in
        ``Article.text``: ``slogan_mentions(corpus).query("part == 'text'")`` holds those), ``n_quoted`` (how
        many of ``count`` stand in quotation marks, the core quoted inside a longer wording included:
        ``slogan_mentions``' ``quoted``), ``n_articles`` (articles whose own parts
        mention it; a banner belongs to no article), ``n_issues`` (page files), ``first_date``, ``last_date``
        (``datetime.date`` or None for undated issues), ``first_article_id``, ``variants``
        (other printed forms, a list) and ``printed`` (where it was printed, a list of
        :data:`~corpus_tools.slogans.printed.PLACES` most visible first: ``banner``, ``kicker``,
        ``title``, ``subtitle``, ``body``, ``caption``; counts per place come from
        :func:`slogan_mentions`) and ``n_before_year`` (mentions of a known formula on pages dated
        before its year of introduction, left out of ``count`` and the dates: :func:`before_year`;
        ``kwic`` shows them), ``first_at_start`` / ``last_at_end`` (the first / last date is the corpus's
        first / last dated issue: the paper may have printed it before / after the corpus, so the lag from
        ``year`` to ``first_date`` is no uptake time), ``spans`` (the runs of use, a list of ``(first, last)``
        dates: a run ends where the corpus has
        :data:`~corpus_tools.slogans.spans.SPAN_GAP_YEARS` or more years of dated pages without a mention,
        :func:`~corpus_tools.slogans.spans.printed_spans`; the timeline draws one bar per run) and ``n_in_formula`` (how many
        of ``count`` stand inside a longer composite formula; the dates and spans are read from the others:
        :mod:`~corpus_tools.slogans.inside`) and ``lexicon_source`` (where the known formula's lexicon row
        comes from: ``shipped``, the name of the user's file given to
        :func:`~corpus_tools.slogans.formulae.load_formula_lexicon` (``extra`` for entries given as dicts or a
        table), ``shipped+<file>`` for a shipped row the file corrects, ``""`` for a ``marked`` row:
        :mod:`~corpus_tools.slogans.lexiconsource`) and ``n_in_name`` (how many of ``count`` stand inside the name
        of a body, meeting or notice: 疫情防控 of 县疫情防控指挥部, :mod:`~corpus_tools.slogans.innames`).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> df = extract_slogans(load_seeds()).set_index("text")
    >>> df.loc["两学五抓", ["kind", "level", "source"]].tolist()
    ['numbered', 'municipal', 'both']
    >>> df.loc["乡村振兴", "source"], int(df.loc["乡村振兴", "year"])
    ('lexicon', 2017)
    """
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
        raise ValueError(f"min_count = {min_count!r} is invalid; must be an int >= 1")
    sset, rows = detection(corpus, kinds, lexicon, formulae, layers, decision, nested=nested)
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_key[r["_key"]].append(r)
    warn_printed_before_year(by_key, sset.formulae)   # a user's row absorbing an older namesake (user32 F2)
    # one scan of the corpus per slogan set, like the detection itself; in a group of its own, so it never
    # pushes a slogan set out of the corpus's cache
    early = shared(corpus, ("slogan before_year", *_detection_args(kinds, lexicon, formulae, layers, decision, nested)),
                   lambda: before_year(corpus, sset), group="slogan before_year")
    issue_dates = [issue.date for issue in corpus if issue.date is not None]
    start, end = (min(issue_dates), max(issue_dates)) if issue_dates else (None, None)
    page_years = {d.year for d in issue_dates}
    out = []
    for key, info in sset.rows.items():
        ms = by_key.get(key, [])
        # a formula printed only before its era keeps a row (count 0, its n_before_year), so a folder of early
        # pages does not read as "never used" (user30b F1)
        if len(ms) < min_count and (ms or early[key] < min_count):
            continue
        # dated by the mentions printed on their own, counted with those inside a longer formula (inside.py)
        alone = [m for m in ms if not m["in_formula"]] or ms   # printed only inside: dated by those
        dates = [m["_date"] for m in alone if m["_date"] is not None]
        first = min(alone, key=lambda m: (m["_date"] is None, m["_date"] or dt.date.min, m["article_id"]),
                    default=None)
        out.append({"text": info["text"], "group": info["group"], "kind": info["kind"], "level": info["level"],
                    "source": info["source"], "year": info["year"], "year_source": info["year_source"],
                    "count": len(ms), "n_quoted": sum(bool(m["quoted"]) for m in ms),
                    "n_articles": len({m["article_id"] for m in ms if m["part"] != "banner"}),
                    "n_issues": len({m["issue_id"] for m in ms}),
                    "first_date": min(dates) if dates else None,
                    "last_date": max(dates) if dates else None,
                    "first_article_id": first["article_id"] if first else None,
                    # a form printed across a line break is the same form (社会主义和\n谐社会, user30b F13)
                    "variants": sorted(set(info["variants"])
                                       | {p for p in (re.sub(r"[\r\n]+", "", m["_printed"]) for m in ms)
                                          if slogan_key(p) != key and p != info["text"]}),
                    "printed": [p for p in PLACES if any(m["printed"] == p for m in ms)],
                    "n_before_year": early[key],
                    # censored: the corpus may hold the slogan's true first (last) use before (after) its span
                    "first_at_start": bool(dates) and min(dates) == start,
                    "last_at_end": bool(dates) and max(dates) == end,
                    "spans": printed_spans(dates, page_years),
                    "n_in_formula": len(ms) - len(alone),
                    "n_in_name": sum(bool(m["in_name"]) for m in ms)})
    df = pd.DataFrame(out, columns=SLOGAN_COLUMNS)
    df["year"] = pd.array(df["year"].tolist(), dtype="Int64")
    df["lexicon_source"] = lexicon_sources(df["text"], df["source"], formulae)   # shipped or the user's (F15)
    return df.sort_values(["count", "n_issues", "text"], ascending=[False, False, True],
                          ignore_index=True)


def before_year(corpus: "Corpus", sset: SloganSet) -> Counter:
    """Row key -> mentions of a dated known formula left out because the page is dated more than
    :data:`~corpus_tools.slogans.formulae.YEAR_TOLERANCE` years before the formula's year (the era guard of
    :meth:`~corpus_tools.slogans.formulae.FormulaMatcher.anachronistic`): the same words used otherwise, or an
    early use the table's ``first_date`` does not show (user21 F8: 高质量发展 printed in 2010).

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    sset : SloganSet
        Its slogans (:func:`prepare`).

    Returns
    -------
    Counter
        Row key -> mentions on pages dated too early; :func:`extract_slogans` computes it once per corpus and
        slogan set.
    """
    out: Counter = Counter()
    for issue in corpus:
        if issue.date is None:
            continue
        for _, _, txt, _ in _units(issue):
            for start, end, key, _ in sset.formulae.finditer(txt):
                if key in sset.rows and sset.formulae.era_dropped(txt, start, end, key, issue.date,
                                                                  sset.early):
                    out[key] += 1
    return out


_PERIODS = ("issue", *PERIODS)


def _period_of(by: str, issue_id: str, date: dt.date | None) -> tuple[str, dt.date | None] | None:
    """The period label and its first day (:func:`~corpus_tools.options.period_key`, ``period_bounds``)."""
    if by == "issue":
        return issue_id, date
    if date is None:
        return None
    label = period_key(date, by)
    return label, period_bounds(label, by)[0]


def slogan_trends(corpus: "Corpus", *, by: str = "issue", kinds: Sequence[str] = KINDS,
                  min_count: int = 1, lexicon: "pd.DataFrame | None | bool" = None,
                  formulae: "pd.DataFrame | None | bool" = None,
                  layers: Sequence[str] = LAYERS,
                  decision: "DecisionModel | bool | None" = None, nested: bool = False) -> pd.DataFrame:
    """Slogan counts per issue or calendar period, normalised by the amount of text.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    by : {"issue", "day", "week", "month", "quarter", "year"}
        The period (``"day"``: the pages of one date, one printed issue; ``"week"``: the ISO week, ``"2020-W06"``). Undated issues are dropped (with a warning) for calendar periods.
    kinds, min_count, lexicon, formulae, layers, decision, nested
        As in :func:`extract_slogans` (``min_count`` applies to corpus totals).

    Returns
    -------
    DataFrame
        Long table with one row per period and slogan (zeros included): ``period`` (issue id,
        ``"2023-01-31"``, ``"2023-01"``, ``"2023Q1"`` or ``"2023"``), ``date`` (the issue date, or the first day
        of the period), ``text``, ``group`` (as in :func:`extract_slogans`), ``kind``, ``source`` (marked / lexicon / both), ``year``
        (year of introduction of a known formula, ``<NA>`` if unknown), ``first_date`` and
        ``last_date`` (the slogan's first and last appearance in the whole corpus, to read
        against ``year``), ``count`` (banner lines included, as in :func:`extract_slogans`),
        ``n_articles`` (articles whose own parts mention it) and ``per_10k_chars`` (count per
        10,000 body characters of the period) and ``n_in_formula`` (how many of ``count`` stand inside a longer
        composite formula: :mod:`~corpus_tools.slogans.inside`; ``first_date``/``last_date`` leave them out).

    Examples
    --------
    >>> import warnings
    >>> from corpus_tools import load_seeds
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     t = slogan_trends(load_seeds(), by="year")
    >>> sorted(t.period.unique())[:2]
    ['2022', '2023']
    >>> row = t[t.text == "乡村振兴"].iloc[0]
    >>> int(row.year), bool(row.first_date.year >= row.year)
    (2017, True)
    """
    check_grouping(by, _PERIODS)
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
        raise ValueError(f"min_count = {min_count!r} is invalid; must be an int >= 1")
    sset, rows = detection(corpus, kinds, lexicon, formulae, layers, decision, nested=nested)
    chars: dict[str, int] = Counter()
    pdate: dict[str, dt.date | None] = {}
    undated = 0
    for issue in corpus:
        p = _period_of(by, issue.id, issue.date)
        if p is None:
            undated += 1
            continue
        chars[p[0]] += sum(a.n_chars for a in issue.articles)
        pdate[p[0]] = p[1]
    if undated:
        warnings.warn(f"slogan_trends(by={by!r}) dropped {undated} undated issue(s)",
                      stacklevel=user_stacklevel())
    counts: dict[tuple[str, str], int] = Counter()
    arts: dict[tuple[str, str], set] = defaultdict(set)
    totals: Counter = Counter()
    dates: dict[str, list[dt.date]] = defaultdict(list)
    inside: dict[tuple[str, str], int] = Counter()
    inside_dates: dict[str, list[dt.date]] = defaultdict(list)
    for r in rows:
        totals[r["_key"]] += 1
        if r["_date"] is not None:   # dated by its own mentions, else by those inside a longer formula (inside.py)
            (inside_dates if r["in_formula"] else dates)[r["_key"]].append(r["_date"])
        p = _period_of(by, r["issue_id"], r["_date"])
        if p is None:
            continue
        counts[(p[0], r["_key"])] += 1
        inside[(p[0], r["_key"])] += bool(r["in_formula"])
        if r["part"] != "banner":     # a banner line belongs to no article
            arts[(p[0], r["_key"])].add(r["article_id"])
    keys = [k for k in sset.rows if totals[k] >= min_count]
    for k in keys:
        if not dates[k]:
            dates[k] = inside_dates[k]
    periods = sorted(pdate, key=lambda p: (pdate[p] is None, pdate[p] or dt.date.min, p))
    out = []
    for p in periods:
        for k in keys:
            c = counts.get((p, k), 0)
            info = sset.rows[k]
            out.append({"period": p, "date": pdate[p], "text": info["text"], "group": info["group"],
                        "kind": info["kind"],
                        "source": info["source"], "year": info["year"],
                        "first_date": min(dates[k]) if dates[k] else None,
                        "last_date": max(dates[k]) if dates[k] else None,
                        "count": c, "n_articles": len(arts.get((p, k), ())),
                        "per_10k_chars": 1e4 * c / chars[p] if chars[p] else 0.0,
                        "n_in_formula": inside.get((p, k), 0)})
    df = pd.DataFrame(out, columns=TREND_COLUMNS)
    df["year"] = pd.array(df["year"].tolist(), dtype="Int64")
    return df
