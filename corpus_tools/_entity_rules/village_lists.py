"""Villages that their sentence names as villages without 村 after each: a list closed by 等村, N个村, 两村 or
N个嘎查 (萨如拉、哈夏图、辉腾高勒3个嘎查; 崖子、马家峪、书院等村), and a village whose own name ends in 村 (中村|村).

County reports list the villages of a township by their bare names and say once, after the list, what they are.
Each item is a village in the gold of many writers (东河、闫家坪两村; 程阳、平岩、冠洞等村; 上圈湾、直沟、旧寺沟3个村),
but a name the gazetteer of the inferred county does not hold is lost or read as a person (Mongolian village names
read as given names). A village called 中村 is written 中村村; the rules stop at the first 村.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["bare_gachas", "doubled_cun", "gacha_villages", "list_items", "listed_villages"]

#: the close of a village list: 等 and/or a count, then 村, 行政村 or 嘎查 (not 村民, 村级, 村干部, 村官 …)
_CLOSE_RE = re.compile(r"(?:等|等(?:[0-9]{1,3}|[一二三四五六七八九十两几]{1,3})个|(?:[0-9]{1,3}|[一二三四五六七八九十两几]{1,3})个?)"
                       r"(?:行政村|嘎查|村)(?![民委级干官务集组落庄部两支规风里内外])")
#: what may stand right before a list's first item (a boundary or a word that introduces places)
_OPEN = ("在", "对", "把", "向", "与", "和", "及", "、", "，", "。", "：", "；", "“", "（", "\n", "涉及", "带动", "包括",
         "现辖", "辖", "覆盖", "走进", "深入", "帮扶", "联系", "有")
#: characters no village item holds (a clause, a level, punctuation)
_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NOT_IN_ITEM = frozenset("的了是个村乡镇县市区等和与及在对把这那")
#: labels a listed item may carry before and still be read as a village
_WEAK = frozenset(("PERSON", "LOC", "_"))
#: last characters of a place written with its level (a GPE so written is never a listed village)
_LEVEL_ENDS = frozenset("省市县区旗州盟")


def list_items(text: str, close: int, opens: "frozenset[int]" = frozenset()) -> "list[tuple[int, int]] | None":
    """The items of the list that ends at *close* (the start of its 等 / count), or None when the run before
    it is no list of two or more bare names; *opens* are positions that open a list too (the end of a
    township named before it: 象湖镇|解放路、八一路两个社区)."""
    items = []
    e = close
    while True:
        best = None
        for n in (2, 3, 4):
            s = e - n
            if s < 0 or not _ITEM_RE.fullmatch(text, s, e) or _NOT_IN_ITEM & set(text[s:e]):
                continue
            if text[s - 1:s] == "、" or s in opens or any(text.endswith(o, 0, s) for o in _OPEN):
                best = s if best is None or text[s - 1:s] == "、" else best
                if text[s - 1:s] == "、":
                    break
        if best is None:
            return None
        items.append((best, e))
        if text[best - 1:best] != "、":
            break
        e = best - 1
    return items[::-1] if len(items) >= 2 else None


def listed_villages(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each item of a bare village list (see the module) a VILLAGE, when no entity of a firmer label
    (a place, an organisation) covers or crosses it.

    Examples
    --------
    >>> t = "在萨如拉、哈夏图、辉腾高勒3个嘎查推广"
    >>> [t[c.start:c.end] for c in listed_villages([Cand(1, 4, "PERSON")], t)]
    ['萨如拉', '哈夏图', '辉腾高勒']
    >>> t = "描绘了插秧、打糕、荡秋千等乡村"
    >>> listed_villages([], t)
    []
    """
    out = list(ents)
    for m in _CLOSE_RE.finditer(text):
        items = list_items(text, m.start())
        if not items:
            continue
        hits = [[c for c in out if c.start < e and c.end > s] for s, e in items]
        if any(c.label not in _WEAK and not (c.label in ("VILLAGE", "GPE") and (c.start, c.end) == it
                                             and text[c.end - 1] not in _LEVEL_ENDS)
               for h, it in zip(hits, items) for c in h):
            continue
        if any(c.start < s or c.end > e for h, (s, e) in zip(hits, items) for c in h):
            continue
        gone = {id(c) for h in hits for c in h}
        out = [c for c in out if id(c) not in gone] + [Cand(s, e, "VILLAGE", prio=1, source="rule") for s, e in items]
    return sorted(out, key=lambda c: c.start)


#: after a village's doubled 村 no body or people word starts (中村村民 is 中村 + 村民)
_AFTER_CUN_RE = re.compile(r"[民委级干官务集组落庄部两支规风里内外口史容貌镇医小道路头尾中上下前后东西南北]")
#: what closes a doubled name beyond doubt (中村村、旗石村): punctuation or a function word
_CLOSED = frozenset("、，。；：”）的和与及等")


