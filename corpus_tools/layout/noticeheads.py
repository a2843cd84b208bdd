"""Notice titles run into a body on pages printed without blank lines (``遗失声明``, ``招聘启事``,
``房屋出租``, ``某某县人大常委会任免名单``).

A 公告·服务 page of short notices and ads, extracted with no blank line between the items, reaches the
assembly as one untitled article: the running head, then every item's title and text as lines of one
body (user34b, 青铜峡报: about 20 items; user34, 拜泉报: a 任免名单 run into the article above it). The
commonest notice titles have one form: a short line with no punctuation ending in a notice's head word
(声明, 启事, 公告, 通告, 通知, 公示, 名单, 讣告, 更正, 出租, 出售, 转让, 招聘, 大吉), printed on its own line
after a finished sentence. :func:`notice_titles_in_bodies` splits a body unit at each such line: the line
becomes the headline of a new article, the lines under it and the article's later units its text.
Lines of the page's running head over the first item (a folio line, the page's name) go back to the
furniture.
"""

from __future__ import annotations

import re

from corpus_tools.layout.jumpheads import rerank
from corpus_tools.layout.patterns import ends_sentence, is_folio_line
from corpus_tools.layout.repair import fix_spacing
from corpus_tools.layout.units import Unit

__all__ = ["is_notice_title", "notice_titles_in_bodies"]

#: A notice's or an ad's title: a short line, no punctuation, ending in a notice's head word.
NOTICE_TITLE_RE = re.compile(r"^[\u4e00-\u9fff·]{0,24}(?:声\s*明|启\s*事|公\s*告|通\s*告|通\s*知|公\s*示|名单|讣\s*告"
                             r"|更\s*正|出租|出售|转让|招聘|大吉)$")
#: Longest notice title read inside a body, in characters.
MAX_TITLE = 26


def is_notice_title(text: str) -> bool:
    """Whether a line reads as a notice's or an ad's title (``遗失声明``, ``招聘启事``, ``某某县任免名单``).

    Examples
    --------
    >>> is_notice_title("遗失声明"), is_notice_title("房屋出租"), is_notice_title("特此声明")
    (True, True, False)
    """
    t = text.strip()
    return len(t) <= MAX_TITLE and bool(NOTICE_TITLE_RE.match(t)) and not t.startswith(("特此", "现予", "予以"))


def _lines(u: Unit, raw: str) -> list[tuple[int, int, str]] | None:
    """The unit's printed lines as (start, end, stripped text), or None when it holds a repair."""
    if u.repairs:
        return None
    out = []
    for a, b in u.pieces:
        pos = a
        for part in raw[a:b].split("\n"):
            s = part.strip()
            if s:
                lead = len(part) - len(part.lstrip())
                out.append((pos + lead, pos + lead + len(s), s))
            pos += len(part) + 1
    return out


def _part(kind: str, final: str, lines: list[tuple[int, int, str]], article: int | None, gap: int = 0) -> Unit:
    return Unit(kind, [(a, b) for a, b, _ in lines], fix_spacing("".join(t for _, _, t in lines)), gap=gap,
                article=article, final=final)


def notice_titles_in_bodies(units: list[Unit], raw: str) -> list[Unit]:
    """Units with each body unit split at its notice-title lines (:func:`is_notice_title`): each such line
    a headline opening a new article, the lines under it and the old article's later units that new
    article's; a folio line or the page's name over the first title, in an untitled article's first
    unit, page furniture. New articles are numbered after the page's (renumbered in print order later).

    Parameters
    ----------
    units : list of Unit
        The page's units with their final kinds and articles.
    raw : str
        The page text the units' pieces index.

    Returns
    -------
    list of Unit

    Examples
    --------
    >>> raw = "2024年3月22日 星期五 第5版\\n公告·服务\\n遗失声明\\n某某公司遗失执照，特此声明。\\n招聘启事\\n某某公司招聘司机两名。"
    >>> u = Unit("body", [(0, len(raw))], raw.replace("\\n", ""), article=0, final="body")
    >>> [(x.final, x.article, x.text) for x in notice_titles_in_bodies([u], raw)]  # doctest: +NORMALIZE_WHITESPACE
    [('credit', None, '2024年3月22日 星期五 第5版'), ('banner', None, '公告·服务'), ('headline', 0, '遗失声明'), ('body', 0, '某某公司遗失执照，特此声明。'),
     ('headline', 1, '招聘启事'), ('body', 1, '某某公司招聘司机两名。')]
    """
    used = [u.article for u in units if u.article is not None]
    nxt = max(used) + 1 if used else 0
    titled = {u.article for u in units if u.final == "headline"}
    moved: dict[int, int] = {}  # (an old article's later units go to the new article)
    out: list[Unit] = []
    home: list[bool] = []
    for k, u in enumerate(units):
        at_home = u.rank == k
        orig = u.article
        if orig in moved:
            u.article = moved[orig]
        lines = _lines(u, raw) if u.final == "body" and u.article is not None else None
        below = units[k + 1] if k + 1 < len(units) else None
        text_below = (below is not None and below.final == "body" and not below.gap
                      and moved.get(below.article, below.article) == u.article)
        prev = out[-1] if out else None
        after_text = prev is None or prev.article != u.article or prev.final != "body" or ends_sentence(prev.text)
        cuts = [i for i, (_, _, t) in enumerate(lines or [])
                if is_notice_title(t) and (i + 1 < len(lines) and lines[i + 1][2][:1] not in "，。、；：,.;:"
                                           or i + 1 == len(lines) and i == 0 and text_below)
                and (i == 0 and after_text or i and ends_sentence(lines[i - 1][2])
                     or _head_of_page(lines[:i], u, units, titled))]
        if not lines or not cuts:
            out.append(u)
            home.append(at_home)
            continue
        pieces: list[Unit] = []
        lead = lines[:cuts[0]]
        if lead and _head_of_page(lead, u, units, titled):
            pieces += [_part("credit" if is_folio_line(t) else "head", "credit" if is_folio_line(t) else "banner",
                             [(a, b, t)], None) for a, b, t in lead]
        elif lead:
            pieces.append(_part("body", "body", lead, u.article, u.gap))
        art = u.article
        for n, c in enumerate(cuts):
            end = cuts[n + 1] if n + 1 < len(cuts) else len(lines)
            if n or lead and not pieces[0].article is None or u.article in titled:
                art = nxt
                nxt += 1
            pieces.append(_part("head", "headline", lines[c:c + 1], art))
            if c + 1 < end:
                pieces.append(_part("body", "body", lines[c + 1:end], art))
        if art != u.article:
            moved[orig] = art
        titled.add(art)
        pieces[0].gap = u.gap
        for p in pieces:
            p.rank = u.rank
        out += pieces
        home += [at_home] * len(pieces)
    rerank(out, home)
    return out


def _first_of(u: Unit, units: list[Unit]) -> bool:
    """Whether ``u`` is its article's first unit."""
    return next(x for x in units if x.article == u.article) is u


def _head_of_page(lead: list[tuple[int, int, str]], u: Unit, units: list[Unit], titled: set[int | None]) -> bool:
    """Whether lines over a notice title, at the top of an untitled article's first unit, are the page's
    running head (a folio line, then at most the page's name)."""
    return (bool(lead) and u.article not in titled and _first_of(u, units) and is_folio_line(lead[0][2])
            and len(lead) <= 2 and all(not ends_sentence(t) and len(t) <= 40 for _, _, t in lead))
