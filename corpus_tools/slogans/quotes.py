"""Quotation spans of a text: balanced quotes within a paragraph, their runs, one-character parts, items.

The marked-slogan detector (:mod:`~corpus_tools.slogans.detect`) reads a text's quotations here before the
guide's tests (:mod:`~corpus_tools.slogans.quotetest`) judge each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_tools.slogans.core import OPEN_CLOSE, SloganMention, is_cjk
from corpus_tools.text import CJK_RE

__all__ = ["Quote", "find_quotes", "split_items", "quote_groups", "merge_single_chars", "quoted_inners",
           "ITEM_SEP_RE"]

ITEM_SEP_RE = re.compile(r"[、，,；;]+|\s+")


@dataclass
class Quote:
    open: int    # offset of the opening mark
    close: int   # offset of the closing mark
    depth: int

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def find_quotes(text: str) -> list[Quote]:
    """Balanced quotation spans of *text*, inside one paragraph (a quote never crosses ``"\\n"``).

    “” ‘’ 「」 『』 and ASCII quotes pair up; a closing mark whose opener the layout lost closes the nearest
    pending quote of its kind.

    Parameters
    ----------
    text : str
        Plain text.

    Returns
    -------
    list of Quote
        Sorted by the opening mark; ``depth`` is 0 for a top-level quote, 1 for one inside it …

    Examples
    --------
    >>> [(q.open, q.close, q.depth) for q in find_quotes("以“‘三治’融合”为抓手")]
    [(1, 8, 0), (2, 5, 1)]
    """
    out: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
            continue
        if stack and ch == OPEN_CLOSE[stack[-1][0]]:
            opener, pos = stack.pop()
            out.append(Quote(pos, i, len(stack)))
            continue
        if ch in ("\"", "'"):
            # ASCII quotes: open unless one is pending (then it was closed above)
            if ch == "'" and not (i + 1 < len(text) and CJK_RE.match(text[i + 1] or "")):
                continue
            stack.append((ch, i))
        elif ch in OPEN_CLOSE:
            stack.append((ch, i))
        elif ch in "”」’』":
            # a closing mark without its opener (layout lost it): resynchronise
            for k in range(len(stack) - 1, -1, -1):
                if OPEN_CLOSE[stack[k][0]] == ch:
                    opener, pos = stack[k]
                    del stack[k:]
                    out.append(Quote(pos, i, k))
                    break
    out.sort(key=lambda q: q.open)
    return out


def split_items(inner: str) -> list[tuple[int, int]]:
    """Item spans of a quoted phrase, split at 、，,；; and spaces.

    Parameters
    ----------
    inner : str
        The text inside the quotation marks.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of every non-empty item, offsets into *inner*.

    Examples
    --------
    >>> s = "搬得出、稳得住、能致富"
    >>> [s[a:b] for a, b in split_items(s)]
    ['搬得出', '稳得住', '能致富']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in ITEM_SEP_RE.finditer(inner):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(inner):
        spans.append((pos, len(inner)))
    return spans



def quote_groups(quotes: list[Quote], text: str) -> dict[int, list[Quote]]:
    """Runs of adjacent quotes of one depth (“A”“B”, “A”、“B”, “A”和“B”): each quote's index mapped to its run.

    Parameters
    ----------
    quotes : list of Quote
        The quotes of *text* (:func:`find_quotes`).
    text : str
        The text they index.

    Returns
    -------
    dict of int to list of Quote
        Every index of *quotes* with the run it belongs to (a run of one for a quote on its own).

    Examples
    --------
    >>> t = "发展“生态+旅游”“生态+康养”，推行“积分制”"
    >>> runs = quote_groups(find_quotes(t), t)
    >>> [len(runs[i]) for i in range(3)]
    [2, 2, 1]
    """
    groups: dict[int, list[Quote]] = {}
    run: list[int] = []
    for i in range(len(quotes)):
        if run:
            prev = quotes[run[-1]]
            gap = text[prev.close + 1:quotes[i].open]
            if gap in ("", "、", "和", "与", ",", "，") and quotes[i].depth == prev.depth:
                run.append(i)
                continue
            for k in run:
                groups[k] = [quotes[j] for j in run]
        run = [i]
    for k in run:
        groups[k] = [quotes[j] for j in run]
    return groups


def merge_single_chars(text: str, quotes: list[Quote]) -> tuple[list[Quote], list[SloganMention]]:
    """Runs of adjacent one-character quotes as one compact formula: “特”“优” → 特优.

    Parameters
    ----------
    text : str
        The text the quotes index.
    quotes : list of Quote
        Its quotes (:func:`find_quotes`).

    Returns
    -------
    (list of Quote, list of SloganMention)
        The quotes left (merged ones removed) and the merged formulae (``quoted``, evidence
        ``"one-character parts"``).

    Examples
    --------
    >>> t = "打造“特”“优”农业，建设“三地”"
    >>> left, merged = merge_single_chars(t, find_quotes(t))
    >>> [t[q.start:q.end] for q in left], [m.text for m in merged]
    (['三地'], ['特优'])
    """
    merged: list[SloganMention] = []
    used: set[int] = set()
    i = 0
    while i < len(quotes):
        j = i
        while (j + 1 < len(quotes) and quotes[j].end - quotes[j].start == 1
               and quotes[j + 1].end - quotes[j + 1].start == 1
               and quotes[j + 1].open == quotes[j].close + 1):
            j += 1
        if j > i and quotes[i].end - quotes[i].start == 1:
            chars = "".join(text[quotes[k].start] for k in range(i, j + 1))
            if is_cjk(chars):
                merged.append(SloganMention(chars, "quoted", quotes[i].start, quotes[j].end, True, "",
                                            "one-character parts"))
                used.update(range(i, j + 1))
            i = j + 1
        else:
            i += 1
    return [q for k, q in enumerate(quotes) if k not in used], merged


def quoted_inners(text: str) -> list[str]:
    """The text inside every quotation of *text* (:func:`find_quotes`), in order of the opening marks.

    Parameters
    ----------
    text : str
        Plain text; a quotation never crosses ``"\\n"``.

    Returns
    -------
    list of str
        The quoted texts, nested ones included, spaces kept.

    Examples
    --------
    >>> quoted_inners("推行“一事一议”，落实“‘三治’融合”。")
    ['一事一议', '‘三治’融合', '三治']
    """
    return [text[q.start:q.end] for q in find_quotes(text)]