def doubled_cun(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each VILLAGE whose name ends in 村 and is followed by the level's 村 grown over it (中村|村 →
    中村村), when the report prints that doubled name once before punctuation or a function word (中村村、) and
    no village body or people word starts after it (中村村民, 中村村委).

    Examples
    --------
    >>> t = "上坪镇中村村、旗石村的桃农。中村村桃农说"
    >>> [t[c.start:c.end] for c in doubled_cun([Cand(3, 5, "VILLAGE"), Cand(14, 16, "VILLAGE")], t)]
    ['中村村', '中村村']
    >>> t = "邢圩村村医说"
    >>> [t[c.start:c.end] for c in doubled_cun([Cand(0, 3, "VILLAGE")], t)]
    ['邢圩村']
    """
    starts = {c.start for c in ents}

    def doubled(c: Cand) -> bool:
        e = c.end
        return (c.label == "VILLAGE" and text[e - 1:e] == "村" and text[e:e + 1] == "村" and e not in starts
                and not _AFTER_CUN_RE.match(text, e + 1))

    sure = {text[c.start:c.end] for c in ents if doubled(c) and text[c.end + 1:c.end + 2] in _CLOSED}
    return [Cand(c.start, c.end + 1, c.label, prio=c.prio, code=c.code, source=c.source)
            if doubled(c) and text[c.start:c.end] in sure else c for c in ents]


#: a Mongolian village: its name (two to five characters) and 嘎查, not 嘎查村 (the two levels together: a kind)
_GACHA_RE = re.compile(r"嘎查(?!村)")
#: what may stand right before a village's name when no township does (a boundary, a preposition)
_GACHA_OPEN = frozenset("在把对向与和及、，。：；“（\n ")
_GACHA_STOP = frozenset("的了着过是在和与及同跟给让把被对向为从到由叫请说等们也还就又将已正家个各全每该本村镇乡县市区旗")


def gacha_villages(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each X嘎查 that no entity covers a VILLAGE (额尔登嘎查, 布伦嘎查、艾日格嘎查): the name starts
    right after a TOWNSHIP or a level word (红格尔苏木|达忽拉嘎查) or after a boundary or preposition (在|布伦嘎查), holds no function
    character, and is no common word; a PERSON read inside it or across its end (嘎查党, 艾日格嘎) goes.

    Examples
    --------
    >>> t = "红格尔苏木达忽拉嘎查牧民，在布伦嘎查、艾日格嘎查推广"
    >>> [(t[c.start:c.end], c.label) for c in gacha_villages([Cand(0, 5, "TOWNSHIP"), Cand(19, 23, "PERSON")], t)]
    [('红格尔苏木', 'TOWNSHIP'), ('达忽拉嘎查', 'VILLAGE'), ('布伦嘎查', 'VILLAGE'), ('艾日格嘎查', 'VILLAGE')]
    >>> t = "50岁的嘎查党支部书记"
    >>> [t[c.start:c.end] for c in gacha_villages([Cand(4, 7, "PERSON")], t)]
    []
    """
    from corpus_tools._entity_rules.names import is_word

    ends = {c.end: c for c in ents if c.label == "TOWNSHIP"}
    out = [c for c in ents if not (c.label == "PERSON" and text.startswith("嘎查", c.start))]
    for m in _GACHA_RE.finditer(text):
        k = m.start()
        best = None
        for n in (2, 3, 4, 5):
            s = k - n
            stem = text[s:k]
            if s < 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in stem) or _GACHA_STOP & set(stem):
                break
            after_level = text.endswith(("苏木", "镇", "乡"), 0, s)  # 江岸苏木|额尔登嘎查 (a township not found)
            if s in ends or ((text[s - 1:s] in _GACHA_OPEN or after_level) and not is_word(stem)):
                best = s
                if s in ends:
                    break
        if best is None:
            continue
        s, e = best, m.end()
        if any(c.start < e and c.end > s and c.label != "PERSON" for c in out):
            continue
        out = [c for c in out if not (c.start < e and c.end > s)] + [Cand(s, e, "VILLAGE", prio=1, source="rule")]
    return sorted(out, key=lambda c: c.start)


def bare_gachas(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with the bare re-mentions of each village X嘎查 the text names (哈达英格嘎查 … 哈达英格的牧民) a VILLAGE too.

    A Mongolian village named in full is written bare later in the same report, as a village in 村 is (the bare forms of
    ``assemble``, which run before the Mongolian villages the gazetteer lacks are found): in the open page gold of three
    writers. A bare mention counts where no entity but a PERSON of exactly its span covers it (the name read as a person's),
    it is no word, and 嘎查 or a level (村, 苏木, 镇, 乡) does not continue it.

    Examples
    --------
    >>> t = "在巴彦镇乌兰哈达嘎查，牧民建起暖棚。乌兰哈达的牧民说"
    >>> [t[c.start:c.end] for c in bare_gachas([Cand(4, 10, "VILLAGE")], t)]
    ['乌兰哈达嘎查', '乌兰哈达']
    """
    from corpus_tools._entity_rules.names import is_word

    out = list(ents)
    stems = {text[c.start:c.end - 2] for c in ents if c.label == "VILLAGE" and text.endswith("嘎查", c.start, c.end)
             and c.end - c.start >= 4}
    for stem in sorted(s for s in stems if not is_word(s)):
        for m in re.finditer(re.escape(stem), text):
            s, e = m.span()
            if text.startswith("嘎查", e) or text[e:e + 1] in ("村", "苏", "镇", "乡"):
                continue
            over = [c for c in out if c.start < e and c.end > s]
            if any(c.label != "PERSON" or (c.start, c.end) != (s, e) for c in over):
                continue
            out = [c for c in out if c not in over] + [Cand(s, e, "VILLAGE", prio=1, source="document")]
    return sorted(out, key=lambda c: c.start)
