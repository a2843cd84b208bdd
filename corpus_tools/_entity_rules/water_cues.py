"""Rivers, canals and lakes read from the sentence around them (mend35b, user35).

A county's own waters (利农河, 金宝航道, 荷花荡, 老三河) are in no list the tagger has, and a bare name the gazetteer
holds as a place (三河 = 三河市 / 三河村, 新河 = 新河县) is read as the place. The sentence says which it is:

- **a flow verb or a course before it**: 排入 / 流入 / 汇入 / 注入 X河, 沿 X河, 经 X河 (尾水经利农河排入…), 疏浚 X河,
  河道名称：X河 (a river-chief board);
- **a bank or a reach after it**: X河沿岸 / 沿线 / 两岸 / 岸边 / 流域 / 上游 / 下游 (not 段: 一○三国道香河段), and a list head ``X河：县级河长``;
- **a water-quality row**: ``X河　Ⅲ类`` (a class of the national surface-water standard after the name), also
  where a page's rows run together (``…指数新河 Ⅳ类 5.7高邮湖 Ⅲ类``);
- **a list with a known water**: 高邮湖、金宝航道等; 新河、夹沟河和宝应湖 (、 和 及 与 between them).

A name is two to eight Han characters ending in a water head (河 湖 荡 江 航道 水道), not opening with a water
character, not a common noun (运河, 小河, 母亲河, 护城河), at word edges of the segmenter, and not followed by a
place's level character (三河村, 新河镇) or 长 (县河长办). A known river followed by 入江水道 / 入海水道 is that
water course (淮河入江水道). Once the text names a water so, its other bare mentions are the same water (one name,
one reading, as :mod:`corpus_tools._entity_rules.place_waters` reads them): 三河 stays VILLAGE only with 村.
A LOC 碳达峰 (达峰 is "to peak") is dropped.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, occurrences
from corpus_tools._entity_rules.names import is_word

__all__ = ["cued_waters"]

#: how a water's name ends (longest first)
_ENDS = ("入江水道", "入海水道", "航道", "水道", "河", "湖", "荡", "江")
#: characters that open no water's own name (河湖, 江湖, 湖村)
_WATER_CHARS = frozenset("江河湖溪水海荡渠")
#: characters after a water's name that make it a place, a post or a body (三河村, 县河长办, 新河路)
_NEXT_STOP = frozenset("村镇乡县市区州旗屯寨组社街路港站庄坊长办制")
#: stems of common nouns for waters (母亲河, 护城河, 这条河)
_GENERIC = frozenset(("母亲", "护城", "支", "干", "主", "大", "小", "内", "外", "界", "城", "沟", "清", "黑臭",
                      "人工", "景观", "生态", "城市", "农村", "骨干", "县级", "镇级", "村级", "重点"))
_DETERMINERS = tuple("这那该此各全本每多诸众整条座一")
#: characters that open a clause, not a water's name (沿|卫运河, 为|长江, 环|西凉湖, 依托|太湖)
_NOT_FIRST = frozenset("沿向为环在经着于从到往入与和及的是了把被将对依靠临近跨绕穿流通建成元万千百")
#: characters of a clause, never inside a water's name, read when there is no segmentation (境内有|茈碧湖)
_CLAUSE_CHARS = frozenset("有是在的了把被将对着于从到往")
#: segmenter tags of a word that no water's name holds (堤|建成|滨江)
_NOT_INSIDE = frozenset(("v", "p", "c", "u", "d", "r", "w"))
#: words before a water's name
_BEFORE = re.compile(r"(排入|流入|汇入|注入|引入|沿|途经|经|疏浚|河道名称：|河湖名称：)")
#: words after a water's name
_AFTER = re.compile(r"(沿岸|沿线|两岸|岸边|流域|上游|下游|：(?:县级|镇级|乡级|村级)?[河湖]长)")
#: a water-quality row: the name at a line's head, a class of the surface-water standard after it
_ROW = re.compile(r"[\u4e00-\u9fff]{2,12}(?=[ \t\u3000]+(?:[ⅠⅡⅢⅣⅤ]|劣Ⅴ)类)")
#: what joins the items of a list of waters
_JOINS = frozenset("、和及与")
#: a water course named on a known river (淮河入江水道)
_COURSE = ("入江水道", "入海水道")


def _name_ok(name: str) -> bool:
    if not (2 <= len(name) <= 8) or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    end = next((x for x in _ENDS if name.endswith(x)), None)
    if end is None or name[0] in _WATER_CHARS or len(name) == len(end):
        return False
    stem = name[:-len(end)]
    return not (stem in _GENERIC or stem.startswith(_DETERMINERS) or is_word(name) or "条" in stem)


def _edge(words: "list[str] | None", i: int) -> bool:
    """A word starts at *i* (or the text ends there)."""
    return words is None or i >= len(words) or words[i][:1] in ("B", "S", "")


def _ok_span(text: str, words: "list[str] | None", s: int, e: int) -> bool:
    if not (_name_ok(text[s:e]) and text[s] not in _NOT_FIRST and text[e:e + 1] not in _NEXT_STOP
            and _edge(words, s) and _edge(words, e)):
        return False
    if words is None:  # no segmentation (model=False): no clause word inside the name (境内有|茈碧湖)
        return not any(ch in _CLAUSE_CHARS for ch in text[s + 1:e])
    if words[s][2:] in _NOT_INSIDE or (words[s][:1] == "B" and words[s][2:] == "m"):
        return False  # 俯瞰|通沟河, 使|徒骇河, 六十三万元|长江
    return not any(words[i][:1] in ("B", "S") and words[i][2:] in _NOT_INSIDE
                   and not text.startswith(_ENDS, i) for i in range(s + 1, e))


def _forward(text: str, words: "list[str] | None", p: int) -> "tuple[int, int] | None":
    """The shortest water's name starting at *p*."""
    for e in range(p + 2, min(len(text), p + 8) + 1):
        if "\n" in text[p:e]:
            return None
        if _ok_span(text, words, p, e):
            return p, e
    return None


