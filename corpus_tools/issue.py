"""The page model: an :class:`Issue` (one page's raw text, metadata and layout) and its :class:`Article`.

:class:`~corpus_tools.corpus.Corpus` holds the issues; this module knows nothing of the
collection. Layout repair runs lazily, the first time an issue's blocks or articles are asked
for; :func:`restored_issue` is the one place that sets an issue's known layout (a saved issue,
or one given as articles).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from corpus_tools.layout import Block, PageLayout, Repair, byline_pairs, byline_text, split_page
from corpus_tools.layout.reprints import article_outlet

__all__ = ["Article", "Issue", "restored_issue"]


@dataclass(frozen=True)
class Article:
    """One article of a page, with every part traced back to the page text.

    Attributes
    ----------
    id : str
        ``<issue id>-<two-digit index>``, e.g. ``000_0a29cc865ac12c7f-03``.
    issue_id : str
        The id of the page it comes from.
    date : datetime.date or None
        The issue's date.
    title, kicker, subtitle : str or None
        Main headline, the place/lead-in line above it, and the "——" or second line below it.
    body : str
        Paragraphs joined by ``"\\n"``, lines rejoined and spacing repaired.
    byline : list of (str, str)
        ``(role, name)`` pairs (``("记者", "王磊")``; role ``""`` where the page prints names
        only), from the byline line or the lead's brackets. :attr:`byline_names` and
        :attr:`byline_text` give the names and a readable string.
    captions : list of str
        Photo captions attached to the article.
    section : str or None
        The page banner the article stands under.
    spans : dict
        Part name -> list of ``(start, end)`` offsets into ``Issue.raw``.
    meta : dict
        The issue's metadata (``county_code`` and so on).
    outlet : str or None
        The outlet a reprint comes from (``"南充日报"``: ``南充日报记者　庞建华`` under the title, or
        ``据《南充日报》（记者 孙悦）`` closing the text; :func:`~corpus_tools.layout.reprints.article_outlet`);
        None for the paper's own article. :attr:`source` says ``"reprint"`` or ``"own"``.
    """

    id: str
    issue_id: str
    date: dt.date | None
    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str
    byline: list[tuple[str, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    section: str | None = None
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)
    outlet: str | None = None

    @property
    def text(self) -> str:
        """Title, subtitle and body joined by ``"\\n"``: the text NLP results index into."""
        return "\n".join(part for part in (self.title, self.subtitle, self.body) if part)

    @property
    def byline_names(self) -> list[str]:
        """The byline's names, without roles (``["王磊", "赵晓红"]``)."""
        return [name for _, name in byline_pairs(self.byline)]

    @property
    def byline_text(self) -> str:
        """The byline as one readable string (``"记者 王磊 通讯员 赵晓红"``)."""
        return byline_text(self.byline)

    @property
    def source(self) -> str:
        """Where the article comes from: ``"reprint"`` when its byline credits another outlet (:attr:`outlet`),
        else ``"own"``."""
        return "reprint" if self.outlet else "own"

    @property
    def n_chars(self) -> int:
        """Number of non-space characters in the body."""
        return sum(1 for ch in self.body if not ch.isspace())

    def __repr__(self) -> str:
        title = self.title or self.body[:16] + "…"
        return f"Article({self.id!r}, {title!r}, {self.n_chars} chars)"

    def _repr_html_(self) -> str:
        esc = html.escape
        parts = [f"<div><small>{esc(self.id)} · {esc(str(self.date or 'undated'))}"
                 + (f" · {esc(self.section)}" if self.section else "") + "</small>"]
        if self.kicker:
            parts.append(f"<div><em>{esc(self.kicker)}</em></div>")
        parts.append(f"<h3 style='margin:2px 0'>{esc(self.title or '(untitled)')}</h3>")
        if self.subtitle:
            parts.append(f"<div>——{esc(self.subtitle)}</div>")
        parts.extend(f"<p style='margin:4px 0'>{esc(p)}</p>" for p in self.body.split("\n"))
        if self.byline:
            parts.append(f"<div><small>（{esc(self.byline_text)}）</small></div>")
        parts.extend(f"<div><small>图：{esc(c)}</small></div>" for c in self.captions)
        return "".join(parts) + "</div>"


@dataclass(frozen=True, eq=False)
class Issue:
    """One newspaper page (a file): its raw text, metadata, blocks and articles.

    ``blocks`` and ``articles`` are computed on first access.
    """

    id: str
    raw: str
    date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    article_filter: Callable[[Article], bool] | None = field(default=None, repr=False)

    @property
    def issue_id(self) -> str:
        """The issue's id under the name every table and :attr:`Article.issue_id` use (same as ``id``)."""
        return self.id

    @cached_property
    def layout(self) -> PageLayout:
        """The page's :class:`~corpus_tools.layout.PageLayout` (blocks, article parts, repairs)."""
        return split_page(self.raw)

    @property
    def blocks(self) -> list[Block]:
        """Every block of the page in reading order (headline, body, caption, byline, banner …)."""
        return self.layout.blocks

    @property
    def repairs(self) -> list[Repair]:
        """Characters removed by a recorded repair (e.g. undoubling a bold headline)."""
        return self.layout.repairs

    @cached_property
    def all_articles(self) -> list[Article]:
        """All articles of the page, ignoring any filter."""
        out = []
        for i, parts in enumerate(self.layout.articles, start=1):
            out.append(Article(
                id=f"{self.id}-{i:02d}", issue_id=self.id, date=self.date,
                title=parts.title, kicker=parts.kicker, subtitle=parts.subtitle, body=parts.body,
                byline=byline_pairs(parts.byline), captions=list(parts.captions), section=parts.section,
                spans={k: list(v) for k, v in parts.spans.items()}, meta=self.meta,
                outlet=article_outlet(parts.byline, [self.raw[a:b] for a, b in parts.spans.get("byline", [])],
                                      self.raw, self.meta.get("paper")),
            ))
        if not out:
            from corpus_tools.lost_text import warn_unread
            warn_unread(self)   # text but no article: said, never lost silently (user31b F13)
        return out

    @property
    def articles(self) -> list[Article]:
        """The page's articles (after any :meth:`Corpus.filter` on article fields)."""
        if self.article_filter is None:
            return self.all_articles
        return [a for a in self.all_articles if self.article_filter(a)]

    def __repr__(self) -> str:
        return f"Issue({self.id!r}, date={self.date}, {len(self.articles)} articles)"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(a.id)}</td><td>{html.escape(a.title or '')}</td><td>{a.n_chars}</td></tr>"
            for a in self.articles)
        return (f"<div><b>Issue {html.escape(self.id)}</b> · {self.date or 'undated'} · "
                f"{len(self.articles)} articles<table><tr><th>article_id</th><th>title</th>"
                f"<th>n_chars</th></tr>{rows}</table></div>")


def restored_issue(id: str, raw: str, date: dt.date | None, meta: dict[str, Any],
                   article_filter: Callable[[Article], bool] | None, layout: PageLayout) -> Issue:
    """An issue whose layout is already known (saved, or given as articles): no layout repair runs."""
    issue = Issue(id=id, raw=raw, date=date, meta=meta, article_filter=article_filter)
    issue.__dict__["layout"] = layout  # the cached_property's own slot
    return issue

