"""Why article bodies are wrong on composed pages: every truth article whose body is not exactly bounded,
classed by the lines its predicted body has too many or too few, and what those lines are in truth.

    python benchmarks/layout_failures.py [--pages 600] [--method auto] [--examples 2]

Composed pages (:mod:`compose_pages`, development seeds only) carry a truth role per printed line. For each
truth article that no predicted article bounds exactly, the predicted article holding its first body line
is compared with the truth's body lines: a line too many is named by its truth role and whose it is
(``own`` article, ``prev`` / ``next`` article on the page, ``other``), a line too few by the part it went
to (another article's ``body``, or a ``title`` / ``byline`` / ``caption`` … block, or nothing).
Classes are split by whether the page has blank lines between blocks.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from compose_pages import DEV_SEEDS, compose_page, load_pool  # noqa: E402

from corpus_tools.layout import split_page  # noqa: E402
from corpus_tools.text import strip_spaces  # noqa: E402

SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
CRAWL = SHARED / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"


def _line_starts(raw: str) -> list[int]:
    starts, pos = [], 0
    for line in raw.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _lines_of(spans, starts: list[int], raw_lines: list[str]) -> set[int]:
    """Indices of the printed lines a list of raw spans touches (non-blank lines only)."""
    out = set()
    for s, e in spans:
        for i, st in enumerate(starts):
            if st < e and st + len(raw_lines[i]) > s and raw_lines[i].strip():
                out.add(i)
    return out


def _whose(line_article: int | None, t: int) -> str:
    if line_article is None:
        return "page"
    if line_article == t:
        return "own"
    return "prev" if line_article == t - 1 else "next" if line_article == t + 1 else "other"


def _primary(parts: set[str]) -> str:
    """One class for a set of line differences: the first that applies, neighbours first."""
    if parts & {"+next:body", "+next:title"}:
        return "absorbed the next article"
    if parts & {"+prev:body", "+prev:title", "+other:body", "+other:title"}:
        return "absorbed an earlier / other article"
    own = sorted(p[5:] for p in parts if p.startswith("+own:"))
    if own:
        return f"own {'/'.join(own)} read as body"
    page = sorted(p[6:] for p in parts if p.startswith("+page:"))
    if page:
        return f"page {'/'.join(page)} read as body"
    lost = sorted(p[6:] for p in parts if p.startswith("-body→"))
    if lost:
        return f"body lines went to {'/'.join(lost)}"
    return " ".join(sorted(parts))


def classify_page(page, method: str) -> list[tuple[str, str]]:
    """(class, example) per truth article whose body is not exactly bounded."""
    layout = split_page(page.raw, method=method)
    raw_lines = page.raw.split("\n")
    starts = _line_starts(page.raw)
    bodies = [strip_spaces(a.body) for a in layout.articles]
    part_of: dict[int, str] = {}
    body_lines: list[set[int]] = []
    for a in layout.articles:
        body_lines.append(_lines_of(a.spans.get("body", []), starts, raw_lines))
        for part, spans in a.spans.items():
            if part != "body":
                for i in _lines_of(spans, starts, raw_lines):
                    part_of.setdefault(i, part)
    for b in layout.blocks:
        if b.article is None:
            for i in _lines_of([(b.start, b.end)], starts, raw_lines):
                part_of.setdefault(i, b.kind)
    out = []
    for t, art in enumerate(page.articles):
        if strip_spaces(art.body) in bodies:
            continue
        truth = {i for i, lt in enumerate(page.lines) if lt is not None and lt.article == t and lt.role == "body"}
        if not truth:
            continue
        first = min(truth)
        holder = next((k for k, ls in enumerate(body_lines) if first in ls), None)
        if holder is None:
            out.append((f"start line not in a body (taken as {part_of.get(first, 'nothing')})", raw_lines[first]))
            continue
        got = body_lines[holder]
        extra = sorted(got - truth)
        missing = sorted(truth - got)
        parts = []
        for i in extra:
            lt = page.lines[i]
            parts.append(f"+{_whose(lt.article, t)}:{lt.role}" if lt else "+blank")
        for i in missing:
            went = next((f"{'body' if k != holder else 'own'}" for k, ls in enumerate(body_lines) if i in ls),
                        part_of.get(i, "nothing"))
            parts.append(f"-body→{went}")
        if not parts:
            out.append(("same lines, text differs (repair / order)", bodies[holder][:30]))
            continue
        example = raw_lines[(extra or missing)[0]]
        out.append((_primary(set(parts)), example))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=len(DEV_SEEDS))
    ap.add_argument("--method", default="auto", choices=("auto", "rules", "model"))
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args()
    pool = load_pool(CRAWL, part="dev")
    counts: dict[str, Counter] = {"blank_lines": Counter(), "no_blank_lines": Counter()}
    examples: dict[str, list[str]] = {}
    n = {"blank_lines": 0, "no_blank_lines": 0}
    for seed in list(DEV_SEEDS)[: args.pages]:
        page = compose_page(seed, pool)
        key = "blank_lines" if "blank_lines" in page.tags else "no_blank_lines"
        n[key] += len(page.articles)
        for cls, ex in classify_page(page, args.method):
            counts[key][cls] += 1
            examples.setdefault(cls, []).append(f"seed {seed}: {ex.strip()[:30]}")
    for key, c in counts.items():
        sys.stdout.write(f"\n## {key}: {sum(c.values())} of {n[key]} articles not exactly bounded\n\n")
        sys.stdout.write("| class | n | examples |\n|---|---|---|\n")
        for cls, k in c.most_common():
            exs = "; ".join(examples[cls][: args.examples])
            sys.stdout.write(f"| {cls} | {k} | {exs} |\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
