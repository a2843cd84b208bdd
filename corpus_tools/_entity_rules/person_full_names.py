"""A name cut to its first two characters where the segmenter reads the whole name before a speech verb:
玄光|日用朝汉双语 … 玄光日|说 → PERSON 玄光日 in both mentions.

Three-character names are cut to two when the third character starts a word with what follows (玄光|日用). The
document often prints the same name again before 说, where the segmenter reads the three characters as one word
(玄光日/n 说/v). That reading, a speech verb right after it and a name already found for its first two
characters make it the full name: every mention of the two characters followed by the third one is widened (the
issue's class "three-character names cut to their first two characters"; GUIDE.md: a name the document spells
in full is not cut inside).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word

__all__ = ["spoken_full_names"]

#: a speech verb right after a name (说, not 说明)
_SPEECH_RE = re.compile(r"(?:说(?![明法服起])|表示|介绍|告诉|坦言|感慨)")
#: segmenter tags of a word that may be a name
_NAME_TAGS = frozenset(("n", "nr", "nz"))


def spoken_full_names(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with two-character PERSON names widened by one character where the document prints the
    three characters as one segmenter word right before a speech verb.

    Examples
    --------
    >>> t = "老党员玄光日用双语宣讲。玄光日说：好。"
    >>> f = ["S-a", "B-n", "E-n", "B-v", "E-v", "B-v", "E-v", "B-v", "E-v", "B-v", "E-v", "S-w",
    ...      "B-n", "I-n", "E-n", "S-v", "S-w", "S-a", "S-w"]
    >>> [t[c.start:c.end] for c in spoken_full_names([Cand(3, 5, "PERSON"), Cand(12, 14, "PERSON")], t, f)]
    ['玄光日', '玄光日']
    """
    if feats is None or len(feats) != len(text):
        return ents
    two = {text[c.start:c.end] for c in ents if c.label == "PERSON" and c.end - c.start == 2}
    full: dict[str, str] = {}
    for c in ents:
        name = text[c.start:c.end]
        e = c.end
        if name not in two or e + 1 >= len(text) or not _SPEECH_RE.match(text, e + 1):
            continue
        if feats[c.start][:1] == "B" and feats[e - 1][:1] == "I" and feats[e][:1] == "E" \
                and feats[c.start][2:] in _NAME_TAGS and not is_word(text[c.start:e + 1]):
            full[name] = text[e]  # 玄光日/n 说: the segmenter's one word
    if not full:
        return ents
    taken = {(c.start, c.end) for c in ents}
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if c.label == "PERSON" and name in full and text[c.end:c.end + 1] == full[name] \
                and not any(s == c.end for s, _ in taken):
            c = Cand(c.start, c.end + 1, "PERSON", prio=c.prio, source=c.source)
        out.append(c)
    return out
