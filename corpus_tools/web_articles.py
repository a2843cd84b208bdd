"""Articles saved one per file from a website or an app: title, metadata block, paragraphs, site debris.

A county 融媒体中心's site (and a scraper that saves it) gives one article a file: its title on the first line,
then a block of labelled fields — ``来源：``, ``作者：记者 X 通讯员 Y``, ``发布时间：2021-06-03 09:12``, ``编辑：``,
``责任编辑：``, ``阅读：N`` on lines of their own, or several on one line (``时间：2017-02-06 11:09:14　来源：X　作者：Y
点击数：N``) — then the paragraphs, among and after which the page's tools were saved too: ``点击查看大图``, an image's
file name, ``分享到：微信 微博``, ``扫一扫在手机打开当前页``, ``【打印】【关闭】``, ``上一篇：<another article's title>``.
None of that is a newspaper page, and the page layout would read it as one.

:func:`is_article_file` recognises such a file by its metadata block (two kinds of field or more, a date or a source
among them, on the lines right under the first); :func:`read_article_file` reads it into one
article: the title, the date and time, the byline pairs (``作者``), the source (``来源``: the issue's ``paper``, so
tables group by it), the editors (``credits``), the read count (``reads``), and the paragraphs. Everything is
read by the form of the line (a CMS's field labels, a toolbar of bracketed words, a file name, a navigation
label), never by a site's words. Nothing is lost (:func:`~corpus_tools.layout.check_no_loss` holds): the metadata
lines stay in the page text as banner blocks (the 作者 line as the article's byline block), and each line of
debris is a banner block whose text a :class:`~corpus_tools.layout.Repair` of kind ``"web-debris"`` removes, and a
line of ``Issue.meta["web_debris"]`` (one repair for each run of characters between spaces).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from corpus_tools.issue import Issue, restored_issue
from corpus_tools.layout import ArticleParts, Block, PageLayout, Repair
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.page_dates import page_date

__all__ = ["FIELD_KINDS", "WebArticle", "is_article_file", "read_article_file", "metadata_fields", "debris_kind",
           "FILE_FORMS", "article_issue"]

#: Values of ``read_corpus(files=...)``: read each file as pages, as one web article, or decide per file.
FILE_FORMS = ("auto", "pages", "articles")

#: The labels a news site's content system prints before each field, by kind.
FIELD_KINDS: dict[str, tuple[str, ...]] = {
    "date": ("发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "更新时间", "时间", "日期"),
    "source": ("文章来源", "信息来源", "新闻来源", "稿件来源", "来源", "稿源", "出处"),
    "author": ("作者", "撰稿", "撰文", "文字"),
    "editor": ("值班编辑", "责任编辑", "本文编辑", "编辑", "责编", "审核", "审校", "审签", "终审", "二审", "三审",
               "初审", "编审", "校对", "美编", "监制", "统筹", "摄影", "摄像", "视频", "图片"),
    "reads": ("阅读量", "阅读数", "阅读", "点击数", "点击量", "点击", "浏览量", "浏览次数", "浏览", "访问量"),
}
_LABELS = sorted(((lab, kind) for kind, labs in FIELD_KINDS.items() for lab in labs), key=lambda x: -len(x[0]))
_KIND_OF = dict(_LABELS)
_LABEL_RE = re.compile(r"(?:^|(?<=[\s|｜]))(" + "|".join(lab for lab, _ in _LABELS) + r")\s*[:：]")
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*"
                      r"(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_READS_RE = re.compile(r"\d[\d,，]*")
#: How far down the first field may stand (the line under the title, or under a subtitle).
_FIRST_FIELD_WITHIN = 2

# -- debris: a web page's tools, by form ------------------------------------------------------------------
_PLACE_RE = re.compile(r"^(?:(?:(?:您|你)(?:现在|当前|所在)?的|当前|所在)位置\s*[:：]|首页\s*[>＞›»/])")
_NAV_RE = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇|上一页|下一页)\s*[:：]")
_SHARE_RE = re.compile(r"^(?:分享(?:到|至)?|转发(?:到|至))\s*[:：]?[^。！？!?]{0,40}$")
_SCAN_RE = re.compile(r"^(?:扫一扫|扫码|扫描二维码|长按识别二维码)[^。！？!?，,]{0,24}$")
_TOOL = r"(?:打印本页|打印此文|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|返回首页|返回|我要纠错|纠错|字体|字号|[大中小])"
_TOOLBAR_RE = re.compile(r"^(?:[【\[［(（]?\s*" + _TOOL + r"\s*[】\]］)）]?[\s|｜:：]*){1,8}$")
_IMAGE_RE = re.compile(r"^(?:点击(?:查看|浏览)?(?:大图|原图|图片)|[^\s。，]{1,80}\.(?:jpe?g|png|gif|bmp|webp))$",
                       re.IGNORECASE)


@dataclass
class WebArticle:
    """One web article read from its file (see :func:`read_article_file`).

    Attributes
    ----------
    layout : PageLayout
        One article: title, byline, body paragraphs, with spans into the file's text; the metadata lines are
        banner blocks; the debris lines are repairs of kind ``"web-debris"``.
    date : datetime.date or None
        The date of the date field (``发布时间``, ``时间`` …).
    meta : dict
        What the metadata block says, ready for ``Issue.meta``: ``time`` (``"09:12"``), ``paper`` (the ``来源``),
        ``credits`` (``["编辑 毛丽", "责任编辑 劳国平"]``), ``reads`` (int), ``web_debris`` (the lines removed)
        — only the keys the file gives.
    """

    layout: PageLayout
    date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def metadata_fields(line: str) -> list[tuple[str, str, str]] | None:
    """The ``(kind, label, value)`` fields of a line made of labelled fields only, else None.

    Parameters
    ----------
    line : str
        One line of the file.

    Returns
    -------
    list of tuple of (str, str, str) or None
        Each field's kind (a key of :data:`FIELD_KINDS`), label and value (stripped; may be empty); None when
        the line does not open with a label, or with a date (label ``""``) right before a source or author field.

    Examples
    --------
    >>> metadata_fields("时间：2017-02-06 11:09:14　来源：青溪新闻网　作者：记者 王磊　点击数：1628")
    [('date', '时间', '2017-02-06 11:09:14'), ('source', '来源', '青溪新闻网'), ('author', '作者', '记者 王磊'), ('reads', '点击数', '1628')]
    >>> metadata_fields("作者：")
    [('author', '作者', '')]
    >>> metadata_fields("2021-06-03 09:12　来源：青溪新闻网")
    [('date', '', '2021-06-03 09:12'), ('source', '来源', '青溪新闻网')]
    >>> metadata_fields("时间：上午九时，地点：村委会") is None, metadata_fields("村里的来源：山泉水") is None
    (False, True)
    >>> metadata_fields("2024年6月12日　责任编辑：王磊") is None  # a page's date line: no source, no author
    True
    """
    text = line.strip()
    hits = list(_LABEL_RE.finditer(text))
    out: list[tuple[str, str, str]] = []
    bare = _DATE_RE.match(text)
    if bare and hits and not text[bare.end():hits[0].start()].strip() and \
            {_KIND_OF[m.group(1)] for m in hits} & {"source", "author"}:
        out.append(("date", "", bare.group().strip()))  # 2021-06-03 09:12　来源：X (the date unlabelled)
    elif not hits or hits[0].start() != 0:
        return None
    for k, m in enumerate(hits):
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        out.append((_KIND_OF[m.group(1)], m.group(1), text[m.end():end].strip(" \u3000|｜")))
    return out


def _is_field_line(fields: list[tuple[str, str, str]] | None) -> bool:
    """A metadata line: its values are short, and a date field holds a date (a notice's ``时间：上午九时…`` does not)."""
    if not fields:
        return False
    for kind, _, value in fields:
        if len(value) > 40 or re.search(r"[。！？]", value):
            return False
        if kind == "date" and value and not _DATE_RE.search(value):
            return False
    return True


def debris_kind(line: str) -> str | None:
    """What a line of a saved web page is when it is the page's tools, not the article: ``"breadcrumb"``
    (``当前位置：首页 > 新闻``), ``"navigation"`` (``上一篇：…``), ``"share"``, ``"scan"``, ``"toolbar"`` (``【打印】【关闭】``), ``"image"`` (``点击查看大图``, a file
    name); None for a line of the article.

    Examples
    --------
    >>> [debris_kind(x) for x in ("上一篇：村里修通了路", "分享到：微信 微博", "扫一扫在手机打开当前页", "【打印】【关闭】",
    ...                            "点击查看大图", "IMG_0421.JPG")]
    ['navigation', 'share', 'scan', 'toolbar', 'image', 'image']
    >>> debris_kind("当前位置：首页 > 本地新闻"), debris_kind("首页 > 本地新闻")
    ('breadcrumb', 'breadcrumb')
    >>> [debris_kind(x) for x in ("分享经验，共同进步。", "大家一起打印了材料。", "村民扫码支付，方便快捷。", "位置：村东头")]
    [None, None, None, None]
    """
    text = line.strip()
    if not text:
        return None
    for kind, rx in (("breadcrumb", _PLACE_RE), ("navigation", _NAV_RE), ("share", _SHARE_RE), ("scan", _SCAN_RE), ("toolbar", _TOOLBAR_RE),
                     ("image", _IMAGE_RE)):
        if rx.match(text):
            return kind
    return None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, stripped text)`` of each non-blank line, ``start:end`` the stripped text's span."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            out.append((start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def _metadata_run(lines: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Indexes ``[first, last)`` of the metadata block among *lines*, or None: consecutive field lines under the
    title (within :data:`_FIRST_FIELD_WITHIN` lines) with two kinds of field or more, a date or a source among
    them (a page's ``撰文：X　摄影：Y`` under its article's title is no such block)."""
    if len(lines) < 2 or metadata_fields(lines[0][2]) is not None:
        return None
    for first in range(1, min(len(lines), 1 + _FIRST_FIELD_WITHIN)):
        if not _is_field_line(metadata_fields(lines[first][2])):
            continue
        last = first
        kinds: set[str] = set()
        while last < len(lines) and _is_field_line(fields := metadata_fields(lines[last][2])):
            kinds.update(kind for kind, _, _ in fields or ())
            last += 1
        if len(kinds) >= 2 and kinds & {"date", "source"}:  # (撰文：X　摄影：Y credits a page's article)
            return first, last
        return None
    return None


def is_article_file(text: str) -> bool:
    """Whether a file's text is one web article: a title line, then a block of labelled metadata fields.

    Parameters
    ----------
    text : str
        The file's text.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_article_file("青溪镇茶园采茶忙\\n来源：青溪县融媒体中心\\n发布时间：2021-06-03 09:12\\n\\n茶农们正忙着采茶。")
    True
    >>> is_article_file("青溪报　2024年6月12日　星期三　第01版\\n责任编辑：王磊\\n青溪镇茶园采茶忙\\n茶农们正忙着采茶。")
    False
    """
    lines = _lines(text)
    return _metadata_run(lines[_leading_debris(lines):]) is not None


def _leading_debris(lines: list[tuple[int, int, str]]) -> int:
    """How many lines above the title are the page's tools (``当前位置：首页 > 新闻``, ``【打印】【关闭】``)."""
    k = 0
    while k < len(lines) and debris_kind(lines[k][2]) is not None:
        k += 1
    return k


