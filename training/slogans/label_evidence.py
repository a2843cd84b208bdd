"""Count what corpus evidence would add to the quoted phrases the label-use gate rejects (slogan14 round).

    python training/slogans/label_evidence.py [--articles 300] [--seed 14] [--gold DIR ... --exclude ID,ID]
                                              [--out hits.tsv]

A quoted single phrase or two-part motto reaches :func:`corpus_tools.slogans.singles.decide` and is
rejected when the page does not use it as a label (no flag ``label_use``). The open development reports
miss terms the article quotes as the name of its subject (生态移民, 村落夜话) that way. This script asks
whether evidence from statistics rather than frames would take them, and what else it would take:

* ``free>=T``: the shipped quote model's probability is at least T (``QuoteModel.free_threshold``, off in
  the shipped model);
* ``page twice``: the page prints the phrase in quotation marks twice or more (feature ``page_quoted_2+``);
* ``crawl>=K``: People's Daily prints it in quotation marks K times or more outside the page, and at least
  half of its mentions there are quoted (:func:`corpus_tools.slogans.quoteshare.share_elsewhere`).

Only candidates no name cue vetoes (``singles.NAME_VETOES``), not scare-quoted words (``flag=ordinary``)
and not already found by the detector on that page are counted: the distinct (page, phrase) pairs each
piece of evidence would add. Articles are drawn at random from the crawl through ``training/crawl.py``
(gold pool skipped) and, with ``--exclude-ids``, without a development set's manifest ids; ``--out`` lists
every addition with its context for judging by hand. ``--gold DIR`` (``texts/``, ``slogans/``) also counts
the additions on a gold set that are gold items, without the stems of ``--exclude`` (kept-apart reports
are never read: give their stems there).
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
FREE = (0.40, 0.45, 0.50)
CRAWL_MIN = (2, 3, 5)
log = logging.getLogger("label_evidence")


def evidence(s: str, feats: dict, page: str, model) -> list[str]:
    """The pieces of evidence that would take the gate-rejected candidate *s* (empty when a name cue,
    the quote-share veto or the label-use gate's own acceptance leaves nothing to decide)."""
    from corpus_tools.slogans import quoteshare
    from corpus_tools.slogans.singles import NAME_VETOES

    if "flag=label_use" in feats or "flag=ordinary" in feats or "flag=bad_shape" in feats \
            or any(v in feats for v in NAME_VETOES):
        return []
    out = [f"free>={t:.2f}" for t in FREE if model.proba(feats) >= t]
    if "page_quoted_2+" in feats:
        out.append("page twice")
    quoted, total = quoteshare.share_elsewhere(s, page)
    out += [f"crawl>={k}" for k in CRAWL_MIN if quoted >= k and quoted * 2 >= total]
    return out


def additions(rec: list, taken: set[str], text: str, model) -> dict[tuple[str, str], str]:
    """(evidence, phrase) -> context of the first mention, for the recorded candidates *rec* (phrase, kind,
    features) of a page whose detections are *taken*; *text* is the page when it is a crawl article."""
    out: dict[tuple[str, str], str] = {}
    for s, _, feats in rec:
        if s in taken:
            continue
        for ev in evidence(s, feats, text, model):
            i = text.find(s)
            out.setdefault((ev, s), text[max(0, i - 20):i + len(s) + 15].replace("\n", " ") if i >= 0 else "")
    return out


def crawl_additions(text: str, model) -> dict[tuple[str, str], str]:
    """:func:`additions` for one crawl article (its own mentions left out of the quote shares)."""
    from corpus_tools.slogans import find_slogans
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon
    from corpus_tools.slogans.singles import use_model

    taken = {m.text for m in find_slogans(text, formulae=False)}
    rec: list = []
    use_model(False)        # the candidates, as quote_model.py records them
    try:
        find_marked(text, ("numbered", "parallel", "quoted"), Ctx(Lexicon.build(None), (), rec, in_corpus=True))
    finally:
        use_model(None)
    return additions(rec, taken, text, model)


def main(argv: list[str] | None = None) -> int:
    from corpus_tools.slogans.singles import load_quote_model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--articles", type=int, default=300, help="crawl articles drawn at random")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--exclude-ids", type=Path, action="append", default=[],
                    help="a manifest.tsv whose id column is left out of the draw (dev sets)")
    ap.add_argument("--gold", type=Path, action="append", default=[], help="gold folder with texts/ and slogans/")
    ap.add_argument("--exclude", default="", help="stems of the gold folders never read (kept apart)")
    ap.add_argument("--out", type=Path, default=None, help="TSV of every crawl addition (outside the repository)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = load_quote_model()
    skip = set()
    for manifest in args.exclude_ids:
        skip |= {ln.split("\t")[1] for ln in manifest.read_text(encoding="utf-8").splitlines()[1:] if "\t" in ln}
    arts = [d for d in read_crawl(args.shared) if d["id"] not in skip]
    random.Random(args.seed).shuffle(arts)
    counts: collections.Counter = collections.Counter()
    rows = []
    for doc in arts[:args.articles]:
        for (ev, s), context in sorted(crawl_additions(doc["text"], model).items()):
            counts[ev] += 1
            rows.append(f"{ev}\t{doc['id']}\t{s}\t{context}")
    log.info("%d crawl articles (gold pool and %d excluded ids skipped); distinct additions per evidence:",
             min(args.articles, len(arts)), len(skip))
    for ev in sorted(counts):
        log.info("  crawl\t%s\t%d", ev, counts[ev])
    if args.gold:
        from quote_model import page_candidates

        from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports
        from corpus_tools.slogans import page_slogans

        kept_apart = {s for s in args.exclude.split(",") if s}
        hit: collections.Counter = collections.Counter()
        for folder in args.gold:
            gold = load_slogan_gold(folder / "slogans")
            stems = sorted(s for s in gold if s not in kept_apart)
            for issue in read_text_reports(folder / "texts", stems):
                items = {g["text"] for g in gold[issue.id]}
                taken = set(page_slogans(issue)["text"])
                for (ev, s) in sorted(additions(page_candidates(issue), taken, "", model)):
                    hit[ev, s in items] += 1
                    log.info("  gold\t%s\t%s\t%s\t%s", ev, issue.id, s, "gold" if s in items else "-")
        for ev in sorted({e for e, _ in hit}):
            log.info("  gold\t%s\tgold items %d, others %d", ev, hit[ev, True], hit[ev, False])
    if args.out:
        args.out.write_text("evidence\tid\ttext\tcontext\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
