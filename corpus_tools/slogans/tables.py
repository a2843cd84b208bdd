"""Corpus level: the slogan set of a corpus, every mention, the slogan table and trends."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import pandas as pd

from corpus_tools.corpus_cache import shared
from corpus_tools.errors import user_stacklevel
from corpus_tools.slogans.decision import resolve_decision
from corpus_tools.slogans.core import KINDS, SloganMention, compact_with_map, delete_quotes, renamed, slogan_key
from corpus_tools.slogans.detect import Ctx, check_kinds, find_marked, recurring_numbered
from corpus_tools.slogans.formulae import FormulaMatcher, group_of
from corpus_tools.slogans.lexicon import Lexicon, known_formula_keys
from corpus_tools.slogans.page import OwnCounty, county_stems, display_text, group_page, issue_units, kind_of
from corpus_tools.slogans.printed import PLACES, article_parts, banner_lines, place_in_article
from corpus_tools.text import SENTENCE_END_RE

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus
    from corpus_tools.slogans.decision import DecisionModel

__all__ = ["LAYERS", "SOURCE_DESCRIPTIONS", "SLOGAN_COLUMNS", "MENTION_COLUMNS", "TREND_COLUMNS", "extract_slogans",
           "slogan_mentions", "slogan_trends", "prepare", "mention_rows", "detection", "check_corpus", "check_layers",
           "SloganSet"]

#: The two layers: what the page marks as a formula, and known formulae of the lexicon.
LAYERS = ("marked", "lexicon")
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
SLOGAN_COLUMNS = ["text", "group", "kind", "level", "source", "year", "year_source", "count", "n_articles",
                  "n_issues", "first_date", "last_date", "first_article_id", "variants", "printed", "n_before_year",
                  "first_at_start", "last_at_end"]
#: Columns of :func:`slogan_mentions`.
MENTION_COLUMNS = ["issue_id", "article_id", "text", "group", "printed_form", "kind", "source", "start", "end", "context",
                   "sentence", "part", "printed", "quoted"]
#: Columns of :func:`slogan_trends`.
TREND_COLUMNS = ["period", "date", "text", "group", "kind", "source", "year", "first_date", "last_date", "count",
                 "n_articles", "per_10k_chars"]


def check_corpus(corpus: Any, name: str = "corpus") -> None:
    if isinstance(corpus, str) or not hasattr(corpus, "issues"):
        raise TypeError(f"{name} must be a Corpus (from load_seeds() or read_corpus()); "
                        f"got {type(corpus).__name__}")


def corpus_groups(corpus: "Corpus", kinds: tuple[str, ...], lex: Lexicon,
                  model: "DecisionModel | None" = None) -> dict[str, dict[str, Any]]:
    """Slogans qualifying on any page of *corpus*, grouped by key across pages (*model*: the decision
    model in effect, already resolved by :func:`~corpus_tools.slogans.decision.resolve_decision`; None
    for the rules alone)."""
    merged: dict[str, dict[str, Any]] = {}
    # counting phrases the corpus quotes on several days are its own formulae (recurring_numbered)
    recurring = recurring_numbered((issue.date or issue.id, txt) for issue in corpus for _, _, txt in issue_units(issue))
    for issue in corpus:
        ctx = Ctx(lex, county_stems(issue.meta), decision=model or False, own=OwnCounty(issue), recurring=recurring)
        mentions: list[SloganMention] = []
        for _, _, txt in issue_units(issue):
            mentions.extend(find_marked(txt, kinds, ctx))
        for key, g in group_page(mentions, lex).items():
            m = merged.setdefault(key, {"texts": Counter(), "kinds": Counter(), "level": "",
                                        "quoted": False, "evidence": set()})
            m["texts"].update(g["texts"])
            m["kinds"].update(g["kinds"])
            m["level"] = m["level"] or g["level"]
            m["quoted"] |= g["quoted"]
            m["evidence"] |= g["evidence"]
    # a numbered long form seen on one page joins its short form seen on another
    numbered = sorted((k for k, g in merged.items() if kind_of(g) == "numbered"), key=len)
    for short in numbered:
        for long in list(merged):
            if long != short and long.startswith(short) and short in merged and long in merged \
                    and kind_of(merged[long]) == "numbered" and not renamed(short, long):
                g = merged.pop(long)
                merged[short]["texts"].update({t: 0 for t in g["texts"]})
    return merged




def check_layers(layers: Sequence[str]) -> tuple[str, ...]:
    """Validate the *layers* argument: a non-empty selection of :data:`LAYERS`."""
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
    """

    rows: dict[str, dict[str, Any]]
    patterns: dict[str, list[tuple[str, str]]]
    formulae: FormulaMatcher

    @classmethod
    def build(cls, groups: dict[str, dict[str, Any]], lex: Lexicon, matcher: FormulaMatcher,
              layers: tuple[str, ...], kinds: tuple[str, ...]) -> "SloganSet":
        rows: dict[str, dict[str, Any]] = {}
        patterns: dict[str, list[tuple[str, str]]] = defaultdict(list)
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
                r["source"], r["kind"] = "both", kind_of(g)
                r["level"] = r["level"] or level
                r["variants"] = sorted(set(r["variants"]) | {t for t in g["texts"] if t != r["text"]})
                for t in g["texts"]:
                    matcher.add_form(slogan_key(t), fkey)
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
        # the paper marks a formula's wordings too (新时代“枫桥经验”: the variant row 新时代枫桥经验 is marked)
        marked_groups = {r["group"] for r in rows.values() if r["source"] == "both"}
        for r in rows.values():
            if r["source"] == "lexicon" and r["group"] in marked_groups:
                r["source"] = "both"
            elif r["source"] == "lexicon" and r["kind"] == "quoted":
                # never marked: a formula the lexicon would call quoted was not seen in quotes
                r["kind"] = pd.NA
        return cls(rows, dict(patterns), matcher)

    def finditer(self, text: str, date: dt.date | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, row key) of every occurrence in *text*; offsets into *text*.

        Whitespace and quotation marks inside an occurrence are skipped (“三晋 强基”); known
        formulae introduced after *date* are skipped (``FormulaMatcher.anachronistic``)."""
        compact, index = compact_with_map(text)
        hits: list[tuple[int, int, str, str]] = []
        for i in range(len(compact) - 1):
            for pat, key in self.patterns.get(compact[i:i + 2], ()):
                if compact.startswith(pat, i):
                    hits.append((index[i], index[i + len(pat) - 1] + 1, key, pat))
        # two printed forms of one slogan at one place are one mention (新时代枫桥经验 / 枫桥经验); a slogan inside
        # its renamed successor (三个一批 in 三个一批+, 2.0, 升级版: how county papers rename a slogan) is the
        # successor's mention only, so the old name's last date is its own (user21 F2)
        for a, b, key, pat in hits:
            if not any((k == key or renamed(pat, p2)) and (c, d) != (a, b) and c <= a and b <= d
                       for c, d, k, p2 in hits):
                yield a, b, key
        for start, end, key, _ in self.formulae.finditer(text, date):
            if key in self.rows:
                yield start, end, key


def prepare(corpus: "Corpus", kinds: Sequence[str], lexicon: Any, formulae: Any = None,
            layers: Sequence[str] = LAYERS, decision: Any = None, *,
            nested: bool = False) -> tuple[SloganSet, tuple[str, ...]]:
    """Validate the arguments and build the :class:`SloganSet` of *corpus* (*nested*: count the
    composite formulae too, see :meth:`~corpus_tools.slogans.formulae.FormulaMatcher.build`)."""
    check_corpus(corpus)
    model = resolve_decision(decision)    # validated and loaded once, before the first page
    kinds = check_kinds(kinds)
    layers = check_layers(layers)
    if formulae is False:                # no known-formula lexicon: the marked layer alone
        layers = ("marked",)
    lex = Lexicon.build(lexicon)
    matcher = FormulaMatcher.build(formulae, nested=nested) if "lexicon" in layers else FormulaMatcher()
    if formulae is not None and lexicon is not False and matcher.entries:
        # the user's own formulae, like the shipped ones: a quoted span equal to one is a marked slogan
        own = known_formula_keys(pd.DataFrame(list(matcher.entries.values())))
        lex.known.update({k: v for k, v in own.items() if k not in lex.known})
    groups = corpus_groups(corpus, kinds, lex, model) if "marked" in layers else {}
    return SloganSet.build(groups, lex, matcher, layers, kinds), kinds


def detection(corpus: "Corpus", kinds: Sequence[str], lexicon: Any, formulae: Any = None,
              layers: Sequence[str] = LAYERS, decision: Any = None, *, nested: bool = False,
              width: int = 12) -> tuple[SloganSet, list[dict[str, Any]]]:
    """The :class:`SloganSet` of *corpus* and its :func:`mention_rows`, computed once per corpus and
    arguments while the corpus is unchanged (:func:`~corpus_tools.corpus_cache.shared`):
    the slogan tables share it. Callers must not modify the result."""
    check_corpus(corpus)

    def compute() -> tuple[SloganSet, list[dict[str, Any]]]:
        sset, _ = prepare(corpus, kinds, lexicon, formulae, layers, decision, nested=nested)
        return sset, mention_rows(corpus, sset, width=width)

    return shared(corpus, ("slogan detection", tuple(kinds) if not isinstance(kinds, str) else kinds,
                           lexicon, formulae, tuple(layers) if not isinstance(layers, str) else layers,
                           decision, nested, width), compute)


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
    """One dict per mention (the columns of :data:`MENTION_COLUMNS` plus private ``_`` keys)."""
    rows = []
    for issue in corpus:
        for aid, part, txt, art in _units(issue):
            starts = None
            for start, end, key in sorted(sset.finditer(txt, issue.date)):
                if starts is None:
                    starts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(txt)]
                row = sset.rows[key]
                quoted = (start > 0 and txt[start - 1] in "“「‘『\"'") or \
                    (end < len(txt) and txt[end] in "”」’』\"'")
                ctx = txt[max(0, start - width):end + width].replace("\n", " ")
                printed = delete_quotes(txt[start:end]).strip()
                rows.append({"issue_id": issue.id, "article_id": aid, "text": row["text"],
                             "group": row["group"], "printed_form": _one_line(printed),
                             "kind": row["kind"], "source": row["source"], "start": start, "end": end,
                             "context": ctx, "sentence": _sentence(txt, starts, start), "part": part,
                             "printed": part if art is None else place_in_article(art, part, start),
                             "quoted": bool(quoted), "_date": issue.date,
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
        start, end, context, sentence, part, printed, quoted``. ``text`` is the slogan's canonical form (the
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
        quotation marks.

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
        ``Article.text``: ``slogan_mentions(corpus).query("part == 'text'")`` holds those), ``n_articles`` (articles whose own parts
        mention it; a banner belongs to no article), ``n_issues``, ``first_date``, ``last_date``
        (``datetime.date`` or None for undated issues), ``first_article_id``, ``variants``
        (other printed forms, a list) and ``printed`` (where it was printed, a list of
        :data:`~corpus_tools.slogans.printed.PLACES` most visible first: ``banner``, ``kicker``,
        ``title``, ``subtitle``, ``body``, ``caption``; counts per place come from
        :func:`slogan_mentions`) and ``n_before_year`` (mentions of a known formula on pages dated
        before its year of introduction, left out of ``count`` and the dates: :func:`before_year`;
        ``kwic`` shows them), ``first_at_start`` / ``last_at_end`` (the first / last date is the corpus's
        first / last dated issue: the paper may have printed it before / after the corpus, so the lag from
        ``year`` to ``first_date`` is no uptake time).

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
    early = before_year(corpus, sset)
    issue_dates = [issue.date for issue in corpus if issue.date is not None]
    start, end = (min(issue_dates), max(issue_dates)) if issue_dates else (None, None)
    out = []
    for key, info in sset.rows.items():
        ms = by_key.get(key, [])
        if len(ms) < min_count:
            continue
        dates = [m["_date"] for m in ms if m["_date"] is not None]
        first = min(ms, key=lambda m: (m["_date"] is None, m["_date"] or dt.date.min, m["article_id"]),
                    default=None)
        out.append({"text": info["text"], "group": info["group"], "kind": info["kind"], "level": info["level"],
                    "source": info["source"], "year": info["year"], "year_source": info["year_source"],
                    "count": len(ms), "n_articles": len({m["article_id"] for m in ms if m["part"] != "banner"}),
                    "n_issues": len({m["issue_id"] for m in ms}),
                    "first_date": min(dates) if dates else None,
                    "last_date": max(dates) if dates else None,
                    "first_article_id": first["article_id"] if first else None,
                    "variants": sorted(set(info["variants"])
                                       | {m["_printed"] for m in ms if slogan_key(m["_printed"]) != key
                                          and m["_printed"] != info["text"]}),
                    "printed": [p for p in PLACES if any(m["printed"] == p for m in ms)],
                    "n_before_year": early[key],
                    # censored: the corpus may hold the slogan's true first (last) use before (after) its span
                    "first_at_start": bool(dates) and min(dates) == start,
                    "last_at_end": bool(dates) and max(dates) == end})
    df = pd.DataFrame(out, columns=SLOGAN_COLUMNS)
    df["year"] = pd.array(df["year"].tolist(), dtype="Int64")
    return df.sort_values(["count", "n_issues", "text"], ascending=[False, False, True],
                          ignore_index=True)


def before_year(corpus: "Corpus", sset: SloganSet) -> Counter:
    """Row key -> mentions of a dated known formula left out because the page is dated more than
    :data:`~corpus_tools.slogans.formulae.YEAR_TOLERANCE` years before the formula's year (the era guard of
    :meth:`~corpus_tools.slogans.formulae.FormulaMatcher.anachronistic`): the same words used otherwise, or an
    early use the table's ``first_date`` does not show (user21 F8: 高质量发展 printed in 2010)."""
    out: Counter = Counter()
    for issue in corpus:
        if issue.date is None:
            continue
        for _, _, txt, _ in _units(issue):
            for _, _, key, _ in sset.formulae.finditer(txt):
                if key in sset.rows and sset.formulae.anachronistic(key, issue.date):
                    out[key] += 1
    return out


