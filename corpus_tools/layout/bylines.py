"""Bylines as data: ``(role, name)`` pairs from the forms papers print them in.

Forms read (role words: 记者, 见习记者, 通讯员, 实习生, 摄影, 撰文, 特约记者, 特约通讯员; ``本报记者`` reads as 记者, and so does a newsroom's word with or without its county,
``隆回融媒记者``):

* names in brackets, no role: ``(张春燕 王瑞琴)`` -> ``[("", "张春燕"), ("", "王瑞琴")]``;
* roles in brackets or on their own line: ``（记者 王磊 通讯员 赵晓红）``, ``记者 王磊 通讯员 赵晓红``,
  ``本报记者 王磊``; names may be glued to their role (``记者王磊``);
* photographers: ``（王磊 摄）``, ``王磊 摄``, ``王磊 摄影`` -> ``[("摄影", "王磊")]``;
* an author alone after a hollow square, in a name's shape: ``□ 谭家明`` -> ``[("", "谭家明")]``
  (``□ 编后``, ``■ 相关链接`` are column labels: no byline);
* slashed roles: ``文/王磊 图/赵红`` -> ``[("撰文", "王磊"), ("摄影", "赵红")]``; ``撰稿 王磊`` is 撰文 too; a mark before the line
  (``■``, ``◎``) is no part of it;
* a closing ``报道`` or ``整理`` after the names (``本报记者 王磊 报道``) is no name;
* a unit's credit for an item it supplied: ``（县统计局供稿）`` -> ``[("", "县统计局")]``;
* in a lead: ``本报讯（记者 王磊 通讯员 赵晓红）…`` (the text stays in the body); a unit before
  the names (``本报讯（县融媒体中心 卢春燕）``) is not a name: ``[("", "卢春燕")]``; a lead that names its
  reporters in the sentence, ``本报讯 记者幺小燕报道：…`` or ``记者王磊报道：…``, reads as ``[("记者", "幺小燕")]``.

A role word is never a name: it only sets the role of the names after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from corpus_tools._entity_rules.names import COMPOUND_SURNAMES, is_word
from corpus_tools._entity_rules.person_roles import is_surname
from corpus_tools.layout.authornotes import author_note, place_signature
from corpus_tools.layout.unitbylines import UNIT_HEAD_ALT, is_unit, source_note, without_units
from corpus_tools.text import WS_RE

#: Role words of a byline, longest first; ``本报记者`` reads as 记者.
ROLES = ("特约通讯员", "特约记者", "见习记者", "通讯员", "实习生", "评论员", "记者", "摄影", "撰文", "翻译")
#: A page's production roles (``责任编辑``, ``校对``): a staff line's words, never a byline's role or name
#: (longest first; :data:`~corpus_tools.layout.patterns.STAFF_LINE_RE` is built from them).
STAFF_ROLES = ("本版责任编辑", "本版编辑", "本版责编", "责任编辑", "值班编辑", "美术编辑", "版式设计", "值班主任", "责编",
               "编辑", "校对", "审校", "美编", "组版", "版式", "排版", "审核", "终审", "主编")
#: Role words of a photographer or writer (no reporter's role: never glued to a name, never after ``文/图``).
_CREDIT_ROLES = ("摄影", "撰文")
#: The role of an author who wrote the text and took the photos (``文/图　X``), printed as it stands.
SLASH_BOTH_ROLE = "文/图"
#: Every role a byline pair can carry (:data:`ROLES` and ``文/图``).
PAIR_ROLES = ROLES + (SLASH_BOTH_ROLE,)
#: Every alternation below is built from :data:`ROLES`, so a role word is added in one place.
_ROLE_ALT = "|".join(map(re.escape, ROLES))
_REPORTER_ALT = "|".join(re.escape(r) for r in ROLES if r not in _CREDIT_ROLES)
#: The paper or station before a role word (``本报记者``, ``珠江商报记者``, ``县广播电视台记者``).
#: A county newsroom's own word before the role (``融媒记者``, ``全媒体记者``, ``县融媒体中心记者``).
#: A county's name may stand before its newsroom's word (``隆回融媒记者``, ``涟水全媒体记者``).
_OUTLET = (r"(?:本报|本台|[\u4e00-\u9fff]{0,4}?(?:融媒体?|全媒体|新媒体)(?:中心)?|[\u4e00-\u9fff]{1,6}?(?:日报|晚报|商报|报|新闻|电视台|"
           r"广播电视台|台|融媒体中心))?")
_ROLE_RE = re.compile(r"^" + _OUTLET + "(" + _ROLE_ALT + ")")
_GLUED_ROLE_RE = re.compile(r"(?:本报|本台)?(?:" + _REPORTER_ALT + "|摄影)")
#: A mark some papers print before a byline line (``■本报记者 王磊``).
#: A photographer's credit printed after a dash under the photo's caption (``——季长海　摄``, ``——郄海峰 摄``).
DASH_CREDIT_RE = re.compile(r"^(?:——|──|--|—)\s*([\u4e00-\u9fff][\u4e00-\u9fff·\s\u3000]{1,12}摄)$")
BYLINE_MARK_RE = re.compile(r"^[■□●○◎◆◇▲△★☆▶►]\s*")
#: An author's name alone after a hollow square (``□ 谭家明``, ``□ 杜　鹃``): a literary page's byline.
#: Only ``□``: after ``■``/``◎`` the 2019-2020 crawl prints column labels only (■记者手记, ■链接, ■编后).
_MARKED_AUTHOR_RE = re.compile(r"^□\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$")
#: A name: two to five characters, or a transliterated name with its dots (``阿依古丽·吐尔逊``).
_NAME_RE = re.compile(r"^(?:[\u4e00-\u9fff][\u4e00-\u9fff·]{1,4}|[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2})$")
#: A transliterated name of six or seven characters without a dot (``额尔敦毕力格``, Mongolian and Tibetan names):
#: a name only after a role word, inside brackets (a lead's ``本报讯（记者　额尔敦毕力格）``; a role glued to a
#: sentence, ``记者日前从…``, is no byline).
_LONG_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{6,7}$")
#: A transliterated name with a middle dot (``古丽娜尔·阿不都拉``, ``买买提·吾斯曼``): longer than a Han name, so
#: a bracket holding one alone is a signature only in this form (two to five characters each side).
_DOTTED_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,5}$")
#: A role word written with a colon before its names.
_ROLE_COLON_RE = re.compile(r"((?:本报|本台)?(?:" + _ROLE_ALT + r"))\s*[:：]\s*")
#: A line of roles with colons and nothing but names after them (``撰文：陈明 摄影：李华``): a byline
#: even without brackets (an interview's ``记者：`` is followed by a question, not by names); a name of six or
#: seven characters is a transliterated one (``摄影：宝音德力格尔``), read as :data:`_LONG_NAME_RE` says.
_COLON_LINE_RE = re.compile(r"^(?:(?:本报|本台)?(?:" + _ROLE_ALT + r")\s*[:：]\s*"
                            r"[\u4e00-\u9fff·]{1,7}(?:[ \u3000、]+[\u4e00-\u9fff·]{1,7})*\s*)+$")
#: The role an interview prints before its questions (``记者：…``): alone with a colon it is no byline.
_INTERVIEWER = frozenset({"记者", "本报记者", "本台记者"})
_SEP_RE = re.compile(r"[ \u3000\xa0、,，/／]+")
#: Words a byline closes with after its names (``本报记者 孙志刚 报道``, ``（记者 于洋 整理）``): no name.
CLOSING_WORDS = ("报道", "报导", "整理")
_OPEN, _CLOSE = "(（", ")）"
#: Slashed roles: ``文/熊伟 图/程丹`` (writer, photographer); a ``文/图`` before a role word says nothing more.
_SLASH_WRITER_RE = re.compile(r"(^|[\s(（])文\s*[/／]\s*(?!图)")
_SLASH_PHOTO_RE = re.compile(r"(^|[\s(（])图\s*[/／]\s*")
#: ``文/图`` after the names (``全媒体记者 李华 文/图``): the reporter wrote and shot it, no name.
_SLASH_BOTH_AFTER_RE = re.compile(r"\s+文\s*[/／]\s*图\s*(?=[)）]?$)")
_SLASH_BOTH_RE = re.compile(r"^([(（]?)\s*文\s*[/／]\s*图\s+(?=" + _OUTLET + "(?:" + _REPORTER_ALT + "))")
#: ``撰稿`` before a writer's name is the writer's role (``撰稿　陈昌华　摄影　李　涛``, ``（撰稿：王磊）``): 撰文.
_WRITER_WORD_RE = re.compile(r"(^|[\s(（])撰稿(?=[\s:：])")
#: ``文/图　金　岩`` with no role word after it: the author wrote the text and took the photos (role ``文/图``).
_SLASH_AUTHOR_RE = re.compile(r"^([(（]?)\s*文\s*[/／]\s*图\s*(?=[\u4e00-\u9fff])")


def shot_by_author(text: str) -> bool:
    """Whether a credit says its author took the photos too: ``文/图　扎西``, ``文/图 本报记者 X``,
    ``全媒体记者 李华 文/图``.

    Examples
    --------
    >>> shot_by_author("文/图　扎西"), shot_by_author("文/熊伟　图/程丹"), shot_by_author("记者 王磊")
    (True, False, False)
    """
    t = text.strip()
    return bool(_SLASH_AUTHOR_RE.match(t) or _SLASH_BOTH_RE.match(t) or _SLASH_BOTH_AFTER_RE.search(t))


#: Editorial notes in brackets that close a text (``（未完待续）``, ``（全文完）``): never a name.
CLOSING_NOTE_RE = re.compile(r"^[(（]\s*(?:未完待续|待续|续完|全文完|完)\s*[)）]$")
#: A place dateline between 本报 and 讯 (``本报长甸讯``): one to four characters, no 的, and 讯 ends it,
#: followed by a bracket, a space, a digit, a comma or the end (``本报刊发的通讯《…》``, ``本报推出的
#: 通讯员来稿`` are no datelines).
PLACE_DATELINE = r"(?:(?!的)[\u4e00-\u9fff]){1,4}?讯(?=[\s(（\[【,，:：\d]|$)"
#: A lead that opens with a byline in brackets: ``本报讯（记者 王磊）``, ``本报长甸讯（记者 孙伟）`` (a place dateline).
LEAD_BYLINE_RE = re.compile(r"^[\[【(（]?\s*本报(?:讯|" + PLACE_DATELINE + r")\s*[(（]([^()（）]{2,60})[)）]")
#: A lead that names its reporters in the sentence, with no brackets: ``本报讯 记者幺小燕报道：``,
#: ``本报讯记者 王磊 通讯员 李娜 报道``, and without ``本报讯`` when a colon follows (``记者王磊报道：``). The names
#: sit between a reporter's role word and the closing ``报道`` (group 1); a role word is required.
_REPORTER_AT = _OUTLET + "(?:" + _REPORTER_ALT + ")"  # (an outlet, then a reporter's role word)
REPORTED_LEAD_RE = re.compile(
    r"^[\[【(（]?\s*(?:本报(?:讯|" + PLACE_DATELINE + r")[\s)）\]】]*(?=" + _REPORTER_AT + r")"
    r"|(?=" + _REPORTER_AT + r"[^，。：:]{2,40}?\s*(?:报道|报导)\s*[：:]))"
    r"(" + _REPORTER_AT + r"[^，。；：:,()（）]{2,40}?)\s*(?:报道|报导)(?:\s*[：:]|\s|$)")
#: A unit's credit for an item it supplied (``（县统计局供稿）``, ``（县农业农村局 供稿）``, ``（图片由县文旅局提供）``):
#: the unit is the byline's one name, with no role.
UNIT_CREDIT_RE = re.compile(r"^[(（]\s*(?!本版|本期)(?:图片?由|由)?\s*((?:[\u4e00-\u9fff]\s?){2,20}?)\s*(?:供稿|供图|提供)\s*[)）]$")
#: A unit alone in brackets (``（某某镇宣传办）``): a credit without 供稿, the unit its one name
#: (:func:`~corpus_tools.layout.unitbylines.is_unit` tells a unit from a person's name by its form).
_LONE_UNIT_RE = re.compile(r"^[(（]\s*([\u4e00-\u9fff]{4,18})\s*[)）]$")
#: A newsroom or office named before the names of a lead's byline (``县融媒体中心``, ``xx县委宣传部``).
UNIT_RE = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:融媒体中心|融媒中心|新闻中心|广播电视台|电视台|报社|记者站|宣传部|"
                     r"办公室|新闻办)$")


#: A commentator's signature naming no one (``本报评论员``, ``（本报特约评论员）``): the article's byline as printed.
COMMENTATOR_RE = re.compile(r"^(?:本报|本刊|本台)?(?:特约)?评论员$")
#: A writer's unit and name closing a text in brackets (``（洪德镇卫生院　党玉芳）``, ``（交口河镇党委　昝彦龙）``):
#: a unit's head word ends the first token, a name of two or three characters follows.
#: The head words are :data:`~corpus_tools.layout.unitbylines.UNIT_HEADS`, the one list of them.
_UNIT_NAME_RE = re.compile(r"^([\u4e00-\u9fff]{2,16}(?:" + UNIT_HEAD_ALT + r"))[ \u3000]+([\u4e00-\u9fff]{2,3})$")


def _without_unit(inner: str) -> str:
    """A byline's inside without a unit named before the names (``县融媒体中心 卢春燕``; the unit
    may be cut by a line break read as a space, ``县融媒`` / ``体中心``)."""
    parts = inner.split()
    for k in range(1, min(3, len(parts) - 1) + 1):
        if UNIT_RE.match("".join(parts[:k])):
            return " ".join(parts[k:])
    return inner


def surname_and_given(name: str) -> bool:
    """Whether ``name`` (no spaces) is shaped as a person's name: a surname of the surname list
    (:func:`~corpus_tools._entity_rules.person_roles.is_surname`) or a compound one (欧阳), then a
    given name of one or two characters. The callers add their own word tests.

    Examples
    --------
    >>> surname_and_given("杜鹃"), surname_and_given("欧阳慧敏"), surname_and_given("王"), surname_and_given("郭旭东明")
    (True, True, False, False)
    """
    surname = 2 if name[:2] in COMPOUND_SURNAMES else 1
    return 1 <= len(name) - surname <= 2 and (surname == 2 or is_surname(name[0]))


def _marked_author(text: str) -> str | None:
    """The name of an author alone after ``□``, or None when the words there are no name's shape.

    A name's shape: a surname (:func:`~corpus_tools._entity_rules.person_roles.is_surname`, or a
    compound one, 欧阳) and a given name of one or two characters; two characters printed together
    must not be a word of People's Daily 1998 (``□ 编后``, ``□ 点评`` are column labels), two padded
    to a name's width (``□ 杜　鹃``) are a name.
    """
    m = _MARKED_AUTHOR_RE.match(text.strip())
    if m is None:
        return None
    name = WS_RE.sub("", m.group(1))
    if not surname_and_given(name):
        return None
    if len(name) == 2 and name == m.group(1) and is_word(name):
        return None
    return name


def _colon_line(t: str) -> bool:
    """A line of roles with colons before names only: two roles (``撰文：陈明 摄影：李华``), or one
    role other than the interviewer's (``摄影：李华``, ``见习记者：王磊``); a plain ``记者：`` line
    (``记者：谢谢``, ``本报记者：…``) is an interview's question (the 2019-2020 crawl prints role colons
    only there)."""
    if not _COLON_LINE_RE.match(t):
        return False
    roles = _ROLE_COLON_RE.findall(t)
    return len(roles) >= 2 or roles[0] not in _INTERVIEWER


def _tokens(inner: str) -> list[str] | None:
    """Split a byline's inside into role words and names; None if something else is there."""
    out: list[str] = []
    raw = [tok for tok in _SEP_RE.split(inner.strip()) if tok]
    for i, tok in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        while tok:
            if tok == raw[i] == "摄影" and not nxt and out and out[-1] not in ROLES and 2 <= len(out[-1]) <= 3:
                out.append("摄")  # ``袁　野　摄影``: the photographer's name, then the word
                break
            m = _ROLE_RE.match(tok)
            if m:
                out.append(m.group(1))
                tok = tok[m.end():]
                if len(tok) == 2 and tok not in CLOSING_WORDS and is_word(tok) and not is_surname(tok[0]):
                    return None  # a word glued to the role, no name: the column label ``■记者手记``
                continue
            if tok in CLOSING_WORDS:
                break  # ``本报记者 孙志刚 报道``, ``摄影报道``: the report, not a name
            if tok == "摄" or (tok.endswith("摄") and out and len(tok) <= 6 and _NAME_RE.match(tok[:-1])):
                if tok != "摄":
                    out.append(tok[:-1])
                out.append("摄")
                break
            glued = _GLUED_ROLE_RE.search(tok, 2)
            if glued and _NAME_RE.match(tok[:glued.start()]):
                out.append(tok[:glued.start()])  # a role glued to the name before it (``彭洋敏通讯员``)
                tok = tok[glued.start():]
                continue
            prev_open = bool(out) and out[-1] not in ROLES and out[-1] != "摄"
            if len(tok) == 1 and prev_open and len(out[-1]) == 1:
                out[-1] += tok  # the given name of a two-character name padded to three (``李 华``)
            elif len(tok) == 1 and len(nxt) == 1 and nxt != "摄" and not _ROLE_RE.match(nxt):
                out.append(tok)  # the surname of a padded name (``李梦瑶 张 新``, ``李 华 覃 玲``)
            elif len(tok) == 1 and prev_open:
                out[-1] += tok  # a name cut by a line break: ``高建`` / ``婷``
            else:
                out.append(tok)
            break
    return out or None


