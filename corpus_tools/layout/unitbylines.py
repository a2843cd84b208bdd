"""Bylines that name a unit beside the names: the unit is no name and no reason to refuse the line.

County papers print the writer's unit or newsroom around the names of a byline, on a line under the
headline or in the brackets that close an article:

* a unit after the names: ``通讯员　崔成哲　船营区文化馆``, ``（冯雪梅　船营区民政局）``,
  ``通讯员　冯雪梅（船营区民政局）``;
* a newsroom before the role: ``融媒体中心　记者　高原``, ``船营区融媒体中心　记者　高原　摄影　石磊``;
* a source note: ``（据船营区民政局）``, ``（本报综合）`` — a credit that names no person.

:func:`without_units` rewrites such a line into the form :func:`~corpus_tools.layout.bylines.parse_byline`
reads (the unit left out; the text of the line stays in the byline block, nothing is lost), and
:func:`source_note` tells a source note. A unit is told by its form — a name ending on an organisation's
head word (局, 馆, 中心, 委员会, 政府 …) longer than a person's name — never by a list of the page's units.
"""

from __future__ import annotations

import re

#: Head words an organisation's name ends on (the unit of a byline; a person's name never ends so
#: with more than five characters before it).
UNIT_HEADS = ("委员会", "办公室", "中心", "政府", "党委", "工委", "街道", "社区", "分局", "大队", "中队", "支队",
              "医院", "学校", "小学", "中学", "公司", "集团", "协会", "学会", "联合会", "报社", "电视台", "记者站", "小组",
              "局", "馆", "院", "所", "站", "部", "办", "委", "会", "处", "科", "队", "团", "校", "社", "台")
#: :data:`UNIT_HEADS` as a regular expression's alternation, the longest first (the one source of the head
#: words for :mod:`~corpus_tools.layout.bylines`' unit-and-name signatures too).
UNIT_HEAD_ALT = "|".join(map(re.escape, sorted(UNIT_HEADS, key=len, reverse=True)))
#: A unit: three to eighteen characters ending on a head word (``船营区民政局``, ``县融媒体中心``).
UNIT_TOKEN_RE = re.compile(r"^[\u4e00-\u9fff]{1,16}(?:" + UNIT_HEAD_ALT + r")$")
#: A newsroom printed before the role words (``融媒体中心``, ``船营区融媒体中心``, ``新媒体中心``).
NEWSROOM_RE = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:融媒体?|全媒体|新媒体|新闻)中心$")
#: The first character of a county's, district's or town's own unit (``县文化馆``, ``区民政局``, ``镇政府``).
_ADMIN_PREFIXES = "县区市镇乡旗州"
_SPACE_RE = re.compile(r"[ \u3000\xa0]+")
_ROLE_START_RE = re.compile(r"^(?:本报|本台)?(?:特约通讯员|特约记者|见习记者|通讯员|实习生|记者|摄影|撰文)")
#: A trailing unit in brackets after the names: ``冯雪梅（船营区民政局）``.
_BRACKET_UNIT_RE = re.compile(r"[(（]\s*([\u4e00-\u9fff]{3,18})\s*[)）]\s*$")
#: A source note closing an item: ``（据船营区民政局）``, ``（本报综合）``, ``（据新华社）``.
SOURCE_NOTE_RE = re.compile(r"^[(（]\s*(?:据[\u4e00-\u9fff]{2,20}|本报综合|综合|本报综述|综合报道)\s*[)）]$")


def is_unit(token: str) -> bool:
    """Whether a token of a byline is a unit's name, not a person's: at least five characters ending on
    an organisation's head word, or a newsroom (``融媒体中心``).

    Examples
    --------
    >>> is_unit("船营区民政局"), is_unit("融媒体中心"), is_unit("县文化馆"), is_unit("崔成哲"), is_unit("欧阳志远")
    (True, True, True, False, False)
    """
    t = token.strip()
    if NEWSROOM_RE.match(t) or not UNIT_TOKEN_RE.match(t):
        return bool(NEWSROOM_RE.match(t))
    # (four characters: a person's name too, 欧阳春生, unless a county's or town's unit, 县文化馆)
    return len(t) >= 5 or len(t) == 4 and t[0] in _ADMIN_PREFIXES


