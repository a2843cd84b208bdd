"""An article's parts from its units: title, kicker, subtitle, body, byline pairs (read as printed),
captions and section (the page's banners; the masthead names the paper, never a section)."""

from __future__ import annotations

import re

from corpus_tools.layout.bylines import lead_byline, parse_byline
from corpus_tools.layout.model import ArticleParts
from corpus_tools.layout.namelines import affiliation_name, names_line
from corpus_tools.layout.placesigners import place_signer
from corpus_tools.layout.briefboxes import box_heads
from corpus_tools.layout.noticesigners import signer_pair
from corpus_tools.layout.boxkickers import box_kickers
from corpus_tools.layout.patterns import DASH_RE, section_for
from corpus_tools.layout.repair import join_lines
from corpus_tools.layout.reprints import outlet_byline
from corpus_tools.layout.tablerows import with_row_breaks
from corpus_tools.layout.units import Unit
from corpus_tools.papers import MASTHEAD_MARKS, MAX_MASTHEAD_BLOCKS, paper_name_start


def _masthead_unit(units: list[Unit], i: int) -> bool:
    """Whether banner unit *i* is the paper's name at the page's head (今日攸县, 弥渡报): one of the first
    :data:`~corpus_tools.papers.MAX_MASTHEAD_BLOCKS` units, all banners or credits (a masthead's small print),
    over another banner or credit (the date or page line, the small print), whose whole text is a paper's name (:func:`~corpus_tools.papers.is_paper_name`). The masthead
    names the paper, never a section."""
    if (i >= MAX_MASTHEAD_BLOCKS or units[i].final != "banner" or i + 1 >= len(units)
            or any(u.final not in ("banner", "credit") for u in units[:i + 2])):
        return False  # (a paper-like name right above a headline is a section banner: 武乡新闻 / 县政府召开…)
    text = "".join(units[i].text.split()).strip(MASTHEAD_MARKS)
    return paper_name_start(text) == text  # (the same reading as papers.masthead_paper's, of the whole line)


def _as_printed(unit: Unit, raw: str, brk: str = "") -> str:
    """A unit's raw text, its line breaks read as ``brk``: the spaces printed inside it (a name's
    padding, ``李 华 覃 玲``; a space opening a line, `` 王丽珍``) part names, which the
    repaired text (:func:`fix_spacing`) has closed."""
    return brk.join(raw[a:b] for a, b in unit.pieces).replace("\r", "").replace("\n", brk)


def _read_printed(unit: Unit, raw: str, read) -> list[tuple[str, str]] | None:
    """``read`` (:func:`lead_byline`, :func:`parse_byline`) on a unit as printed, a line break
    joining (a name cut by the column, ``高建`` / ``婷``) or else parting names (``苏志强`` / ``王丽珍``),
    and else on its repaired text."""
    return read(_as_printed(unit, raw)) or read(_as_printed(unit, raw, " ")) or read(unit.text)


def _lines_with_roles(unit: Unit, raw: str) -> list[tuple[str, str]] | None:
    """A byline printed over two lines or more, each a byline with its role (``本报记者　马秀琴`` /
    ``本报通讯员　拜学礼``): the pairs of each line in turn (None if a line is no such byline; a name cut
    by the column, ``高建`` / ``婷``, is read by :func:`_read_printed`)."""
    lines = [x.strip() for x in _as_printed(unit, raw, "\n").split("\n") if x.strip()]
    if len(lines) < 2:
        return None
    pairs: list[tuple[str, str]] = []
    for line in lines:
        got = parse_byline(line)
        if not got or not all(role for role, _ in got):
            return None
        pairs += got
    return pairs


