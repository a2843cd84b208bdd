"""FAC, PROJECT and LOC spans that open with the verb of their clause: the verb is cut off (ent37a, round 37).

The head rules scan left from a head (路, 水库, 产业园, 工程 …) and a landscape cue (谷, 山 …) until a stop word; a
verb of the sentence that governs the name is no stop, so it runs in: 修通|马陵山旅游路, 推介|神龙谷, 观摩|和美乡村示范片
建设项目, 建设|奶水牛养殖示范基地, 摄|龟石水库. Open gold (pages24 … 38o odd, nine writers' sets) writes the name
without the verb each time, and :func:`~corpus_tools._entity_rules.verb_led_works.verb_led_works` only drops a verb of
one character before a kind.

The verb is read off the segmenter's words and the form of the language, not off names:

- the span's first word has two characters or more, is tagged as a verb or preposition (``v``, ``p``) and is a clause
  word of People's Daily 1998 (``org_clause_words.txt``: 推介, 观摩, 运用, 办起), a verb of carrying works out
  (``project_verbs.txt``: 建设, 实施, 打造) or a verb with a resultative complement (修通, 建成: a clause verb of one
  character + 通/起/成/好/完). One character is too often a name's own (向|警予同志纪念馆, 挂|马沟森林公园: pages28o);
- the word before the span is no verb: after one (实施|富民安居工程) the span is the verb's object and its verb-like
  start is the name's, as :func:`~corpus_tools._entity_rules.verb_led_works.verb_led_works` reads it;
- what follows is a name of three characters or more whose first word is a noun-like word of two characters or
  more (马陵山, 和美, 奶水牛). Names whose first characters read as a verb stay: 临水宫祖庙, 观潮公园 and 隔河岩水电站
  start with words no verb list holds, 开都河 and 带龙桥 leave two characters, 兴贤古街 leaves one-character words.

When what is left of a facility is only kinds (办起|文化礼堂), nothing is left. Listed names, spans of the gazetteer,
quoted names and events are left alone.
"""

from __future__ import annotations

from corpus_tools._entity_rules.fac_clauses import clause_words, generic_body
from corpus_tools._entity_rules.lexicon import Cand, FAC_HEADS, left_as_chosen, words
from corpus_tools._entity_rules.scan import generic_only
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["verb_openings"]

#: the labels this pass reads
_LABELS = frozenset(("FAC", "PROJECT", "LOC"))
#: segmenter tags of the governing word
_VERB_TAGS = frozenset(("v", "p"))
#: resultative and directional complements of a compound verb (修通, 办起, 建成)
_COMPLEMENTS = "通起成好完"
#: segmenter tags a name's first word may carry (nouns, place and person names, abbreviations, distinguishing words);
#: not set phrases (``l``, ``i``): a verb-object word before one names the works (富民|安居工程, pages28o)
_NAME_TAGS = frozenset(("n", "ns", "nr", "nz", "nt", "j", "b", "s", "Ng"))
_MIN_REST = 3


def _governing_verb(w: str) -> bool:
    """Whether word *w* is a verb that governs a name after it (module docstring)."""
    if w in clause_words() or w in words("project_verbs"):
        return True
    return len(w) == 2 and w[1] in _COMPLEMENTS and w[0] in clause_words()


def _kind_only(rest: str) -> bool:
    """Whether a facility's *rest* is a head after kind words only (文化礼堂, 文化广场)."""
    head = max((h for h in FAC_HEADS if rest.endswith(h)), key=len, default="")
    return generic_only(rest[:len(rest) - len(head)], generic_body())


def verb_openings(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with the verb that opens a FAC, PROJECT or LOC span cut off (module docstring).

    Parameters
    ----------
    ents : list of Cand
        The chosen spans.
    text : str
        The analysed text.
    feats : list of str or None
        The segmenter's per-character features (``B-``/``I-``/``E-``/``S-`` + PKU tag); without them *ents* is
        returned as it is.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "修通马陵山旅游路，观潮公园"
    >>> feats = ["B-v", "E-v", "B-ns", "I-ns", "E-ns", "B-n", "E-n", "S-n", "S-w", "B-v", "E-v", "B-n", "E-n"]
    >>> [t[c.start:c.end] for c in verb_openings([Cand(0, 8, "FAC"), Cand(9, 13, "FAC")], t, feats)]
    ['马陵山旅游路', '观潮公园']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if feats is None or len(feats) != len(text):
        return ents
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if left_as_chosen(c, name, _LABELS, firm_prio=False) or feats[c.start][:1] not in ("B", "S"):
            out.append(c)
            continue
        j = word_end(feats, c.start)
        k = word_end(feats, j) if j < c.end else j
        if j - c.start < 2 or feats[c.start][2:] not in _VERB_TAGS or not _governing_verb(text[c.start:j]) \
                or c.end - j < _MIN_REST or k - j < 2 or k > c.end or feats[j][2:] not in _NAME_TAGS \
                or (c.start > 0 and feats[word_start(feats, c.start - 1)][2:] == "v"):
            out.append(c)
            continue
        if c.label == "FAC" and _kind_only(text[j:c.end]):
            continue  # 办起|文化礼堂: a verb and kinds, no name
        out.append(Cand(j, c.end, c.label, prio=c.prio, code=c.code, source=c.source))
    return out
