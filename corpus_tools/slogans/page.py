"""Page level: qualify the slogans of one page, group their variants and count them as the gold does."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import pandas as pd

from corpus_tools.slogans.core import KINDS, SloganMention, compact_with_map, renamed, slogan_key
from corpus_tools.slogans.detect import Ctx, check_kinds, find_marked
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.numbered import counted_tail
from corpus_tools.slogans.printed import article_parts, banner_lines

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Issue
    from corpus_tools.slogans.decision import DecisionModel

__all__ = ["page_slogans", "group_page", "fold_numbered", "kind_of", "display_text", "county_stems", "OwnCounty",
           "page_year", "article_parts", "issue_units", "PRIORITY"]

PRIORITY = {"numbered": 0, "parallel": 1, "quoted": 2}
_SERIES_SEP_RE = re.compile(r"[、，,；;]")


def group_page(mentions: list[SloganMention], lex: Lexicon) -> dict[str, dict[str, Any]]:
    """Group qualifying mentions of one page by key; numbered long forms join their short form.

    Parameters
    ----------
    mentions : list of SloganMention
        The qualifying mentions of the page.
    lex : Lexicon
        The slogan lexicon (its ``canon`` maps a variant's key to its entry's key).

    Returns
    -------
    dict of str to dict
        Each key with its group: ``texts`` and ``kinds`` counters, ``level``, ``quoted`` and the set of
        ``evidence``.
    """
    groups: dict[str, dict[str, Any]] = {}
    for m in mentions:
        key = lex.canon.get(m.key, m.key)
        g = groups.setdefault(key, {"texts": Counter(), "kinds": Counter(), "level": "",
                                    "quoted": False, "evidence": set()})
        g["texts"][m.text] += 1
        g["kinds"][m.kind] += 1
        g["quoted"] |= m.quoted
        g["level"] = g["level"] or m.level
        g["evidence"].add(m.evidence)
    fold_numbered(groups)
    return groups


def fold_numbered(groups: dict[str, dict[str, Any]]) -> None:
    """Fold each numbered long form into its short form, in place: 三地建设 + 三地 -> 三地 (the guide's shortest
    quoted form), 五个进一步要求 -> 五个进一步, and a formula quoted with a word before it into the formula quoted alone
    (“党务四亮” + “四亮” -> 四亮; :func:`~corpus_tools.slogans.numbered.counted_tail`). The short form takes the long form's printed texts (count 0) and,
    when it has none, its level. Not folded: a series that opens with the short form (两手抓、两促进、两不误 is a
    formula of its own beside 两手抓) and a renamed successor (三个一批+ renames 三个一批).

    Used for one page (:func:`group_page`) and across the pages of a corpus
    (:func:`~corpus_tools.slogans.sloganset.corpus_groups`).

    Parameters
    ----------
    groups : dict of str to dict
        Slogan groups by key, as :func:`group_page` builds them (``texts`` and ``kinds`` counters, ``level``).

    Examples
    --------
    >>> from collections import Counter
    >>> def g(text, level=""):
    ...     return {"texts": Counter({text: 1}), "kinds": Counter({"numbered": 1}), "level": level}
    >>> groups = {"三地": g("三地"), "三地建设": g("三地建设", "county"), "两手抓": g("两手抓"),
    ...           "两手抓、两促进、两不误": g("两手抓、两促进、两不误")}
    >>> fold_numbered(groups)
    >>> sorted(groups), dict(groups["三地"]["texts"]), groups["三地"]["level"]
    (['三地', '两手抓', '两手抓、两促进、两不误'], {'三地': 1, '三地建设': 0}, 'county')
    """
    numbered = sorted((k for k, g in groups.items() if kind_of(g) == "numbered"), key=len)
    for short in numbered:
        for long in list(groups):
            if long != short and short in groups and long in groups and kind_of(groups[long]) == "numbered" \
                    and ((long.startswith(short) and not _SERIES_SEP_RE.search(long[len(short):])
                          and not renamed(short, long)) or counted_tail(long) == short):
                g, s = groups.pop(long), groups[short]
                s["texts"].update({t: 0 for t in g["texts"]})
                s["level"] = s["level"] or g["level"]
                s.get("dates", set()).update(g.get("dates", ()))    # the dates a corpus group qualifies on


def kind_of(g: dict[str, Any]) -> str:
    """The kind of a slogan group (:func:`group_page`): the kind of highest :data:`PRIORITY` among its
    mentions' kinds (numbered, then parallel, then quoted).

    Parameters
    ----------
    g : dict
        A group of :func:`group_page`, with a ``kinds`` counter.

    Returns
    -------
    str
        One of :data:`~corpus_tools.slogans.core.KINDS`.

    Examples
    --------
    >>> from collections import Counter
    >>> kind_of({"kinds": Counter({"quoted": 3, "numbered": 1})})
    'numbered'
    """
    return min(g["kinds"], key=lambda k: (PRIORITY[k], -g["kinds"][k]))


def display_text(key: str, g: dict[str, Any], lex: Lexicon) -> str:
    """The text a slogan group is shown with: its most printed form whose key is *key* (the shorter on
    a tie), else the lexicon's text for *key*, else its shortest printed form.

    Parameters
    ----------
    key : str
        The group's key (:func:`~corpus_tools.slogans.core.slogan_key`).
    g : dict
        The group (:func:`group_page`), with a ``texts`` counter.
    lex : Lexicon
        The slogan lexicon.

    Returns
    -------
    str
        The text to show.
    """
    entry = lex.entries.get(key)
    printed = [t for t in g["texts"] if slogan_key(t) == key]
    if printed:
        return max(printed, key=lambda t: (g["texts"][t], -len(t)))
    if entry is not None:
        return entry["text"]
    return min(g["texts"], key=len)


def county_stems(meta: Mapping[str, Any]) -> tuple[str, ...]:
    """The county name the metadata gives and its stem without 县, 市, 区 or 旗 (of two or more characters).

    Parameters
    ----------
    meta : mapping
        A page's metadata (``county``).

    Returns
    -------
    tuple of str
        The name and its stem, in no fixed order; empty without a county.

    Examples
    --------
    >>> sorted(county_stems({"county": "长汀县"})), county_stems({})
    (['长汀', '长汀县'], ())
    """
    county = str(meta.get("county") or "")
    stems = {county}
    if len(county) > 2 and county[-1] in "县市区旗":
        stems.add(county[:-1])
    return tuple(s for s in stems if len(s) >= 2)


def page_year(issue: Any) -> "int | None":
    """The year of a page's date, or None for an undated page (the era guard of the marked layer, quotetest.Ctx).

    Parameters
    ----------
    issue : Issue
        One page of a corpus.

    Returns
    -------
    int or None

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["本报讯 推行“三地建设”。"], "date": ["2003-05-09"]}))
    >>> page_year(next(iter(c)))
    2003
    """
    date = getattr(issue, "date", None)
    if date is None or (isinstance(date, float) and pd.isna(date)):
        return None
    return int(pd.Timestamp(date).year)


class OwnCounty:
    """The page's own county stems, read when first asked (a zero-argument callable).

    The metadata's county (:func:`county_stems`) when it names one; else the county the page's
    text names (:func:`~corpus_tools.county.infer_issue_county`), inferred only when a quote needs
    it (长汀经验: the page's own county's practice, see
    :func:`~corpus_tools.slogans.singles.own_practice`) and then kept.

    Examples
    --------
    >>> from corpus_tools.corpus import Issue
    >>> sorted(OwnCounty(Issue("p", "本报讯　长汀县河田镇、三洲镇治理水土流失。\\n"))())
    ['长汀', '长汀县']
    """

    def __init__(self, issue: "Issue"):
        self.issue = issue
        self.stems: tuple[str, ...] | None = None

    def __call__(self) -> tuple[str, ...]:
        if self.stems is None:
            self.stems = county_stems(self.issue.meta)
            if not self.stems:
                from corpus_tools.county import infer_issue_county  # the gazetteer loads only when asked

                guess = infer_issue_county([a.text for a in self.issue.articles])
                self.stems = county_stems({"county": guess.county}) if guess.county else ()
        return self.stems


def issue_units(issue: "Issue") -> list[tuple[str | None, str, str]]:
    """(article_id, part, text) for every article part of the page plus its lines outside articles
    (part ``page``: banners, page lines and column names, :func:`~corpus_tools.slogans.printed.banner_lines`).

    Parameters
    ----------
    issue : Issue
        One page with its articles laid out
        (:attr:`~corpus_tools.corpus.Issue.all_articles`).

    Returns
    -------
    list of tuple of (str or None, str, str)
        The article id (None for the page's own lines), the part and its text.
    """
    units: list[tuple[str | None, str, str]] = []
    for art in issue.all_articles:
        for part, txt in article_parts(art):
            units.append((art.id, part, txt))
    sections = banner_lines(issue)
    if sections:
        units.append((None, "page", "\n".join(sections)))
    return units


def page_slogans(issue: "Issue", *, kinds: Sequence[str] = KINDS,
                 lexicon: "pd.DataFrame | None | bool" = None,
                 decision: "DecisionModel | bool | None" = None) -> pd.DataFrame:
    """The slogans of one page, counted the way the gold annotation counts them.

    A slogan qualifies on a page if one of its mentions there passes :func:`find_slogans`
    (numbered and quoted ones must be quoted at least once). Its count is the number of
    occurrences of its text on the page after deleting line breaks, whitespace and quotation
    marks from both (so quoted and unquoted mentions count alike, headlines included).

    Parameters
    ----------
    issue : Issue
        One page of a :class:`~corpus_tools.corpus.Corpus`.
    kinds, lexicon, decision
        As in :func:`find_slogans`.

    Returns
    -------
    DataFrame
        Columns ``text, kind, count, level, quoted, evidence`` (one row per slogan).
    """
    kinds = check_kinds(kinds)
    lex = Lexicon.build(lexicon)
    ctx = Ctx(lex, county_stems(issue.meta), decision=decision, own=OwnCounty(issue), year=page_year(issue))
    mentions: list[SloganMention] = []
    for _, _, txt in issue_units(issue):
        mentions.extend(find_marked(txt, kinds, ctx))
    groups = group_page(mentions, lex)
    page_compact, _ = compact_with_map(issue.raw)
    rows = []
    for key, g in groups.items():
        text = display_text(key, g, lex)
        entry = lex.entries.get(key)
        rows.append({"text": text, "kind": kind_of(g), "count": max(1, page_compact.count(slogan_key(text))),
                     "level": g["level"] or (entry["level"] if entry else ""),
                     "quoted": g["quoted"], "evidence": "; ".join(sorted(g["evidence"]))})
    return pd.DataFrame(rows, columns=["text", "kind", "count", "level", "quoted", "evidence"])