def parse_byline(text: str, *, bare: bool = False) -> list[tuple[str, str]] | None:
    """``(role, name)`` pairs of a byline line, or None when ``text`` is not a byline.

    A byline is in brackets, or (without brackets) starts with a role word or ends with
    ``摄``; with ``bare=True`` the inside of a lead's brackets is read (no brackets needed).

    Parameters
    ----------
    text : str
        One line.
    bare : bool, optional
        Read the inside of a lead's brackets (no brackets needed).

    Returns
    -------
    list of tuple of (str, str) or None
        The ``(role, name)`` pairs (role ``""`` when none is printed), or None.

    Examples
    --------
    >>> parse_byline("(张春燕 王瑞琴)")
    [('', '张春燕'), ('', '王瑞琴')]
    >>> parse_byline("（记者 王磊 通讯员 赵晓红）")
    [('记者', '王磊'), ('通讯员', '赵晓红')]
    >>> parse_byline("本报记者 王磊")
    [('记者', '王磊')]
    >>> parse_byline("（王磊 摄）")
    [('摄影', '王磊')]
    >>> parse_byline("（摄影：马建华）")
    [('摄影', '马建华')]
    >>> parse_byline("（通讯员 李 华 覃 玲）")  # two-character names padded to the width of three
    [('通讯员', '李华'), ('通讯员', '覃玲')]
    >>> parse_byline("（县融媒体中心 卢春燕）")  # a unit before the name is no name
    [('', '卢春燕')]
    >>> parse_byline("■滨江日报记者 陈明 通讯员 李华")
    [('记者', '陈明'), ('通讯员', '李华')]
    >>> parse_byline("撰文：陈明 摄影：李华")
    [('撰文', '陈明'), ('摄影', '李华')]
    >>> parse_byline("本报记者 孙志刚 报道")  # the closing 报道 is no name
    [('记者', '孙志刚')]
    >>> parse_byline("□ 杜　鹃")  # an author under a title on a literary page
    [('', '杜鹃')]
    >>> parse_byline("完善城市功能 提升城市品质") is None
    True
    >>> parse_byline("（古丽娜尔·阿不都拉）")  # a transliterated name, longer than a Han one
    [('', '古丽娜尔·阿不都拉')]
    >>> parse_byline("（县统计局 供稿）")  # a unit's credit: the unit, no role
    [('', '县统计局')]
    >>> parse_byline("（本报评论员）")  # an editorial's signature
    [('', '本报评论员')]
    >>> parse_byline("（某某镇卫生院　王玉芳）")  # a writer's unit, then the name: both
    [('', '某某镇卫生院'), ('', '王玉芳')]
    >>> parse_byline("文/图　金　岩"), parse_byline("（未完待续）")
    ([('文/图', '金岩')], None)
    >>> parse_byline("（责任编辑　李　平）") is None  # the page's staff, no byline
    True
    """
    found = _parse_byline(text, bare)
    return None if found is None else list(found)


