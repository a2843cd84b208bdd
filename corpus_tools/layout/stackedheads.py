"""Two articles set side by side whose paragraphs come out alternating under their stacked headlines.

A text extractor that reads two narrow columns paragraph by paragraph prints both articles'
headline groups one above the other, then the paragraphs alternately: ``A-title`` / ``B-title`` /
``A1`` / ``B1`` / ``A2`` / ``B2`` …. Read as printed, the first headline becomes a kicker (or half
of a two-line title) and the second article's paragraphs end up under the first one's headline.

:func:`stacked_stretch_order` finds such a stack by its form and its words: a run of unindented
lines (two headlines, each with an optional 【column】 line above it and signature lines below)
followed by at least :data:`MIN_PARAGRAPHS` indented paragraphs up to a blank line, where the
paragraphs' words follow the headlines alternately (the odd paragraphs share more character
bigrams with the first headline, the even ones with the second; never the other way round). It
returns the page printed article by article and, for every character, its offset in the page, the
shape :func:`~corpus_tools.layout.interleave.map_layout` takes back to the page.

A signature line printed under both headlines goes with the article whose paragraphs do not end
in a bracketed signature of their own (the other one is signed at its end).
"""

from __future__ import annotations

import re

from corpus_tools.layout.interleave import physical_lines, reprint_lines
from corpus_tools.layout.patterns import ends_sentence, is_byline

#: At least this many alternating paragraphs (two for each article).
MIN_PARAGRAPHS = 4
#: At least this many paragraphs whose words side with the headline the alternation gives them ...
MIN_AGREEING = 3
#: ... and at least this share of them (a kicker over its title shares words with a paragraph here and there:
#: most paragraphs side with neither line there).
MIN_SIDING = 2 / 3
#: A headline is at most this long (characters, spaces dropped) and at least :data:`MIN_TITLE`.
MAX_TITLE = 32
MIN_TITLE = 4

