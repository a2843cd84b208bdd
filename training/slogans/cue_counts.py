"""Count the ninth round's marked-slogan cues on People's Daily 2019-2020, for judging by hand.

    python training/slogans/cue_counts.py [--shared ../shared] [--out cue_hits.tsv]

Runs the marked layer of :func:`corpus_tools.slogans.find_slogans` over every crawl article outside the gold
pool (``training/crawl.py``) and keeps the detections of three cues the docstrings of
``corpus_tools/slogans/quoteframes.py``, ``detect.py`` and ``series.py`` cite counts for (a fourth, the
headline motto, counted once in the ninth round, fired on one article, not on a formula, and was removed):

* ``transformation pair``: 变“要我脱贫”为“我要脱贫” (evidence ``transformation pair``; since the eleventh round
  this evidence also covers pairs before a word of change, counted apart by ``frame_counts.py``);
* ``round numbers``: numbered detections opened by 百/千/万 (百局联百村, 万企帮万村);
* ``goal frame``: unquoted series in a goal or method frame (:func:`corpus_tools.slogans.series.goal_frame`).

Prints the count per cue and writes every hit (cue, article id, text, twenty characters of context either
side) to ``--out`` so a reader can judge them; the crawl's text never enters the repository, so write the file
outside it.
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import sys
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
log = logging.getLogger(__name__)


def cue_of(m, text: str) -> str | None:
    """The cue a detection *m* of *text* belongs to, or None."""
    from corpus_tools.slogans.series import goal_frame

    if m.evidence == "transformation pair":
        return m.evidence
    if m.kind == "numbered" and m.text[:1] in "百千万":
        return "round numbers"
    if not m.quoted and m.kind == "parallel" and goal_frame(text[max(0, m.start - 4):m.start], text[m.end:m.end + 4]):
        return "goal frame"
    return None


def main(argv: list[str] | None = None) -> int:
    from corpus_tools.slogans import find_slogans

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=None, help="TSV of every hit (keep it outside the repository)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    counts: collections.Counter = collections.Counter()
    rows, n = [], 0
    for doc in tqdm(read_crawl(args.shared), desc="articles", unit="article"):
        n += 1
        text = doc["text"]
        for m in find_slogans(text, formulae=False):
            cue = cue_of(m, text)
            if cue:
                counts[cue] += 1
                context = text[max(0, m.start - 20):m.end + 20].replace("\n", " ")
                rows.append(f"{cue}\t{doc['id']}\t{m.text}\t{context}")
    log.info("%d articles outside the gold pool", n)
    for cue in ("transformation pair", "round numbers", "goal frame"):
        log.info("%s\t%d", cue, counts[cue])
    if args.out:
        args.out.write_text("cue\tid\ttext\tcontext\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
