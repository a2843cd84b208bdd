"""A notice's signer as its byline, unless its title names the signer.

A notice (``通　告``, ``关于做好春季护林防火工作的通告``, ``公　示``) or an open letter ends with the
unit that issues it on a line of its own over the date (``某某县人民政府`` / ``2024年10月16日``);
:func:`~corpus_tools.layout.signoffs.sign_offs` reads those lines as a credit, no words of the body. Who
signs the text is its author: the writers of the invented county pages (benchmarks/gold pages22,
pages26o-pages32o, ten writers, twenty-odd notices) give such a notice the signer as its byline
``[("", "某某县人民政府")]``, and a notice whose title already names its issuer
(``某某县人民政府关于…的通告``, pages23-pages26) none. The signer's credit line under the notice's last
body paragraph becomes the notice's byline block (:func:`signers_as_bylines`); the date stays a credit.
"""

from __future__ import annotations

import re

from corpus_tools.layout.signoffs import CLOSING_FORMULA_RE, DATE_LINE_RE, is_signer
from corpus_tools.layout.units import Unit

__all__ = ["SIGNER_LABEL_RE", "signer_pair", "signers_as_bylines"]

#: The label before a tender's or a purchase notice's signer (``招标人：``, ``采购人：``): no part of the name.
SIGNER_LABEL_RE = re.compile(r"^(?:招标人|采购人|发布人|发布单位|公告单位|建设单位|征收人|申请人)\s*[:：]\s*")

#: Final kinds of a sign-off's lines standing apart from the text: a credit (the line model's reading,
#: :func:`~corpus_tools.layout.signoffs.sign_offs`) or a banner (the rules' reading of two short lines).
_APART = ("credit", "banner")


def _compact(text: str) -> str:
    return "".join(text.split())


def signers_as_bylines(units: list[Unit]) -> None:
    """A credit unit of no article that signs off the body right above it (a signer over a date line,
    or under a closing formula ``特此通告。``) becomes that article's byline, unless the article's
    headline names the signer (in place); a signer and a date the rules read as banners are read so too
    (the date a credit).

    Parameters
    ----------
    units : list of Unit
        The page's units with their final kinds and articles.
    """
    for i in range(1, len(units)):
        u, above = units[i], units[i - 1]
        if (u.final not in _APART or u.article is not None or above.final != "body" or above.article is None
                or u.kind not in ("credit", "head")):
            continue
        text = u.text.strip()
        if not is_signer(text) or DATE_LINE_RE.match(text):
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        dated = (nxt is not None and nxt.final in _APART and nxt.article is None
                 and bool(DATE_LINE_RE.match(nxt.text.strip())))
        if not dated and (u.final != "credit" or not CLOSING_FORMULA_RE.search(above.text.strip())):
            continue
        title = "".join(_compact(x.text) for x in units if x.article == above.article and x.final == "headline")
        if not title or _compact(text) in title:
            continue
        u.final, u.article = "byline", above.article
        if dated:
            nxt.final = "credit"  # (the date: no banner naming the section of the articles below)


def signer_pair(text: str) -> list[tuple[str, str]]:
    """The byline pair of a signer's line read as a byline (``[("", "某某县人民政府")]``), else ``[]``.

    Examples
    --------
    >>> signer_pair("某某县人民政府"), signer_pair("特此通告。"), signer_pair("招标人：某某镇人民政府")
    ([('', '某某县人民政府')], [], [('', '某某镇人民政府')])
    """
    t = SIGNER_LABEL_RE.sub("", _compact(text))
    return [("", t)] if is_signer(t) else []
