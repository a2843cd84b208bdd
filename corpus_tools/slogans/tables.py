"""Corpus level: the slogan set of a corpus, every mention, the slogan table and trends."""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import pandas as pd

from corpus_tools.slogans.core import KINDS, SloganMention, compact_with_map, delete_quotes, slogan_key
from corpus_tools.slogans.detect import Ctx, check_kinds, find_marked
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.page import article_parts, county_stems, display_text, group_page, issue_units, kind_of

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["SLOGAN_COLUMNS", "MENTION_COLUMNS", "extract_slogans", "slogan_mentions", "slogan_trends",
           "prepare", "mention_rows", "check_corpus"]

#: Columns of :func:`extract_slogans`.
SLOGAN_COLUMNS = ["text", "kind", "level", "count", "n_articles", "n_issues", "first_date",
                  "last_date", "first_article_id", "variants"]
#: Columns of :func:`slogan_mentions`.
MENTION_COLUMNS = ["issue_id", "article_id", "text", "kind", "start", "end", "context", "part",
                   "quoted"]


def check_corpus(corpus: Any, name: str = "corpus") -> None:
    if isinstance(corpus, str) or not hasattr(corpus, "issues"):
        raise TypeError(f"{name} must be a Corpus (from load_seeds() or read_corpus()); "
                        f"got {type(corpus).__name__}")


def corpus_groups(corpus: "Corpus", kinds: tuple[str, ...], lex: Lexicon) -> dict[str, dict[str, Any]]:
    """Slogans qualifying on any page of *corpus*, grouped by key across pages."""
    merged: dict[str, dict[str, Any]] = {}
    for issue in corpus:
        ctx = Ctx(lex, county_stems(issue.meta))
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
                    and kind_of(merged[long]) == "numbered":
                g = merged.pop(long)
                merged[short]["texts"].update({t: 0 for t in g["texts"]})
    return merged