@lru_cache(maxsize=1 << 16)
def _parse_byline(text: str, bare: bool) -> tuple[tuple[str, str], ...] | None:
    """:func:`parse_byline` as a tuple, kept per line: layout asks about the same lines many times.

    ``文/图　X`` (X wrote the text and took the photos) keeps its printed role ``文/图``.
    """
    found = _parse_byline_roles(text, bare)
    if found and _SLASH_AUTHOR_RE.match(BYLINE_MARK_RE.sub("", text.strip())):
        return tuple((SLASH_BOTH_ROLE if role == "撰文" else role, name) for role, name in found)
    return found


def _parse_byline_roles(text: str, bare: bool) -> tuple[tuple[str, str], ...] | None:
    """The pairs of :func:`parse_byline`, a ``文/图`` author read as 撰文."""
    author = _marked_author(text)
    if author:  # an author under a title on a literary page (``□ 谭家明``, ``□ 杜　鹃``)
        return (("", author),)
    t = BYLINE_MARK_RE.sub("", text.strip())
    dash = DASH_CREDIT_RE.match(t)
    if dash:  # (a photographer's credit after a dash, ``——季长海　摄``: the credit, no subtitle)
        t = dash.group(1)
    if CLOSING_NOTE_RE.match(t):
        return None
    signed = "".join((t[1:-1] if len(t) >= 2 and t[0] in _OPEN and t[-1] in _CLOSE else t).split())
    if COMMENTATOR_RE.match(signed):  # an editorial's signature naming no one: the signature itself
        return (("", signed),)
    if source_note(t):  # (a source note, ``（本报综合）``, ``（据区民政局）``: a credit naming no person)
        return ()
    noted = author_note(t)
    if noted is None:
        noted = place_signature(t)
    if noted is not None:  # (``（作者系…　更登加）``, ``（作者单位：…）``, ``（玄武镇　乜红梅）``)
        return noted
    t = without_units(t)  # (a unit beside the names, ``通讯员 崔成哲 船营区文化馆``: no name)
    unit = UNIT_CREDIT_RE.match(t)
    if unit:  # a unit credits an item it supplied: the unit, no role
        return [("", WS_RE.sub("", unit.group(1)))]
    lone = _LONE_UNIT_RE.match(t)
    if lone and is_unit(lone.group(1)):  # a unit alone in brackets signs the item it supplied (``（某某镇宣传办）``)
        return (("", lone.group(1)),)
    t = _SLASH_AUTHOR_RE.sub(r"\1撰文 ", _SLASH_BOTH_RE.sub(r"\1", _SLASH_BOTH_AFTER_RE.sub("", t)))
    t = _WRITER_WORD_RE.sub(r"\1撰文", _SLASH_PHOTO_RE.sub(r"\1摄影 ", _SLASH_WRITER_RE.sub(r"\1撰文 ", t)))
    bracketed = len(t) >= 2 and t[0] in _OPEN and t[-1] in _CLOSE
    # a role word with a colon in brackets (（摄影：马建华）) or before names only (撰文：陈明 摄影：李华);
    # otherwise, unbracketed, 记者：… opens an interview's question
    colon = not bracketed and _colon_line(t)  # (``摄影：宝音德力格尔``: the colon after the role marks a byline)
    inner = (_ROLE_COLON_RE.sub(r"\1 ", t[1:-1]) if bracketed
             else _ROLE_COLON_RE.sub(r"\1 ", t) if colon else t)
    if not inner.strip() or any(ch in inner for ch in "()（）:：。，,；;！？!?“”\"") and not bare:
        return None
    if bracketed or bare:
        inner = _without_unit(inner)
    if bracketed:
        unit_name = _UNIT_NAME_RE.match(inner.strip())
        name = unit_name.group(2) if unit_name else ""
        if name and surname_and_given(name) and not is_word(name):  # (a writer's unit, then the name)
            return (("", unit_name.group(1)), ("", unit_name.group(2)))
    toks = _tokens(inner)
    if not toks or any(tok in STAFF_ROLES for tok in toks):
        return None  # (nothing, or a staff line: ``（责任编辑　李　平）``)
    has_role = any(tok in ROLES for tok in toks) or "摄" in toks
    if not (bracketed or bare or has_role and (toks[0] in ROLES or toks[-1] == "摄")):
        return None
    pairs: list[tuple[str, str]] = []
    role = ""
    pending: list[str] = []
    for tok in toks:
        if tok in ROLES:
            if pending:  # names before any role word
                pairs += [(role, n) for n in pending]
                pending = []
            role = tok
        elif tok == "摄":
            pairs += [("摄影", n) for n in pending]
            pending = []
        elif _NAME_RE.match(tok) or role and (bracketed or bare or colon) and _LONG_NAME_RE.match(tok):
            pending.append(tok)
        else:
            return None
    pairs += [(role, n) for n in pending]
    if not pairs or len(pairs) > 8:
        return None
    if not has_role and not all(2 <= len(n) <= 4 or _DOTTED_NAME_RE.match(n) for _, n in pairs):
        return None
    return tuple(pairs)


