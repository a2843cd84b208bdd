"""The article pool of the page composer (:mod:`compose_pages`): usable articles of the 2019–2020 crawl.

An article is usable when its head block gives one title of 6–26 characters (with at most a ``…——``
kicker and a ``——…`` subtitle beside it) and its first paragraphs make a body of 120–1,100 characters
that ends a sentence (:class:`Source`). The crawl is split into two disjoint halves by id hash
(:func:`crawl_half`): the development seeds draw from one, the held seeds from the other (:func:`load_pool`).
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

__all__ = ["SENT_END", "Source", "crawl_half", "load_pool"]

#: Characters that end a sentence (a body ends with one; a column cut never falls after one).
SENT_END = "。！？”"
_TAG_RE = re.compile(r"[（(][^（）()]{1,12}[)）]$")
_LEAD_RE = re.compile(r"^本报[\u4e00-\u9fff]{0,8}(?:\d{1,2}月\d{1,2}日)?电[\s\u3000\xa0]*(?:[（(][^）)]{0,40}[)）])?")


@dataclass
class Source:
    """One usable crawl article: title lines and body paragraphs."""

    id: str
    title: str
    kicker: str | None  # a ``…——`` line of the head block
    subtitle: str | None  # a ``——…`` line of the head block
    paras: list[str]


def _clean(text: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", " ", text).strip()


def _source(obj: dict) -> Source | None:
    head = [_clean(x) for x in obj["title"].split("\n") if _clean(x)]
    if not obj["text"].strip() or not 1 <= len(head) <= 3:
        return None
    kicker = subtitle = None
    mains = []
    for line in head:
        if line.endswith("——"):
            kicker = line
        elif line.startswith("——"):
            subtitle = line
        else:
            mains.append(line)
    if len(mains) != 1:
        return None
    title = _TAG_RE.sub("", mains[0]).strip()
    if not 6 <= len(title) <= 26 or re.search(r"[，。；：:！？?]", title) or " " in title.strip("“”"):
        return None
    if any(len(x) > 34 for x in (kicker or "", subtitle or "")):
        return None
    paras = []
    for p in obj["text"].split("\n"):
        p = _clean(p)
        if not p:
            continue
        if len(p) < 25 and ("摄" in p or p.startswith(("（", "("))):
            break  # photo credits and reporting notes close the crawl's body
        paras.append(p)
    if not paras:
        return None
    paras[0] = _LEAD_RE.sub("", paras[0]).strip()
    keep, total = [], 0
    for p in paras:
        if total > 160 and total + len(p) > 650:
            break
        keep.append(p)
        total += len(p)
    if not keep or not 120 <= total <= 1100 or keep[-1][-1] not in SENT_END or len(keep[0]) < 20:
        return None
    if any(re.search(r"[（(]\s*[)）]|本报记者|\ufffd|^——|编\s*者", p) for p in keep):
        return None
    return Source(obj["id"], title, kicker, subtitle, keep)


def crawl_half(article_id: str) -> str:
    """The half of the crawl an article belongs to, ``"dev"`` or ``"held"`` (by id hash)."""
    return "dev" if hashlib.md5(article_id.encode()).digest()[0] % 2 == 0 else "held"


def load_pool(path: str | Path, *, part: str) -> list[Source]:
    """Usable articles of the crawl; ``part`` ``"dev"`` or ``"held"`` (disjoint halves by id hash).

    The crawl is read through ``training/crawl.py`` :func:`read_crawl`, which skips the gold
    pool (every article a gold set of county reports can be drawn from), so no composed page
    prints a gold report's text.
    """
    if part not in ("dev", "held"):
        raise ValueError(f"part = {part!r} is invalid; it must be 'dev' or 'held'")
    out = []
    for obj in read_crawl(path):
        if crawl_half(obj["id"]) != part:
            continue
        src = _source(obj)
        if src is not None:
            out.append(src)
    return out
