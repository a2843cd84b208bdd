"""The generator the invented layout page sets share (layout_flow24, layout_pages28 … 33): each set's
``make_pages.py`` holds its pages' line sources and calls :func:`write_pages` (sets with page forms of their own,
28, 29, 30 and flow24, pass their own ``render`` and ``truth`` and take the wrapping from here).

A page is a list of articles. An article prints ("L", text) a line as printed, ("P", text) a paragraph opening
with two full-width spaces and hard-wrapped at the page's width, or ("F", text) a paragraph printed flush left (no
indent), hard-wrapped likewise. ``blank`` puts a blank line between articles (never inside one). The truth of an
article is its section, kicker, subtitle and title where given, its byline and the first and last words of its
body (the schema of layout_pages27).
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


def render(page: dict) -> str:
    """The page's text: masthead, articles and foot, each followed by a blank line when ``blank``."""
    chunks = [list(page["masthead"])]
    chunks.extend(article_lines(art, page["width"]) for art in page["items"])
    chunks.append(list(page["foot"]))
    out: list[str] = []
    for chunk in chunks:
        out.extend(chunk)
        if page.get("blank"):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def truth(page: dict) -> dict:
    """The page's truth json (one entry an article)."""
    arts = []
    for item in page["items"]:
        art = {k: item[k] for k in ("section", "kicker", "subtitle", "title") if k in item}
        art.update({"byline": item["byline"], "body_first": item["body_first"], "body_last": item["body_last"]})
        arts.append(art)
    return {"page": page["file"], "county": page["county"], "county_code": page["code"],
            "province": page["province"], "layout": page["layout"], "articles": arts}


def write_pages(pages: Iterable[dict], here: Path, *, render: Callable[[dict], str] = render,
                truth: Callable[[dict], dict] = truth) -> None:
    """Write each page's txt and truth json into ``here / page["dir"]``."""
    for page in pages:
        folder = here / page["dir"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / page["file"]).write_text(render(page), encoding="utf-8")
        out = json.dumps(truth(page), ensure_ascii=False, indent=1)
        (folder / page["file"].replace(".txt", ".json")).write_text(out + "\n", encoding="utf-8")
