"""Choose ``corpus_tools.layout.lineroles.SIDE_MARGIN`` on the dev composed pages.

On the dev composed pages (seeds 0-599, variety seeds 0-299) where the one-sided decode of the line model
differs from the free one, print ``seed variety gap delta``: *gap* is the free sequence's score minus the best
one-sided score, *delta* the exactly bounded articles of ``split_page(method="auto")`` with the one-sided decode
minus those with the free one. Then, per margin, the gain a margin keeps (the sum of *delta* over pages whose gap
is at most the margin). Held seeds are never read.

Run: ``python benchmarks/layout_side_margin.py`` (needs ``../shared``; about 5 minutes).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import compose_pages as cp  # noqa: E402
import layout as bench  # noqa: E402

from corpus_tools.layout import assemble, lineroles  # noqa: E402
from corpus_tools.layout.lineroles import LineModel, page_features, side_masks, viterbi  # noqa: E402
from corpus_tools.layout.lines import read_lines  # noqa: E402


def main() -> int:
    lineroles.SIDE_MARGIN = float("inf")   # measure the hard constraint; the margins are applied below
    pool = cp.load_pool(bench.CRAWL, part="dev")
    model = assemble.shipped_model()
    decode = LineModel.decode
    rows = []
    pages = [(s, False) for s in range(600)] + [(s, True) for s in range(300)]
    for seed, variety in pages:
        page = cp.compose_page(seed, pool, variety=variety)
        lines = read_lines(page.raw)
        em = model.log_proba(page_features(lines, assemble.split_page(page.raw, method="rules").blocks))
        free, free_score = viterbi(em, model.trans, model.start)
        sided = max((viterbi(em, np.where(f, -np.inf, model.trans), model.start)
                     for f in side_masks(tuple(model.tags)).values()), key=lambda r: r[1])
        if list(sided[0]) == list(free):
            continue
        bounded = {}
        for one_side in (True, False):
            LineModel.decode = lambda self, feats, _o=one_side, **kw: decode(self, feats, **{**kw, "one_side": _o})
            bounded[one_side] = sum(r["bounded"] for r in bench.score_page(page, "auto")[0])
        LineModel.decode = decode
        rows.append((seed, variety, free_score - sided[1], bounded[True] - bounded[False]))
        print(seed, variety, f"{rows[-1][2]:.2f}", rows[-1][3], flush=True)
    for margin in (0, 2, 4, 6, 8, 10, float("inf")):
        print(f"margin {margin}: one-sided gain kept {sum(d for _, _, g, d in rows if g <= margin)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
