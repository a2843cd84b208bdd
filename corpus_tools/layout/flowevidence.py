"""Evidence that a paragraph was displaced by column flow, not merely like another article.

:func:`~corpus_tools.layout.flow.repair_flow` moves a run of paragraphs printed at the end of one
article to the end of another. Sharing a sentence with the other article is no evidence that the run
was printed away from it: a page printed in reading order whose articles repeat a stock sentence
(``当天，…的工人们正在车间里忙着分拣、包装``, ``据了解，该项目总投资…``) would lose a paragraph to a later
article. A run of whole paragraphs moves on content alone (no cut sentence, enumeration or byline to
say so) only when its likeness to the destination is the likeness of one topic — words shared here and
there — and not a clause repeated word for word (:func:`repeats_clause`) — and only on a page that shows
column flow: a tail that finishes another article's cut sentence was moved there first
(:func:`content_alone_allowed`). Paragraph openings shared
word for word over a whole clause (:func:`verbatim_opening`) are a repeated sentence, not an enumeration
(``要切实把握…`` / ``要切实加强…`` share four characters and go their own ways).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from corpus_tools.layout.bylines import lead_byline

#: Whether content similarity alone (no cut sentence, enumeration or byline) may move a run of whole
#: paragraphs at all (when the likeness is no repeated clause, :func:`repeats_clause`).
CONTENT_ALONE_MOVES = True
#: A run of this many characters printed word for word in two paragraphs is a repeated clause.
REPEATED_CLAUSE = 10
#: Two paragraphs opening on the same this many characters repeat one sentence (no enumeration).
VERBATIM_OPENING = 8


def content_alone_allowed(flowing: bool) -> bool:
    """Whether a run of whole paragraphs may move on content alone: only on a page that shows column
    flow (``flowing``: a tail that finishes another article's cut sentence was moved), and only when
    :data:`CONTENT_ALONE_MOVES` is on. A page printed in reading order keeps its paragraphs where they are.

    Examples
    --------
    >>> content_alone_allowed(False), content_alone_allowed(True)
    (False, True)
    """
    return CONTENT_ALONE_MOVES and flowing


def verbatim_opening(text: str, others: list[str]) -> bool:
    """Whether ``text`` opens on the same :data:`VERBATIM_OPENING` characters as one of ``others``: a
    repeated stock sentence, not a parallel point of an enumeration.

    Examples
    --------
    >>> verbatim_opening("当天，青铜峡市恒达商贸有限公司的工人们正在忙着。", ["当天，青铜峡市恒达商贸有限公司的工人们在分拣。"])
    True
    >>> verbatim_opening("要切实加强组织领导，压实责任。", ["要切实把握工作重点，做强做大。"])
    False
    """
    head = "".join(text.split())[:VERBATIM_OPENING]
    return len(head) == VERBATIM_OPENING and any("".join(o.split()).startswith(head) for o in others)


def repeats_clause(texts: list[str], others: list[str]) -> bool:
    """Whether a sentence of ``texts`` repeats a sentence of ``others``: the same clause of at least
    :data:`REPEATED_CLAUSE` characters word for word, or the same sentence with other names and figures
    filled in (at least :data:`TEMPLATE_SHARE` of the shorter one in runs of three or more characters the
    two share: ``下一步，大坝镇将继续加大投入力度，…`` / ``下一步，青铜峡镇将继续加大投入力度，…``). A stock
    sentence repeated is no evidence that two texts are one article.

    Examples
    --------
    >>> repeats_clause(["据了解，该项目总投资4645万元。当天，青铜峡市恒达商贸有限公司的工人们正在车间里忙着分拣。"],
    ...                ["当天，青铜峡市恒达商贸有限公司的工人们正在车间里忙着分拣、包装，一派繁忙景象。"])
    True
    >>> repeats_clause(["下一步，大坝镇将继续加大投入力度，推动枸杞产业提质增效。"],
    ...                ["下一步，青铜峡镇将继续加大投入力度，推动设施蔬菜产业提质增效。"])
    True
    >>> repeats_clause(["法国每年因为偷漏税损失600亿欧元。"], ["法国打击偷漏税的多项举措效果开始显现。"])
    False
    """
    mine = [x for t in texts for x in _sentences(t)]
    theirs = [x for t in others for x in _sentences(t)]
    for a in mine:
        for b in theirs:
            sm = SequenceMatcher(None, a, b, autojunk=False)
            blocks = [m.size for m in sm.get_matching_blocks() if m.size >= 3]
            if blocks and (max(blocks) >= REPEATED_CLAUSE or sum(blocks) >= TEMPLATE_SHARE * min(len(a), len(b))):
                return True
    return False


#: Share of the shorter of two sentences, in common runs of three or more characters, that makes them one
#: sentence with other names and figures filled in.
TEMPLATE_SHARE = 0.6
#: Shortest sentence compared (characters).
MIN_SENTENCE = 10


def _sentences(text: str) -> list[str]:
    """The sentences of ``text`` (spaces removed) of at least :data:`MIN_SENTENCE` characters."""
    flat = "".join(text.split())
    return [x for x in re.findall(r"[^。！？]+[。！？]?", flat) if len(x) >= MIN_SENTENCE]


def signed_in_order(finals: list[str], articles: list[int | None], texts: list[str], first: int, last: int,
                    own: int) -> bool:
    """Whether a run of paragraphs (units ``first`` … ``last``) stands in a page printed in reading order
    under signed headlines: its own article ``own`` is signed at its head (:func:`_signed_head`: a byline
    under its headline, or a lead naming its reporters, ``本报讯（记者 X）``) and so is the next article
    printed after the run. A tail displaced by column flow is printed after another article's paragraphs
    and before a headline; on such a page nothing says it is one, and content alone does not move it
    (user34b: ``本报记者　X`` under every headline, stock sentences shared between articles).

    ``finals``, ``articles`` and ``texts`` are the units' roles (``"headline"``, ``"byline"``, ``"body"`` …),
    articles and texts, in print order.

    Examples
    --------
    >>> finals = ["headline", "byline", "body", "body", "headline", "body"]
    >>> articles = [0, 0, 0, 0, 1, 1]
    >>> texts = ["甲", "本报记者 王林", "一。", "二。", "乙", "本报讯（记者 李青）三。"]
    >>> signed_in_order(finals, articles, texts, 3, 3, 0)
    True
    >>> signed_in_order(finals, articles, texts[:5] + ["本报讯 三。"], 3, 3, 0)
    False
    """
    nxt = next((i for i in range(last + 1, len(finals)) if finals[i] == "headline" and articles[i] not in (own, None)),
               None)
    if nxt is None:
        return False
    return _signed_head(finals, articles, texts, own) and _signed_head(finals, articles, texts, articles[nxt])


def _signed_head(finals: list[str], articles: list[int | None], texts: list[str], art: int | None) -> bool:
    """Whether article ``art`` prints its byline at its head: a byline unit before its first body paragraph,
    or a first paragraph opening on a lead that names its reporters (``本报讯（记者 X）``)."""
    for f, a, t in zip(finals, articles, texts):
        if a != art:
            continue
        if f == "byline":
            return True
        if f == "body":
            return bool(lead_byline(t))
    return False
