"""Column-flow failures on composed DEVELOPMENT pages, by kind (issue #20).

    python benchmarks/flow_failures.py --pages 600            # counts by kind
    python benchmarks/flow_failures.py --pages 600 --show 5   # and up to 5 examples of each kind

Reads only :data:`compose_pages.DEV_SEEDS` (it refuses any other seed): the held-apart seeds are
scored by ``benchmarks/layout.py --held`` as aggregates only.

Every truth article with a displaced tail (``tail_displaced``) is put in one kind:

* ``right`` — the tail's lines went to the article's own body (the article may still be
  unbounded for another reason: ``right_unbounded``);
* ``left`` — the tail stayed with the article it is printed after (split further by whether the
  article's own body ends mid-sentence, ``left_cut`` / ``left_whole``);
* ``wrong_article`` — the tail went to a third article;
* ``own_article`` — the tail became (part of) an article that holds none of the truth article's own
  lines;
* ``split_tail`` — part of the tail moved, part stayed (cut at the wrong line).

and every other truth article that lost its own body lines to another article is counted as
``non_tail_moved`` (a finished body, or a body that is no tail, taken as one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from compose_pages import DEV_SEEDS, compose_page, load_pool  # noqa: E402

from corpus_tools.layout import split_page  # noqa: E402
from corpus_tools.layout.patterns import ends_sentence  # noqa: E402
from corpus_tools.text import strip_spaces  # noqa: E402

SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
CRAWL = SHARED / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"


def _line_articles(page, layout) -> list[int | None]:
    """Predicted article of each raw line (None: not in a body block or no article)."""
    offs, pos = [], 0
    for ln in page.raw.split("\n"):
        offs.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    bodies = sorted((b.start, b.end, b.article) for b in layout.blocks if b.kind == "body")
    out = []
    for (s, e), t in zip(offs, page.lines):
        if t is None or t.role != "body" or s == e:
            out.append(None)
            continue
        mid = s + (e - s) // 2
        hit = [a for bs, be, a in bodies if bs <= mid < be]
        out.append(hit[0] if hit else -1)  # -1: the line is in no body block
    return out


def _merged(page, layout, line: int) -> bool:
    """True if the body block holding ``line`` also holds body lines of another truth article."""
    offs, pos = [], 0
    for ln in page.raw.split("\n"):
        offs.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    mid = sum(offs[line]) // 2
    blocks = [b for b in layout.blocks if b.kind == "body" and b.start <= mid < b.end]
    if not blocks:
        return False
    b, me = blocks[0], page.lines[line]
    for (s, e), t in zip(offs, page.lines):
        if t and t.role == "body" and s < e and b.start <= (s + e) // 2 < b.end:
            if (t.article, t.moved) != (me.article, me.moved):
                return True
    return False


def classify(page, method: str = "auto") -> list[tuple[str, int, str]]:
    """(kind, truth article, note) per tail article and per article that lost non-tail lines."""
    layout = split_page(page.raw, method=method)
    pred = _line_articles(page, layout)
    own: dict[int, Counter] = defaultdict(Counter)  # truth article -> predicted articles of its own lines
    tails: dict[int, list[int | None]] = defaultdict(list)
    host: dict[int, int] = {}
    for p, t in zip(pred, page.lines):
        if t is None or t.role != "body":
            continue
        if t.moved:
            tails[t.article].append(p)
            host[t.article] = t.host
        else:
            own[t.article][p] += 1
    home = {x: c.most_common(1)[0][0] for x, c in own.items()}
    bodies = [strip_spaces(a.body) for a in layout.articles]
    out = []
    for x, ps in tails.items():
        truth = page.articles[x]
        bounded = strip_spaces(truth.body) in bodies
        ps = [p for p in ps if p != -1] or ps  # (a line holding only a closing byline is in no body block)
        px, ph = home.get(x), home.get(host[x])
        head = truth.body[: len(truth.body) - sum(len(strip_spaces(page.raw.split("\n")[i]))
                                                  for i, t in enumerate(page.lines)
                                                  if t and t.moved and t.article == x)]
        cut = "tail_cut_mid_sentence" in truth.tags
        note = f"seed {page.seed} art {x} host {host[x]} {'cut' if cut else 'whole'}"
        tail_lines = [i for i, t in enumerate(page.lines) if t and t.moved and t.article == x]
        if _merged(page, layout, tail_lines[0]) or _merged(page, layout, tail_lines[-1]):
            kind = "merged_paragraph"  # a tail line shares a body block with another article's lines
        elif all(p == px for p in ps):
            kind = "right" if bounded else "right_unbounded"
        elif all(p == ph for p in ps):
            kind = "left_cut" if cut else "left_whole"
        elif any(p == px for p in ps):
            kind = "split_tail"
        elif all(p not in home.values() for p in ps):
            kind = "own_article"
        else:
            kind = "wrong_article"
        out.append((kind, x, note))
    moved_lines = {i for i, t in enumerate(page.lines) if t and t.moved}
    for y, c in own.items():
        lost = [p for i, (p, t) in enumerate(zip(pred, page.lines))
                if t and t.role == "body" and t.article == y and i not in moved_lines and p != home[y]]
        if lost and any(p in home.values() and p != home[y] for p in lost):
            fin = ends_sentence(page.articles[y].body.rstrip())
            out.append(("non_tail_moved", y, f"seed {page.seed} art {y} ({len(lost)} lines; truth ends "
                                              f"{'a sentence' if fin else 'mid-sentence'})"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=len(DEV_SEEDS), help="first N development seeds")
    ap.add_argument("--start", type=int, default=DEV_SEEDS.start)
    ap.add_argument("--show", type=int, default=0, help="examples per kind")
    ap.add_argument("--method", default="auto", choices=("auto", "rules", "model"))
    args = ap.parse_args()
    seeds = range(args.start, args.start + args.pages)
    if seeds.start < DEV_SEEDS.start or seeds.stop > DEV_SEEDS.stop:
        raise SystemExit(f"--start/--pages = {seeds} leave the development seeds {DEV_SEEDS}")
    pool = load_pool(CRAWL, part="dev")
    kinds: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_pages = 0
    for seed in seeds:
        page = compose_page(seed, pool)
        if "column_flow" not in page.tags:
            continue
        n_pages += 1
        for kind, _, note in classify(page, args.method):
            kinds[kind] += 1
            examples[kind].append(note)
    sys.stdout.write(f"{n_pages} column-flow pages of seeds {seeds.start}-{seeds.stop - 1}\n")
    for kind, n in kinds.most_common():
        sys.stdout.write(f"{kind}\t{n}\n")
        for note in examples[kind][: args.show]:
            sys.stdout.write(f"    {note}\n")


if __name__ == "__main__":
    main()
