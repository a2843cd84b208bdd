"""A second typesetter for ``benchmarks/pdf_pages.py --style b``: held evidence against one typesetter's habits.

Written before it was ever scored and scored only before/after a change (never tuned on), it sets
pages another way than the first typesetter:

* a B4 page (729 x 1032 pt), 3-5 columns, gutters of 0.8-1.3 body sizes, body type of 10-11 pt at a
  pitch of 1.55-1.7, headlines 1.6-2.1 times the body, kickers 1.1, subtitles 1.15, captions 0.8;
* headlines set flush left; paragraphs indented by position (no indent characters);
* modules packed column by column (masonry), so modules of a row have uneven heights, each closed
  by a rule across its own columns only; a running header and a footer, each behind a rule;
* photos without a caption (and photo boxes standing alone), long articles whose body runs on in a
  second band of columns under a photo across the module (an article continued in the next row);
* one boxed 简讯 column a page: a label and three short items, each with its own small title.

Seeds :data:`SEEDS` (articles of the crawl's ``dev`` half) are kept apart from development.
"""

from __future__ import annotations

import datetime as _dt
import io
import random
import re

from pdf_pages import FONT, _PAPERS, _SECTIONS, _WEEKDAYS, _byline, _name, _wrap, body_paras  # noqa: E402

PAGE_W, PAGE_H = 729.0, 1032.0  # B4 portrait, points
MARGIN = 30.0
SEEDS = range(5_000, 5_200)


def _lines(paras: list[str], cw: int) -> list[tuple[str, bool]]:
    """(line, starts a paragraph) of *paras* wrapped at *cw* cells, indented by position."""
    out = []
    for p in paras:
        for k, line in enumerate(_wrap(p, cw, indent=2)):
            out.append((line.lstrip("\u3000") if k == 0 else line, k == 0))
    return out


