"""A third typesetter for ``benchmarks/pdf_pages.py --style c``: another PDF producer, held evidence.

Written before the reader was changed for it, it sets pages with matplotlib's PDF backend (not
reportlab) and ``pdf.fonttype 42``: the CJK font is embedded as a *subset* TrueType/CID font with its
own ToUnicode map, as InDesign or 方正 output embeds its fonts (the library's bundled font,
:func:`corpus_tools.plot.bundled_font_path`, or any CJK font matplotlib finds). Its habits, taken from
what real county papers print:

* a multi-page PDF (2-4 pages of one issue, each with its own page line ``第N版`` and the same date),
  and a page-size background rectangle behind everything (as many producers draw);
* a white-on-black section banner across the page under the page line, and column names printed in
  white on a black bar over some modules (``一线传真``), all text over a filled rectangle;
* vertical headlines: the title set one glyph a line down the right edge of its module, the body's
  columns to its left;
* headlines set as several text objects (two or three pieces side by side), some letter-spaced glyph
  by glyph; centred or flush left per page;
* text drawn story by story and, on some pages, layer by layer (every body first, then every
  headline), so drawing order does not follow reading order;
* jump lines: the page-1 article that does not fit stops with ``（下转第2版）`` and goes on on page 2
  under its title again and ``（上接第1版）``;
* hyphen-free wraps (numbers and Latin words broken anywhere), paragraphs indented by two ideographic
  spaces or by position (per page), photos as filled grey boxes with captions, rules between rows.

Seeds :data:`SEEDS` (development, the crawl's ``dev`` half) and :data:`HELD_SEEDS` (kept apart, the
crawl's ``held`` half; scored once at the end of a round).
"""

from __future__ import annotations

import datetime as _dt
import io
import random
import re

from pdf_pages import _PAPERS, _WEEKDAYS, _byline, _name, _wrap, body_paras  # noqa: E402

PAGE_W, PAGE_H = 780.0, 1120.0  # a 4开 county broadsheet, points
MARGIN = 32.0
SEEDS = range(7_000, 7_200)
HELD_SEEDS = range(7_500, 7_700)
_COLUMN_NAMES = ("一线传真", "基层动态", "图片新闻", "乡村振兴", "民生关注", "文明实践", "党建园地", "走进乡村")
_SECTIONS = ("要闻", "综合", "经济", "社会", "专题", "县域")


class _Setter:
    """One page being set: a matplotlib figure in points, and its column grid."""

    def __init__(self, fig, rng: random.Random, prop, *, ncol: int, body: float, layered: bool):
        self.fig, self.rng, self.prop = fig, rng, prop
        self.ncol, self.body = ncol, body
        self.pitch = body * rng.choice((1.45, 1.5, 1.6))
        self.gutter = body * rng.choice((0.9, 1.2))
        self.col_w = (PAGE_W - 2 * MARGIN - (ncol - 1) * self.gutter) / ncol
        self.cw = int(self.col_w // body)
        self.layered = layered
        self.indent_chars = rng.random() < 0.5
        self.centred = rng.random() < 0.6

    def x_of(self, col: int) -> float:
        return MARGIN + col * (self.col_w + self.gutter)

    def width(self, span: int) -> float:
        return span * self.col_w + (span - 1) * self.gutter

    def text(self, x: float, y: float, s: str, size: float, *, head: bool = False, color: str = "black") -> None:
        """One text object, its baseline's left end at (x, y) points."""
        self.fig.text(x / PAGE_W, y / PAGE_H, s, fontproperties=self.prop, size=size, color=color,
                      va="baseline", ha="left", zorder=(4 if head else 3) if self.layered else 3)

    def advance(self, s: str, size: float) -> float:
        """The width of *s* at *size* (CJK full width, ASCII half, as the wrap counts)."""
        return sum(size * (0.55 if ord(ch) < 128 else 1.0) for ch in s)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None = None) -> None:
        from matplotlib.patches import Rectangle

        self.fig.add_artist(Rectangle((x / PAGE_W, y / PAGE_H), w / PAGE_W, h / PAGE_H, transform=self.fig.transFigure,
                                      facecolor=fill or "none", edgecolor="black", linewidth=0.6, zorder=1))

    def rule(self, x0: float, x1: float, y: float) -> None:
        from matplotlib.lines import Line2D

        self.fig.add_artist(Line2D([x0 / PAGE_W, x1 / PAGE_W], [y / PAGE_H, y / PAGE_H], transform=self.fig.transFigure,
                                   color="black", linewidth=0.5, zorder=1))

    def headline(self, x: float, y: float, w: float, title: str, size: float, centred: bool) -> None:
        """A headline as two or three text objects side by side, or letter-spaced glyph by glyph."""
        spaced = len(title) <= 8 and self.rng.random() < 0.3 \
            and self.advance(title, size) + 0.25 * size * (len(title) - 1) <= w  # only when it still fits
        step = 0.25 * size if spaced else 0.0
        total = self.advance(title, size) + step * (len(title) - 1)
        x0 = x + max((w - total) / 2, 0) if centred else x
        if spaced:
            pieces = list(title)
        else:
            cuts = sorted(self.rng.sample(range(1, len(title)), min(self.rng.choice((1, 2)), len(title) - 1)))
            pieces = [title[a:b] for a, b in zip([0] + cuts, cuts + [len(title)])]
        for piece in pieces:
            self.text(x0, y, piece, size, head=True)
            x0 += self.advance(piece, size) + step

    def banner(self, x: float, y_top: float, w: float, label: str, size: float) -> float:
        """White text on a black bar from *y_top* down; the bar's bottom."""
        h = size * 1.6
        self.rect(x, y_top - h, w, h, fill="black")
        self.text(x + size * 0.5, y_top - h + size * 0.45, label, size, color="white")
        return y_top - h


