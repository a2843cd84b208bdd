"""Names in an office slot, whatever their surname or given name (user34: a county paper's cadre pages).

The earlier person passes read a name from its surname and given-name statistics, so three kinds of cadre
name slip through where the slot itself leaves no doubt:

- a compound surname the statistics cut (``上官红梅`` read as ``红梅``): the two characters before a PERSON
  span that form a compound surname of the 百家姓 table (:data:`~corpus_tools._entity_rules.names.COMPOUND_SURNAMES`,
  a closed public class) belong to the name;
- a name held on both sides by the slot: after 任命/决定任命/免去 and before 为/的/同志 (``任命亓东为…``,
  ``免去訾雪的…``), after an office title (:data:`~corpus_tools._entity_rules.lexicon.PERSON_TITLES`: 乡长, 部长,
  书记 …) or a noun for a villager (种植户, 村民) and before a verb of the news or punctuation (``乡长高山陪同``,
  ``部长初明到``, ``种植户董长江交谈``). Its first character must be a surname People's Daily 1998 uses as one
  (:func:`~corpus_tools._entity_rules.names.surname_rate` above 0: 门, 初) or a character it hardly uses at all
  (亓, 訾: :func:`~corpus_tools._entity_rules.names.rare_char`); a name that is also a word (高山, 田野) is taken
  here only because the slot is closed on both sides; places and other entities inside it (LOC 长江 in 董长江)
  give way, spans that cross its bounds keep it out;
- the items of a list of names (``县领导A、B、C出席``): when every item is name-shaped (a surname first, two to
  four characters, no other entity) and most items are PERSON already, or one is and the list follows a title or
  a word for leaders (县领导, 县委常委), or none is but the list is closed by such a word and a verb (出席) and no
  item is a frequent word, the rest are read as names too: the list is read as a whole.

Three readings are settled here too: a padded banner (``简　讯``) is no signature; a PERSON that is only a
compound surname (``司马`` of ``司马县长``) is no person (a short form of address, surname and title, is not
annotated: ``docs/entities.md``); a PERSON cut before a character that another mention of the same text shows as
part of the name (``佟立|新作`` beside ``佟立新``) is grown to the full name.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand, all_stops, common_or_frequent, replace_inside
from corpus_tools._entity_rules.names import (BAIJIAXING, COMPOUND_SURNAMES, char_counts, function_char, is_word,
                                              rare_char, surname_rate)
from corpus_tools._entity_rules.person_roles import is_surname

__all__ = ["office_slot_persons", "slot_surname"]

#: verbs and words that open an appointment slot before a name (任命X为, 免去X的)
_APPOINT_RE = re.compile(r"(?:决定任命|提请任命|任命|决定免去|免去|提名|选举|推选)")
#: what closes an appointment slot after the name
_APPOINT_END_RE = re.compile(r"(?:同志)?(?:为|的|兼任|担任|任)")
#: the titles of an office (乡长, 部长, 书记, 主任 …): the slot before a cadre's name
_OFFICE_TITLES = tuple(t for t in PERSON_TITLES if t.endswith(("长", "书记", "主任", "主席", "委员", "常委", "支书", "经理")))
#: words for a group of leaders before a list of their names (县领导A、B、C出席)
_LEADERS = ("领导", "领导同志", "负责同志", "同志")
#: nouns for villagers and farmers before a name (种植户董长江, 村民高山)
_VILLAGERS = ("种植户", "养殖户", "贫困户", "脱贫户", "农户", "村民", "农民", "居民", "户主", "大户")
#: what may follow a name in an office slot: punctuation, a verb of the news, a preposition
_AFTER_RE = re.compile(r"(?:[，。、；：！？“”（）()\n]|陪同|出席|参加|主持|到|在|深入|来到|走访|带领|率|一行|同志|等|说|介绍|"
                       r"表示|强调|要求|指出|讲话|作(?:了|《|报告|重要|工作报告|政府工作|典型|专题|动员)|调研|察看|查看|检查|视察|和|与|交谈|对|向|为|宣读|看望|慰问|详细|一同|先后|"
                       r"就|也|还|分别|代表|参观|了解|听取|现场|亲自|带队|共同)")
#: a verb of office after a name (X当选县长, X等当选为, X同志任)
_ELECTED_RE = re.compile(r"((?:同志)?(?:等)?(?:当选为|当选))")
#: what opens the clause of an elected name
_OPENERS = frozenset("，。；：、\n\u3000 ")
#: punctuation right after a slot's span
_PUNCT_AFTER_RE = re.compile(r"[，。；：！？“”（）()\n]")  # (not 、: 书记田野、乡长高山等 is a list of names)
#: conjunctions that open no name after a title (书记和工作队员)
_CONJUNCTIONS = frozenset("和与及同跟并")
#: characters that never stand in a given name here (particles and function words)
_NOT_GIVEN = frozenset("的了着过地得们和与在是为把被从到给向对将也都还又就等及")


def slot_surname(ch: str) -> bool:
    """A character that can open a name in a closed slot: a 百家姓 surname, a surname of the learnt list, one
    People's Daily 1998 uses as a surname at all (门, 初), or one it hardly uses (亓, 訾).

    Examples
    --------
    >>> [slot_surname(c) for c in "亓门訾初王的"]
    [True, True, True, True, True, False]
    """
    if ch in BAIJIAXING or is_surname(ch) or rare_char(ch):
        return True
    return char_counts(ch)[0] > 0 and surname_rate(ch) > 0.0005


def _name_shaped(w: str, *, word_ok: bool = True) -> bool:
    """Two or three characters with a surname first, or four with a compound surname first; no function
    character in the given name; not a frequent word unless *word_ok* (a slot closed by an office title)."""
    if not word_ok and (is_word(w) or w in common_or_frequent()):
        return False
    if w[:2] in COMPOUND_SURNAMES:
        given = w[2:]
    else:
        given = w[1:]
        if not slot_surname(w[:1]):
            return False
    if not 1 <= len(given) <= 2 or len(w) > 4 or w in all_stops():
        return False
    return all(ch not in _NOT_GIVEN and not function_char(ch) and "\u4e00" <= ch <= "\u9fff" for ch in given)


def _villager_name(w: str) -> bool:
    """A name after 村民/种植户 (a looser slot than an office): three characters (four with a compound
    surname), a surname People's Daily 1998 uses as one often (董 0.5, not 高 0.03) or a rare one, and no word
    opening it (全部|参, 丰收|节)."""
    if w[:2] in COMPOUND_SURNAMES:
        return len(w) == 4
    return len(w) == 3 and (surname_rate(w[0]) >= 0.05 or rare_char(w[0])) and not (
        is_word(w[:2]) or w[:2] in common_or_frequent())


def _add(ents: list[Cand], s: int, e: int) -> list[Cand]:
    """*ents* with a PERSON at (s, e) when no span crosses its bounds and no ORG/place already covers it."""
    if any(c.start <= s and c.end >= e and c.label != "_" for c in ents):
        return ents  # (already a PERSON, or inside a longer span)
    return replace_inside(ents, Cand(s, e, "PERSON", prio=-1, source="rule"))


def _compound_grown(ents: list[Cand], text: str) -> list[Cand]:
    """PERSON spans after a compound surname grown to include it (上官|红梅); bare compound surnames dropped."""
    out = []
    for c in ents:
        if c.label == "PERSON":
            name = text[c.start:c.end]
            if name in COMPOUND_SURNAMES:
                continue  # 司马|县长: a short form of address, no person
            if c.end - c.start <= 2 and text[max(0, c.start - 2):c.start] in COMPOUND_SURNAMES and not any(
                    o.end > c.start - 2 and o.start < c.start for o in ents if o is not c):
                c = Cand(c.start - 2, c.end, "PERSON", c.prio, c.code, c.source)
        out.append(c)
    return out


def _closed_slots(text: str) -> list[tuple[int, int]]:
    """(start, end) of names held on both sides by an office slot (see the module)."""
    found = []
    for m in _APPOINT_RE.finditer(text):
        s = m.end()
        for n in (4, 3, 2):
            w = text[s:s + n]
            if len(w) == n and _name_shaped(w) and _APPOINT_END_RE.match(text, s + n):
                found.append((s, s + n))
                break
    for m in _ELECTED_RE.finditer(text):  # (，佟立新当选县政协主席; 。A、B等当选为)
        s = m.start(1)
        for n in (4, 3, 2):
            if s >= n and _name_shaped(text[s - n:s], word_ok=False) and (s - n == 0 or text[s - n - 1] in _OPENERS):
                found.append((s - n, s))
                break
    for i in range(len(text)):
        office = text.endswith(_OFFICE_TITLES, 0, i)
        if not (office or text.endswith(_VILLAGERS, 0, i)) or text[i:i + 1] in _CONJUNCTIONS:
            continue
        for n in (4, 3, 2):
            w = text[i:i + n]
            if len(w) == n and (_villager_name(w) if not office else n != 3 or w[:2] not in common_or_frequent()) \
                    and _name_shaped(w) and _AFTER_RE.match(text, i + n):  # (常委班子|作 is no name)
                if n == 2 and (is_word(w) or w in common_or_frequent()) and _PUNCT_AFTER_RE.match(text, i + n):
                    break  # a word before punctuation is no name (主席任免；), before a verb or 、 it is (乡长高山陪同)
                found.append((i, i + n))
                break
    return found


def _list_items(text: str, ents: list[Cand]) -> list[tuple[int, int]]:
    """Name-shaped items of 、-lists whose items are mostly PERSON already."""
    persons = {(c.start, c.end) for c in ents if c.label == "PERSON"}
    starts = {c.start: c.end for c in ents if c.label == "PERSON"}
    ends = {c.end: c.start for c in ents if c.label == "PERSON"}
    found = []
    for m in re.finditer(r"[^，。；：！？“”（）()\n]+", text):
        clause = m.group()
        if "、" not in clause:
            continue
        parts, pos = [], m.start()
        for p in clause.split("、"):
            parts.append((pos, pos + len(p)))
            pos += len(p) + 1
        items = []
        for k, (s, e) in enumerate(parts):
            if k == 0:  # the first item ends at the 、; a known PERSON or a name after a title
                if e in ends:
                    s = ends[e]
                else:
                    s = next((e - n for n in (4, 3, 2) if e - n >= s and text.endswith(_OFFICE_TITLES + _LEADERS, 0, e - n)
                              and _name_shaped(text[e - n:e])), None)
                    if s is None:
                        s = e - 3 if e - 3 >= parts[0][0] and _name_shaped(text[e - 3:e], word_ok=False) else None
            elif k == len(parts) - 1:  # the last item starts after the 、; a known PERSON or a name before a verb
                # (出席, 等: not before punctuation, 刘湃莉、农旅。)
                if s in starts:
                    e = starts[s]
                else:
                    e = next((s + n for n in (4, 3, 2) if s + n <= e and _name_shaped(text[s:s + n])
                              and _AFTER_RE.match(text, s + n) and not _PUNCT_AFTER_RE.match(text, s + n)), None)
            if s is None or e is None or not _name_shaped(text[s:e]):
                items.append(None)
            else:
                items.append((s, e))
        known = [it for it in items if it in persons]
        if None in items or len(items) < 2 or any(c.label != "PERSON" and c.start < it[1] and c.end > it[0]
                                                  for it in items for c in ents):
            continue
        led = text.endswith(_OFFICE_TITLES + _LEADERS, 0, items[0][0])  # 县领导A、B、C出席
        closed = led and _AFTER_RE.match(text, items[-1][1]) is not None and all(
            it in persons or _name_shaped(text[it[0]:it[1]], word_ok=False) for it in items)
        if (len(items) >= 3 and len(known) * 2 >= len(items)) or (known and led) or closed:
            found.extend(it for it in items if it not in persons)
    return found


def _banners_dropped(ents: list[Cand], text: str) -> list[Cand]:
    """Without the PERSON spans that are a padded two-character banner (简　讯): a second character People's
    Daily 1998 never prints in a given name and mostly as a word of its own (讯), unlike a padded name (李　御)."""
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if c.label == "PERSON" and len(name) > 2 and name[1:-1].isspace():
            tot, giv, _, one = char_counts(name[-1])
            if tot >= 50 and giv == 0 and one * 2 >= tot:
                continue
        out.append(c)
    return out


def _grown_by_repeat(ents: list[Cand], text: str) -> list[Cand]:
    """A PERSON cut before a character that another PERSON of the text shows in the name (佟立|新作 … 佟立新)."""
    names = {text[c.start:c.end] for c in ents if c.label == "PERSON"}
    out = []
    for c in ents:
        if c.label == "PERSON" and text[c.start:c.end + 1] in names and c.end < len(text) and not any(
                o.start <= c.end < o.end for o in ents if o is not c):
            c = Cand(c.start, c.end + 1, "PERSON", c.prio, c.code, c.source)
        out.append(c)
    return out


def office_slot_persons(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with the names of office slots, compound surnames and name lists read (see the module).

    Examples
    --------
    >>> t = "任命亓东为县农业局局长；乡长高山陪同调研。"
    >>> [(t[c.start:c.end], c.label) for c in office_slot_persons([], t)]
    [('亓东', 'PERSON'), ('高山', 'PERSON')]
    >>> t = "副县长上官红梅出席。"
    >>> [t[c.start:c.end] for c in office_slot_persons([Cand(5, 7, "PERSON")], t)]
    ['上官红梅']
    """
    ents = _banners_dropped(_compound_grown(ents, text), text)
    for s, e in _closed_slots(text):
        ents = _add(ents, s, e)
    for s, e in _list_items(text, ents):
        ents = _add(ents, s, e)
    return _grown_by_repeat(ents, text)
