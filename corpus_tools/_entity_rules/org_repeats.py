"""Other mentions of an organisation that a late pass found once: 亿创公司 … 为亿创公司 … 亿创公司得知.

The rules propagate every name they find to its other mentions (:func:`assemble.rule_entities`),
but the passes after them — the ORG arbiter and units named by a title — add one mention at a
time, where the learned score or the context is high enough; the same firm
written again in a plainer sentence is missed (on unlabelled county reports, a firm named seven
times was found once). :func:`repeat_orgs` gives each such name's other mentions the ORG label
where they cut into no entity and no segmenter word, and their short forms too: the name
without its place or level (:func:`~corpus_tools._entity_rules.assemble.level_bare_orgs`,
and 中国建设银行 … 建设银行 when four characters or more with an institution head stay) and a
firm's trade name (:func:`~corpus_tools._entity_rules.org_short_forms.firm_short_forms`). A short name the
text declares in brackets after an organisation (（以下简称正泰电器）) is an organisation there and at
its other mentions (:func:`declared_short_forms`).
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.assemble import level_bare_orgs
from corpus_tools._entity_rules.org_short_forms import firm_short_forms
from corpus_tools._entity_rules.lexicon import COUNTRIES, ORG_GENERIC, STOPS, Cand, is_name_char, occurrences
from corpus_tools._entity_rules.unit_names import UNIT_HEADS
from corpus_tools._entity_rules.words import ends_inside_word
from corpus_tools._entity_rules.word_bounds import starts_word

#: Sources of the late passes whose names are repeated.
LATE_SOURCES = frozenset(("arbiter", "titled"))
#: Shortest name repeated (two-character names are too often parts of words).
MIN_LEN = 3
#: Shortest name left once its place is dropped (财政厅 alone is a kind in many texts).
MIN_SHORT = 4
_PLACES = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY"))


def _free(s: int, e: int, ents: list[Cand]) -> bool:
    """``[s, e)`` cuts into no entity, is no organisation yet and is not exactly a person's name
    (it may cover whole entities: 王飞家庭农场)."""
    for c in ents:
        if c.end <= s or c.start >= e:
            continue
        if c.start < s or c.end > e or c.label == "ORG" or (c.label == "PERSON" and (c.start, c.end) == (s, e)):
            return False
    return True


def _without_place(c: Cand, text: str, places: list[Cand]) -> "str | None":
    """The name of *c* without the place written at its start (中国建设银行 -> 建设银行), if what
    stays is long enough, ends in an institution head and is no generic unit word."""
    name = text[c.start:c.end]
    k = next((p.end - c.start for p in places if p.start == c.start and p.end < c.end), 0)
    if not k:
        upper = gz.upper_names()
        k = next((L for L in (4, 3, 2) if name[:L] in upper or name[:L] in COUNTRIES), 0)
    rest = name[k:]
    if not k or len(rest) < MIN_SHORT or rest in ORG_GENERIC or not rest.endswith(UNIT_HEADS):
        return None
    return rest


def _short_forms(late: list[Cand], text: str, ents: list[Cand]) -> list[Cand]:
    places = [c for c in ents if c.label in _PLACES]
    out = level_bare_orgs(late, text, places) + firm_short_forms(late, text, places)
    for c in late:
        rest = _without_place(c, text, places)
        if rest is not None:
            out += [Cand(s, e, "ORG", prio=-1, source="document") for s, e in occurrences(text, rest)]
    # a short form continues no name on its left (镇党群服务中心 … 街道|党群服务中心 is another body)
    return [c for c in out if not (is_name_char(text[c.start - 1:c.start]) and text[c.start - 1:c.start] not in STOPS)]


#: A short name the text declares for the organisation written right before it:
#: 浙江正泰电器股份有限公司（以下简称正泰电器）, …有限公司（简称“融创华中”）; group 1 the short name.
_DECLARED_RE = re.compile(r"[（(](?:以下|下文|下)?简称(?:为)?[“\"]?([^“”\"（）()，。、；：\s]{2,12}?)[”\"]?[）)]")


def declared_short_forms(ents: list[Cand], text: str) -> "list[tuple[tuple[int, int], bool]]":
    """Spans of the short names declared in brackets right after an organisation, and of their
    other mentions (inside the full name too: the caller keeps only free spans), each with True for
    the declaration itself (no word-boundary check there).

    Examples
    --------
    >>> text = "浙江正泰电器股份有限公司（以下简称正泰电器）投资。正泰电器表示。"
    >>> declared_short_forms([Cand(0, 12, "ORG")], text)
    [((2, 6), False), ((17, 21), True), ((25, 29), False)]
    """
    ends = {c.end for c in ents if c.label == "ORG"}
    out = []
    for m in _DECLARED_RE.finditer(text):
        if m.start() not in ends:
            continue  # （以下简称《条例》）, （以下简称红色名录）: not an organisation's short name
        out += [(x, x[0] == m.start(1)) for x in occurrences(text, m.group(1))]
    return out


def repeat_orgs(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with the other mentions of the organisations the late passes found.

    Examples
    --------
    >>> text = "亿创公司得知消息。为亿创公司解决难题。"
    >>> out = repeat_orgs([Cand(0, 4, "ORG", source="arbiter")], text)
    >>> [(text[c.start:c.end], c.source) for c in out]
    [('亿创公司', 'arbiter'), ('亿创公司', 'document')]
    >>> text = "中国建设银行深入贯彻。建设银行推出新产品。"
    >>> out = repeat_orgs([Cand(0, 6, "ORG", source="arbiter")], text)
    >>> [text[c.start:c.end] for c in out if c.label == "ORG"]
    ['中国建设银行', '建设银行']
    """
    late = [c for c in ents if c.label == "ORG" and c.source in LATE_SOURCES and c.end - c.start >= MIN_LEN]
    declared = declared_short_forms(ents, text) if "简称" in text else []
    # the rules' firms too: their short form may cover a place the rules kept (梅州农管家公司 … 梅州|农管家)
    early = firm_short_forms([c for c in ents if c.label == "ORG" and c.source not in LATE_SOURCES], text,
                             [c for c in ents if c.label in _PLACES])
    if not late and not declared and not early:
        return ents
    if feats is not None and len(feats) != len(text):
        feats = None
    spans = [(x, False) for name in dict.fromkeys(text[c.start:c.end] for c in late)
             for x in occurrences(text, name)]
    spans += [(x, False) for x in sorted({(c.start, c.end) for c in _short_forms(late, text, ents) + early})]
    out = list(ents)
    added = False
    for (s, e), sure in declared + spans:
        if not _free(s, e, out) or not (sure or feats is None or starts_word(feats, s)):
            continue
        if feats is not None and not sure and ends_inside_word(text, feats, e):
            continue
        out = [x for x in out if x.end <= s or x.start >= e] + [Cand(s, e, "ORG", prio=1, source="document")]
        added = True
    return sorted(out, key=lambda x: x.start) if added else ents
