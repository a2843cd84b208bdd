"""Write the four invented pages of layout_pages28 (txt + truth json) from their line sources.

Each page is a list of items; an item is printed as blocks: ("L", text) a line as printed, ("P", text) a
paragraph hard-wrapped at the page's width, ("G", text) a paragraph glued to the line before it (a PDF
extraction that lost the break) and then wrapped. Run from the repository root:

    python tests/data/layout_pages28/make_pages.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from layout_page_maker import wrap, write_pages  # noqa: E402  (the shared generator)


def render(page: dict) -> str:
    w, blank = page["width"], page["blank"]
    out: list[str] = list(page["masthead"])
    if blank:
        out.append("")
    for item in page["items"]:
        lines: list[str] = []
        for kind, text in item["print"]:
            if kind == "L":
                lines.append(text)
            elif kind == "P":
                lines.extend(wrap(text, w))
            elif kind == "G":
                prev = lines.pop()
                lines.extend(wrap(prev + text, w))
        out.extend(lines)
        if blank:
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def truth(page: dict) -> dict:
    arts = []
    for item in page["items"]:
        if "title" not in item:
            continue
        art = {k: item[k] for k in ("kicker", "title", "subtitle", "section") if k in item}
        art.update({"byline": item["byline"], "body_first": item["body_first"], "body_last": item["body_last"]})
        arts.append(art)
    return {"page": page["file"], "county": page["county"], "county_code": page["code"],
            "province": page["province"], "layout": page["layout"], "articles": arts}


def main() -> None:
    from pages28 import PAGES  # noqa: PLC0415 (the line sources, beside this script)
    write_pages(PAGES, HERE, render=render, truth=truth)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
