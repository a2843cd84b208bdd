"""Reprints: an article another outlet wrote, told apart from the paper's own reports.

A county paper reprints its prefecture's daily or a news agency. It says so in two forms:

* under the title, the outlet's reporter: ``南充日报记者　庞建华`` (the paper's own is ``本报记者　王丽``);
* closing the text, the outlet's credit: ``……开展试点。据《南充日报》（记者 孙悦）``, ``（据《南充日报》）``.

:func:`outlet_byline` reads both as byline pairs that keep the outlet as a unit's credit
(``[("", "南充日报"), ("记者", "孙悦")]``); :func:`credit_tail` finds a closing credit inside a body's text,
so that :func:`split_source_credits` moves it from the body to the article's byline; :func:`article_outlet`
says which outlet an article comes from (None for the paper's own), which
:func:`corpus_tools.corpus_frames.articles_frame` gives as its ``outlet`` and ``source`` (``reprint`` / ``own``)
columns. A byline line under the title keeps the pairs :func:`~corpus_tools.layout.bylines.parse_byline` reads
(``攸县日报记者 王磊`` may be the paper's own name); a closing credit names another outlet, kept as a unit's pair.
An outlet is a newspaper or a news agency by its head word (日报, 晚报, 新华社 …), never the paper itself
(``本报``) and never a law's title (``依据《中华人民共和国环境保护法》``: no outlet's head word).
"""

from __future__ import annotations

import re
from corpus_tools.layout.bylines import parse_byline

__all__ = ["HEAD_CHARS", "OUTLET_RE", "article_outlet", "credit_tail", "is_outlet", "outlet_byline"]

#: An outlet's name: a newspaper or a news agency by its head word (``南充日报``, ``四川日报``, ``新华社``).
OUTLET_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,10}?(?:日报|晚报|早报|都市报|时报|商报|青年报|农民报)|新华社|中新社|中国新闻社)")
_NAME = r"[\u4e00-\u9fff·]{2,8}"
_NAMES = _NAME + r"(?:[ \u3000、，,]+" + _NAME + r")*"
_ROLE = r"(?:特约记者|首席记者|记者|通讯员|实习生)"
#: ``南充日报记者　庞建华``, ``新华社记者 王磊 李明`` (a byline line under the title).
_HEAD_RE = re.compile(r"^[■□]?\s*(" + OUTLET_RE.pattern + r")社?\s*(" + _ROLE + r")[\s\u3000]*(" + _NAMES + r"(?:[\s\u3000]+"
                      + _ROLE + r"[\s\u3000]*" + _NAMES + r")*)$")
#: ``据《南充日报》（记者 孙悦）``, ``（据《南充日报》）``, ``据新华社`` closing a text.
_TAIL_RE = re.compile(
    r"[(（]?\s*据\s*《?(" + OUTLET_RE.pattern + r")》?(?:报道)?\s*"
    r"(?:[(（]\s*(" + _ROLE + r")?[\s\u3000]*(" + _NAMES + r")\s*[)）])?\s*[)）]?\s*$")
#: The page's head, where its folio prints the paper's own name (its whole lines but byline lines).
HEAD_CHARS = 120
_SENTENCE_END = "。！？!?…”’」』)）"


def is_outlet(name: str) -> bool:
    """Whether a byline's unit is an outlet (a newspaper or a news agency, not ``本报``).

    Examples
    --------
    >>> is_outlet("南充日报"), is_outlet("新华社"), is_outlet("县统计局"), is_outlet("本报")
    (True, True, False, False)
    """
    t = name.strip()
    return bool(OUTLET_RE.fullmatch(t)) and not t.startswith("本")


def _pairs(outlet: str, role: str | None, names: str | None) -> list[tuple[str, str]]:
    out = [("", outlet)]
    for name in re.split(r"[ \u3000、，,]+", names or ""):
        if name:
            out.append((role or "", name))
    return out


def outlet_byline(text: str) -> list[tuple[str, str]] | None:
    """The byline pairs of an outlet's credit (the outlet first, as a unit's credit), or None.

    Examples
    --------
    >>> outlet_byline("南充日报记者　庞建华")
    [('', '南充日报'), ('记者', '庞建华')]
    >>> outlet_byline("■滨江日报记者 陈明 通讯员 李华")
    [('', '滨江日报'), ('记者', '陈明'), ('通讯员', '李华')]
    >>> outlet_byline("据《南充日报》（记者 孙悦）")
    [('', '南充日报'), ('记者', '孙悦')]
    >>> outlet_byline("（据《南充日报》）")
    [('', '南充日报')]
    >>> outlet_byline("本报记者　王丽") is None, outlet_byline("依据《中华人民共和国环境保护法》") is None
    (True, True)
    """
    t = text.strip()
    m = _HEAD_RE.match(t)
    if m and is_outlet(m.group(1)):
        rest = parse_byline(t[m.end(1):].lstrip("社"))  # (``记者 陈明 通讯员 李华``: every pair as printed)
        return [("", m.group(1))] + (rest or [(m.group(2), n) for _, n in _pairs("", None, m.group(3))[1:]])
    m = _TAIL_RE.match(t)
    if m and m.start() == 0 and is_outlet(m.group(1)) and _balanced(t):
        return _pairs(m.group(1), m.group(2), m.group(3))
    return None


def _balanced(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def credit_tail(text: str) -> int | None:
    """Where an outlet's closing credit starts in a body's text (after a finished sentence), or None.

    Examples
    --------
    >>> t = "20日，南充市召开推进会。据《南充日报》（记者 孙悦）"
    >>> t[credit_tail(t):]
    '据《南充日报》（记者 孙悦）'
    >>> credit_tail("县环保局依据《中华人民共和国环境保护法》") is None
    True
    """
    m = _TAIL_RE.search(text)
    if m is None or not is_outlet(m.group(1)):
        return None
    start = m.start()
    before = text[:start].rstrip()
    if not before or before[-1] not in _SENTENCE_END or not _balanced(text[start:]):
        return None
    return start


def article_outlet(byline: list[tuple[str, str]], printed: list[str], raw: str = "",
                   paper: str | None = None) -> str | None:
    """The outlet an article comes from, or None for the paper's own: a unit credit of its byline that is
    an outlet (the closing ``据《南充日报》（记者 孙悦）``), else the outlet its printed byline lines name
    (``南充日报记者　庞建华``, :func:`outlet_byline`). An outlet named ``paper`` or printed in the page's
    head (its folio: ``攸县日报　2020年5月15日``) is the paper itself.

    Examples
    --------
    >>> article_outlet([("", "南充日报"), ("记者", "孙悦")], [], paper="蓬安报")
    '南充日报'
    >>> article_outlet([("记者", "庞建华")], ["南充日报记者　庞建华"])
    '南充日报'
    >>> article_outlet([("记者", "王磊")], ["攸县日报记者　王磊"], "攸县日报　2020年5月15日\\n…") is None
    True
    """
    names = [name for role, name in byline if not role and is_outlet(name)]
    for text in printed:
        got = outlet_byline(text) or []
        names += [name for role, name in got if not role]
    head = "".join(ln for ln in raw[:HEAD_CHARS].split("\n")[:-1] if not outlet_byline(ln))
    for name in names:
        if name != paper and name not in head:
            return name
    return None