def _byline(units: list[Unit], by_kind: dict[str, list[int]], raw: str) -> list[tuple[str, str]]:
    """(role, name) pairs: from a lead ``本报讯（记者 王磊）`` first, then from byline blocks,
    read as printed (:func:`_read_printed`). A photographer's credit printed right under a caption
    (``图为…。`` / ``原丽娟 摄``) credits the photo, not the article, when the article has a byline
    of its own. A names line (``梅笑  郭旭东``, :func:`~corpus_tools.layout.namelines.names_line`) names
    its authors without roles."""
    bodies = by_kind.get("body", [])
    pairs = list(_read_printed(units[bodies[0]], raw, lead_byline) or []) if bodies else []
    credits: list[tuple[str, str]] = []
    for i in by_kind.get("byline", []):
        printed = _as_printed(units[i], raw)
        got = (_lines_with_roles(units[i], raw) or _read_printed(units[i], raw, parse_byline) or outlet_byline(printed)
               or [("", n) for n in names_line(printed) or [affiliation_name(printed) or place_signer(printed)] if n]
               or (signer_pair(printed) if units[i].kind in ("credit", "head") else []))  # (a notice's signer)
        under_caption = i > 0 and units[i - 1].final == "caption" and units[i - 1].article == units[i].article
        if got and under_caption and all(role == "摄影" for role, _ in got):
            credits += got
        else:
            pairs += got
    return _once(pairs) or credits


def _once(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A bare name (a closing signature ``（曾德胜）``) not again after the same name, under a role
    (``通讯员　曾德胜`` under the title) or bare: one person signs the article once."""
    named = {"".join(name.split()) for role, name in pairs if role}
    out: list[tuple[str, str]] = []
    for role, name in pairs:
        if not role and ("".join(name.split()) in named or (role, name) in out):
            continue
        out.append((role, name))
    return out


def article_parts(units: list[Unit], n_articles: int, block_of: dict[int, int], raw: str) -> list[ArticleParts]:
    """The parts of each of the page's ``n_articles`` articles from its units (final kind, article, rank);
    ``block_of`` maps a unit to its block's index."""
    parts: list[ArticleParts] = []
    boxed = box_heads(units)  # (a box of briefs' head names the box, not the page's section)
    box_names = box_kickers(units, boxed)  # (its name: the kicker of each item under it)
    banners = [(i, u.text) for i, u in enumerate(units)
               if u.final == "banner" and not _masthead_unit(units, i) and i not in boxed]
    for s in range(n_articles):
        idx = sorted((i for i, u in enumerate(units) if u.article == s), key=lambda i: units[i].rank)
        by_kind: dict[str, list[int]] = {}
        for i in idx:
            by_kind.setdefault(units[i].final, []).append(i)
        body = ""
        for k, i in enumerate(by_kind.get("body", [])):
            sep = "" if k == 0 or units[i].cont else "\n"
            body += sep + with_row_breaks(units[i].text, units[i].pieces, raw)
        spans = {name: [p for i in by_kind.get(kind, []) for p in units[i].pieces]
                 for name, kind in (("title", "headline"), ("kicker", "kicker"), ("subtitle", "subtitle"),
                                    ("body", "body"), ("byline", "byline"), ("captions", "caption"))}
        home = [i for i in idx if units[i].rank == i]  # moved tails are printed elsewhere
        first = min(home or idx) if idx else 0

        def one(kind: str) -> str | None:
            text = ""
            for i in by_kind.get(kind, []):  # (heads printed apart, a blank line between, keep a space: seed 003)
                text = f"{text} {units[i].text}" if text and units[i].gap else join_lines([text, units[i].text])
            return text or None

        kicker = one("kicker")
        if kicker:
            kicker = re.sub(r"(?:——|──|--)+$", "", kicker).strip() or None
        kicker = kicker or box_names.get(s)
        subtitle = one("subtitle")
        if subtitle:
            subtitle = DASH_RE.sub("", subtitle).strip()
        parts.append(ArticleParts(
            title=one("headline"), kicker=kicker, subtitle=subtitle or None, body=body,
            byline=_byline(units, by_kind, raw),
            captions=[units[i].text for i in by_kind.get("caption", [])],
            section=section_for(banners, first),
            spans={k: v for k, v in spans.items() if v},
            blocks=sorted(block_of[i] for i in idx),
        ))
    return parts