@dataclass
class SloganSet:
    """The qualified slogans of a corpus with a fast overlapping matcher."""

    rows: dict[str, dict[str, Any]]           # key -> text, kind, level, variants
    patterns: dict[str, list[tuple[str, str]]]  # first two chars -> [(pattern key, slogan key)]

    @classmethod
    def build(cls, groups: dict[str, dict[str, Any]], lex: Lexicon) -> "SloganSet":
        rows: dict[str, dict[str, Any]] = {}
        patterns: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, g in groups.items():
            entry = lex.entries.get(key)
            text = display_text(key, g, lex)
            variants = sorted({t for t in g["texts"] if t != text})
            rows[key] = {"text": text, "kind": kind_of(g),
                         "level": (entry["level"] if entry and entry["level"] else g["level"]),
                         "variants": variants}
            pats = {slogan_key(text)}
            if entry is not None:
                pats |= {slogan_key(v) for v in str(entry["variants"]).split("|") if v.strip()}
            for p in pats:
                if len(p) >= 2 and not any(p != q and p.startswith(q) for q in pats):
                    patterns[p[:2]].append((p, key))
        return cls(rows, dict(patterns))

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, slogan key) of every occurrence in *text*; offsets into *text*.

        Whitespace and quotation marks inside an occurrence are skipped (“三晋 强基”)."""
        compact, index = compact_with_map(text)
        for i in range(len(compact) - 1):
            for pat, key in self.patterns.get(compact[i:i + 2], ()):
                if compact.startswith(pat, i):
                    yield index[i], index[i + len(pat) - 1] + 1, key


def prepare(corpus: "Corpus", kinds: Sequence[str], lexicon: Any) -> tuple[SloganSet, tuple[str, ...]]:
    check_corpus(corpus)
    kinds = check_kinds(kinds)
    lex = Lexicon.build(lexicon)
    return SloganSet.build(corpus_groups(corpus, kinds, lex), lex), kinds


def mention_rows(corpus: "Corpus", sset: SloganSet, *, width: int = 12) -> list[dict[str, Any]]:
    rows = []
    for issue in corpus:
        for art in issue.articles:
            for part, txt in article_parts(art):
                for start, end, key in sset.finditer(txt):
                    row = sset.rows[key]
                    quoted = (start > 0 and txt[start - 1] in "“「‘『\"'") or \
                        (end < len(txt) and txt[end] in "”」’』\"'")
                    ctx = txt[max(0, start - width):end + width].replace("\n", " ")
                    rows.append({"issue_id": issue.id, "article_id": art.id, "text": row["text"],
                                 "kind": row["kind"], "start": start, "end": end, "context": ctx,
                                 "part": part, "quoted": bool(quoted), "_date": issue.date,
                                 "_key": key,
                                 "_printed": delete_quotes(txt[start:end]).strip()})
    return rows


def slogan_mentions(corpus: "Corpus", *, kinds: Sequence[str] = KINDS,
                    lexicon: "pd.DataFrame | None | bool" = None, width: int = 12) -> pd.DataFrame:
    """Every occurrence of every qualifying slogan in the articles of *corpus*.

    The slogan set is the union over pages of what :func:`page_slogans` qualifies; then each
    slogan is looked up everywhere, quoted or not, so a formula quoted once is followed
    through the whole corpus.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.corpus.load_seeds` or :func:`~corpus_tools.corpus.read_corpus`.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon`; None uses the shipped lexicon, False none.
    width : int
        Characters of context on each side.

    Returns
    -------
    DataFrame
        Columns ``issue_id, article_id, text, kind, start, end, context, part, quoted``.
        ``part`` says which string ``start``/``end`` index into: ``"text"`` is
        :attr:`Article.text` (title, subtitle and body joined by ``"\\n"``), ``"kicker"`` is
        :attr:`Article.kicker` and ``"caption"`` is ``"\\n".join(Article.captions)``.
        ``text`` is the slogan's canonical form, the printed span may differ by whitespace or
        quotation marks inside it. ``quoted`` tells whether this occurrence is in quotation marks.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> m = slogan_mentions(load_seeds())
    >>> art = load_seeds().article(m.article_id.iloc[0])
    >>> row = m.iloc[0]
    >>> row.part != "text" or art.text[row.start:row.end].replace(" ", "") == row.text.replace(" ", "")
    True
    """
    if not isinstance(width, int) or width < 0:
        raise ValueError(f"width = {width!r} is invalid; must be an int >= 0")
    sset, _ = prepare(corpus, kinds, lexicon)
    rows = mention_rows(corpus, sset, width=width)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def extract_slogans(corpus: "Corpus", *, kinds: Sequence[str] = KINDS, min_count: int = 1,
                    lexicon: "pd.DataFrame | None | bool" = None) -> pd.DataFrame:
    """List the slogans of *corpus* with their kind, level, counts and dates.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.corpus.load_seeds` or :func:`~corpus_tools.corpus.read_corpus`.
    kinds : sequence of str
        Any of ``"numbered"``, ``"parallel"``, ``"quoted"``.
    min_count : int
        Keep slogans mentioned at least this many times in the corpus.
    lexicon : DataFrame, None or False
        From :func:`load_slogan_lexicon` (None: the shipped one; False: none). It supplies
        levels and variants and excludes false friends; it never adds a slogan the corpus
        does not quote.

    Returns
    -------
    DataFrame
        One row per slogan, most frequent first, with columns ``text`` (canonical printed
        form), ``kind``, ``level`` (national / provincial / municipal / county or ``""``),
        ``count`` (occurrences in article titles, subtitles, bodies, kickers and captions,
        quoted or not), ``n_articles``, ``n_issues``, ``first_date``, ``last_date``
        (``datetime.date`` or None for undated issues), ``first_article_id`` and
        ``variants`` (other printed forms, a list).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> df = extract_slogans(load_seeds())
    >>> df.set_index("text").loc["两学五抓", ["kind", "level"]].tolist()
    ['numbered', 'municipal']
    """
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
        raise ValueError(f"min_count = {min_count!r} is invalid; must be an int >= 1")
    sset, _ = prepare(corpus, kinds, lexicon)
    rows = mention_rows(corpus, sset)
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_key[r["_key"]].append(r)
    out = []
    for key, info in sset.rows.items():
        ms = by_key.get(key, [])
        if len(ms) < min_count:
            continue
        dates = [m["_date"] for m in ms if m["_date"] is not None]
        first = min(ms, key=lambda m: (m["_date"] is None, m["_date"] or dt.date.min, m["article_id"]),
                    default=None)
        out.append({"text": info["text"], "kind": info["kind"], "level": info["level"],
                    "count": len(ms), "n_articles": len({m["article_id"] for m in ms}),
                    "n_issues": len({m["issue_id"] for m in ms}),
                    "first_date": min(dates) if dates else None,
                    "last_date": max(dates) if dates else None,
                    "first_article_id": first["article_id"] if first else None,
                    "variants": sorted(set(info["variants"])
                                       | {m["_printed"] for m in ms if slogan_key(m["_printed"]) != key
                                          and m["_printed"] != info["text"]})})
    df = pd.DataFrame(out, columns=SLOGAN_COLUMNS)
    return df.sort_values(["count", "n_issues", "text"], ascending=[False, False, True],
                          ignore_index=True)


_PERIODS = ("issue", "month", "quarter", "year")


def slogan_trends(corpus: "Corpus", *, by: str = "issue", kinds: Sequence[str] = KINDS,
                  min_count: int = 1, lexicon: "pd.DataFrame | None | bool" = None) -> pd.DataFrame:
    """Slogan counts per issue or calendar period, normalised by the amount of text.

    Parameters
    ----------
    corpus : Corpus
        The corpus.
    by : {"issue", "month", "quarter", "year"}
        The period. Undated issues are dropped (with a warning) for calendar periods.
    kinds, min_count, lexicon
        As in :func:`extract_slogans` (``min_count`` applies to corpus totals).

    Returns
    -------
    DataFrame
        Long table with one row per period and slogan (zeros included): ``period`` (issue id,
        ``"2023-01"``, ``"2023Q1"`` or ``"2023"``), ``date`` (the issue date, or the first day
        of the period), ``text``, ``kind``, ``count``, ``n_articles`` and ``per_10k_chars``
        (count per 10,000 body characters of the period).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> t = slogan_trends(load_seeds(), by="year")
    >>> sorted(t.period.unique())[:2]
    ['2022', '2023']
    """
    if by not in _PERIODS:
        raise ValueError(f"by = {by!r} is invalid; must be one of {_PERIODS}")
    if not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"min_count = {min_count!r} is invalid; must be an int >= 1")
    sset, _ = prepare(corpus, kinds, lexicon)
    rows = mention_rows(corpus, sset)

    def period_of(issue_id: str, date: dt.date | None) -> tuple[str, dt.date | None] | None:
        if by == "issue":
            return issue_id, date
        if date is None:
            return None
        if by == "month":
            return f"{date.year}-{date.month:02d}", dt.date(date.year, date.month, 1)
        if by == "quarter":
            q = (date.month - 1) // 3
            return f"{date.year}Q{q + 1}", dt.date(date.year, 3 * q + 1, 1)
        return str(date.year), dt.date(date.year, 1, 1)

    chars: dict[str, int] = Counter()
    pdate: dict[str, dt.date | None] = {}
    undated = 0
    for issue in corpus:
        p = period_of(issue.id, issue.date)
        if p is None:
            undated += 1
            continue
        chars[p[0]] += sum(a.n_chars for a in issue.articles)
        pdate[p[0]] = p[1]
    if undated:
        warnings.warn(f"slogan_trends(by={by!r}) dropped {undated} undated issue(s)", stacklevel=2)
    counts: dict[tuple[str, str], int] = Counter()
    arts: dict[tuple[str, str], set] = defaultdict(set)
    totals: Counter = Counter()
    for r in rows:
        p = period_of(r["issue_id"], r["_date"])
        totals[r["_key"]] += 1
        if p is None:
            continue
        counts[(p[0], r["_key"])] += 1
        arts[(p[0], r["_key"])].add(r["article_id"])
    keys = [k for k in sset.rows if totals[k] >= min_count]
    periods = sorted(pdate, key=lambda p: (pdate[p] is None, pdate[p] or dt.date.min, p))
    out = []
    for p in periods:
        for k in keys:
            c = counts.get((p, k), 0)
            out.append({"period": p, "date": pdate[p], "text": sset.rows[k]["text"],
                        "kind": sset.rows[k]["kind"], "count": c, "n_articles": len(arts.get((p, k), ())),
                        "per_10k_chars": 1e4 * c / chars[p] if chars[p] else 0.0})
    return pd.DataFrame(out, columns=["period", "date", "text", "kind", "count", "n_articles",
                                      "per_10k_chars"])


