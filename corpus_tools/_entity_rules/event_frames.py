"""Event names the head list alone misses: a mined event head opened by a place, a national or
county scope, an edition or a year, and two events joined by 暨.

County papers name local events after their place (安吉白茶推介会, 中国竹业发展论坛, 全县旅游工作会议,
2018中国·梵净山茶叶博览会). The heads are the hand list ``event_heads.txt`` and the words mined from
People's Daily by ``training/ner/build_event_heads.py`` (``event_heads_mined.txt``: words after
第N届/首届, and words in 会节赛展周 that a verb of holding takes: 发布会, 交流会, 锦标赛), and a
meeting word made of a two-character verb and 会 (推介|会, 签约|会, 品鉴|会: the segmenter's tags say
the verb; 龙舟赛, 采茶节 as one word). A name is specific (:func:`headed_events`) only when it opens with what
makes it one event: a place the rules found or a listed river or mountain, 中国/全国 or a 全省/全市/全县 scope,
an edition (第N届, 首届) or a year; the bare
kinds (研讨会, 推介会) stay none (GUIDE: bare generic nouns are no EVENT).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.events import HOLIDAYS, clause_inside
from corpus_tools._entity_rules.lexicon import (CN_NUM, EVENT_HEADS, ORG_HEADS, Cand, longest_first_re, nature_names,
                                                sourced_names)
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools._entity_rules.region_spans import province_parts
from corpus_tools._entity_rules.word_bounds import word_start

__all__ = ["event_heads", "headed_events", "held_meetings", "joined_end", "more_events"]

#: scopes that open one event's name (中国竹业发展论坛, 全县旅游工作会议; 党的 as in GUIDE's 党的二十大:
#: 党的群众路线教育实践活动动员大会)
_SCOPES = ("中国", "全国", "全省", "全市", "全县", "全区", "全州", "全旗", "党的")
#: the local ones license the name but are not part of it (全县|脱贫攻坚誓师大会: the gold writes the meeting)
_LOCAL_SCOPES = _SCOPES[2:8]


def _edition(marks: str) -> str:
    """Pattern of an edition, a batch … opening a name: 第 + a number + one of *marks* (第二届, 第3批), or 首届."""
    return rf"第[{CN_NUM}0-9]{{1,4}}[{marks}]|首届"


#: an edition, a batch or a year right before the name (第二届, 首届, 第二批 as in GUIDE's 第二批主题教育推进会,
#: 2018 before a place or scope, 2019年)
_FRAME_END_RE = re.compile(rf"(?:{_edition('届批')}|(?<![0-9])(?:19|20)[0-9]{{2}}年?)$")
#: the same where no place or scope follows: a bare four-digit number is a count there (2000|客商; review)
_FRAME_END_STRICT_RE = re.compile(rf"(?:{_edition('届批')}|(?<![0-9])(?:19|20)[0-9]{{2}}年)$")
#: a year frame: it opens a name only when a name stands between it and the head (2022年|招聘会 is a kind)
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}年")
#: what may follow a meeting word and make it a room or a body (会议室, 会场, 会长, 会员)
_NOT_AFTER = frozenset("议场长员址所馆堂室费")
_MAX_BODY = 16


@lru_cache(maxsize=1)
def event_heads() -> tuple[str, ...]:
    """The hand event heads and the mined ones (``event_heads_mined.txt``), hand list first."""
    return tuple(dict.fromkeys(EVENT_HEADS + sourced_names("event_heads_mined")))


@lru_cache(maxsize=1)
def _heads_re() -> "re.Pattern | None":
    return longest_first_re(event_heads())


def _verb_meetings(text: str, feats: "list[str] | None") -> list[tuple[int, int]]:
    """Event words of three characters ending in 会, 赛, 节 or 展 (推介会, 签约会, 龙舟赛, 采茶节): a segmenter
    word of its own whose first two characters are a word (推介, 龙舟; not 老促|会, an association's short
    form) or that closes a quoted name (“岵山荔枝品鉴会”), or a two-character verb and 会; not a body (委员会,
    联合会, 数学会: ending in an ``org_heads.txt`` word) and no holiday (中秋节)."""
    out = []
    if feats is None or len(feats) != len(text):
        return out
    for m in re.finditer("[会赛节展]", text):
        h = m.start()
        if h < 2 or text[h - 2:h + 1] in _org_heads() or text[h - 1:h + 1] in _org_heads() \
                or text[h - 2:h + 1] in HOLIDAYS or text[h - 1:h + 1] in HOLIDAYS:
            continue
        one_word = feats[h - 2][:1] == "B" and feats[h - 1][:1] == "I" and feats[h][:1] == "E" \
            and (is_word(text[h - 2:h]) or text[h + 1:h + 2] == "”")
        verb = m.group() == "会" and feats[h - 2] in ("B-v", "B-vn") and feats[h - 1][:1] == "E" \
            and feats[h] in ("S-n", "S-Ng")  # 推介|会/n; not the modal 复苏|会/v|更快
        if one_word or verb:
            out.append((h - 2, h + 1))
    return out


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(h for h in ORG_HEADS if h.endswith("会")) | frozenset(("委员会", "联合会", "基金会", "促进会", "研究会",
                                                                           "联谊会", "理事会", "董事会", "商会", "工会"))


def _nature_at(text: str, p: int, h0: int) -> bool:
    """A listed mountain, river or lake opens at *p* before the head (青衣江|龙舟赛)."""
    names = nature_names()
    return any(text[p:p + k] in names for k in range(2, min(6, h0 - p) + 1))


def _opening(text: str, sc: Scanner, s: int, h0: int, regions: "frozenset[int]" = frozenset()) -> "int | None":
    """Where the event's own name opens within ``text[s:h0]``: an edition or year frame (with the place
    before it), else the leftmost place the rules found, a province part (*regions*: 浙南, 陕北) or a scope
    word; None when nothing opens it."""
    feats = sc.words if sc.words is not None and len(sc.words) == len(text) else None
    for p in range(s, h0 - 1):
        if feats is not None and feats[p][:1] not in ("B", "S") and p not in sc.place_starts and p not in regions:
            continue
        if p in sc.place_starts or p in regions or text.startswith(_SCOPES, p) or _nature_at(text, p, h0):
            f = _FRAME_END_RE.search(text, max(0, p - 6), p)
            return f.start() if f else p
        f = _FRAME_END_STRICT_RE.search(text, s, p) if p > s else None
        if f and f.end() == p:
            return f.start()
    f = _FRAME_END_STRICT_RE.search(text, max(0, s - 6), s)
    return f.start() if f and f.end() == s else None


def _name_left(text: str, sc: Scanner, h0: int) -> int:
    """Start of the name body before the head at *h0*: the scanner's, over a middle dot or a bracketed
    place (中国·梵净山, 中国（贵州）), and back over a scope or a place that ends where the scan stopped
    (全县|旅游工作会议, where 县 stops the scan)."""
    s = sc.left(h0, max_len=_MAX_BODY)
    for _ in range(2):
        if s >= 2 and text[s - 1] in "·•":
            s = sc.left(s - 1, max_len=6)
        elif s >= 2 and text[s - 1] in "）)" and (j := text.rfind("（" if text[s - 1] == "）" else "(", max(0, s - 8), s)) > 0:
            s = sc.left(j, max_len=6)
    if text[max(0, s - 2):s] in _SCOPES:
        s -= 2
    return s


def joined_end(text: str, end: int) -> int:
    """The end of a second event joined to one ending at *end* by 暨 (…茶文化节暨茶产业博览会), else *end*."""
    if text[end:end + 1] != "暨":
        return end
    rx = _heads_re()
    m = rx.search(text, end + 1, min(len(text), end + 1 + _MAX_BODY + 6)) if rx is not None else None
    if m is None or re.search(r"[，。、；：！？\n“”《》]", text[end:m.end()]):
        return end
    # a head inside a longer event word (展览|会) ends where that word does (review)
    return m.end() + 1 if text[m.end():m.end() + 1] in "会节赛" else m.end()


def _clause_inside(text: str, feats: "list[str] | None", s: int, e: int) -> bool:
    """:func:`clause_inside` over ``text[s:e]``, the particle of 党的 left out (党的群众路线…推进会 is a name)."""
    cuts = [i for i in range(max(s, 1), e) if text[i] == "的" and text[i - 1] == "党"]
    bounds = [s] + [k for i in cuts for k in (i, i + 1)] + [e]
    return any(clause_inside(feats, a, b) for a, b in zip(bounds[::2], bounds[1::2]) if a < b)


def headed_events(text: str, sc: Scanner) -> list[Cand]:
    """Events named by an event head (:func:`event_heads`, or a verb + 会) after a name that a place, a
    scope, an edition or a year opens (GUIDE: named festivals, fairs, meetings, competitions).

    Examples
    --------
    >>> t = "举行了中国竹业发展论坛，召开全县旅游工作会议，举办研讨会"
    >>> [t[c.start:c.end] for c in headed_events(t, Scanner(t))]
    ['中国竹业发展论坛', '旅游工作会议']
    """
    rx = _heads_re()
    spans = [(m.start(), m.end()) for m in rx.finditer(text)] if rx is not None else []
    spans += _verb_meetings(text, sc.words)
    feats = sc.words if sc.words is not None and len(sc.words) == len(text) else None
    out, seen = [], set()
    regions = frozenset(c.start for c in province_parts(text)) if spans else frozenset()
    for h0, h1 in sorted(spans):
        if text[h1:h1 + 1] in _NOT_AFTER or (feats is not None and feats[h1 - 1][:1] not in ("E", "S")):
            continue  # 会议室, 大会堂; the segmenter's word goes on past the head
        s = _name_left(text, sc, h0)
        start = _opening(text, sc, s, h0, regions)
        if start is None and s > 0 and text[s - 1] == "“" and text[h1:h1 + 1] == "”" and h0 - s >= 2:
            start = s  # “岵山荔枝品鉴会”: a quoted name is one event
        if start is not None and text.startswith(_LOCAL_SCOPES, start):
            start += 2
        if start is not None and (y := _YEAR_RE.match(text, start)) and h0 - y.end() < 2:
            continue
        if start is None or h0 - start < 2 or "的" in text[start:h0].replace("党的", "") \
                or _clause_inside(text, feats, start + 2, h0):
            continue
        end = joined_end(text, h1)
        if (start, end) not in seen:
            seen.add((start, end))
            out.append(Cand(start, end, "EVENT", prio=1, source="regex"))
    return out


#: heads of a meeting held once for one purpose (GUIDE: meetings are EVENT; 县政府常务会, a recurring type, is none)
_MEETING_HEADS_RE = re.compile("动员大会|动员会|推进大会|推进会|现场会|部署会|誓师大会|表彰大会|开工仪式|启动仪式|工作会议")
#: a verb of holding right before the name (县委召开|创先争优活动推进会)
_HELD_BEFORE = ("召开", "举行", "举办")
#: what follows a held meeting's name: its holding, its place, or the stage (…动员大会在X召开, 在…推进会上)
_HELD_AFTER_RE = re.compile(r"(?:召开|举行|在|上[，。、强讲指要说]|结束|闭幕)")
#: verbs of carrying a meeting out that end its name on the left (贯彻落实|中央经济工作会议精神)
_CARRY_VERBS = frozenset(("贯彻", "落实", "传达", "贯彻落实"))
#: word tags that end a meeting's name on its left (prepositions, conjunctions, particles, pronouns,
#: punctuation, times, numbers)
_MEETING_STOP_TAGS = frozenset(("p", "c", "u", "r", "w", "t", "m", "q", "x"))
#: an edition, a batch, a session or an issue opening a meeting's name (第二批, 首届, 第三次): its number words are part of it
_EDITION_RE = re.compile(rf"(?:{_edition('届批次期')})$")
_MAX_MEETING_BODY = 20


def _meeting_start(text: str, feats: list[str], h0: int) -> int:
    """Where a meeting's name opens before its head at *h0*: walk left over the segmenter's words until a
    verb of holding, a county scope (全县), a word of :data:`_MEETING_STOP_TAGS` or :data:`_MAX_MEETING_BODY`
    characters; an edition or batch (第二批) just before is taken in."""
    k = h0
    while k > 0 and h0 - k < _MAX_MEETING_BODY:
        j = word_start(feats, k - 1)
        w = text[j:k]
        if w in _HELD_BEFORE or w in _LOCAL_SCOPES or w in _CARRY_VERBS or feats[j].partition("-")[2] in _MEETING_STOP_TAGS:
            break
        k = j
    if text.startswith(_LOCAL_SCOPES, k):
        k += 2  # 全|旗: the segmenter splits some scopes
    f = _EDITION_RE.search(text, max(0, k - 6), k)
    return f.start() if f else k


def held_meetings(text: str, sc: Scanner) -> list[Cand]:
    """Meetings named by what they are held for (EVENT: 创先争优活动推进会, 退耕还林还草工作现场会), where the text
    holds them: a verb of holding right before the name (召开, 举行), or the name opening its clause with its
    holding, its place or its stage after the head (…动员大会召开, …现场会在X镇召开, 在…动员大会上强调). The name
    (:func:`_meeting_start`) is at least four characters before the head, with no county scope (全县), year or
    particle in it and no quoted slogan (GUIDE: slogan-titled activities are none); without the segmenter's
    words nothing is found.

    Examples
    --------
    >>> t = "县委召开创先争优活动推进会。全旗退耕还林还草工作现场会在镇里召开"
    >>> w = ["B-n", "E-n", "B-v", "E-v", "S-v", "S-d", "S-v", "S-Ag", "B-vn", "E-vn", "B-n", "I-n", "E-n", "S-w",
    ...      "S-a", "S-n", "S-v", "S-v", "S-d", "S-nr", "S-v", "S-n", "B-vn", "E-vn", "B-n", "I-n", "E-n", "S-p", "B-n",
    ...      "E-n", "B-v", "E-v"]
    >>> sc = Scanner(t); sc.words = w
    >>> [t[c.start:c.end] for c in held_meetings(t, sc)]
    ['创先争优活动推进会', '退耕还林还草工作现场会']
    """
    feats = sc.words if sc.words is not None and len(sc.words) == len(text) else None
    out = []
    if feats is None:
        return out
    for m in _MEETING_HEADS_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        if text[h1:h1 + 1] in _NOT_AFTER or feats[h0][:1] not in ("B", "S") or feats[h1 - 1][:1] not in ("E", "S"):
            continue
        s = _meeting_start(text, feats, h0)
        body = text[s:h0]
        if len(body) < 4 or "的" in body.replace("党的", ""):
            continue
        if not (text[max(0, s - 2):s] in _HELD_BEFORE or _HELD_AFTER_RE.match(text, h1)):
            continue
        out.append(Cand(s, h1, "EVENT", prio=1, source="regex"))
    return out


def more_events(text: str, sc: Scanner, found: list[Cand]) -> list[Cand]:
    """:func:`headed_events`, and each event already *found* with a second one joined by 暨 after it
    (第十三届中国（贵州）国际茶文化节暨茶产业博览会: one EVENT, as the gold writes such names)."""
    out = headed_events(text, sc) + held_meetings(text, sc)
    for c in found:
        if c.label == "EVENT" and (e := joined_end(text, c.end)) > c.end:
            out.append(Cand(c.start, e, "EVENT", prio=c.prio, source=c.source))
    return out
