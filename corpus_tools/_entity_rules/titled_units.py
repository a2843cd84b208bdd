"""Units named by the title of their head: 大方县实绩考核办副主任郭丽, 郭家坝镇服务中心主任向进.

A county paper introduces a person with the unit they work for, their title and their name. The
head rules refuse many such units because their body is made of common words (服务中心, 考核办,
自管会 name kinds of bodies); but a unit owned by a named place, written right before a title and
a person's name, is one organisation. This pass adds it after the people are known:

* the title is one of the *unit titles* mined from People's Daily 1998 (``unit_titles.txt`` and
  ``unit_finals.txt``, with the unit character of every title X长: 站长 → 站, :func:`unit_head_chars`; ``training/ner/build_unit_titles.py``: words written between an organisation
  and a name in at least half of their uses — 主任, 书记, 局长, 组长, not 村民 or 记者), optionally
  after 副 and 常务/执行/名誉;
* right before the title stands a body of two to ten characters, no punctuation, no entity, no
  function word (的, 和, 在: :data:`_FUNCTION_TAGS`) and no clause word (召开, 举办: 石河镇召开大会|主任 is a clause), ending in a character that ends organisations
  before such titles in 1998 (会, 委, 办, 心, 组 …), at word boundaries of the segmenter, and holding
  no title itself (小庄村|原党支部书记兼村委会|主任 is a chain of titles);
* right before the body stands its owner: a place (GPE, township, village, community), a facility
  (南馨苑小区) or an organisation (高新兴集团|党委). The owner and the body become one ORG; higher
  places in front stay entities of their own (毕节市 + ORG 大方县实绩考核办), and so does a province
  before its own city inside the body (甘肃省 + ORG 陇南市扶贫办: :func:`owners.after_province`).

The new name also counts where the same document repeats it without the title.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import Cand, all_stops, words
from corpus_tools._entity_rules.owners import after_province

#: Labels of the entities that own a unit written after them.
OWNER_LABELS = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY", "FAC", "ORG"))
#: Segmenter tags of words a unit's body never holds: prepositions, adverbs, particles,
#: conjunctions, pronouns, numerals, classifiers, punctuation, time words.
_FUNCTION_TAGS = frozenset(("p", "d", "u", "c", "r", "m", "q", "w", "t", "f"))
MIN_BODY, MAX_BODY = 2, 10
#: Words before a title that belong to it (执行主任, 常务副县长, 名誉会长).
_TITLE_PREFIX = "常务|执行|名誉"


@lru_cache(maxsize=1)
def unit_titles() -> tuple[re.Pattern, frozenset[str], tuple[str, ...]]:
    """The mined unit titles as one longest-first pattern anchored at the end of a string, the
    final characters of the units before them, and the titles.

    Returns
    -------
    tuple of (re.Pattern, frozenset of str, tuple of str)
        The pattern matching a mined title at the end of a string (longest first), the final
        characters of the units written before the titles, and the titles themselves.
    """
    titles = sorted(words("unit_titles"), key=lambda w: (-len(w), w))
    alts = "|".join(map(re.escape, titles))
    return re.compile(f"(?:{_TITLE_PREFIX})?副?(?:{alts})$"), words("unit_finals") | unit_head_chars(), tuple(titles)


@lru_cache(maxsize=1)
def unit_head_chars() -> frozenset[str]:
    """Characters that end a unit because its head's title is that character + 长 (站长, 所长, 科长 …
    among the mined unit titles): a unit of that kind ends in it (茶叶站, 派出所).

    Returns
    -------
    frozenset of str
        The characters X for which X + 长 is a mined unit title.

    Examples
    --------
    >>> {"站", "所", "局"} <= unit_head_chars()
    True
    """
    return frozenset(t[0] for t in words("unit_titles") if len(t) == 2 and t.endswith("长"))


def _title_start(text: str, p: int) -> int:
    """Start of the unit title that ends at *p* (a name's start), or -1."""
    pattern, _, _ = unit_titles()
    m = pattern.search(text, max(0, p - 8), p)
    return m.start() if m else -1


def _holds_title(body: str) -> bool:
    """*body* holds a unit title or a word joining two titles (原党支部书记兼村委会|主任)."""
    return "兼" in body or any(t in body for t in unit_titles()[2])


def _plain_body(text: str, feats: list[str], s: int, e: int) -> bool:
    """``text[s:e]`` is a run of CJK content words starting and ending at word bounds."""
    if feats[s][:1] not in ("B", "S") or (e < len(feats) and feats[e][:1] not in ("B", "S")):
        return False
    if not re.fullmatch(r"[\u4e00-\u9fff]+", text[s:e]):
        return False
    if any(f[:1] in ("B", "S") and f[2:] in _FUNCTION_TAGS for f in feats[s:e]):
        return False
    # a clause word (召开, 举办: :func:`~corpus_tools._entity_rules.lexicon.all_stops`) makes a clause, not a body
    stops, i = all_stops(), s
    while i < e:
        j = i + 1
        while j < e and feats[j][:1] in ("I", "E"):
            j += 1
        if text[i:j] in stops:
            return False
        i = j
    return True


def titled_units(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with the units written before a title and a person's name (see the module).

    Parameters
    ----------
    ents : list of Cand
        The entity spans found so far (a PERSON after the title).
    text : str
        The text of the article.
    feats : list of str or None
        The segmenter's per-character features (``B-ns``, ``S-nr`` …), or None (then *ents* are
        returned as they are).

    Returns
    -------
    list of Cand
        *ents* with each unit written before a title and a name as one ``ORG`` span.

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> t = "郭家坝镇服务中心主任向进说。"
    >>> f = ["B-ns", "I-ns", "I-ns", "E-ns", "B-vn", "E-vn", "B-n", "E-n", "B-n", "E-n", "S-nr", "S-nr", "S-v", "S-w"]
    >>> out = titled_units([Cand(0, 4, "TOWNSHIP"), Cand(10, 12, "PERSON")], t, f)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('郭家坝镇服务中心', 'ORG'), ('向进', 'PERSON')]
    """
    if feats is None or len(feats) != len(text):
        return ents
    ents = sorted(ents, key=lambda c: c.start)
    starts = [c.start for c in ents]
    _, finals, _ = unit_titles()
    owned: dict[int, list[Cand]] = {}  # owner's id -> what replaces it (the unit, or the owner and the unit)
    for c in ents:
        if c.label != "PERSON":
            continue
        ts = _title_start(text, c.start)
        if ts < 0:
            continue
        k = bisect_left(starts, ts) - 1  # the last entity starting before the title
        if k < 0:
            continue
        owner = ents[k]
        if (owner.label not in OWNER_LABELS or id(owner) in owned
                or not MIN_BODY <= ts - owner.end <= MAX_BODY or text[ts - 1] not in finals
                or not _plain_body(text, feats, owner.end, ts) or _holds_title(text[owner.end:ts])):
            continue
        s = owner.start + (text[owner.start] == "原" and owner.source != "gazetteer")  # 原|金科村党支部: former
        unit = after_province(Cand(s, ts, "ORG", prio=1, source="titled"), text)  # 甘肃省|陇南市扶贫办
        owned[id(owner)] = [owner, unit] if unit.start >= owner.end else [unit]
    if not owned:
        return ents
    out = [x for c in ents for x in owned.get(id(c), [c])]
    return _repeated(out, text, [u[-1] for u in owned.values()])


def _repeated(ents: list[Cand], text: str, units: list[Cand]) -> list[Cand]:
    """Other mentions of the new *units* where they cut into no entity."""
    taken: list["Cand | None"] = [None] * len(text)
    for c in ents:
        for i in range(c.start, c.end):
            taken[i] = c
    extra: list[Cand] = []
    covered: set[int] = set()  # ids of the entities a repeated unit covers
    for name in dict.fromkeys(text[u.start:u.end] for u in units):
        i = text.find(name)
        while i >= 0:
            e = i + len(name)
            inside = {id(x): x for x in taken[i:e] if x is not None}
            if all(i <= x.start and x.end <= e and x.label != "ORG" for x in inside.values()) and inside:
                extra.append(Cand(i, e, "ORG", prio=1, source="titled"))
                covered.update(inside)
            elif not inside:
                extra.append(Cand(i, e, "ORG", prio=1, source="titled"))
            i = text.find(name, e)
    if not extra:
        return ents
    return sorted([c for c in ents if id(c) not in covered] + extra, key=lambda c: c.start)
