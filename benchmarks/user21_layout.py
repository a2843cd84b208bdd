"""Score titles and bylines of a user test's pages (tests/data/user21, 安远报; or user20) against its truth.json.

A title counts when an article of the page not yet taken by an earlier one has it (normalised, spaces
dropped). A byline counts when the
article found by that title has exactly the truth's names (roles dropped: user21's truth prints them as
text, ``记者 钟文华 通讯员 曾德胜``, ``本报记者　叶青松`` or a signature's bare name). Also the number of
articles read against the number printed, and characters lost (:func:`~corpus_tools.layout.check_no_loss`).

    PYTHONPATH=<tree> python benchmarks/user21_layout.py [--root tests/data/user20] [--details]

The truth lists pages under ``pages`` (user21) or under ``papers.<paper>.pages`` (user20), each with its
``file`` (relative to the folder) and ``articles`` with ``title`` and ``byline``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import corpus_tools as ct
from corpus_tools.layout import check_no_loss, split_page

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "user21"
ROLE_RE = re.compile(r"本报记者|本报通讯员|记者|通讯员")


def _norm(text: object) -> str:
    if text is None or (isinstance(text, float) and text != text):
        return ""
    return "".join(ct.normalize_text(str(text)).split())


def _names(byline: object) -> list[str]:
    """Names of a truth byline string or of the library's list of names."""
    if isinstance(byline, str):
        return [n for n in ROLE_RE.sub(" ", byline).replace("\u3000", " ").split() if n]
    return ["".join(str(n).split()) for n in (byline or [])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="the user21 folder (truth.json and pages/)")
    ap.add_argument("--details", action="store_true", help="print each miss")
    args = ap.parse_args(argv)
    truth = json.loads((args.root / "truth.json").read_text(encoding="utf-8"))
    tot = {"titles": 0, "bylines": 0, "n": 0, "read": 0, "lost": 0}
    pages = truth.get("pages") or [pg for paper in truth.get("papers", {}).values() for pg in paper["pages"]]
    for page in pages:
        path = args.root / page["file"]
        data = path.read_bytes()
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # (user20's pengxi_08.txt is GB18030)
            raw = data.decode("gb18030")
        tot["lost"] += len(check_no_loss(raw, split_page(raw)))
        rows = list(ct.read_corpus(path).articles_frame().itertuples())
        tot["read"] += len(rows)
        used: set = set()  # (a page may print one title twice: each truth article takes the next unused one)
        for art in page["articles"]:
            tot["n"] += 1
            row = next((r for r in rows if _norm(r.title) == _norm(art["title"]) and r.Index not in used), None)
            if row is None:
                if args.details:
                    print(f"{page['file']}: title not found {art['title']}  (read: {[str(r.title) for r in rows]})")
                continue
            tot["titles"] += 1
            used.add(row.Index)
            if _names(row.byline) == _names(art["byline"]):
                tot["bylines"] += 1
            elif args.details:
                print(f"{page['file']}: byline of {art['title']}: {list(row.byline)} (truth {art['byline']})")
    print(f"titles {tot['titles']}/{tot['n']} bylines {tot['bylines']}/{tot['n']} "
          f"articles read {tot['read']} (printed {tot['n']}) no-loss problems {tot['lost']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