def _published(value: str) -> tuple[dt.date | None, str | None]:
    """The date and time of day (``HH:MM[:SS]``) a date field gives."""
    m = _DATE_RE.search(value)
    if m is None:
        return None, None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None
    return day, (m.group(4).replace("：", ":") if m.group(4) else None)


def read_article_file(text: str, *, strict: bool = True) -> WebArticle | None:
    """Read a web article's file (see the module's description); None when it is no such file.

    Parameters
    ----------
    text : str
        The file's text, as read (nothing is changed: the layout's spans point into it).
    strict : bool, default True
        Read only a file with a metadata block (:func:`is_article_file`); False reads any file with text as
        one article (``read_corpus(files="articles")``): its first line the title, the rest its paragraphs.

    Returns
    -------
    WebArticle or None

    Examples
    --------
    >>> page = ("青溪镇：茶园采茶忙\\n来源：青溪县融媒体中心\\n作者：记者 王磊 通讯员 李华\\n发布时间：2021-06-03 09:12\\n"
    ...         "编辑：赵敏\\n阅读：1,234\\n\\n初夏时节，茶农们正忙着采茶。\\n点击查看大图\\n全乡茶园面积达1.2万亩。\\n\\n"
    ...         "分享到：微信 微博\\n【打印】【关闭】\\n上一篇：青溪县召开经济工作会议\\n")
    >>> web = read_article_file(page)
    >>> web.date, web.meta["time"], web.meta["paper"], web.meta["reads"], web.meta["credits"]
    (datetime.date(2021, 6, 3), '09:12', '青溪县融媒体中心', 1234, ['编辑 赵敏'])
    >>> art = web.layout.articles[0]
    >>> art.title, art.byline, art.body
    ('青溪镇：茶园采茶忙', [('记者', '王磊'), ('通讯员', '李华')], '初夏时节，茶农们正忙着采茶。\\n全乡茶园面积达1.2万亩。')
    >>> web.meta["web_debris"]
    ['点击查看大图', '分享到：微信 微博', '【打印】【关闭】', '上一篇：青溪县召开经济工作会议']
    >>> [r.removed for r in web.layout.repairs][1:3]
    ['分享到：微信', '微博']
    """
    lines = _lines(text)
    lead = _leading_debris(lines)
    head, lines = lines[:lead], lines[lead:]
    run = _metadata_run(lines)
    if run is None and (strict or not lines):
        return None
    first, last = run or (1, 1)
    blocks: list[Block] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    meta: dict[str, Any] = {}
    credits: list[str] = []
    byline: list[tuple[str, str]] = []
    date: dt.date | None = None
    repairs: list[Repair] = []
    debris: list[str] = []

    def add(kind: str, line: tuple[int, int, str], part: str | None) -> None:
        if part is not None:
            spans.setdefault(part, []).append((line[0], line[1]))
        blocks.append(Block(kind, line[2], line[0], line[1], 0 if part is not None else None))

    def drop(line: tuple[int, int, str], kind: str) -> None:
        debris.append(line[2])
        for m in re.finditer(r"\S+", line[2]):  # (one repair a run of characters: the spaces stay)
            repairs.append(Repair("web-debris", line[0] + m.start(), line[0] + m.end(), m.group(),
                                  f"a web page's {kind} line: {line[2]}"))
        blocks.append(Block("banner", "", line[0], line[1], None))  # furniture of no article, its text removed

    def take_fields(line: tuple[int, int, str], fields: list[tuple[str, str, str]]) -> None:
        nonlocal date
        is_byline = False
        for kind, label, value in fields:
            if kind == "date" and date is None:
                date, time = _published(value)
                if time:
                    meta["time"] = time
            elif kind == "source" and value:
                meta.setdefault("paper", value)
            elif kind == "author" and value:
                pairs = parse_byline(value) or parse_byline(value, bare=True) or [("", n) for n in value.split()]
                byline.extend(pairs)
                is_byline = len(fields) == 1
            elif kind == "editor" and value:
                credits.append(f"{label} {value}")
            elif kind == "reads" and (m := _READS_RE.search(value)):
                meta.setdefault("reads", int(re.sub(r"[,，]", "", m.group())))
        add("byline" if is_byline else "banner", line, "byline" if is_byline else None)

    add("headline", lines[0], "title")
    title = lines[0][2]
    subtitle = [ln for ln in lines[1:first]]
    for ln in subtitle:
        add("subtitle", ln, "subtitle")
    for ln in lines[first:last]:
        take_fields(ln, metadata_fields(ln[2]) or [])
    rest = lines[last:]
    for ln in head:  # the tools above the title
        drop(ln, debris_kind(ln[2]) or "")
    kinds = [debris_kind(ln[2]) for ln in rest]
    end = max((k + 1 for k, kind in enumerate(kinds) if kind is None
               and not _is_field_line(metadata_fields(rest[k][2]))), default=0)  # the last paragraph
    paragraphs: list[str] = []
    for k, (ln, kind) in enumerate(zip(rest, kinds)):
        if kind is not None:
            drop(ln, kind)
        elif k >= end and _is_field_line(fields := metadata_fields(ln[2])):
            take_fields(ln, fields or [])  # 责任编辑：X, 阅读：N under the article
        else:
            add("body", ln, "body")
            paragraphs.append(ln[2])
    if credits:
        meta["credits"] = credits
    if debris:
        meta["web_debris"] = debris
    blocks.sort(key=lambda b: b.start)  # reading order (fields under the text too)
    part = ArticleParts(title=title, kicker=None, subtitle=" ".join(ln[2] for ln in subtitle) or None,
                        body="\n".join(paragraphs), byline=byline, captions=[], section=None, spans=spans,
                        blocks=[k for k, b in enumerate(blocks) if b.article == 0])
    return WebArticle(layout=PageLayout(blocks=blocks, articles=[part], repairs=repairs), date=date, meta=meta)