def lead_byline(text: str) -> list[tuple[str, str]]:
    """Byline pairs in a lead's brackets (``本报讯（记者 王磊）…``); empty when there are none.

    Parameters
    ----------
    text : str
        The lead paragraph.

    Returns
    -------
    list of tuple of (str, str)
        The ``(role, name)`` pairs, or an empty list.

    Examples
    --------
    >>> lead_byline("本报讯（记者 王磊 实习生 李娜）近日，…")
    [('记者', '王磊'), ('实习生', '李娜')]
    >>> lead_byline("本报讯（县融媒体中心 卢春燕）金秋时节，…")
    [('', '卢春燕')]
    >>> lead_byline("本报讯 记者幺小燕报道：2019年3月，…"), lead_byline("记者 王磊 通讯员 李娜 报道：近日，…")
    ([('记者', '幺小燕')], [('记者', '王磊'), ('通讯员', '李娜')])
    """
    m = LEAD_BYLINE_RE.match(text.strip())
    if not m:
        said = REPORTED_LEAD_RE.match(text.strip())
        pairs = parse_byline(said.group(1), bare=True) if said else None
        return pairs if pairs and all(role for role, _ in pairs) else []
    pairs = parse_byline(m.group(1), bare=True)
    if pairs and any(r for r, _ in pairs):
        return pairs
    unit, _, rest = m.group(1).strip().partition(" ")
    if UNIT_RE.match(unit) and rest.strip():  # a unit before the names: （县融媒体中心 卢春燕）
        pairs = parse_byline(rest, bare=True)
        return pairs or []
    return []


