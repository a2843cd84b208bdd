"""The segmenter's feature templates beyond pkuseg's own, and the decode-time symbol rule.

This module owns the character classes (:func:`char_class`), the extra character
features the training script adds (:func:`extra_char_features`), the word-independent
dictionary features (:func:`dictionary_features`) and :func:`fix_symbols`, the PKU
conventions for signs and units applied after decoding. The training scripts and
:class:`corpus_tools.nlp.decoder.Decoder` share them, so the features a model was trained
with are the features it is decoded with."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["char_class", "extra_char_features", "dictionary_features", "fix_symbols"]

_NUMBER_RE = re.compile(r"^[0-9][0-9.]*$")


def fix_symbols(words: list[str]) -> list[str]:
    """Apply the PKU conventions for signs and units the CRF gets wrong (normalised text).

    ``℃`` is a word of its own; a minus sign before a digit that does not follow a digit or
    letter starts the (negative) number's word (``晴-10`` -> ``晴 -10``, ``- 4`` -> ``-4``);
    a word does not start with ``/`` (``/4`` -> ``/ 4``; ``元/平方米`` and ``3/4`` stay).

    Examples
    --------
    >>> fix_symbols(["晴-10", "℃/4", "℃"])
    ['晴', '-10', '℃', '/', '4', '℃']
    """
    out: list[str] = []
    for w in words:
        pieces = [p for p in _SYMBOL_SPLIT_RE.split(w) if p]
        for p in pieces:
            if len(p) > 1 and p[0] == "/":
                out.extend(("/", p[1:]))
            else:
                out.append(p)
    fixed: list[str] = []
    for w in out:
        if (fixed and fixed[-1] == "-" and _NUMBER_RE.match(w)
                and not (len(fixed) > 1 and fixed[-2][-1:].isalnum() and fixed[-2][-1:].isascii())):
            fixed[-1] = "-" + w
        else:
            fixed.append(w)
    return fixed


# split before a minus sign that starts a number after a non-alphanumeric character, and
# around the degree sign
_SYMBOL_SPLIT_RE = re.compile(r"(?<=[^0-9A-Za-z-])(?=-[0-9])|(℃)")


_NUMERAL_NODES = frozenset("〇○零一百两")  # Chinese numerals pkuseg does not rename to **Num


def char_class(node: str) -> str:
    """Class of a pkuseg input node: N(umber), L(etter), P(unctuation/symbol) or C(haracter).

    Examples
    --------
    >>> [char_class(c) for c in ["**Num", "一", "a", "&", "，", "县"]]
    ['N', 'N', 'L', 'P', 'P', 'C']
    """
    if node == "**Num" or node in _NUMERAL_NODES:
        return "N"
    if node == "**Letter" or (node.isascii() and node.isalpha()):
        return "L"
    if node == "&" or unicodedata.category(node[0])[0] in "PSZ":
        return "P"
    return "C"


def extra_char_features(idx: int, nodes: list[str]) -> list[str]:
    """Character features our training script adds to pkuseg's own (``--templates extra``).

    The right-hand character bigram (``c1c2.``, pkuseg has only the left one), the bigram of
    the two neighbours (``c-1c1.``) and the character classes of windows of 3 and 5
    (``t3.``, ``t5.``, padded with ``^`` and ``$``). :class:`~corpus_tools.nlp.decoder.Decoder` computes the same
    features vectorised; a model trained without them has none in its table.

    Examples
    --------
    >>> extra_char_features(1, ["平", "遥", "县"])
    ['c-1c1.平.县', 't3.CCC', 't5.^CCC$']
    """
    n = len(nodes)
    out = []
    if idx < n - 2:
        out.append("c1c2." + nodes[idx + 1] + "." + nodes[idx + 2])
    if 0 < idx < n - 1:
        out.append("c-1c1." + nodes[idx - 1] + "." + nodes[idx + 1])
    classes = "^^" + "".join(char_class(nodes[j]) for j in range(max(idx - 2, 0), min(idx + 3, n))) + "$$"
    start = min(idx, 2)  # position of nodes[idx - 2] (or its padding) in *classes*
    window = classes[start:start + 5]
    out.append("t3." + window[1:4])
    out.append("t5." + window)
    return out


def dictionary_features(nodes: list[str], words: set[str] | frozenset[str]) -> list[list[str]]:
    """Word-independent dictionary features per node (training script option ``--dict-features``).

    pkuseg's own word features name the word (``w1.古城``), so a dictionary word never seen
    in training has no weight. These say only that *some* known word of length L (2-6)
    begins (``d.b.L``), ends (``d.e.L``) or continues (``d.m.L``) at the node, so any word
    of the dictionary counts, including words added after training. Nodes that pkuseg
    renamed (``**Num``) are never part of a word, as in pkuseg's own word features.

    Examples
    --------
    >>> dictionary_features(["平", "遥", "县", "城"], {"平遥", "平遥县"})
    [['d.b.2', 'd.b.3'], ['d.e.2', 'd.m.3'], ['d.e.3'], []]
    """
    s = "".join(c if len(c) == 1 else "\x00" for c in nodes)
    out: list[list[str]] = [[] for _ in nodes]
    for ln in range(2, 7):
        for j in range(len(s) - ln + 1):
            if s[j:j + ln] in words:
                out[j].append(f"d.b.{ln}")
                out[j + ln - 1].append(f"d.e.{ln}")
                for m in range(j + 1, j + ln - 1):
                    out[m].append(f"d.m.{ln}")
    return out

