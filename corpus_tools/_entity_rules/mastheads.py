"""Newspapers and broadcasters named by a place and a media word: 昆山日报, 珠江商报, 正定新闻, 今日洛川.

GUIDE.md labels media ORG (央视, 新华社, 山西电视台, 诸暨发布) and a paper's masthead too. Few are
listed (``media_orgs.txt``); the rest follow one form: a place (a province, city or county name or
short form, or a place or river entity found in the text) right before a media word (日报, 商报, 新闻,
电视台, 发布 …). Since 县新闻 or 头条新闻 are no names, the form counts only where a paper stands:

* alone on its line (a masthead, perhaps with a mark such as ■ or an issue number after a space), or opening a
  banner line with the issue date right after it (宽甸报2024年4月3日　星期三; then a place + 报 counts too);
* in book-title marks, when it is a paper (《昆山日报》; 《湖北新闻》 is a programme);
* before a reporter's role or a report word (珠江商报记者, 正定新闻讯, 婺源新闻报道, 长阳新闻客户端).

A masthead line may also be 今日 + a county's name (今日洛川). In running text a county paper is also a
place + bare 报, and 今日 + a county's name names a paper or its app, where a reporter's role or a report
word follows (蓬溪报记者, 据今日仙居报道, 今日金寨客户端) or marks enclose it (《桂东报》). The owner place
inside the name is no entity of its own (flat, maximal spans).

The page's own banner, date and page lines belong to no article: :func:`masthead_rows` reads every printing of the
paper's name on them (:func:`~corpus_tools._entity_rules.page_furniture.furniture_rows`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.page_furniture import furniture_rows
from corpus_tools._entity_rules.paper_names import ISSUE_DATE_RE, MAX_OWNER, page_line_field
from corpus_tools._entity_rules.person_staff import staff_credit_names
from corpus_tools.layout.patterns import is_folio_line

if TYPE_CHECKING:
    from corpus_tools.layout.model import Block

#: Media words a paper's or station's name ends in.
MEDIA_WORDS = ("广播电视总台", "广播电视台", "融媒体中心", "电视台", "都市报", "手机报", "日报", "晚报", "商报", "时报",
               "新闻", "发布")
#: Words after a paper's name that show it is one (a role of its staff, a report word, a channel).
_AFTER = re.compile(r"(?:社)?(?:首席|特约|全媒体)?(?:记者|通讯员|编辑|讯|报道|消息|客户端|公众号|微信|微博|APP|app|头版|刊发|刊登|播出)")
#: After 新闻 and 发布 (common words: 新闻报道, 发布消息) only a staff role or a channel shows a name.
_AFTER_STRICT = re.compile(r"(?:首席|特约|全媒体)?(?:记者|通讯员|编辑|讯|客户端|公众号|微信|微博|APP|app)")
_MEDIA_RE = re.compile("|".join(MEDIA_WORDS))
#: Media words of a masthead on the page's banner: a county paper is also "place + 报" (抚松报, 新县报).
MASTHEAD_WORDS = MEDIA_WORDS + ("报",)
_OWNER_LABELS = frozenset(("GPE", "TOWNSHIP", "LOC", "COMMUNITY"))
_LINE_MARKS = " \u3000■●◆▲★·•"
#: 报 right before an issue date (抚松报2024年9月6日): with a place before it, a masthead.
_DATED_BAO_RE = re.compile(rf"(?<!日|晚|商|时)报(?={ISSUE_DATE_RE.pattern})")


def _line_alone(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` fills its line, apart from marks, spaces and an issue number after a space, or
    opens a banner line with the issue date right after it."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    b = len(text) if b < 0 else b
    before, after = text[a:s].strip(_LINE_MARKS), text[e:b]
    if before:
        return False
    if not after.strip(_LINE_MARKS) or ISSUE_DATE_RE.match(after):
        return True
    return after[:1] in " \u3000" and not re.search(r"[\u4e00-\u9fff]{3,}", after)


#: 报 after a place and before a reporter's role or a report word (蓬溪报记者, 据平昌报报道): a county paper.
#: 日报, 晚报 … are media words of their own; 报送, 报名, 报告 are verbs (no report word follows them).
_PLAIN_BAO_RE = re.compile(r"(?<![日晚商时都机画])报(?!社)")


def _named_paper(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` stands where a paper's name stands in running text: a reporter's role or a report
    word right after it (平昌报记者, 今日天台报道, 今日金寨客户端), or book-title or quotation marks
    around it (《桂东报》, “今日仙居”)."""
    if text[s - 1:s] in ("《", "“") and text[e:e + 1] in ("》", "”"):
        return True
    return bool(_AFTER.match(text, e))