def byline_pairs(byline: Iterable[str | tuple[str, str]] | None) -> list[tuple[str, str]]:
    """Normalise a byline to ``(role, name)`` pairs (plain names get the role ``""``).

    Parameters
    ----------
    byline : iterable of str or tuple of (str, str), or None
        Names and ``(role, name)`` pairs; None for none.

    Returns
    -------
    list of tuple of (str, str)
        The ``(role, name)`` pairs.

    Examples
    --------
    >>> byline_pairs(["王俊", ("记者", "李娜")])
    [('', '王俊'), ('记者', '李娜')]
    """
    out = []
    for x in byline or []:
        if isinstance(x, str):
            out.append(("", x))
        else:
            role, name = x
            out.append((str(role or ""), str(name)))
    return out


def byline_text(byline: Iterable[str | tuple[str, str]] | None) -> str:
    """A byline as one readable string: ``"记者 王磊 通讯员 赵晓红"`` (a role is written once for a run).

    Parameters
    ----------
    byline : iterable of str or tuple of (str, str), or None
        Names and ``(role, name)`` pairs (:func:`byline_pairs`).

    Returns
    -------
    str
        The roles and names joined by spaces.

    Examples
    --------
    >>> byline_text([("记者", "王磊"), ("记者", "李娜"), ("通讯员", "赵晓红")])
    '记者 王磊 李娜 通讯员 赵晓红'
    >>> byline_text([("", "张春燕"), ("", "王瑞琴")])
    '张春燕 王瑞琴'
    """
    words: list[str] = []
    prev = None
    for role, name in byline_pairs(byline):
        if role and role != prev:
            words.append(role)
        words.append(name)
        prev = role
    return " ".join(words)


