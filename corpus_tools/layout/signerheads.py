"""A line of issuing bodies under an announcement's text (``某某县委　某某县人民政府`` under an obituary,
讣告) signs it: it is never the next article's headline.

The line model may read such a line, printed right under the text's last sentence, as the headline of
the article below, whose own headline is then read as a banner (user34, 拜泉报: 8 obituaries' signer
lines, each taking the next article's title, its byline given to the obituary).
:func:`signer_lines_off_heads` gives the line back to the text above as its byline, and the banner under
it back to the next article as its headline.
"""

from __future__ import annotations

import re

from corpus_tools.layout.patterns import ends_sentence, is_folio_line
from corpus_tools.layout.noticesigners import SIGNER_LABEL_RE
from corpus_tools.layout.signoffs import DATE_LINE_RE
from corpus_tools.layout.jumpheads import rerank
from corpus_tools.layout.unitbylines import is_unit
from corpus_tools.layout.units import Unit

__all__ = ["is_signer_line", "labelled_signers", "signer_lines_off_heads", "split_signers"]

#: Longest banner over a signed text read as its headline (``讣　告``, ``某某同志逝世``), in characters.
MAX_HEAD = 20

#: A party committee or the CPPCC named by its place (``某某县委``, ``某某镇党委``, ``县政协``).
_COMMITTEE_RE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,10}(?:[县市区旗镇乡]委|党委|党组|政协)$")


def is_signer_line(text: str) -> bool:
    """Whether a line names issuing bodies only, one or more parted by spaces (``某某县委　某某县人民政府``).

    Examples
    --------
    >>> is_signer_line("拜泉县委　拜泉县人民政府"), is_signer_line("禚春生调研春耕生产")
    (True, False)
    """
    parts = text.split()
    return bool(parts) and all(is_unit(p) or bool(_COMMITTEE_RE.match(p)) for p in parts)


def _head_like(u: Unit) -> bool:
    """A banner of no article that can be a headline: short, no date or page line, no sentence."""
    t = u.text.strip()
    return (u.final == "banner" and u.article is None and 2 <= len("".join(t.split())) <= MAX_HEAD
            and not is_folio_line(t) and not DATE_LINE_RE.match(t) and not ends_sentence(t) and not u.repairs)


def signer_lines_off_heads(units: list[Unit]) -> None:
    """A headline printed right under another article's body (no blank line between) that names issuing
    bodies only becomes that body's byline, and a banner right under it the headline of the article
    it headed, with the bylines printed between that banner and the article's text (in place).

    Parameters
    ----------
    units : list of Unit
        The page's units with their final kinds and articles.

    Examples
    --------
    >>> b = Unit("body", [(0, 9)], "某某同志因病逝世。", article=0, final="body")
    >>> s = Unit("head", [(10, 22)], "某某县委 某某县人民政府", article=1, final="headline")
    >>> h = Unit("head", [(24, 33)], "县长调研春耕生产", gap=1, final="banner")
    >>> y = Unit("byline", [(34, 40)], "通讯员 周建", article=0, final="byline")
    >>> t = Unit("body", [(41, 50)], "5月21日，县长调研。", article=1, final="body")
    >>> signer_lines_off_heads([b, s, h, y, t])
    >>> [(u.final, u.article) for u in (b, s, h, y, t)]
    [('body', 0), ('byline', 0), ('headline', 1), ('byline', 1), ('body', 1)]
    """
    for i in range(1, len(units)):
        u, above = units[i], units[i - 1]
        if (u.final != "headline" or u.article is None or u.gap or above.final != "body" or above.article is None
                or not is_signer_line(u.text)):
            continue
        heads = sum(1 for x in units if x.article == u.article and x.final == "headline")
        if above.article == u.article and heads > 1:  # (the text has its own headline: the line signs it)
            u.final = "byline"
            continue
        if heads != 1:
            continue
        if above.article == u.article:  # (read as the text's headline printed after it: it signs the text)
            first = next(k for k, x in enumerate(units) if x.article == u.article)
            head = units[first - 1] if first else None
            if head is not None and _head_like(head):
                u.final = "byline"
                head.final, head.article = "headline", u.article
            continue
        art = u.article
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is None or not _head_like(nxt) or is_signer_line(nxt.text):
            continue  # (no headline to give the next article back: leave the page's reading)
        u.final, u.article = "byline", above.article
        nxt.final, nxt.article = "headline", art
        for x in units[i + 2:]:
            if x.final != "byline" or x.article != above.article:
                break
            x.article = art


def labelled_signers(units: list[Unit]) -> None:
    """A tender's or purchase notice's signer line closing its body (``招标人：某某镇人民政府``, the label of
    :data:`~corpus_tools.layout.noticesigners.SIGNER_LABEL_RE` before an issuing body) is the notice's byline,
    when the notice has none (in place).

    Examples
    --------
    >>> b = Unit("body", [(0, 9)], "报名截止7月18日。", article=0, final="body")
    >>> s = Unit("body", [(10, 24)], "招标人：某某镇人民政府", article=0, final="body")
    >>> labelled_signers([b, s])
    >>> s.final, s.kind
    ('byline', 'credit')
    """
    signed = {u.article for u in units if u.final == "byline"}
    for i in range(1, len(units)):
        u, above = units[i], units[i - 1]
        if u.final != "body" or u.article is None or u.article in signed or above.article != u.article:
            continue
        m = SIGNER_LABEL_RE.match("".join(u.text.split()))
        rest = units[i + 1:]
        if m is None or any(x.article == u.article and x.final == "body" for x in rest):
            continue
        if is_signer_line("".join(u.text.split())[m.end():]):
            u.final, u.kind = "byline", "credit"
            signed.add(u.article)


def split_signers(units: list[Unit], raw: str) -> list[Unit]:
    """Units with each byline unit that names two or more issuing bodies on one line (``某某县委　某某县人民政府``,
    :func:`is_signer_line`) split into one credit-kind byline unit per body, so each is a name of its own.

    Examples
    --------
    >>> raw = "某某县委　某某县人民政府"
    >>> u = Unit("head", [(0, len(raw))], "某某县委 某某县人民政府", article=0, final="byline")
    >>> [(x.text, x.pieces) for x in split_signers([u], raw)]
    [('某某县委', [(0, 4)]), ('某某县人民政府', [(5, 12)])]
    """
    out: list[Unit] = []
    home: list[bool] = []
    for k, u in enumerate(units):
        parts = u.text.split()
        if (u.final != "byline" or len(parts) < 2 or len(u.pieces) != 1 or u.repairs
                or not is_signer_line(u.text)):
            out.append(u)
            home.append(u.rank == k)
            continue
        a, b = u.pieces[0]
        pos = a
        for n, part in enumerate(parts):
            at = raw.find(part, pos, b)
            if at < 0:
                break
            pos = at + len(part)
        else:
            pos = a
            for n, part in enumerate(parts):
                at = raw.find(part, pos, b)
                out.append(Unit("credit", [(at, at + len(part))], part, gap=u.gap if n == 0 else 0,
                                article=u.article, final="byline", rank=u.rank))
                home.append(u.rank == k)
                pos = at + len(part)
            continue
        out.append(u)
        home.append(u.rank == k)
    rerank(out, home)
    return out
