"""The festivals of a minority people, named in sound characters (瑟宾节, 古尔邦节, 诺鲁孜节), and a place's
那达慕 (鄂温克族自治旗那达慕大会): events without an edition number (第十届…) or a festival head word.

A festival whose name transliterates the people's own word is one named event, as the Han 春节 is a
holiday: the body before 节 must be two or three characters, each of which mostly writes sounds
(:func:`names.translit_score`, as for the people's names: :mod:`sound_chars`), so 樱花节 or 杏花节 stay a kind.
A 那达慕 (Mongolian games fair) takes the place right before it (the longest name the gazetteer knows).
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word, translit_score

__all__ = ["SOUND_MIN", "minority_festivals"]

#: the sound score every character of a festival's body needs (瑟宾 5.1/2.0; 樱花 4.9/0.7)
SOUND_MIN = 1.0
_JIE_RE = re.compile(r"节(?![日目能约水点气庆假省])")
_NADAM_RE = re.compile(r"那达慕(?:大会)?")


def _sound_body(w: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" and translit_score(c) >= SOUND_MIN for c in w) and not is_word(w)


def minority_festivals(text: str) -> list[Cand]:
    """EVENT candidates: sound-character festivals (瑟宾节) and a place's 那达慕 (X旗那达慕大会).

    Examples
    --------
    >>> t = "鄂温克族瑟宾节开幕，鄂温克族自治旗那达慕大会同期举行，樱花节"
    >>> [t[c.start:c.end] for c in minority_festivals(t)]
    ['瑟宾节', '鄂温克族自治旗那达慕大会']
    """
    out = []
    for m in _JIE_RE.finditer(text):
        e = m.start()
        for n in (3, 2):
            if e - n >= 0 and _sound_body(text[e - n:e]):
                out.append(Cand(e - n, m.end(), "EVENT", prio=1))
                break
    for m in _NADAM_RE.finditer(text):
        s = next((m.start() - n for n in range(10, 1, -1)
                  if m.start() - n >= 0 and gz.lookup(text[m.start() - n:m.start()])), m.start())
        out.append(Cand(s, m.end(), "EVENT", prio=2))
    return out