def _backward(text: str, words: "list[str] | None", q: int) -> "tuple[int, int] | None":
    """The shortest water's name ending at *q* whose start is the start of a clause or follows a word."""
    for s in range(q - 2, max(-1, q - 9), -1):
        if "\n" in text[s:q]:
            return None
        if _ok_span(text, words, s, q) and (s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff")
                                             or (words is not None and words[s - 1][:1] in ("E", "S")
                                                 and words[s - 1][2:] in ("p", "v", "c", "u", "d", "w", "f"))):
            return _opened(text, words, s, q), q
    return None


def _opened(text: str, words: "list[str] | None", s: int, q: int) -> int:
    """The start of the name ending at *q*: a single character the segmenter left before the shortest name
    opens it (利|农河, 都|柳江)."""
    while s > 0 and words is not None and words[s - 1][:1] == "S" and _ok_span(text, words, s - 1, q):
        s -= 1
    return s


def _is_water(c: Cand, text: str) -> bool:
    return c.label == "LOC" and text[c.start:c.end].endswith(_ENDS)


def _place(out: list[Cand], s: int, e: int, relabel: "frozenset[str]") -> bool:
    """Put LOC s:e in *out* over the entities inside it (and an entity of the same span whose label is in
    *relabel*); False when an entity crosses or holds it."""
    inside = []
    for c in out:
        if c.end <= s or c.start >= e:
            continue
        if (c.start, c.end) == (s, e):
            if c.label == "LOC":
                return False
            if c.label not in relabel:
                return False
        elif not (s <= c.start and c.end <= e and c.label in ("LOC", "VILLAGE", "PERSON", "GPE")):
            return False
        inside.append(c)
    for c in inside:
        out.remove(c)
    out.append(Cand(s, e, "LOC", prio=0, source="document"))
    return True


def cued_waters(ents: list[Cand], text: str, words: "list[str] | None") -> list[Cand]:
    """*ents* with the waters the sentence cues as LOC (see the module docstring).

    Examples
    --------
    >>> t = "尾水经清源河排入洪河入海水道，沿七里河巡查。"
    >>> [(t[c.start:c.end], c.label) for c in cued_waters([Cand(8, 10, "LOC")], t, None)]
    [('清源河', 'LOC'), ('洪河入海水道', 'LOC'), ('七里河', 'LOC')]
    """
    if words is not None and len(words) != len(text):
        words = None
    out = [c for c in ents if not (c.label == "LOC" and text[c.start:c.end].endswith("达峰"))]  # 碳达峰
    strong = frozenset(("VILLAGE", "PERSON"))  # a county's short form (香河) stays GPE
    for c in [c for c in out if _is_water(c, text)]:  # 淮河|入江水道
        tail = next((x for x in _COURSE if text.startswith(x, c.end)), None)
        if tail and text[c.end + len(tail):c.end + len(tail) + 1] not in _NEXT_STOP:
            _place(out, c.start, c.end + len(tail), strong)
    spans = []
    for m in _BEFORE.finditer(text):
        if words is None or words[m.end() - 1][:1] in ("E", "S") or m.group().endswith("："):
            spans.append(_forward(text, words, m.end()))
    for m in _AFTER.finditer(text):
        spans.append(_backward(text, words, m.start()))
    for m in _ROW.finditer(text):  # a row of its own, or glued to the row or the header before it
        q = m.end()
        s = next((s for s in range(q - 2, m.start() - 1, -1) if _ok_span(text, words, s, q)), None)
        spans.append(None if s is None else (max(m.start(), _opened(text, words, s, q)), q))
    for span in spans:
        if span is None:
            continue
        s, e = span
        tail = next((x for x in _COURSE if text.startswith(x, e)), None)
        if tail and _name_ok(text[s:e]):
            e += len(tail)
        _place(out, s, e, strong)
    queue = [c for c in out if _is_water(c, text)]
    seen = set()
    while queue:  # lists of waters: 高邮湖、金宝航道; 新河、夹沟河和宝应湖
        c = queue.pop()
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        found = []
        if text[c.end:c.end + 1] in _JOINS:
            found.append(_forward(text, words, c.end + 1))
        if c.start >= 3 and text[c.start - 1] in _JOINS:
            q = c.start - 1
            found.append(next(((s, q) for s in range(q - 2, max(-1, q - 9), -1) if _ok_span(text, words, s, q)
                               and (s == 0 or text[s - 1] in _JOINS or not ("\u4e00" <= text[s - 1] <= "\u9fff")
                                    or (words is not None and words[s - 1][:1] in ("E", "S")))), None))
        for span in found:
            if span is not None and _place(out, span[0], span[1], strong):
                queue.append(out[-1])
    names = sorted({text[c.start:c.end] for c in out if c.source == "document" and _is_water(c, text)}, key=len,
                   reverse=True)
    for name in names:  # one name, one reading: the other bare mentions
        for s, e in occurrences(text, name):
            if text[e:e + 1] in _NEXT_STOP or (s > 0 and text[s - 1] in "老新大小东西南北上下前后中内外"):
                continue
            if _edge(words, s) or any(c.start == s and c.end == e for c in out):
                _place(out, s, e, frozenset(("VILLAGE",)))
    return sorted(out, key=lambda c: c.start)
