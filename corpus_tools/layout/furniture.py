"""Page furniture known by its form at a page's foot or top: app and account promotions, the paper's address
line, the masthead's name in pinyin.

A county paper prints, besides its date, page and staff lines (:mod:`~corpus_tools.layout.debris`), a
promotion of its app or account (``扫码下载“某某发布”客户端``, ``扫描二维码关注微信公众号``), its address line
(``本报地址：某某路　邮编：525200``) and, beside its name, the name in pinyin (``QINGHE RIBAO``). None of them is
an article's text, a title or a section. Each is read by its form alone, never by a paper's words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import is_folio_line, is_masthead_line
from corpus_tools.papers import paper_name_start

#: A promotion of the paper's app or account: an imperative (scan, download, follow) and the medium, on a short
#: line without a sentence's punctuation.
PROMO_RE = re.compile(
    r"^[【\[（(]?(?:请|欢迎)?(?:扫码|扫一扫|扫描(?:下方|左侧|右侧|上方)?二维码|长按(?:识别)?二维码|下载|关注)"
    r"[^。；;！!？?，,]{0,24}?(?:客户端|APP|App|app|公众号|微信号?|视频号|抖音号?|微博|小程序)[】\]）)]?$")
#: One field of the paper's address line, with the paper's own label (``本报地址``, ``社址``, ``报社电话``) or one
#: only a paper prints (``邮发代号``, ``定价``, ``广告经营许可证``); the others (``邮编``, ``电话``) may stand beside them.
_OWN_FIELD_RE = re.compile(r"^(?:(?:本报|报社|本社)(?:地址|电话|传真|邮编|网址|邮箱)|社址|邮发代号|定价|零售价|印刷|"
                           r"广告(?:经营)?许可证|发行热线|新闻热线|投稿邮箱)\s*[:：]")
_FIELD_RE = re.compile(r"^(?:地址|邮编|邮政编码|电话|传真|网址|电子信箱|邮箱|E-?mail)\s*[:：]")
#: A paper's name in pinyin or English capitals (``QINGHE RIBAO``, ``CONGHUA DAILY``): two to four words.
LATIN_NAME_RE = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}$")


def is_promo_line(text: str) -> bool:
    """Whether a line promotes the paper's app or account (:data:`PROMO_RE`).

    Examples
    --------
    >>> is_promo_line("扫码下载“青禾发布”客户端"), is_promo_line("扫描二维码关注青禾日报微信公众号")
    (True, True)
    >>> is_promo_line("关注青禾发布，了解更多资讯"), is_promo_line("村民下载了手机客户端。")
    (False, False)
    """
    t = text.strip()
    return len(t) <= 36 and bool(PROMO_RE.match(t))


def is_address_line(text: str) -> bool:
    """Whether a line is the paper's address line: every field (split at spaces) labelled as an address,
    post code, telephone, price or licence, one of them with the paper's own label (:data:`_OWN_FIELD_RE`).
    A notice's ``地址：…　电话：…`` has no such label.

    Examples
    --------
    >>> is_address_line("本报地址：青禾县府前路　邮编：525200"), is_address_line("社址：青禾县人民路8号")
    (True, True)
    >>> is_address_line("地址：青禾县人民路8号　电话：1234567"), is_address_line("本报地址变更的通知")
    (False, False)
    """
    fields = text.split()
    if not fields or len(text.strip()) > 60:
        return False
    if not all(_OWN_FIELD_RE.match(f) or _FIELD_RE.match(f) for f in fields):
        return False
    return any(_OWN_FIELD_RE.match(f) and len(_OWN_FIELD_RE.sub("", f)) >= 2 for f in fields)


def is_footer_line(text: str) -> bool:
    """Whether a line is page furniture by its form: a promotion (:func:`is_promo_line`) or the paper's
    address line (:func:`is_address_line`).

    Examples
    --------
    >>> is_footer_line("扫码下载“青禾发布”客户端"), is_footer_line("青禾县召开全县经济工作会议")
    (True, False)
    """
    return is_promo_line(text) or is_address_line(text)


def is_latin_name(text: str) -> bool:
    """Whether a line is a paper's name in capitals (:data:`LATIN_NAME_RE`): a masthead, never a section.

    Examples
    --------
    >>> is_latin_name("QINGHE RIBAO"), is_latin_name("APP"), is_latin_name("GDP 增长")
    (True, False, False)
    """
    return bool(LATIN_NAME_RE.match(text.strip()))


def is_masthead_name(text: str) -> bool:
    """Whether a line is a paper's name and nothing else (:func:`~corpus_tools.papers.paper_name_start`:
    a place and a media word, or 今日 and a place), as a masthead prints it over an undated page.

    Examples
    --------
    >>> is_masthead_name("高州日报"), is_masthead_name("今日静宁"), is_masthead_name("高州市召开会议")
    (True, True, False)
    """
    t = text.strip()
    return bool(t) and paper_name_start(t) == t


def is_paper_masthead(text: str) -> bool:
    """Whether a line is a paper's name followed by its masthead's small print, its date line or its name in
    Latin letters (``今日青禾　　青禾县融媒体中心主办``, ``高州日报　国内统一刊号：CN44-0010``, ``玉龙报　YULONG BAO``).

    Examples
    --------
    >>> is_paper_masthead("高州日报　　高州市融媒体中心主办"), is_paper_masthead("高州日报　　县委召开会议")
    (True, False)
    >>> is_paper_masthead("玉龙报　YULONG BAO"), is_paper_masthead("高州日报　GDP增长")
    (True, False)
    """
    t = text.strip()
    name = paper_name_start(t)
    rest = t[len(name):].strip() if name else ""
    return bool(rest) and (is_masthead_line(rest) or is_folio_line(rest) or bool(_ROMAN_NAME_RE.fullmatch(rest)))


#: A paper's name in Latin letters beside its Chinese name (``YULONG BAO``, ``Gaozhou Daily``): two words at least.
_ROMAN_NAME_RE = re.compile(r"[A-Za-z]{2,}(?:[ .'\-]+[A-Za-z]{2,})+")


#: How many of the page's first lines :func:`masthead_name_tags` reads.
MASTHEAD_LINES = 3


def masthead_name_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Among the page's first :data:`MASTHEAD_LINES` lines (banners and credits apart), a paper's name with its
    masthead's small print (:func:`is_paper_masthead`) whatever the line model read, or as the page's first line
    its name alone (:func:`is_masthead_name`, the masthead of a page printed without a date) read as a title or
    kicker, is a banner; the article opened on it opens on the next line that is no banner or credit. Returns the
    new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> masthead_name_tags(read_lines("高州日报\\n全县推进人居环境整治。\\n"), ["B-title", "para"])
    ['banner', 'B-para']
    """
    out = list(tags)
    lines = [ln for ln in raw_lines if ln is not None]
    for i, ln in enumerate(lines[:MASTHEAD_LINES]):
        role = out[i].removeprefix("B-")
        if role in ("banner", "credit"):
            continue
        # (a paper's name alone only as the page's first line, read as a heading; with its masthead's small print
        # on any of the page's first lines, whatever the model read)
        if not (is_paper_masthead(ln.text) or i == 0 and role in ("title", "kicker") and is_masthead_name(ln.text)):
            break
        opened = out[i].startswith("B-")
        out[i] = "banner"
        k = i + 1
        while k < len(out) and k < MASTHEAD_LINES + 1 and out[k] not in ("banner", "credit") and (
                is_folio_line(lines[k].text) or is_masthead_line(lines[k].text)):
            out[k] = "banner"  # (the masthead's date and page line under it, ``2013年5月9日　第2版　经济``)
            k += 1
        nxt = next((k for k in range(i + 1, len(out)) if out[k] not in ("banner", "credit")), None)
        if opened and nxt is not None and not out[nxt].startswith("B-"):
            out[nxt] = "B-" + ("para" if out[nxt] == "cont" else out[nxt])
    return out