_PERIODS = ("issue", "day", "month", "quarter", "year")


def _period_of(by: str, issue_id: str, date: dt.date | None) -> tuple[str, dt.date | None] | None:
    if by == "issue":
        return issue_id, date
    if date is None:
        return None
    if by == "day":
        return date.isoformat(), date
    if by == "month":
        return f"{date.year}-{date.month:02d}", dt.date(date.year, date.month, 1)
    if by == "quarter":
        q = (date.month - 1) // 3
        return f"{date.year}Q{q + 1}", dt.date(date.year, 3 * q + 1, 1)
    return str(date.year), dt.date(date.year, 1, 1)


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
    by : {"issue", "day", "month", "quarter", "year"}
        The period (``"day"``: the pages of one date, one printed issue). Undated issues are dropped (with a warning) for calendar periods.
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
        10,000 body characters of the period).

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
    if by not in _PERIODS:
        raise ValueError(f"by = {by!r} is invalid; must be one of {_PERIODS}")
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
    for r in rows:
        totals[r["_key"]] += 1
        if r["_date"] is not None:
            dates[r["_key"]].append(r["_date"])
        p = _period_of(by, r["issue_id"], r["_date"])
        if p is None:
            continue
        counts[(p[0], r["_key"])] += 1
        if r["part"] != "banner":     # a banner line belongs to no article
            arts[(p[0], r["_key"])].add(r["article_id"])
    keys = [k for k in sset.rows if totals[k] >= min_count]
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
                        "per_10k_chars": 1e4 * c / chars[p] if chars[p] else 0.0})
    df = pd.DataFrame(out, columns=TREND_COLUMNS)
    df["year"] = pd.array(df["year"].tolist(), dtype="Int64")
    return df