def _owner_start(text: str, h0: int, ents: list[Cand]) -> int:
    """Start of the place right before *h0*, or -1."""
    for c in ents:
        if c.end == h0 and c.label in _OWNER_LABELS:
            return c.start
    upper = gz.upper_names()
    for n in range(MAX_OWNER, 1, -1):
        if h0 - n >= 0 and text[h0 - n:h0] in upper:
            return h0 - n
    return -1


def _fits(new: Cand, ents: list[Cand]) -> bool:
    """*new* cuts into no entity and is no organisation already."""
    for c in ents:
        if c.end <= new.start or c.start >= new.end:
            continue
        if c.start < new.start or c.end > new.end or (c.label == "ORG" and (c.start, c.end) == (new.start, new.end)):
            return False
    return True


def media_names(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with the papers and stations of the module docstring added as ORG.

    Examples
    --------
    >>> text = "■珠江商报记者 李明"
    >>> [text[c.start:c.end] for c in media_names([Cand(1, 3, "LOC")], text)]
    ['珠江商报']
    >>> text = "今日洛川\\n2024年3月1日"
    >>> [text[c.start:c.end] for c in media_names([], text)]
    ['今日洛川']
    >>> text = "宽甸报2024年4月3日　星期三　第1版"
    >>> [text[c.start:c.end] for c in media_names([], text)]
    ['宽甸报']
    >>> media_names([], "全县新闻工作者")
    []
    >>> text = "本报讯（平昌报记者 李文）据今日平昌客户端消息"
    >>> [text[c.start:c.end] for c in media_names([], text)]
    ['平昌报', '今日平昌']
    >>> media_names([], "平昌报送材料，今日平昌天气晴")
    []
    """
    found = []
    for m in _MEDIA_RE.finditer(text):
        h0, e = m.span()
        s = _owner_start(text, h0, ents)
        if s < 0:
            continue
        if text.startswith("社", e):
            e += 1
        if (_line_alone(text, s, e) or (text[s - 1:s] == "《" and text[e:e + 1] == "》" and m.group().endswith("报"))
                or (_AFTER_STRICT if m.group() in ("新闻", "发布") else _AFTER).match(text, e)):
            found.append(Cand(s, e, "ORG", prio=2, source="rule"))
    for m in _DATED_BAO_RE.finditer(text):  # a county paper "place + 报" opening a banner line with its date
        s = _owner_start(text, m.start(), ents)
        if s >= 0 and _line_alone(text, s, m.end()):
            found.append(Cand(s, m.end(), "ORG", prio=2, source="rule"))
    for m in _PLAIN_BAO_RE.finditer(text):  # a county paper "place + 报" with a reporter or a report word after it
        s = _owner_start(text, m.start(), ents)
        if s >= 0 and _named_paper(text, s, m.end()):
            found.append(Cand(s, m.end(), "ORG", prio=2, source="rule"))
    upper = gz.upper_names()
    for m in re.finditer(r"今日([\u4e00-\u9fff]{2,4})", text):
        # 今日 + a county's name: a masthead line, or a paper or an app named where it stands
        for n in range(len(m.group(1)), 1, -1):
            e = m.start() + 2 + n
            if text[m.start() + 2:e] in upper and (_line_alone(text, m.start(), e) or _named_paper(text, m.start(), e)):
                found.append(Cand(m.start(), e, "ORG", prio=2, source="rule"))
                break
    a = 0
    for line in text.split("\n"):  # a page line read into an article (综合新闻　第2版　沧源报)
        if (span := page_line_paper(line)) is not None:
            found.append(Cand(a + span[0], a + span[1], "ORG", prio=2, source="rule"))
        a += len(line) + 1
    if not found:
        return ents
    out = list(ents)
    for c in found:
        if _fits(c, out):
            out = [x for x in out if x.end <= c.start or x.start >= c.end] + [c]
    return sorted(out, key=lambda x: x.start)


def page_line_paper(line: str) -> "tuple[int, int] | None":
    """Span of the paper's name printed as a field of its own on a date or page line
    (:func:`~corpus_tools._entity_rules.paper_names.page_line_field` with :data:`MASTHEAD_WORDS`).

    Examples
    --------
    >>> page_line_paper("综合新闻　　第2版　　沧源报")
    (11, 14)
    >>> page_line_paper("本报讯 沧源报记者 第2版") is None
    True
    """
    return page_line_field(line, MASTHEAD_WORDS)


#: A reporter's role right after a media unit on a byline line (腾冲市融媒体中心记者 杨丽琼).
_BYLINE_ROLE_RE = re.compile(r"(?:首席|特约|全媒体|见习)?(?:记者|通讯员)|[ \u3000]")
#: Media units that sign a byline for their county (a place + one of these).
BYLINE_MEDIA = ("融媒体中心", "广播电视台", "电视台", "日报社", "报社", "新闻中心")
#: Level words that stand for the paper's own division before a media word of a byline (县融媒体中心记者).
_BARE_LEVELS = ("县", "区", "市", "旗")


def byline_media(line: str) -> "tuple[int, int] | None":
    """Span of the media unit that opens a byline *line*: a province, city or county name (or short
    form), or a bare level word (县融媒体中心: the paper's own county, as the same words in a body are an ORG;
    user32 F12), + a word of :data:`BYLINE_MEDIA`, followed by a reporter's role or a space.

    Examples
    --------
    >>> byline_media("腾冲市融媒体中心记者 杨丽琼　刀思雨"), byline_media("县融媒体中心记者 王刚")
    ((0, 8), (0, 6))
    >>> byline_media("本报记者 潘　丽") is None, byline_media("融媒体中心记者 王刚") is None
    (True, True)
    """
    s = len(line) - len(line.lstrip(_LINE_MARKS + "（("))
    upper = gz.upper_names()
    for n in range(MAX_OWNER, 0, -1):
        if (line[s:s + n] not in upper) if n > 1 else (line[s:s + 1] not in _BARE_LEVELS):
            continue
        word = next((w for w in BYLINE_MEDIA if line.startswith(w, s + n)), None)
        if word and _BYLINE_ROLE_RE.match(line, s + n + len(word)):
            return s, s + n + len(word)
    return None


def credit_names(line: str) -> "list[tuple[int, int, str]]":
    """``(start, end, name)`` of each editor a banner *line* credits after a role and a colon.

    A two-character name is often printed with a space between its characters (尹　亮); the names are
    read by :func:`~corpus_tools._entity_rules.person_staff.staff_credit_names` (a colon or a space after
    the role; a surname first, or a whole name of sound characters).

    Examples
    --------
    >>> credit_names("第2版 综合 责任编辑：尹 亮")
    [(12, 15, '尹亮')]
    >>> [n for _, _, n in credit_names("编辑：李华 王小明　审核：赵刚")]
    ['李华', '王小明', '赵刚']
    >>> [n for _, _, n in credit_names("编辑：尹　亮　　王　刚")]
    ['尹亮', '王刚']
    >>> credit_names("第1版 要闻")
    []
    """
    return staff_credit_names(line)  # person_staff: colon-less roles, page-staff roles, names of sound characters


def banner_credits(blocks: "Sequence[Block]") -> "list[tuple[str, int, int, str]]":
    """``(line, start, end, name)`` of the editors credited on the page's top banner lines (the
    banner blocks before any other block; :func:`credit_names`) and on its page line printed at
    the page's foot (the last block, a credit or banner that is a date or page line: 江孜)."""
    out = []
    for b in blocks:
        if b.kind != "banner":
            break
        out += [(b.text, s, e, name) for s, e, name in credit_names(b.text)]
    if len(blocks) > 1 and blocks[-1].kind in ("credit", "banner") and blocks[0] is not blocks[-1] \
            and blocks[-2].kind != "banner" and is_folio_line(blocks[-1].text):
        out += [(blocks[-1].text, s, e, name) for s, e, name in credit_names(blocks[-1].text)]
    return out


