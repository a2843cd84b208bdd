"""Later mentions of a personal name the document has read in full: 牧民那顺乌力吉家的草场 … 那顺乌力吉算了一笔账.

A name without a Chinese surname (a Mongolian, Tibetan or Yi name) is often read whole only where a frame fixes it (after
牧民, 旗委书记), and that happens late, after the statistical model has read the other mentions, which it cuts (乌力吉 of
那顺乌力吉) or leaves out (额尔敦毕力格要求 …). The name propagation of ``assemble`` runs before these frames. Here every
other occurrence of an established name of at least :data:`MIN_LEN` characters becomes that PERSON where it crosses only
PERSON spans lying inside it (the cut parts) or nothing, unless the name's last character makes a word with the next
character (李东正|在: 正在), its first a word with the one before, or a word runs on past it. In the open page gold
such mentions are missed or cut in pages of several writers (那顺乌力吉, 乌日娜, 额尔敦毕力格).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand, occurrences
from corpus_tools._entity_rules.names import is_word

__all__ = ["MIN_LEN", "full_name_mentions"]

#: fewest characters of a name whose other mentions are read as it (a two-character name is too often part of a word)
MIN_LEN = 3


def _bounded(text: str, s: int, e: int) -> bool:
    """No word runs across either end of ``text[s:e]`` (正在, 老乌 is fine: 老 is no word with 乌)."""
    before, after = text[s - 1:s], text[e:e + 1]
    if before and "\u4e00" <= before <= "\u9fff" and is_word(before + text[s]):
        return False
    return not (after and "\u4e00" <= after <= "\u9fff" and is_word(text[e - 1] + after))


def full_name_mentions(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with every other occurrence of each PERSON of :data:`MIN_LEN` characters or more read as that PERSON,
    where it crosses only PERSON spans inside it or nothing and no word runs across its ends.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "牧民那顺乌力吉家的草场围封了。那顺乌力吉算了一笔账。"
    >>> [t[c.start:c.end] for c in full_name_mentions([Cand(2, 7, "PERSON"), Cand(17, 20, "PERSON")], t)]
    ['那顺乌力吉', '那顺乌力吉']
    >>> t = "村民李东正在地里忙。李东正说"
    >>> [t[c.start:c.end] for c in full_name_mentions([Cand(10, 13, "PERSON")], t)]
    ['李东正']
    """
    names = sorted({text[c.start:c.end] for c in ents if c.label == "PERSON" and c.end - c.start >= MIN_LEN},
                   key=len, reverse=True)
    out = list(ents)
    for name in names:
        for s, e in occurrences(text, name):
            cross = [c for c in out if c.start < e and s < c.end]
            if any(c.label == "PERSON" and (c.start, c.end) == (s, e) for c in cross):
                continue
            if any(c.label != "PERSON" or c.start < s or c.end > e for c in cross) or not _bounded(text, s, e):
                continue
            out = [c for c in out if c not in cross] + [Cand(s, e, "PERSON", prio=-1, source="document")]
    return sorted(out, key=lambda c: c.start)
