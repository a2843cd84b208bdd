"""One HTML page per article: title, metadata, the text with entities and slogans marked.

Pages live in ``articles/<article_id>.html`` and link back to the report, to the issue's
other articles and to the previous and next article.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.dates import issue_date_label
from corpus_tools.report.page import ARTICLE_DIR, esc, page

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Article, Corpus

__all__ = ["highlight", "write_article_pages"]


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """*text* as HTML with ``(start, end, css_class, tooltip)`` spans wrapped in ``<mark>``.

    Spans that cross an earlier (longer or earlier-starting) span are left out, so the markup
    always nests; line breaks become paragraphs.

    Examples
    --------
    >>> highlight("平遥县推进乡村振兴", [(0, 3, "ent ent-GPE", "GPE"), (5, 9, "slogan", "quoted")])
    '<p><mark class="ent ent-GPE" title="GPE">平遥县</mark>推进<mark class="slogan" title="quoted">乡村振兴</mark></p>'
    """
    kept: list[tuple[int, int, str, str]] = []
    stack: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = span[0], span[1]
        if not 0 <= start < end <= len(text):
            continue
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack and end > stack[-1][1]:
            continue  # crosses the enclosing span
        if kept and (kept[-1][0], kept[-1][1]) == (start, end) and kept[-1][2] == span[2]:
            continue
        kept.append(span)
        stack.append(span)
    opens: dict[int, list[str]] = {}
    closes: dict[int, int] = {}
    for start, end, cls, tip in kept:
        opens.setdefault(start, []).append(f'<mark class="{esc(cls)}" title="{esc(tip)}">')
        closes[end] = closes.get(end, 0) + 1
    out: list[str] = ["<p>"]
    for i, ch in enumerate(text):
        out.append("</mark>" * closes.get(i, 0))
        out.extend(opens.get(i, []))
        out.append("</p><p>" if ch == "\n" else html.escape(ch))
    out.append("</mark>" * closes.get(len(text), 0) + "</p>")
    return "".join(out).replace("<p></p>", "")


def _span_index(entities: pd.DataFrame | None, mentions: pd.DataFrame | None
                ) -> dict[str, list[tuple[int, int, str, str]]]:
    """Article id -> the marks of its text: entities, then slogan mentions (part ``text``), in table order.

    One pass over each table for the whole report (filtering both tables once per article cost the
    user32 report minutes on 779 articles: F13)."""
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    if entities is not None and len(entities):
        ents = entities[entities["part"] == "text"]
        for aid, start, end, label, admin in zip(ents["article_id"], ents["start"], ents["end"], ents["label"],
                                                 ents["admin_code"]):
            code = f" {admin}" if isinstance(admin, str) and admin else ""
            spans.setdefault(aid, []).append((int(start), int(end), f"ent ent-{label}", f"{label}{code}"))
    if mentions is not None and len(mentions):
        ms = mentions[mentions["part"] == "text"]
        for aid, start, end, kind in zip(ms["article_id"], ms["start"], ms["end"], ms["kind"]):
            spans.setdefault(aid, []).append((int(start), int(end), "slogan", f"slogan ({kind})"))
    return spans


def _meta_rows(art: "Article", issue, corpus_labels: dict[str, str]) -> str:
    rows = [("Article", art.id), ("Issue", f"{corpus_labels.get(issue.id, issue.id)} ({issue.id})"),
            ("Date", issue_date_label(issue)),
            ("Date note", issue.meta.get("date_note") or ""),
            ("Paper", issue.meta.get("paper") or ""), ("County", issue.meta.get("county") or ""),
            ("Section", art.section or ""), ("Kicker", art.kicker or ""), ("Subtitle", art.subtitle or ""),
            ("Byline", art.byline_text),  # roles as roles: 记者 王磊 通讯员 赵晓红
            ("Captions", " | ".join(art.captions) if art.captions else ""),
            ("Characters", f"{art.n_chars:,}")]
    return "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v)


def write_article_pages(corpus: "Corpus", out_dir: Path, *, labels: dict[str, str],
                        entities: pd.DataFrame | None = None, mentions: pd.DataFrame | None = None
                        ) -> list[str]:
    """Write ``articles/<id>.html`` for every article; returns the files written (relative)."""
    folder = out_dir / ARTICLE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    order = [(issue, art) for issue in corpus.issues for art in issue.articles]
    written = []
    legend = ('<p class="legend">Marked: <mark class="ent ent-VILLAGE">places</mark>'
              '<mark class="ent ent-PERSON">people</mark><mark class="ent ent-ORG">organisations and '
              'other entities</mark><mark class="ent ent-PROJECT">projects</mark>'
              '<mark class="slogan">slogans</mark> (hover for the label and admin code).</p>')
    marks = _span_index(entities, mentions)
    for n, (issue, art) in enumerate(order):
        nav = ['<a href="../index.html" id="back">← report</a>',
               '<a href="../index.html#articles">article table</a>']
        if n > 0:
            nav.append(f'<a href="{esc(order[n - 1][1].id)}.html" rel="prev">← previous article</a>')
        if n + 1 < len(order):
            nav.append(f'<a href="{esc(order[n + 1][1].id)}.html" rel="next">next article →</a>')
        siblings = "".join(
            f'<li>{esc(a.title or a.id)}</li>' if a.id == art.id else
            f'<li><a href="{esc(a.id)}.html">{esc(a.title or a.id)}</a></li>' for a in issue.articles)
        body = (f'<nav class="article-nav">{" · ".join(nav)}</nav>'
                f'<table class="meta">{_meta_rows(art, issue, labels)}</table>'
                + legend + f'<div class="article-text">{highlight(art.text, marks.get(art.id, []))}</div>'
                f"<h2>Other articles of this issue</h2><ul>{siblings}</ul>")
        name = f"{ARTICLE_DIR}/{art.id}.html"
        (out_dir / name).write_text(page(art.title or art.id, body, depth=1,
                                         subtitle=f"{issue.meta.get('paper') or ''} {issue_date_label(issue)}"),
                                    encoding="utf-8")
        written.append(name)
    return written