def source_note(text: str) -> bool:
    """Whether a line is a source note in brackets (``（据船营区民政局）``, ``（本报综合）``): a credit
    that names no person.

    Examples
    --------
    >>> source_note("（本报综合）"), source_note("（据区民政局）"), source_note("（曲艺）")
    (True, True, False)
    """
    return bool(SOURCE_NOTE_RE.match(text.strip()))


def without_units(text: str) -> str:
    """The byline ``text`` with the units it names left out, or ``text`` itself when it names none.

    A unit is left out before a role word (``融媒体中心　记者　高原``), after the names (``通讯员　崔成哲
    船营区文化馆``, ``（冯雪梅　船营区民政局）``) or in brackets after them (``通讯员　冯雪梅（船营区民政局）``),
    only when at least one other token remains.

    Examples
    --------
    >>> without_units("通讯员　崔成哲　船营区文化馆")
    '通讯员 崔成哲'
    >>> without_units("（冯雪梅　船营区民政局）")
    '（冯雪梅）'
    >>> without_units("船营区融媒体中心　记者　高原　摄影　石磊")
    '记者 高原 摄影 石磊'
    >>> without_units("通讯员　冯雪梅（船营区民政局）")
    '通讯员 冯雪梅'
    >>> without_units("（记者 王磊）")
    '（记者 王磊）'
    """
    t = text.strip()
    m = _BRACKET_UNIT_RE.search(t)
    if m and m.start() > 0 and t[0] not in "(（" and is_unit(m.group(1)):
        t = t[:m.start()].rstrip()
    opened, closed = "", ""
    inner = t
    if len(t) >= 2 and t[0] in "(（" and t[-1] in ")）":
        opened, closed, inner = t[0], t[-1], t[1:-1]
    toks = [x for x in _SPACE_RE.split(inner.strip()) if x]
    if len(toks) < 2:
        return t if t != text.strip() else text
    changed = t != text.strip()
    while len(toks) >= 2 and is_unit(toks[0]) and _ROLE_START_RE.match(toks[1]):
        toks, changed = toks[1:], True
    if len(toks) >= 2 and is_unit(toks[-1]) and not _ROLE_START_RE.match(toks[-1]):
        toks, changed = toks[:-1], True
    if not changed:
        return text
    return opened + " ".join(toks) + closed


#: A report's byline run on after the last sentence of its text, unbracketed and closed by ``报道``
#: (``…办成更多事。记者　金美玉　摄影报道``, ``…。本报记者 王磊 报道``): a role word, one to three names, then
#: ``报道`` or ``摄影报道``. Without the closing word a role and a name after a sentence are no byline.
REPORT_TAIL_RE = re.compile(r"(?<=[。！？!?”’」])[ \u3000]*((?:本报|本台|[\u4e00-\u9fff]{0,8}?(?:融媒体?|全媒体|新媒体)中心)?"
                            r"(?:特约记者|见习记者|记者|通讯员|实习生)[ \u3000]*[\u4e00-\u9fff]{2,4}"
                            r"(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,2}[ \u3000]*(?:摄影报道|图文报道|报道))\s*$")


#: A lead's role word ending a printed line inside its open bracket (``本报讯（记者　姜铁军　通讯员`` / ``　冯雪梅）``).
_ROLE_AT_END_RE = re.compile(r"[(（][^()（）]{0,40}(?:记者|通讯员|实习生|摄影|评论员)$")


def spaced_role_breaks(joined: str, ends: set[int]) -> str:
    """``joined`` (a paragraph's printed lines run together) with a space at each line break ``ends`` (offsets
    into ``joined``) that follows a role word inside an open bracket: the name on the next line is no part
    of the role word (``通讯员`` / ``冯雪梅`` reads ``通讯员 冯雪梅``, not ``通讯员冯雪梅``, which a name finder
    cuts as ``员冯雪梅``).

    Examples
    --------
    >>> spaced_role_breaks("本报讯（记者　姜铁军　通讯员冯雪梅）日前，", {14})
    '本报讯（记者　姜铁军　通讯员 冯雪梅）日前，'
    >>> spaced_role_breaks("他是一名记者今年三十岁。", {6})
    '他是一名记者今年三十岁。'
    """
    cuts = sorted(j for j in ends if 0 < j < len(joined) and not joined[j].isspace()
                  and _ROLE_AT_END_RE.search(joined[max(0, j - 44):j]))
    if not cuts:
        return joined
    out, last = [], 0
    for j in cuts:
        out += [joined[last:j], " "]
        last = j
    return "".join(out) + joined[last:]
