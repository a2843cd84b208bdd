"""Compose PDF-extraction-like newspaper pages, with their truth, from real articles.

The layout rules were written on five seed pages; this composer builds many more pages
from real 2019–2020 People's Daily articles (``../shared/data/people_daily_2019_2020``,
whose crawl keeps the head block apart from the body), printed the way a county paper's
PDF comes out of a text extractor:

* body lines broken at a column width of 8–30 characters (digits count half), paragraphs
  separated by blank lines or not at all (pages without blank lines), a paragraph now and
  then cut by a column break (blank line inside it), numbers spaced out (``2022 年``);
* headlines printed before or after their body (decided per page), kickers (a place line,
  a lead-in sentence, or a ``…——`` line), ``——`` subtitles and plain subtitles under a
  two-clause title, titles printed on two lines, bold titles extracted doubled;
* section banners and column names (``武乡新闻``, ``乡村行·看振兴``, two-clause slogans), also
  printed directly above a headline;
* bylines with roles (记者/通讯员/实习生/摄影): in the lead ``本报讯（记者 王磊 通讯员 赵晓红）``,
  in （） after the body or on its own line, ``本报记者 王磊`` under the title, ``（王磊 摄）``;
* photo captions and photo-news items (a title and a short caption-like body);
* column-flow tails: the last lines of an article printed after an earlier article,
  before the next headline (as on seed page 002).

Every page comes with its truth (:class:`ComposedPage`): per article the title, kicker,
subtitle, body, byline as (role, name) pairs, captions, section and the phenomena it shows.
Names are generated from common surname and given-name characters; place names come from
the shipped admin divisions. Nothing of the crawl is written to disk.

Random seeds: :data:`DEV_SEEDS` for development, :data:`HELD_SEEDS` kept apart and only
scored at the end; the two draw their articles from disjoint halves of the crawl
(:func:`load_pool`).

This module composes a page (:func:`compose_page`) and holds its truth; the article pool is
:mod:`compose_pool`'s and the printed pieces (wrapping, names, places, bylines, captions, head
blocks) are :mod:`compose_parts`'s.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace

import compose_forms as forms  # (benchmarks/compose_forms.py)
import compose_forms18 as forms18  # (benchmarks/compose_forms18.py)
import compose_forms33 as forms33  # (benchmarks/compose_forms33.py)
import compose_parts as parts  # the printed pieces (benchmarks/compose_parts.py)
from compose_pool import SENT_END, Source, crawl_half, load_pool  # the article pool (benchmarks/compose_pool.py)

__all__ = ["DEV_SEEDS", "HELD_SEEDS", "ROLES", "ComposedPage", "LineTruth", "Source", "TruthArticle", "compose_page",
           "crawl_half", "load_pool"]

#: Composer seeds used while developing the layout rules.
DEV_SEEDS = range(0, 600)
#: Composer seeds kept apart: scored once, at the end.
HELD_SEEDS = range(100_000, 101_000)

ROLES = ("记者", "通讯员", "实习生", "摄影")
_COLUMN_FORMS = ("{c}新闻", "要闻", "综合新闻", "{c}要闻", "基层动态", "乡村振兴", "民生视点", "文明实践",
                 "法治在线", "经济观察", "社会", "一线传真", "{t}动态", "乡村行·看振兴", "党建引领·聚力",
                 "聚焦·{c}", "今日{c}", "政务", "视点")
_SLOGANS = ("奋进新征程 建功新时代", "凝心聚力 奋勇争先", "踔厉奋发 勇毅前行", "守正创新 实干担当",
            "抓党建促基层治理能力提升", "推动高质量发展 谱写新篇章", "深化作风建设 优化营商环境",
            "学习贯彻党的二十大精神", "全面推进乡村振兴", "聚焦项目建设 狠抓工作落实")


# --------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------


@dataclass
class TruthArticle:
    """What a composed article is: the answer the layout should give."""

    title: str
    kicker: str | None
    subtitle: str | None
    body: str  # paragraphs joined with "\n"
    byline: list[tuple[str, str]]
    captions: list[str]
    section: str | None
    tags: set[str] = field(default_factory=set)


@dataclass
class ComposedPage:
    """A composed page: its raw text, its truth and its page-level phenomena."""

    seed: int
    raw: str
    articles: list[TruthArticle]
    banners: list[str]
    credits: list[str]
    tags: set[str]
    #: per line of ``raw.split("\n")``: None for a blank line, else :class:`LineTruth`
    lines: list["LineTruth | None"] = field(default_factory=list)


@dataclass(frozen=True)
class LineTruth:
    """What one printed line is: its role, its article, whether it opens a paragraph.

    ``role`` is ``banner``, ``credit``, ``kicker``, ``title``, ``subtitle``, ``byline``,
    ``caption`` or ``body``; ``article`` indexes :attr:`ComposedPage.articles` (None for
    banners and credits); ``moved`` marks a column-flow tail printed after another article
    (``host`` is the article it is printed with).
    """

    role: str
    article: int | None
    para_start: bool
    moved: bool = False
    host: int | None = None


def compose_page(seed: int, pool: list[Source], *, variety: bool = False) -> ComposedPage:
    """Compose one page from ``pool`` with random seed ``seed`` (same seed, same page).

    ``variety=True`` (training the line model) adds what the five seed pages show beyond the
    benchmark's phenomena, drawn from a second random stream so the page is otherwise the
    same: unwrapped pages (a paragraph per line), articles set in different column widths
    on one page, in-body subheads (one to three clauses of the article on lines of their own,
    some as two lines), a kicker that is a plain sentence without ``——`` (also the article's
    own title above a two-clause main title made from its lead), two banner lines stacked at
    the top, a headline group printed after the next article's headline (headline-after
    pages, sometimes with a banner between) and a caption printed with another article.
    Variety pages also carry the forms of :mod:`compose_forms18` and :mod:`compose_forms33` (indented
    paragraphs, jump and editor lines, unit credits, notices' sign-offs, the page's staff at its foot).
    """
    rng = random.Random(seed)
    vrng = random.Random(seed * 7919 + 17)
    frng = forms.forms_rng(seed)  # other papers' forms (compose_forms), a stream of their own
    grng = forms.forms14_rng(seed)  # the fourteenth round's forms, a third stream
    hrng = forms18.forms18_rng(seed)  # pages18's forms (variety pages only), a fourth stream
    ph = forms18.draws(hrng, forms18.N_PAGE_DRAWS)
    qrng = forms33.forms33_rng(seed)  # the thirty-third helper's forms (variety pages only), a fifth stream
    pq = forms33.draws(qrng, forms33.N_PAGE_DRAWS)
    indent = variety and pq[0] < forms33.P_INDENT
    county, towns = parts.county_places(rng)
    width = rng.choice([rng.randint(8, 12), rng.randint(13, 22), rng.randint(18, 30)])
    blank = rng.random() < 0.6
    orient = "before" if rng.random() < 0.65 else "after"
    page_tags = {f"width_{'8-12' if width <= 12 else '13-20' if width <= 20 else '21-30'}",
                 "blank_lines" if blank else "no_blank_lines", f"headline_{orient}"}
    if indent:
        page_tags.add("indented")
    n = rng.randint(3, 7)
    sources = rng.sample(pool, n)
    widths = [width] * n
    if variety:
        if vrng.random() < 0.3:
            widths = [vrng.randint(60, 200)] * n
            page_tags.add("unwrapped")
        if vrng.random() < 0.25:
            widths = [w if vrng.random() < 0.5 else vrng.choice([vrng.randint(8, 30), 200]) for w in widths]
            page_tags.add("mixed_widths")
    # page units: list of (kind, text) in print order; each unit is printed as one line group
    groups: list[list[tuple[str, str]]] = []
    truths: list[TruthArticle] = []
    banners: list[str] = []
    section: str | None = None
    if rng.random() < 0.5:
        section = rng.choice(_SLOGANS) if rng.random() < 0.4 else rng.choice(_COLUMN_FORMS).format(
            c=county[:-1] if len(county) > 2 else county, t=rng.choice(towns))
        banners.append(section)
    page_section = section  # the page's own section (an article's banner may change ``section`` below)
    for k, src in enumerate(sources):
        tags: set[str] = set()
        photo_news = rng.random() < 0.1
        d = forms.draws(frng)
        e = forms.draws14(grng)
        h = forms18.draws(hrng)
        q = forms33.draws(qrng)
        if photo_news and d[0] < forms.P_PHOTO_PLACE_TITLE and "：" not in src.title:
            src = replace(src, title=forms.place_title(frng.choice(towns), src.title))
            tags.add("photo_place_title")
        if photo_news:
            tags.add("photo_news")
            body_paras = [src.paras[0][:rng.randint(50, 110)].rstrip("，、；：")]
            body_paras[0] = body_paras[0] + ("" if body_paras[0][-1] in SENT_END else "。")
        else:
            body_paras = list(src.paras)
        head_kinds: list[str] = []
        title, kicker, subtitle, head_lines = parts.heads(src, county, towns, rng, tags, head_kinds)
        town = forms18.town_kicker(kicker, county, towns, h[1]) if variety and h[0] < forms18.P_TOWN_KICKER else None
        if town and head_lines and head_lines[0] == kicker:  # 营盘镇 / “秦岭人家”民宿…: a township alone (柞水)
            kicker = head_lines[0] = town
            tags.add("kicker_town")
        if not photo_news and rng.random() < 0.25 and " " not in title:
            title = parts.parallel_title(src)
            if " " in title:
                head_lines = [title if x == src.title else x for x in head_lines]
        # a plain line under a two-clause title is its subtitle (headline-before pages only)
        if orient == "before" and " " in title and not subtitle and not kicker and rng.random() < 0.3 \
                and len(head_lines) == 1:
            subtitle = county + rng.choice(["扎实推进", "持续开展", "全力抓好"]) + rng.choice(
                ["重点项目建设", "人居环境整治", "基层治理工作", "民生实事办理"])
            head_lines.append(subtitle)
            head_kinds.append("subtitle")
            tags.add("subtitle")
        subject = (forms.subject_title(title, towns[int(e[3] / forms.P_SUBJECT_TITLE * len(towns)) % len(towns)])
                   if e[3] < forms.P_SUBJECT_TITLE and not photo_news and title in head_lines else None)
        if subject:  # 城关镇“共享菜园” / 让邻里更亲近: the subject over what it does
            at = head_lines.index(title)
            title = subject[0]
            head_lines[at:at + 1] = subject[1]
            head_kinds[at:at + 1] = ["title", "title"]
            tags.add("subject_title")
        wrapped = forms.wrap_title(title, d[5]) if d[4] < forms.P_TITLE_WRAPPED else None
        if wrapped and title in head_lines and not tags & {"two_line", "doubled"}:
            head_lines[head_lines.index(title)] = wrapped  # one title printed on two lines
            tags.add("title_wrapped")
        if kicker and head_lines[0].endswith("——") and d[6] < forms.P_KICKER_NO_DASH:
            head_lines[0] = forms.undash(head_lines[0])  # a lead-in without its dash (安吉)
            tags.add("kicker_no_dash")
        if variety and orient == "before" and not photo_news:
            vert = forms18.vertical(title) if h[2] < forms18.P_VERTICAL and title in head_lines else None
            if vert:  # 长 / 角 / 苗 / …: one glyph a line (六枝)
                head_lines[head_lines.index(title)] = vert
                tags.add("title_vertical")
            elif h[2] > 1 - forms18.P_ENGLISH and not subtitle and head_kinds and head_kinds[-1] == "title":
                subtitle = forms18.english_line(hrng)  # an English line under the headline (连南)
                head_lines.append(subtitle)
                head_kinds.append("subtitle")
                tags.add("subtitle_english")
        # bylines
        if photo_news:
            style = "photo" if rng.random() < 0.6 else "none"
        else:
            style = rng.choice(["none", "none", "plain", "plain_tail", "roles", "roles_line", "lead", "standfirst"])
            if style == "standfirst" and orient == "after":
                style = "roles"
        pairs: list[tuple[str, str]] = []
        printed_byline = None
        if style != "none":
            pairs, printed_byline = parts.byline(rng, {"plain_tail": "plain", "roles_line": "line"}.get(style, style))
            tags.add(f"byline_{style}")
            if style == "photo" and d[1] < forms.P_PHOTO_COLON:
                printed_byline = forms.photo_colon(pairs[0][1])
                tags.add("byline_photo_colon")
            elif style == "lead" and d[2] < forms.P_LEAD_UNIT:
                pairs = [("", pairs[0][1])]
                printed_byline = forms.lead_unit(county, pairs[0][1])
                tags.add("byline_lead_unit")
            elif style in ("plain", "plain_tail") and len(pairs) == 1 and e[2] < forms.P_END_UNIT:
                printed_byline = forms.end_unit(county, pairs[0][1])
                tags.add("byline_end_unit")
            elif style == "roles_line" and e[5] < forms.P_WRITER_PHOTO:
                pairs, printed_byline = forms.writer_photo(pairs[0][1], parts.person_name(grng))
                tags.add("byline_writer_photo")
            elif style in ("roles_line", "standfirst") and e[0] < forms.P_MARKED_OUTLET:
                printed_byline = forms.marked_outlet(printed_byline.removeprefix("本报"), county, e[0] / forms.P_MARKED_OUTLET)
                tags.add("byline_outlet")
            short = [n for _, n in pairs if len(n) == 2]
            if short and e[1] < forms.P_PADDED_NAME:
                printed_byline = forms.padded(printed_byline, short[0])
                tags.add("byline_padded")
        else:
            tags.add("no_byline")
        if variety and style == "none" and not photo_news and q[3] < forms33.P_UNIT_CREDIT:
            printed_byline, unit = forms33.unit_credit(q[4])  # （县农业农村局供稿）
            pairs, style = [("", unit)], "unit"
            tags.discard("no_byline")
            tags.add("byline_unit_credit")
        elif variety and style == "none" and not photo_news and q[3] > 1 - forms33.P_SIGN_OFF:
            body_paras += forms33.sign_off(county, random.Random(q[4]))  # a notice's unit and date
            tags.add("sign_off")
        lead = ""
        if not photo_news and rng.random() < 0.55:
            lead = "本报讯" + (printed_byline if style == "lead" else "") + " "
        elif style == "lead":
            lead = "本报讯" + printed_byline + " "
        if lead:
            body_paras[0] = lead + body_paras[0]
        if variety and not photo_news and len(body_paras) >= 3 and vrng.random() < 0.25:
            clauses = [c for p in body_paras for c in re.split(r"[，。；！？、：“”（）()《》]", p)
                       if 5 <= len(c) <= 12 and not re.search(r"[\d\s]", c)]
            if clauses:
                # one to three subheads, some printed as two lines (seed 001: 打破人才匮乏 / 有序开展社会治理)
                for at in sorted(vrng.sample(range(1, len(body_paras)), k=min(vrng.randint(1, 3), len(body_paras) - 1)),
                                 reverse=True):
                    heads = [vrng.choice(clauses)] + ([vrng.choice(clauses)] if vrng.random() < 0.4 else [])
                    body_paras[at:at] = heads
                tags.add("subhead")
        if variety and not kicker and not photo_news and vrng.random() < 0.2:
            clauses = [c for p in src.paras[:3] for c in re.split(r"[，。；！？、：“”（）()《》\s]", p)
                       if 4 <= len(c) <= 7 and not re.search(r"\d", c)]
            if len(clauses) >= 2 and vrng.random() < 0.5 and len(head_lines) == 1:
                # a sentence lead-in above a two-clause main title made from the article (seed 003 form)
                kicker = title
                title = " ".join(vrng.sample(clauses, 2))
                head_lines[:] = [kicker, title]
                head_kinds[:] = ["kicker", "title"]
            else:
                kicker = vrng.choice(pool).title
                head_lines.insert(0, kicker)
                head_kinds.insert(0, "kicker")
            tags.add("kicker_sentence")
        body = "\n".join(body_paras)
        captions = []
        if rng.random() < 0.2:
            captions.append(parts.caption(src, rng))
            tags.add("caption")
            # a caption without 图为 (``…现场。``) is told from a one-sentence paragraph only by its form
            tags.add("caption_tuwei" if captions[-1].startswith("图为") else "caption_plain")
            if d[3] < forms.P_CAPTION_CREDIT:
                captions[-1] = forms.caption_credit(captions[-1], parts.person_name(frng))
                tags.add("caption_credit")
        sec = None
        if k > 0 and rng.random() < 0.15:
            sec = rng.choice(_COLUMN_FORMS).format(c=county[:-1] if len(county) > 2 else county,
                                                   t=rng.choice(towns))
            tags.add("banner_above")
        if sec:
            section = sec
            banners.append(sec)
        truths.append(TruthArticle(title, kicker, subtitle, body, pairs, captions, section, tags))
        # print order
        head = [("head", x, r, k) for x, r in zip(head_lines, head_kinds)]
        if style == "standfirst":
            head.append(("byline", printed_byline, "byline", k))
        body_units = [("body", parts.space_numbers(p, rng) if rng.random() < 0.3 else p, "body", k) for p in body_paras]
        tail = []
        if style in ("plain", "roles", "roles_line", "photo", "unit"):
            tail.append(("byline", printed_byline, "byline", k))
        elif style == "plain_tail":
            body_units[-1] = ("body", body_units[-1][1] + printed_byline, "body", k)
        cap = [("caption", c, "caption", k) for c in captions]
        if orient == "before" and k > 0 and tail and e[4] < forms.P_HEAD_AFTER:
            # one article printed with its headline after its body and byline (顺德)
            rng.random()  # (the draw the usual order makes, so the page's other phenomena stay as they were)
            group = body_units + cap + tail + head
            tags.add("head_after_on_before_page")
        elif orient == "before":
            group = head + (cap if rng.random() < 0.3 else []) + body_units + tail
            if cap and not any(u[0] == "caption" for u in group):
                group += cap
        else:
            group = body_units + tail + cap + head
        if variety and orient == "before" and not photo_news:
            group = parts.jumps_and_editors(group, q, tags, bool(tail))
        if sec:
            group = [("banner", sec, "banner", None)] + group
        groups.append(group)
    if len(banners) == 1 and banners[0] == section and groups:
        groups[0] = [("banner", banners[0], "banner", None)] + groups[0]
        if variety and vrng.random() < 0.25:  # two banner lines stacked at the top (seed 003)
            second = vrng.choice([x for x in _SLOGANS if x != banners[0]])
            groups[0] = [("banner", second, "banner", None)] + groups[0]
        for t in truths:
            if t.section is None:
                t.section = banners[0]
    for t in truths:
        if t.section is None and banners:
            t.section = banners[0]
    folio = forms.folio_lines(seed, county, page_section)
    top18: list[str] = []  # pages18's masthead lines (variety pages)
    if variety and groups:
        if folio and ph[2] < forms18.P_ONE_LINE_FOLIO:  # name, date, page and editor on one line (济源)
            folio = ([forms18.one_line_folio(folio[0], parts.person_name(hrng), ph[3])], folio[1])
        if folio or ph[4] < forms18.P_MASTHEAD:
            paper = folio[0][0] if folio else (county[:-1] if len(county) > 2 else county) + "新闻"
            extra = ([forms18.foreign_line(hrng)] if ph[0] < forms18.P_FOREIGN_LINE or not folio else []) + (
                [forms18.internal_line(hrng)] if ph[1] < forms18.P_INTERNAL_LINE else [])
            if folio and len(folio[0]) > 1:
                folio = ([paper] + extra + folio[0][1:], folio[1])
            elif folio and extra:  # (the one-line folio stays the page line under the masthead)
                top18 = [(county[:-1] if len(county) > 2 else county) + "新闻"] + extra
            else:
                top18 = [paper] + extra
            if extra:
                page_tags.add("masthead_extra")
    if top18:
        groups[0] = [("banner", x, "banner", None) for x in top18] + groups[0]
    if folio and groups:  # the paper's name, the date and the page line at the top (昆山, 顺德)
        lines14, page_name = folio
        groups[0] = [("banner", x, "banner", None) for x in lines14] + groups[0]
        page_tags.add("folio")
        for t in truths:
            if t.section is None:
                t.section = page_name
    # column flow: the tail of a later article printed after an earlier one (headline-before pages)
    moved: list[tuple[int, list[tuple[str, str]]]] = []
    if orient == "before" and len(groups) >= 3 and rng.random() < 0.3:
        for x in rng.sample(range(1, len(groups)), k=min(len(groups) - 1, rng.randint(1, 2))):
            if "photo_news" in truths[x].tags:
                continue
            g = groups[x]
            bodies = [i for i, u in enumerate(g) if u[0] == "body"]
            if len(bodies) < 2:
                continue
            cut = rng.choice(bodies[len(bodies) // 2:])
            if cut == bodies[0]:
                continue
            # cut inside the paragraph (a column ends mid-sentence) or before it
            para = g[cut][1]
            lines = parts.wrap(para, width)
            mid = False
            if len(lines) >= 3 and rng.random() < 0.6:
                at = rng.randint(1, len(lines) - 1)
                head_part, tail_part = "".join(lines[:at]), "".join(lines[at:])
                if head_part[-1] in SENT_END:
                    continue
                g = g[:cut] + [("body", head_part, "body", x), ("body_cont", tail_part, "body", x)] + g[cut + 1:]
                cut += 1
                mid = True
            tail_units = [u for u in g[cut:] if u[0] in ("body", "body_cont", "byline")]
            if any(u[0] == "byline" and not u[1].startswith(("(", "（")) for u in tail_units):
                continue
            groups[x] = [u for u in g[:cut]] + [u for u in g[cut:] if u not in tail_units]
            truths[x].tags.add("tail_displaced")
            # a tail cut mid-sentence is found by its broken sentence; a tail of whole paragraphs
            # only by its content (a human reader may take it for the end of the article above)
            truths[x].tags.add("tail_cut_mid_sentence" if mid else "tail_whole_paragraphs")
            moved.append((x, tail_units))
        for x, tail_units in sorted(moved, key=lambda t: t[0]):
            target = rng.randrange(0, x)
            truths[target].tags.add("tail_received")
            groups[target] = groups[target] + tail_units
        if moved:
            page_tags.add("column_flow")
    if variety and orient == "after" and len(groups) >= 2 and vrng.random() < 0.3:
        # a headline printed away from its body: after the next article's headline, sometimes
        # with a banner between (seed 000: body, body, headline, banner, headline)
        k = vrng.randrange(0, len(groups) - 1)
        heads = [u for u in groups[k] if u[0] == "head"]
        if heads and groups[k][-len(heads):] == heads and len(heads) < len(groups[k]):
            groups[k] = groups[k][:-len(heads)]
            extra = []
            if vrng.random() < 0.4:
                extra = [("banner", vrng.choice(_SLOGANS), "banner", None)]
                banners.append(extra[0][1])
            groups[k + 1] = groups[k + 1] + extra + heads
            truths[k].tags.add("headline_displaced")
    if variety and len(groups) >= 2 and vrng.random() < 0.3:
        # a photo caption printed away from its article (seed 001: under another article's headline)
        caps = [(k, u) for k, g in enumerate(groups) for u in g if u[0] == "caption"]
        if caps:
            k, u = vrng.choice(caps)
            j = vrng.choice([x for x in range(len(groups)) if x != k])
            groups[k] = [x for x in groups[k] if x is not u]
            groups[j] = groups[j] + [u]
            truths[k].tags.add("caption_displaced")
    credits = []
    if rng.random() < 0.25:
        credits.append(rng.choice([f"本版文图均由{county}融媒体中心提供", f"责任编辑：{parts.person_name(rng)}"]))
    if variety and pq[1] < forms33.P_FOOT_STAFF:  # 本版编辑：X, 编辑：X　校对：Y　审核：Z, （责任编辑　X）
        staff_rng = random.Random(pq[3])
        credits.append(forms33.foot_staff([parts.person_name(staff_rng) for _ in range(3)], pq[2]))
        page_tags.add("foot_staff")
    if variety and ph[5] < forms18.P_FOOT_LINE:  # the page line at the page's foot (江孜)
        foot = forms.folio_lines(seed + 1, county, page_section) or forms.folio_lines(seed + 3, county, page_section)
        if foot:
            credits.append(forms18.foot_line(foot[0][1], foot[0][2], parts.person_name(hrng), parts.person_name(hrng)))
            page_tags.add("foot_line")
    # print
    out: list[str] = []
    sep = "\n\n" if blank else "\n"
    pieces: list[str] = []
    labels: list[list[LineTruth | None]] = []  # per piece, per line
    for host, g in enumerate(groups):

        def lab(u, start: bool = True) -> LineTruth:
            return LineTruth(u[2], u[3], start, u[3] is not None and u[3] != host, host)

        def labs(u) -> list[LineTruth]:  # a head printed on two lines (compose_forms.wrap_title)
            return [lab(u)] + [lab(u, False)] * u[1].count("\n")

        k = 0
        while k < len(g):
            kind, text = g[k][:2]
            if kind in ("body", "body_cont"):
                lines = parts.wrap(forms33.indented(text) if indent and kind == "body" else text, widths[host])
                if blank and len(lines) >= 4 and rng.random() < 0.08:
                    at = rng.randint(2, len(lines) - 1)  # a column break inside the paragraph
                    if lines[at - 1][-1] not in SENT_END:
                        lines = lines[:at] + [""] + lines[at:]
                pieces.append("\n".join(lines))
                labels.append([None if not ln else lab(g[k], j == 0) for j, ln in enumerate(lines)])
            elif kind == "banner" and k + 1 < len(g) and g[k + 1][0] == "head" and rng.random() < 0.4:
                pieces.append(text + "\n" + g[k + 1][1])  # a banner printed right above the title
                labels.append(labs(g[k]) + labs(g[k + 1]))
                k += 1
            elif kind == "head" and k + 1 < len(g) and g[k + 1][0] == "head" and rng.random() < 0.5:
                pieces.append(text + "\n" + g[k + 1][1])
                labels.append(labs(g[k]) + labs(g[k + 1]))
                k += 1
            else:
                pieces.append(text)
                labels.append(labs(g[k]))
            k += 1
    pieces += credits
    labels += [[LineTruth("credit", None, True)] for _ in credits]
    out = sep.join(pieces)
    if variety and ph[6] < forms18.P_FULLWIDTH:  # every digit full-width (连南)
        out = forms18.fullwidth(out)
        for t in truths:
            t.title, t.kicker, t.subtitle, t.body = (forms18.fullwidth(x) for x in (t.title, t.kicker, t.subtitle, t.body))
            t.captions = [forms18.fullwidth(c) for c in t.captions]
        page_tags.add("fullwidth_digits")
    line_truth: list[LineTruth | None] = [None]
    for k, lab_k in enumerate(labels):
        if k and blank:
            line_truth.append(None)
        line_truth.extend(lab_k)
    line_truth.append(None)
    return ComposedPage(seed, "\n" + out + "\n", truths, banners, credits, page_tags, line_truth)
