"""The generator the invented layout page sets share (layout_flow24, layout_pages28 … 33): each set's
``make_pages.py`` holds its pages' line sources and calls :func:`write_pages` (sets with page forms of their own,
28 and flow24, pass their own ``render`` and ``truth`` and take the wrapping from here).

A page is a list of items. An article prints ("L", text) a line as printed, ("P", text) a paragraph opening
with two full-width spaces and hard-wrapped at the page's width, or ("F", text) a paragraph printed flush left (no
indent), hard-wrapped likewise. A debris item (``{"debris": [...]}``) prints page furniture between articles (a
running header or folio repeated mid-page). ``interleave`` on an article prints its lines and the next article's
alternating line by line (a two-column page mis-extracted by pdf-to-text). Page keys: ``masthead`` and ``foot``
(lines at the top and at the foot), ``blank`` (a blank line after the masthead, after each item and after the
foot; never inside an item), ``double`` (a blank line after every line: double-spaced extraction), ``gap`` (a
blank line after each item, also without ``blank``). The truth of an article is its section, kicker, subtitle and
title where given, its byline and the first and last words of its body (the schema of layout_pages27), and
``"interleaved": true`` on a page with an interleaved pair.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

IND = "\u3000\u3000"


def wrap(text: str, width: int) -> list[str]:
    """*text* hard-wrapped at *width* characters."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def article_lines(item: dict, width: int) -> list[str]:
    """The printed lines of an article's ("L" | "P" | "F", text) sources."""
    out: list[str] = []
    for kind, text in item["print"]:
        if kind == "P":
            out.extend(wrap(IND + text, width))
        elif kind == "F":
            out.extend(wrap(text, width))
        else:
            out.append(text)
    return out


def page_chunks(page: dict) -> list[list[str]]:
    """The page's printed lines in chunks: masthead, each article (an interleaved pair as one) or debris, foot."""
    w = page["width"]
    chunks: list[list[str]] = [list(page["masthead"])]
    items, i = page["items"], 0
    while i < len(items):
        if "debris" in items[i]:
            chunks.append(list(items[i]["debris"]))
            i += 1
        elif items[i].get("interleave"):
            a, b = article_lines(items[i], w), article_lines(items[i + 1], w)
            chunks.append([x[k] for k in range(max(len(a), len(b))) for x in (a, b) if k < len(x)])
            i += 2
        else:
            chunks.append(article_lines(items[i], w))
            i += 1
    chunks.append(list(page["foot"]))
    return chunks


def render(page: dict) -> str:
    """The page's text: its chunks (:func:`page_chunks`) with the blank lines ``double``, ``blank`` and ``gap`` ask for."""
    out: list[str] = []
    for chunk in page_chunks(page):
        for line in chunk:
            out.append(line)
            if page.get("double"):
                out.append("")
        if page.get("blank") or page.get("gap"):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def truth(page: dict) -> dict:
    """The page's truth json (one entry an article; debris items have none)."""
    arts = []
    for item in page["items"]:
        if "debris" in item:
            continue
        art = {k: item[k] for k in ("section", "kicker", "subtitle", "title") if k in item}
        art.update({"byline": item["byline"], "body_first": item["body_first"], "body_last": item["body_last"]})
        arts.append(art)
    out = {"page": page["file"], "county": page["county"], "county_code": page["code"],
           "province": page["province"], "layout": page["layout"], "articles": arts}
    if any(it.get("interleave") for it in page["items"]):
        out["interleaved"] = True
    return out


def write_pages(pages: Iterable[dict], here: Path, *, render: Callable[[dict], str] = render,
                truth: Callable[[dict], dict] = truth) -> None:
    """Write each page's txt and truth json into ``here / page["dir"]``."""
    for page in pages:
        folder = here / page["dir"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / page["file"]).write_text(render(page), encoding="utf-8")
        out = json.dumps(truth(page), ensure_ascii=False, indent=1)
        (folder / page["file"].replace(".txt", ".json")).write_text(out + "\n", encoding="utf-8")
