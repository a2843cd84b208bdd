"""Units named after their owner, where the report names the owner alone too: 王飞家庭农场 … 王飞说.

GUIDE (rule 11) tags farms, workshops, studios and shops named after a person as one ORG with no
PERSON inside (王飞家庭农场, 陈玉兰刺绣工作室, 罗小英蔬菜种植专业合作社). The head rules find such a
unit only where nothing stands before the name (a village before it, 徐马庄村王飞家庭农场, or a
head they do not know, 王建国养殖场, leaves the PERSON alone). A report about a family firm almost
always names its owner on their own as well (王飞说, 跟王飞学手艺): that makes the name a person's
in this document, and the name followed by a few trade words and a unit head is then that
person's unit. :func:`owned_units` tags those units; the owner's other mentions stay PERSON.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.firms import FIRM_INDUSTRY, industry_words
from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand

#: Heads of the units a person's name opens (longest first when matched).
OWNED_HEADS = ("家庭农场", "专业合作社", "合作社", "农场", "养殖场", "种植场", "林场", "牧场", "茶场", "果园",
               "工作室", "艺术馆", "博物馆", "纪念馆", "基金会", "基金", "加工厂", "作坊", "火锅店", "饭店",
               "餐馆", "农家乐", "超市", "商店", "诊所")
_HEADS_RE = "|".join(sorted(map(re.escape, OWNED_HEADS), key=len, reverse=True))
#: Trade words between the name and the head: at most four characters, none of them a function word or
#: one a verb phrase starts with (王建国开办养殖场 is a person who opened a farm, not 王建国开办养殖场).
MAX_TRADE = 4
#: up to MAX_TRADE trade characters, then a unit head (王飞|家庭农场, 王飞|火锅|店)
_OWNED_RE = re.compile(rf"([\u4e00-\u9fff]{{0,{MAX_TRADE}}}?)({_HEADS_RE})")
_NOT_TRADE = set("的了在是和与及等把被将对向从为说也都还就又给让到去来回开创办建领承加入成带搞当做有没不很最更个家")
#: Segmenter tags of words that make the trade words a clause (印剑|依托|合作社): verbs, adverbs,
#: prepositions, conjunctions, particles, pronouns, numbers and classifiers.
_CLAUSE_TAGS = frozenset(("v", "vd", "vn", "d", "ad", "p", "c", "u", "r", "m", "q"))


@lru_cache(maxsize=1)
def _trades() -> frozenset[str]:
    """Industry words (种植, 养殖) that stay trade words whatever their tag."""
    return frozenset(FIRM_INDUSTRY) | frozenset(industry_words())


def _clause(text: str, feats: "list[str] | None", a: int, b: int) -> bool:
    """A word of ``text[a:b]`` is tagged as a clause word and is no industry word (种植 and 养殖 are)."""
    if feats is None or a >= b:
        return False
    starts = [i for i in range(a, b) if feats[i][:1] in ("B", "S")] + [b]
    return any(feats[i][2:] in _CLAUSE_TAGS and text[i:j] not in _trades() for i, j in zip(starts, starts[1:]))


def _standalone(name: str, text: str, ents: list[Cand], owned: set[int]) -> bool:
    """*name* is a PERSON entity somewhere in *text* that opens no unit (a mention of its own)."""
    return any(c.label == "PERSON" and text[c.start:c.end] == name and c.start not in owned for c in ents)


def owned_units(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with the units named after a person the document also names alone tagged ORG (the
    person's mention inside the unit, and any shorter organisation inside, give way).

    Parameters
    ----------
    ents : list of Cand
        Entity spans of one document, PERSON ones among them.
    text : str
        That document's text.
    feats : list of str or None, optional
        The segmenter's per-character features, or None.

    Returns
    -------
    list of Cand
        *ents* with each owned unit as one ``ORG`` span and the spans inside it dropped, sorted by start.

    Examples
    --------
    >>> text = "走进徐马庄村王飞家庭农场。王飞说，王飞养殖场也办起来了。王飞开办养殖场。"
    >>> ents = [Cand(2, 6, "VILLAGE"), Cand(6, 8, "PERSON"), Cand(13, 15, "PERSON"), Cand(17, 19, "PERSON"),
    ...         Cand(28, 30, "PERSON")]
    >>> [(text[c.start:c.end], c.label) for c in owned_units(ents, text)]
    [('徐马庄村', 'VILLAGE'), ('王飞家庭农场', 'ORG'), ('王飞', 'PERSON'), ('王飞养殖场', 'ORG'), ('王飞', 'PERSON')]
    >>> text = "王飞说。可王飞农场的梨好卖。"
    >>> ents = [Cand(0, 2, "PERSON"), Cand(4, 9, "ORG"), Cand(5, 7, "PERSON")]
    >>> [(text[c.start:c.end], c.label) for c in owned_units(ents, text)]
    [('王飞', 'PERSON'), ('王飞农场', 'ORG')]
    """
    people = [c for c in ents if c.label == "PERSON" and 2 <= c.end - c.start <= 4]
    if feats is not None and len(feats) != len(text):
        feats = None
    if not people:
        return ents
    found: list[tuple[int, int, int]] = []  # (start, end, person's end)
    names = {text[c.start:c.end] for c in people}
    # 可|王飞农场: an organisation the rules ran one or two characters past a name the text holds as a person's
    people += [Cand(c.start + k, c.start + k + len(n), "PERSON") for c in ents if c.label == "ORG"
               for k in (1, 2) for n in names if text.startswith(n, c.start + k) and c.start + k + len(n) < c.end]
    for p in people:
        m = _OWNED_RE.match(text, p.end)
        if m is None or any(ch in _NOT_TRADE for ch in m.group(1)) or _clause(text, feats, p.end, m.start(2)):
            continue
        if text[m.end():m.end() + 1] == "长" or text.startswith(PERSON_TITLES, m.end()):
            continue  # 王飞工作室主任, 王飞农场场长: a title after the unit
        found.append((p.start, m.end(), p.end))
    owned = {s for s, _, _ in found}
    keep = [(s, e) for s, e, pe in found if _standalone(text[s:pe], text, ents, owned)]
    if not keep:
        return ents
    out = list(ents)
    for s, e in keep:
        # 可|王飞农场: an organisation the rules ran one or two characters past the owner's name, with no
        # entity there, starts at the name
        ran_over = [c for c in out if c.label == "ORG" and c.end == e and s - 2 <= c.start < s
                    and not any(x is not c and x.start < s and x.end > c.start for x in out)]
        rest = [c for c in out if all(c is not r for r in ran_over)]
        inside = [c for c in rest if c.start < e and c.end > s]
        if any(c.start < s or c.end > e or c.label not in ("PERSON", "ORG", "_") for c in inside):
            continue  # never cut into an entity, nor swallow a place or a product inside (a blocker, 家庭农场
            # alone as a kind, gives way)
        out = [c for c in rest if all(c is not x for x in inside)] + [Cand(s, e, "ORG", prio=1, source="owned")]
    return sorted(out, key=lambda c: c.start)