def masthead_rows(obj: Any, labels: "frozenset[str] | set[str] | None" = None) -> "dict[tuple[str, str], list[tuple]]":
    """(issue id, id of its first article) -> the entity rows of the page's furniture (part
    ``masthead``), for a Corpus or an Issue: every printing of the paper's name and the committee that
    owns it (ORG), the staff its banner, page and staff lines credit and photo credits outside articles
    (PERSON), and photo credits of byline lines an article's byline lacks (part ``byline``, filed under
    their article) — :func:`~corpus_tools._entity_rules.page_furniture.furniture_rows`; also the media
    unit that opens a byline line (ORG, part ``byline``, :func:`byline_media`), filed under its article;
    *labels* keeps only those labels (all when None).
    The rows are filed under the page's first article only so that every row has the join keys; they
    belong to no article (``entity_counts(by="article")`` leaves them out)."""
    issues = obj.issues if hasattr(obj, "issues") else [obj] if hasattr(obj, "blocks") and hasattr(obj, "articles") else []
    out: dict = {}
    for issue in issues:
        arts, blocks = getattr(issue, "articles", None), getattr(issue, "blocks", None)  # duck-typed issues may lack blocks
        if not arts or not blocks:
            continue
        rows = furniture_rows(issue, labels)  # every printing of the paper's name, its organ, staff, photo credits
        if labels is None or "ORG" in labels:  # 腾冲市融媒体中心记者 杨丽琼: the unit of a byline line
            for b in blocks:
                span = byline_media(b.text) if b.kind == "byline" and b.article is not None else None
                if span is not None and b.article < len(arts):
                    name = b.text[span[0]:span[1]]
                    rows.append((issue.id, arts[b.article].id, "byline", name, "ORG", span[0], span[1], b.text, name, None))
        if rows:
            out[(issue.id, arts[0].id)] = rows
    return out