def _lines(st: _Setter, paras: list[str], cw: int) -> list[tuple[str, bool]]:
    """(line, starts a paragraph) wrapped at *cw* cells, indented by characters or by position."""
    out = []
    for p in paras:
        for k, line in enumerate(_wrap(p, cw, indent=2)):
            out.append((line if st.indent_chars or k else line.lstrip("\u3000"), k == 0))
    return out


def _columns(st: _Setter, x: float, y: float, lines: list[tuple[str, bool]], span: int,
             gap: float = 0.0) -> float:
    """Set *lines* down *span* columns (each *gap* narrower on the right); the lowest baseline's bottom."""
    per = -(-len(lines) // span)
    low = y
    col_w = (st.width(span) - gap - (span - 1) * st.gutter) / span
    for k in range(span):
        ly = y
        for line, first in lines[k * per:(k + 1) * per]:
            ly -= st.pitch
            dx = 2 * st.body if first and not st.indent_chars else 0.0
            st.text(x + k * (col_w + st.gutter) + dx, ly, line, st.body)
        low = min(low, ly)
    return low - 0.4 * st.body


def _plan(src, rng: random.Random, span: int, vertical: bool) -> dict:
    """An article's printed parts and truth, before it is placed."""
    pairs, style, printed = _byline(rng)
    kept, body = body_paras(src, rng, style, printed, most=6, per_col=(170, 260), span=span)
    first = re.sub(r"^本报讯[（(][^）)]*[）)]", "", body[0])
    truth = {"title": src.title.replace(" ", ""), "byline": pairs,
             "body_first": ("本报讯 " if style == "lead" else "") + first[:16], "body_last": kept[-1][-14:]}
    return {"src": src, "truth": truth, "body": body, "kept": kept, "style": style, "printed": printed,
            "span": span, "vertical": vertical}


def _set_article(st: _Setter, plan: dict, x: float, y: float, room: float, *, jump_to: int | None = None,
                 column_name: str | None = None) -> tuple[float, list[tuple[str, bool]]] | None:
    """Set one article from *y* down within *room* points; (bottom, lines left over for a jump) or None."""
    rng, span, src = st.rng, plan["span"], plan["src"]
    w = st.width(span)
    top = y
    if column_name:  # its bar is drawn once the article is known to fit
        y -= st.body * 1.3 * 1.6 + 0.4 * st.body
    size = st.body * (rng.choice((1.7, 2.0, 2.4)) if span > 1 else 1.6)
    if plan["vertical"]:
        vsize = st.body * 2.0
        gap = vsize * 1.6
        lines = _lines(st, plan["body"], int(((w - gap - (span - 1) * st.gutter) / span) // st.body))
        need = max(len(src.title) * vsize * 1.08, len(lines) / span * st.pitch) + st.body
        if need > room - (top - y):
            return None
        vy = y
        for ch in src.title:
            vy -= vsize * 1.08
            st.text(x + w - vsize * 1.2, vy, ch, vsize, head=True)
        low = _columns(st, x, y, lines, span, gap=gap)
        return min(low, vy - 0.3 * st.body), []
    head: list[tuple[str, float]] = []
    if src.kicker and rng.random() < 0.6:
        head.append((src.kicker.rstrip("——").strip(), st.body * 1.15))
        plan["truth"]["kicker"] = head[-1][0]
    fit = int(w // size)
    title = src.title
    if len(title) > fit:
        cut = len(title) // 2
        if len(title) - cut > fit:
            size = w / (len(title) - cut) * 0.97
        head += [(title[:cut], size), (title[cut:], size)]
    else:
        head.append((title, size))
    if src.subtitle and rng.random() < 0.6:
        head.append(("——" + src.subtitle.lstrip("—").strip(), st.body * 1.2))
    if plan["style"] == "standfirst":
        head.append((plan["printed"], st.body))
    centred = st.centred
    lines = _lines(st, plan["body"], st.cw)
    photo = rng.random() < 0.3 and jump_to is None
    head_h = sum(s * 1.35 for _, s in head) + 0.5 * st.body
    avail = room - (top - y) - head_h - (112 if photo else 0) - 1.5 * st.body
    fits = int(avail // st.pitch) * span
    left: list[tuple[str, bool]] = []
    if len(lines) > fits:
        if jump_to is None or fits < 4 * span:
            return None
        lines, left = lines[:fits - 1], lines[fits - 1:]
    if column_name:
        st.banner(x, top, min(w, st.body * 1.3 * (len(column_name) + 1.5)), column_name, st.body * 1.3)
    for text, s in head:
        y -= s * 1.35
        if s > 1.5 * st.body:
            st.headline(x, y, w, text, s, centred)
        else:
            tw = st.advance(text, s)
            st.text(x + max((w - tw) / 2, 0) if centred else x, y, text, s)
    y -= 0.5 * st.body
    if photo:
        st.rect(x, y - 92, w, 88, fill="0.6")
        clause = max(re.split(r"[，。；]", plan["kept"][0]), key=len)[-14:]  # a caption as the library reads one
        cap = f"▲{clause}。　{_name(rng)}　摄"
        st.text(x, y - 92 - st.body * 1.1, cap, st.body * 0.85)
        y -= 92 + st.body * 1.6
    low = _columns(st, x, y, lines, span)
    if left:
        jump = f"（下转第{jump_to}版）"
        st.text(x + w - st.advance(jump, st.body), low - st.pitch * 0.8, jump, st.body)
        low -= st.pitch
        plan["truth"]["body_last"] = "".join(ln for ln, _ in lines).replace("\u3000", "")[-14:]
    return low, left


def _page(fig, rng: random.Random, prop, plans: list[dict], *, paper: str, date: str, pno: int,
          carried: tuple[dict, list, int] | None, jump: bool) -> tuple[list[dict], tuple[dict, list, int] | None]:
    """Set one page; (truths of the articles set, the article carried on to the next page)."""
    st = _Setter(fig, rng, prop, ncol=rng.choice((5, 6, 7)), body=rng.choice((9.0, 9.5, 10.0)),
                 layered=rng.random() < 0.5)
    st.rect(0, 0, PAGE_W, PAGE_H, fill="white")  # the page's background, behind everything
    small = st.body * 0.9
    top = PAGE_H - MARGIN
    st.text(MARGIN, top - small, f"{paper}　{date}　第{pno}版", small)
    y = st.banner(MARGIN, top - small * 1.8, PAGE_W - 2 * MARGIN, rng.choice(_SECTIONS), st.body * 1.5) - st.body
    st.text(MARGIN, MARGIN - small, f"责任编辑：{_name(rng)}　版式：{_name(rng)}", small)
    bottom = MARGIN + st.body
    truths: list[dict] = []
    if carried is not None:  # the article that jumped here from an earlier page
        plan, left, from_page = carried
        span = min(plan["span"], st.ncol)
        x, w = MARGIN, st.width(span)
        size = st.body * 1.6
        y -= size * 1.35
        st.headline(x, y, w, plan["src"].title, size, st.centred)
        y -= 0.5 * st.body
        back = f"（上接第{from_page}版）"
        y -= st.pitch
        st.text(x, y, back, st.body)
        text = [ln for ln, _ in left]
        low = _columns(st, x, y, [(ln, f) for ln, f in left], span)
        joined = "".join(text).replace("\u3000", "")
        truths.append({"title": plan["truth"]["title"], "byline": plan.get("carried_byline", []),
                       "body_first": joined[:16],
                       "body_last": plan["kept"][-1][-14:]})
        st.rule(x, x + w, low - 0.4 * st.body)
        fill = [low - st.body if k < span else y + st.pitch for k in range(st.ncol)]
    else:
        fill = [y] * st.ncol
    out_carry = None
    queue = list(plans)
    while queue:
        plan = queue.pop(0)
        span = min(plan["span"], st.ncol - 1)
        plan["span"] = span
        col = max(range(st.ncol - span + 1), key=lambda c: (min(fill[c:c + span]), -c))
        y0 = min(fill[col:col + span])
        x = st.x_of(col)
        wants_jump = jump and out_carry is None and not plan["vertical"] and not queue
        name = rng.choice(_COLUMN_NAMES) if rng.random() < 0.2 and not plan["vertical"] else None
        got = _set_article(st, plan, x, y0, y0 - bottom, jump_to=pno + 1 if wants_jump else None, column_name=name)
        if got is None:
            continue
        low, left = got
        truths.append(plan["truth"])
        if left:
            out_carry = (plan, left, pno)
            if plan["style"] in ("end", "end_plain"):  # the byline is printed where the article ends
                plan["carried_byline"], plan["truth"]["byline"] = plan["truth"]["byline"], []
        st.rule(x, x + st.width(span), low - 0.3 * st.body)
        for k in range(col, col + span):
            fill[k] = low - 1.0 * st.body
    return truths, out_carry


def make_pdf_c(seed: int, pool: list) -> tuple[bytes, list[dict]]:
    """One multi-page PDF of the third typesetter and the truth of each page (pages schema)."""
    import matplotlib

    matplotlib.use("pdf")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager
    from matplotlib.backends.backend_pdf import PdfPages

    from corpus_tools.plot.fonts import bundled_font_path

    prop = font_manager.FontProperties(fname=str(bundled_font_path()))
    rng = random.Random(seed)
    county = rng.choice(("陵川", "沁水", "壶关", "左权", "和顺", "昔阳", "寿阳", "浑源"))
    paper = rng.choice(_PAPERS).format(c=county)
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}年{month}月{day}日　星期{_WEEKDAYS[_dt.date(year, month, day).weekday()]}"
    npages = rng.choice((2, 2, 3, 4))
    buf = io.BytesIO()
    truths: list[dict] = []
    carried = None
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buf) as pdf:
        for pno in range(1, npages + 1):
            fig = plt.figure(figsize=(PAGE_W / 72, PAGE_H / 72))
            srcs = rng.sample(pool, 9)
            vertical_at = rng.randrange(len(srcs)) if rng.random() < 0.5 else -1
            plans = []
            for k, src in enumerate(srcs):
                span = rng.choice((2, 3)) if k == vertical_at else rng.choice((1, 2, 2, 3))
                plans.append(_plan(src, rng, span, k == vertical_at))
            arts, carried = _page(fig, rng, prop, plans, paper=paper, date=date, pno=pno, carried=carried,
                                  jump=pno < npages)
            pdf.savefig(fig)
            plt.close(fig)
            stem = f"{year:04d}-{month:02d}-{day:02d}_p{pno}"
            truths.append({"page": stem + ".txt", "paper": paper, "layout": ["style c", f"pdf page {pno}/{npages}"],
                           "seed": seed, "pdf_page": pno, "articles": arts})
    return buf.getvalue(), truths
