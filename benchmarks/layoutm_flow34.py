"""Column-flow tails on the composed development pages: where each displaced tail ends up (layoutm34).

    python benchmarks/layoutm_flow34.py [--pages 600] [--show] [--all-pages]

For every tail the composer printed away from its article (truth lines marked ``moved``), say
whether the layout gave it back to its own article (``home``), left it with the article it is
printed after (``host``), made an article of it (``alone``) or gave it to a third article
(``elsewhere``); and count the flow repairs made on pages without any displaced tail (false moves).
Development seeds only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from compose_pages import DEV_SEEDS, compose_page, load_pool  # noqa: E402
from layout import CRAWL  # noqa: E402

from corpus_tools.layout import split_page  # noqa: E402
from corpus_tools.text import strip_spaces  # noqa: E402


def _owner(bodies: list[str], frag: str) -> int | None:
    hits = [k for k, b in enumerate(bodies) if frag and frag in b]
    return hits[0] if hits else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=len(DEV_SEEDS))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--all-pages", action="store_true", help="also count false moves on pages without flow")
    args = ap.parse_args()
    pool = load_pool(CRAWL, part="dev")
    fate: Counter = Counter()
    false_moves = moves_flow = 0
    for seed in list(DEV_SEEDS)[: args.pages]:
        page = compose_page(seed, pool)
        if "column_flow" not in page.tags and not args.all_pages:
            continue
        layout = split_page(page.raw, method="auto")
        moves = [r for r in layout.repairs if r.kind == "move"]
        if "column_flow" not in page.tags:
            false_moves += len(moves)
            if args.show:
                for r in moves:
                    print(f"seed {seed} FALSE {r.note[:90]} | {strip_spaces(page.raw[r.start:r.end])[:30]}")
            continue
        moves_flow += len(moves)
        bodies = [strip_spaces(a.body) for a in layout.articles]
        raw_lines = page.raw.split("\n")
        tails: dict[int, list[str]] = {}
        hosts: dict[int, int] = {}
        for ln, t in zip(raw_lines, page.lines):
            if t is not None and t.moved and t.role == "body":
                tails.setdefault(t.article, []).append(strip_spaces(ln))
                hosts[t.article] = t.host
        for x, lines in tails.items():
            tail = "".join(lines)
            truth_x = strip_spaces(page.articles[x].body)
            own = _owner(bodies, truth_x[:12])
            at = _owner(bodies, tail[:12])
            host_body = strip_spaces(page.articles[hosts[x]].body)
            host = _owner(bodies, host_body[:12])
            head = truth_x[: len(truth_x) - len(tail)]
            mid = "mid" if "tail_cut_mid_sentence" in page.articles[x].tags else "whole"
            ok = own is not None and bodies[own] == truth_x
            if at is None:
                where = "lost"
            elif at == own:
                where = "home"
            elif at == host:
                where = "host"
            elif not any(b.startswith(truth_x[:12]) for b in [bodies[at]]) and tail[:12] == bodies[at][:12]:
                where = "alone"
            else:
                where = "elsewhere"
            blank = "blank" if "blank_lines" in page.tags else "noblank"
            fate[(mid, where, ok)] += 1
            if args.show and not ok:
                print(f"seed {seed} {mid} {blank} -> {where} ok={ok} host={hosts[x]} x={x} | …{head[-14:]} ‖ "
                      f"{tail[:16]}… | moves: {'; '.join(r.note[13:60] for r in moves)}")
    for k, v in sorted(fate.items()):
        print(k, v)
    print(f"moves on flow pages {moves_flow}; false moves on pages without flow {false_moves}")


if __name__ == "__main__":
    main()
