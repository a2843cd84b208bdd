"""Villages the segmenter reads as one place word: ``X村`` tagged ``ns`` from its first character to 村.

The regex of :mod:`corpus_tools._entity_rules.unlisted_places` takes a name + 村 that the county's gazetteer
lacks only before a few characters that end a name (、，。的是在 …), so a village that opens a clause with a verb
(大坪村位于山区, 在三合村见到) is missed when no county is known or the gazetteer lacks it. The segmenter (trained on
People's Daily, whose ``ns`` words include village names) often reads such a name as one place word; that reading
replaces the character list here, and every guard of the regex villages still applies to the match.
"""

from __future__ import annotations

from corpus_tools._entity_rules.org_words import CLAUSE_WORDS

#: the village suffix the place word must end in
_SUFFIX = "村"


def place_word_villages(text: str, words: "list[str] | None") -> list[tuple[int, str]]:
    """``(start, name)`` of each segmenter ``ns`` word of three or four characters ending in 村 (a stem of two or
    three characters, as the regex villages), where the next character starts a word; a three-character stem that
    opens with a verb People's Daily 1998 knows (``CLAUSE_WORDS``: 修建|通村公路) is a phrase, not a name.

    Examples
    --------
    >>> place_word_villages("大坪村位于山区", ["B-ns", "I-ns", "E-ns", "B-v", "E-v", "B-n", "E-n"])
    [(0, '大坪村')]
    >>> place_word_villages("新农村建设", ["B-n", "I-n", "E-n", "B-vn", "E-vn"])
    []
    >>> place_word_villages("修建通村公路", ["B-ns", "I-ns", "I-ns", "E-ns", "B-n", "E-n"])
    []
    """
    if not words or len(words) != len(text):
        return []
    out = []
    k = 0
    n = len(text)
    while k < n:
        if words[k][:1] != "B" or words[k][2:] != "ns":
            k += 1
            continue
        e = k + 1
        while e < n and words[e][:1] == "I" and words[e][2:] == "ns":
            e += 1
        if e < n and words[e][:1] == "E" and words[e][2:] == "ns":
            e += 1
            if text[e - 1] == _SUFFIX and 3 <= e - k <= 4 and (e == n or words[e][:1] in ("B", "S")) \
                    and not (e - k == 4 and text[k:k + 2] in CLAUSE_WORDS):
                out.append((k, text[k:e]))
        k = max(e, k + 1)
    return out
