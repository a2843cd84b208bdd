"""False alarms and hits of the interleaved-columns detector (:mod:`corpus_tools.layout.interleave`).

Negatives: the seed pages, every invented page under tests/data (the pages a README names as
interleaved left out, and those whose truth JSON says ``"interleaved": true``), composed pages
(development seeds, plain and with ``variety``). Positives: the invented interleaved pages
(``tests/data/user20/pengxi/pengxi_10.txt``, ``tests/data/layout_pages29/interleaved``, truth JSONs
with ``"interleaved": true``) and composed pages whose two longest neighbouring articles' body lines
are made to alternate (as a mis-extracted two-column stretch).

``--repair`` also lays out every composed interleaved page (``split_page``) and counts, of the two mixed
articles, those whose first two mixed lines one predicted article's body reads in order (whitespace
removed: the column read on, not the other column's line between), those whose body a predicted article
has exactly (as ``benchmarks/layout.py``'s "bounded"; rarely possible here: the composer leaves the
untaken lines of the first article and the second one's headline below the mixed stretch), and the pages
losing a character (``check_no_loss``).

    PYTHONPATH=. python benchmarks/interleave_alarms.py [--composed 200] [--repair]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from compose_pages import DEV_SEEDS, compose_page, load_pool  # noqa: E402

import json  # noqa: E402

from corpus_tools.decoding import decode_page  # noqa: E402
from corpus_tools.layout import check_no_loss, split_page  # noqa: E402
from corpus_tools.layout.interleave import interleaved_stretches  # noqa: E402

# ../shared beside the checkout (a worktree one level deeper sets CORPUS_TOOLS_SHARED), as benchmarks/layout.py
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", ROOT.parent / "shared"))
CRAWL = SHARED / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"
POSITIVE_FILES = ["tests/data/user20/pengxi/pengxi_10.txt"]
POSITIVE_DIRS = ["tests/data/layout_pages29/interleaved"]


def _read(path: Path) -> str:
    """The page text as the reader decodes it (None: not a text page)."""
    try:
        return decode_page(path.read_bytes(), source=str(path))[0].lstrip("\ufeff")
    except Exception:  # noqa: BLE001 (binary and broken test files: not pages)
        return ""


def _interleave(page, rng: random.Random) -> tuple[str, int, int, list[str], list[str]] | None:
    """The page with two neighbouring articles' body lines alternating, those two articles and their
    first two mixed lines (None: no such pair)."""
    raw = page.raw.split("\n")
    body: dict[int, list[int]] = {}
    for k, lt in enumerate(page.lines):
        if lt is not None and lt.role == "body" and lt.article is not None and not lt.moved:
            body.setdefault(lt.article, []).append(k)
    pairs = [(a, a + 1) for a in body if a + 1 in body and min(len(body[a]), len(body[a + 1])) >= 4]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    la, lb = body[a][: rng.randint(4, len(body[a]))], body[b][: rng.randint(4, len(body[b]))]
    mixed = [raw[x] for pair in zip(la, lb) for x in pair]
    n = min(len(la), len(lb))
    mixed += [raw[x] for x in la[n:]] + [raw[x] for x in lb[n:]]
    taken = set(la) | set(lb)
    out, put = [], False
    for k, line in enumerate(raw):
        if k in taken:
            if not put:
                out.extend(mixed)
                put = True
            continue
        out.append(line)
    return "\n".join(out), a, b, [raw[x] for x in la[:2]], [raw[x] for x in lb[:2]]


def _bare(text: str) -> str:
    return "".join(text.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--composed", type=int, default=200, help="composed development pages (each plain and variety)")
    ap.add_argument("--repair", action="store_true", help="also score the de-interleaved layout of the composed positives")
    args = ap.parse_args()
    positives = {str(p) for p in POSITIVE_FILES}
    positives |= {str(p.relative_to(ROOT)) for d in POSITIVE_DIRS for p in (ROOT / d).rglob("*.txt")}
    for truth in (ROOT / "tests" / "data").rglob("*.json"):
        try:
            flagged = json.loads(truth.read_text(encoding="utf-8")).get("interleaved") is True
        except (ValueError, AttributeError, UnicodeDecodeError):
            continue
        if flagged and truth.with_suffix(".txt").exists():
            positives.add(str(truth.with_suffix(".txt").relative_to(ROOT)))
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    neg = pos = neg_alarms = pos_hits = 0
    for f in files:
        rel = str(f.relative_to(ROOT))
        if f.name.lower().startswith("readme"):
            continue
        hit = bool(interleaved_stretches(_read(f)))
        if rel in positives:
            pos, pos_hits = pos + 1, pos_hits + hit
            print(f"positive {rel}: {'found' if hit else 'MISSED'}")
        else:
            neg, neg_alarms = neg + 1, neg_alarms + hit
            if hit:
                print(f"false alarm {rel}: {interleaved_stretches(_read(f))}")
    print(f"files: false alarms {neg_alarms}/{neg}, interleaved found {pos_hits}/{pos}")
    pool = load_pool(CRAWL, part="dev")
    rng = random.Random(29)
    cneg = calarms = cpos = chits = 0
    bounded = mixed_n = losing = in_order = 0
    for seed in DEV_SEEDS[: args.composed]:
        for variety in (False, True):
            page = compose_page(seed, pool, variety=variety)
            cneg += 1
            if interleaved_stretches(page.raw):
                calarms += 1
                print(f"false alarm composed seed {seed} variety={variety}")
            made = _interleave(page, rng)
            if made is not None:
                mixed, a, b, first_a, first_b = made
                cpos += 1
                chits += bool(interleaved_stretches(mixed))
                if args.repair:
                    layout = split_page(mixed)
                    bodies = {_bare(x.body) for x in layout.articles}
                    mixed_n += 2
                    bounded += sum(_bare(page.articles[k].body) in bodies for k in (a, b))
                    in_order += sum(any(_bare("".join(two)) in x for x in bodies) for two in (first_a, first_b))
                    losing += bool(check_no_loss(mixed, layout))
    print(f"composed: false alarms {calarms}/{cneg}, interleaved found {chits}/{cpos}")
    if args.repair:
        print(f"composed interleaved pages laid out: of the two mixed articles, first two lines read in order "
              f"{in_order}/{mixed_n}, bounded {bounded}/{mixed_n}; pages losing a character {losing}/{cpos}")


if __name__ == "__main__":
    main()