def article_issue(issue_id: str, text: str, meta: dict[str, Any], *, files: str = "auto",
                  path: str | None = None, folder: str | None = None) -> Issue | None:
    """The :class:`~corpus_tools.issue.Issue` of one web article's file, or None when *files* is ``"pages"`` or
    (``"auto"``) the file has no metadata block.

    The manifest's values (in *meta*) win over the file's: its ``date``, ``paper``. Without a date field the
    date comes from the file name or folder as for a page (:func:`~corpus_tools.page_dates.page_date`).
    ``meta["date_source"]`` is ``"article"`` for the date field's date; ``meta["form"]`` is ``"article"``.

    Parameters
    ----------
    issue_id : str
        The file's issue id.
    text : str
        The file's text.
    meta : dict
        The page's metadata so far (the manifest's, the reader's); not changed.
    files : {"auto", "pages", "articles"}
        ``read_corpus(files=...)``.
    path, folder : str or None
        The file's path and its folder inside the folder read (for a date in their names).

    Returns
    -------
    Issue or None

    Examples
    --------
    >>> issue = article_issue("a1", "青溪镇采茶忙\\n来源：青溪新闻网\\n发布时间：2021-06-03\\n\\n茶农们正忙着采茶。", {})
    >>> issue.date, issue.meta["paper"], issue.meta["date_source"], [a.title for a in issue.articles]
    (datetime.date(2021, 6, 3), '青溪新闻网', 'article', ['青溪镇采茶忙'])
    >>> article_issue("p1", "青溪报　2024年6月12日\\n青溪镇采茶忙\\n茶农们正忙着采茶。", {}) is None
    True
    """
    if files == "pages":
        return None
    web = read_article_file(text, strict=files != "articles")
    if web is None:
        return None
    meta = dict(meta)
    given = meta.pop("date", None)
    for key, value in web.meta.items():
        meta.setdefault(key, value)
    if "paper" in web.meta and meta["paper"] == web.meta["paper"]:
        meta.setdefault("paper_source", "text")
    meta["form"] = "article"
    if given is None and web.date is not None:
        date, source = web.date, "article"
    else:
        date, source = page_date(given, path, "", folder)
    if source is not None:
        meta.setdefault("date_source", source)
        if source != "manifest":
            meta.setdefault("date_precision", "day")
    if path:
        meta.setdefault("path", path)
    return restored_issue(issue_id, text, date, meta, None, web.layout)