class _Setter:
    def __init__(self, canvas, rng: random.Random):
        self.c, self.rng = canvas, rng
        self.ncol = rng.choice((3, 4, 5))
        self.body = rng.choice((10.0, 10.5, 11.0))
        self.pitch = self.body * rng.choice((1.55, 1.6, 1.7))
        self.gutter = self.body * rng.choice((0.8, 1.0, 1.3))
        self.col_w = (PAGE_W - 2 * MARGIN - (self.ncol - 1) * self.gutter) / self.ncol
        self.cw = int(self.col_w // self.body) - 1
        self.top = PAGE_H - MARGIN
        self.bottom = MARGIN + 2.2 * self.body
        self.fill = [0.0] * self.ncol

    def x_of(self, col: int) -> float:
        return MARGIN + col * (self.col_w + self.gutter)

    def width(self, span: int) -> float:
        return span * self.col_w + (span - 1) * self.gutter

    def text(self, x: float, y: float, s: str, size: float) -> None:
        self.c.setFont(FONT, size)
        self.c.drawString(x, y, s)

    def furniture(self, paper: str, date: str, section: str) -> None:
        small = self.body * 0.85
        self.text(MARGIN, self.top - small, f"{section}", small)
        self.c.setFont(FONT, small)
        self.c.drawRightString(PAGE_W - MARGIN, self.top - small, f"{paper}　{date}")
        self.c.line(MARGIN, self.top - small - 4, PAGE_W - MARGIN, self.top - small - 4)
        self.text(MARGIN, MARGIN, f"本版编辑：{_name(self.rng)}　校对：{_name(self.rng)}", small)
        self.c.line(MARGIN, MARGIN + small + 3, PAGE_W - MARGIN, MARGIN + small + 3)
        self.fill = [self.top - small - 4 - self.body] * self.ncol

    def slot(self, span: int) -> tuple[int, float]:
        """The leftmost columns whose fill is highest for a module of *span* columns."""
        options = [(min(self.fill[c:c + span]), c) for c in range(self.ncol - span + 1)]
        y, c = max(options, key=lambda t: (t[0], -t[1]))
        return c, y

    def columns(self, x: float, y: float, lines: list[tuple[str, bool]], span: int) -> float:
        """Set *lines* down *span* columns from *y*; the lowest baseline's bottom."""
        per = -(-len(lines) // span)
        low = y
        for k in range(span):
            ly = y
            for line, first in lines[k * per:(k + 1) * per]:
                ly -= self.pitch
                self.text(x + k * (self.col_w + self.gutter) + (2 * self.body if first else 0), ly, line, self.body)
            low = min(low, ly)
        return low - 0.4 * self.body

    def close(self, col: int, span: int, low: float) -> None:
        y = low - 0.5 * self.body
        self.c.line(self.x_of(col), y, self.x_of(col) + self.width(span), y)
        for k in range(col, col + span):
            self.fill[k] = y - 0.8 * self.body


def _article(st: _Setter, src, rng: random.Random, span: int) -> dict | None:
    """Set one article module; its truth (None when it does not fit)."""
    pairs, style, printed = _byline(rng)
    kept, body = body_paras(src, rng, style, printed, most=5, per_col=(150, 230), span=span)
    lines = _lines(body, st.cw)
    size = st.body * rng.choice((1.6, 1.8, 2.1)) if span > 1 else st.body * 1.6
    fit = int(st.width(span) // size)
    title = src.title
    head: list[tuple[str, float]] = []
    truth = {"title": title.replace(" ", ""), "byline": pairs}
    if src.kicker and rng.random() < 0.6:
        head.append((src.kicker.rstrip("——").strip(), st.body * 1.1))
        truth["kicker"] = head[0][0]
    if len(title) > fit:
        cut = len(title) // 2
        if len(title) - cut > fit:  # a headline never runs past its module: set smaller
            size = st.width(span) / (len(title) - cut) * 0.98
        head += [(title[:cut], size), (title[cut:], size)]
    else:
        head.append((title, size))
    if src.subtitle and rng.random() < 0.6:
        head.append(("——" + src.subtitle.lstrip("—").strip(), st.body * 1.15))
    if style == "standfirst":
        head.append((printed, st.body))
    first = re.sub(r"^本报讯[（(][^）)]*[）)]", "", body[0])
    truth["body_first"] = ("本报讯 " if style == "lead" else "") + first[:16]
    truth["body_last"] = kept[-1][-14:]
    photo = rng.random() < 0.35
    caption = photo and rng.random() < 0.5
    two_bands = photo and span > 1 and len(lines) > 6 * span and rng.random() < 0.6
    col, y = st.slot(span)
    height = sum(s * 1.4 for _, s in head) + len(lines) / span * st.pitch + (110 if photo else 0) + 3 * st.body
    if y - height < st.bottom:
        return None
    x = st.x_of(col)
    for text, s in head:
        y -= s * 1.4
        st.text(x, y, text, s)
    y -= 0.4 * st.body
    cap = f"{re.split(r'[，。；]', kept[0])[0][-14:]}（{_name(rng)}　摄）"
    if two_bands:
        half = (len(lines) // 2 // span) * span
        y = st.columns(x, y, lines[:half], span)
        lines = lines[half:]
    if photo:
        st.c.rect(x, y - 92, st.width(span), 88, stroke=1, fill=0)
        y -= 96
        if caption:
            st.text(x, y - st.body * 0.8, cap, st.body * 0.8)
            y -= st.body * 1.4
    low = st.columns(x, y, lines, span)
    st.close(col, span, low)
    return truth


def _photo_only(st: _Setter, span: int) -> None:
    col, y = st.slot(span)
    if y - 120 < st.bottom:
        return
    st.c.rect(st.x_of(col), y - 110, st.width(span), 106, stroke=1, fill=0)
    st.close(col, span, y - 110)


def _briefs(st: _Setter, srcs: list, rng: random.Random) -> list[dict]:
    """A boxed 简讯 column of three short items; their truths."""
    items = []
    for src in srcs:
        sents = re.findall(r"[^。！？]+[。！？]", src.paras[0])
        text, n = "", 0
        while n < len(sents) and len(text) + len(sents[n]) <= 90:
            text += sents[n]
            n += 1
        if text:
            items.append((src.title[: st.cw - 3], text))
    col, y = st.slot(1)
    lines_of = [_lines([t], st.cw - 1) for _, t in items]
    height = st.body * 3 + sum(st.body * 1.12 * 1.6 + len(ls) * st.pitch + st.body for ls in lines_of)
    if y - height < st.bottom or not items:
        return []
    x, w = st.x_of(col), st.width(1)
    y0 = y
    y -= st.body * 1.5 * 1.3
    st.text(x + 4, y, "简讯", st.body * 1.5)
    y -= 0.5 * st.body
    truths = []
    for (title, text), ls in zip(items, lines_of):
        y -= st.body * 1.12 * 1.5
        st.text(x + 4, y, "■" + title, st.body * 1.12)
        for line, first in ls:
            y -= st.pitch
            st.text(x + 4 + (2 * st.body if first else 0), y, line, st.body)
        y -= 0.6 * st.body
        truths.append({"title": title.replace(" ", ""), "byline": [], "body_first": text[:16],
                       "body_last": text[-14:]})
    st.c.rect(x, y - 2, w, y0 - y + 2, stroke=1, fill=0)
    st.close(col, 1, y - 2)
    return truths


def make_page_b(seed: int, pool: list) -> tuple[bytes, dict]:
    """One PDF page of the second typesetter and its truth (the pages schema) for *seed*."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    rng = random.Random(seed)
    county = rng.choice(("平顺", "黎城", "五台", "繁峙", "隰县", "永和", "石楼", "交口"))
    paper = rng.choice(_PAPERS).format(c=county)
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    wd = _WEEKDAYS[_dt.date(year, month, day).weekday()]
    pno = rng.randint(1, 8)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    st = _Setter(canvas, rng)
    st.furniture(paper, f"{year}年{month}月{day}日　星期{wd}　第{pno}版", rng.choice(_SECTIONS))
    srcs = rng.sample(pool, 14)
    truths: list[dict] = []
    brief_at = rng.randint(1, 4)
    for k, src in enumerate(srcs[:10]):
        if k == brief_at:
            truths += _briefs(st, srcs[10:13], rng)
        if rng.random() < 0.1:
            _photo_only(st, rng.choice((1, 2)))
        span = rng.choice([1, 2, 2, 3][: st.ncol - 1])
        t = _article(st, src, rng, span)
        if t is not None:
            truths.append(t)
    canvas.showPage()
    canvas.save()
    stem = f"{year:04d}-{month:02d}-{day:02d}_p{pno}"
    truth = {"page": stem + ".txt", "paper": paper, "layout": [f"{st.ncol} columns", "style b"], "seed": seed,
             "articles": truths}
    return buf.getvalue(), truth
