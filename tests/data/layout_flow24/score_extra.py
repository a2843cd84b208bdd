"""Extra measures of layout_flow24 beyond benchmarks/layout_pages.py: per page, the ``move`` repairs made (none
is right on a page printed in order; one per displaced tail otherwise) and the bodies or titles that keep the
running header repeated mid-page.

    PYTHONPATH=<tree> python tests/data/layout_flow24/score_extra.py tests/data/layout_flow24/dev
"""
import json
import sys
from pathlib import Path

from corpus_tools.layout import split_page


def main() -> None:
    tot = {"pages": 0, "moves_in_order": 0, "moves_displaced": 0, "tails": 0, "header_kept": 0}
    for js in sorted(Path(sys.argv[1]).rglob("*.json")):
        truth = json.loads(js.read_text(encoding="utf-8"))
        raw = js.with_suffix(".txt").read_text(encoding="utf-8")
        lay = split_page(raw)
        moves = sum(r.kind == "move" for r in lay.repairs)
        tot["pages"] += 1
        tails = truth.get("displaced_tails", 0)
        tot["tails"] += tails
        tot["moves_displaced" if tails else "moves_in_order"] += moves
        head = "".join((truth.get("running_header") or "").split())
        if head:
            tot["header_kept"] += sum(head in "".join((a.body + (a.title or "")).split()) for a in lay.articles)
    print(tot)


if __name__ == "__main__":
    main()