#: A byline run into the text it opens (``融媒记者　周涛入伏以来，…``): an outlet, one reporter's role,
#: then the name's characters (a space may pad a two-character name: ``宋　佳``).
_GLUED_OPENING_RE = re.compile(r"^\s*(?:[■□●◆]\s*)?" + _OUTLET + "(" + _REPORTER_ALT + r")[ \u3000]*"
                               r"([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})")


def glued_byline_cuts(text: str) -> list[tuple[int, tuple[str, str]]]:
    """Where a byline run into the text it opens may end: ``(length, (role, name))`` per reading, the
    length counted in characters of ``text``; a name of two characters or of three (surname first);
    a name printed padded (``周　涛``) has one reading. Empty when ``text`` opens with no role word, or
    no sentence follows within twenty characters.

    Parameters
    ----------
    text : str
        The line that may open with a byline run into its text
        (融媒记者　周涛入伏以来，…).

    Returns
    -------
    list of tuple of (int, tuple of (str, str))
        The length of each reading of the byline and its ``(role, name)`` pair.

    Examples
    --------
    >>> [(n, p) for n, p in glued_byline_cuts("融媒记者　周涛入伏以来，稻禾青青。")]
    [(7, ('记者', '周涛')), (8, ('记者', '周涛入'))]
    >>> glued_byline_cuts("记者节当天，全县…")
    []
    """
    m = _GLUED_OPENING_RE.match(text)
    if m is None or not any(ch in "，。," for ch in text[m.end(1):m.end(1) + 24]):
        return []
    role = m.group(1)
    role = "记者" if role.endswith("记者") and role not in ROLES else role
    start = m.start(2)
    out = []
    for size in (2, 3):
        k, got = start, ""
        while k < len(text) and len(got) < size:
            if not text[k].isspace():
                got += text[k]
            k += 1
        padded = any(ch.isspace() for ch in text[start:k])
        surname = 2 if got[:2] in COMPOUND_SURNAMES else 1
        if len(got) < size or not (is_surname(got[0]) or surname == 2) or size - surname < 1:
            continue
        if padded and size == 3:
            continue  # (a padded name is the two characters around the pad)
        out.append((k, (role, got)))
        if padded:
            break
    return out if len(text) > (out[-1][0] + 4 if out else 0) else []