_INDENT = ("\u3000", "  ", "\t")
_UNIT_NAME = re.compile(r"^\S{2,12}[\u3000 ]+\S{2,4}$")
_SIGNED_END = re.compile(r"[（(][^（）()]{2,16}[）)]\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_OPEN_ENDS = ("：", ":", "，", ",", "、", "；", ";")


def _bigrams(text: str) -> set[str]:
    chars = [ch if _CJK.match(ch) else " " for ch in text]
    return {a + b for a, b in zip(chars, chars[1:]) if a != " " and b != " "}


def _role(text: str) -> str:
    """``column``, ``signature``, ``title`` or ``other`` for an unindented line of a headline stack."""
    t = text.strip()
    if t.startswith("【") and t.endswith("】"):
        return "column"
    if is_byline(t) or _UNIT_NAME.match(t):
        return "signature"
    n = len(re.sub(r"\s", "", t))
    # (a line left open, ``各社区居委会、辖区各单位：``, is a notice's salutation or a lead-in, no headline)
    if (MIN_TITLE <= n <= MAX_TITLE and not ends_sentence(t) and not t.startswith(("——", "—"))
            and not t.endswith(_OPEN_ENDS)):
        return "title"
    return "other"


def _groups(roles: list[str]) -> list[list[int]] | None:
    """The stack's lines as two headline groups ([column…] title [signature…]), or None."""
    groups: list[list[int]] = []
    pending: list[int] = []
    for k, r in enumerate(roles):
        if r == "column":
            pending.append(k)
        elif r == "title":
            groups.append(pending + [k])
            pending = []
        elif r == "signature" and groups and not pending:
            groups[-1].append(k)
        else:
            return None
    return groups if len(groups) == 2 and not pending else None


def _paragraphs(texts: list[str | None], first: int) -> list[list[int]]:
    """Indented paragraphs from line ``first`` up to a blank line or a 【column】 line."""
    paras: list[list[int]] = []
    k = first
    while k < len(texts) and texts[k] is not None and texts[k].strip():
        t = texts[k]
        if t.strip().startswith("【"):
            break
        if t.startswith(_INDENT):
            paras.append([k])
        elif paras:
            paras[-1].append(k)
        else:
            break
        k += 1
    return paras


def _alternates(paras: list[str], titles: tuple[str, str]) -> bool:
    """Whether the paragraphs' words follow the two headlines alternately."""
    heads = [_bigrams(t) for t in titles]
    agree = [0, 0]
    for k, p in enumerate(paras):
        grams = _bigrams(p)
        share = [len(grams & h) for h in heads]
        own, other = share[k % 2], share[1 - k % 2]
        if own < other:
            return False
        if own > other:
            agree[k % 2] += 1
    return sum(agree) >= MIN_AGREEING and min(agree) >= 1 and sum(agree) >= MIN_SIDING * len(paras)


def stacked_stretch_order(raw: str) -> tuple[str, list[int]] | None:
    """The page printed article by article where two articles' paragraphs alternate under stacked headlines.

    Parameters
    ----------
    raw : str
        The page text as read.

    Returns
    -------
    (str, list of int) or None
        None when the page has no such stretch. Else the page with each stretch's lines reordered
        (the first headline group and its paragraphs, a blank line, the second group and its
        paragraphs) and, for every character of that text, its offset in ``raw`` (-1 for an added
        line break), as :func:`~corpus_tools.layout.interleave.deinterleave` returns them.

    Examples
    --------
    >>> page = ("\\n春茶开采\\n古镇修缮\\n　　春茶开采，茶农上山。\\n　　古镇修缮，工匠进场。\\n"
    ...         "　　茶农说春茶开采早。\\n　　修缮古镇用旧瓦。\\n")
    >>> print(stacked_stretch_order(page)[0])
    <BLANKLINE>
    春茶开采
    　　春茶开采，茶农上山。
    　　茶农说春茶开采早。
    <BLANKLINE>
    古镇修缮
    　　古镇修缮，工匠进场。
    　　修缮古镇用旧瓦。
    <BLANKLINE>
    """
    if not isinstance(raw, str):
        raise TypeError(f"raw must be a str, got {type(raw).__name__}")
    phys = physical_lines(raw)
    texts: list[str | None] = [raw[a:b].rstrip("\r\n") if raw[a:b].strip() else None for a, b in phys]
    order: list[int | None] = list(range(len(phys)))
    changed = False
    k = 0
    while k < len(texts):
        if texts[k] is None or (k > 0 and texts[k - 1] is not None) or texts[k].startswith(_INDENT):
            k += 1
            continue
        end = k
        while end < len(texts) and texts[end] is not None and not texts[end].startswith(_INDENT):
            end += 1
        groups = _groups([_role(texts[j]) for j in range(k, end)])
        paras = _paragraphs(texts, end) if groups else []
        if groups is None or len(paras) < MIN_PARAGRAPHS:
            k = max(end, k + 1)
            continue
        para_texts = ["".join(texts[j] for j in p) for p in paras]
        titles = tuple(next(texts[k + j] for j in g if _role(texts[k + j]) == "title") for g in groups)
        if not _alternates(para_texts, titles):
            k = end
            continue
        heads = [[k + j for j in g] for g in groups]
        signed = [any(_SIGNED_END.search(para_texts[i]) for i in range(s, len(paras), 2)) for s in (0, 1)]
        shared = [j for j in heads[1] if _role(texts[j]) == "signature"]
        if (shared and not any(_role(texts[j]) == "signature" for j in heads[0]) and signed[1] and not signed[0]
                and heads[1][-1] == end - 1):
            heads = [heads[0] + shared, [j for j in heads[1] if j not in shared]]
        new: list[int | None] = []
        for s in (0, 1):
            if s:
                new.append(None)
            new.extend(heads[s])
            for p in paras[s::2]:
                new.extend(p)
        last = paras[-1][-1]
        at = order.index(k)
        order[at:at + last - k + 1] = new
        changed = True
        k = last + 1
    if not changed:
        return None
    return reprint_lines(raw, phys, order)
